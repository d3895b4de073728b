// Sentence length and reading level by dimension (h7, h8, h9 training sets): what counts as a word and
// what makes words hard. A number in groups ("0141 496 0500") is one word; names of organisations and
// places ("Ontario Association of Chiefs of Police") and acronyms do not make a sentence's words long;
// a URL is not scored, and the reading-level finding points at the hard sentences, not the plain ones.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';

async function lint(text: string, rule: string) {
  const linter = await createLinter({ extends: [], rules: { [rule]: 'warning' } });
  return (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === rule);
}

// A 26-word everyday frame with one slot for a phone number.
const frame = (x: string) => `If you send us a private message or contact our team on ${x}, they will check where things are with your referral and keep you updated today.`;

describe('language/long-sentence: a number in groups is one word', () => {
  for (const [x, words, why] of [
    ['0141 496 0500', 27, 'a UK number in three groups'],
    ['0141-496-0500', 27, 'the same number with hyphens'],
    ['01414960500', 27, 'the same number unspaced'],
    ['(506) 555 0124', 27, 'a Canadian number with an area code in brackets'],
    ['+353 1 234 5678', 27, 'an Irish number with its country code'],
    ['0141 496 0500 or 0141 496 0600', 29, 'two numbers: "or" between them is a word'],
  ] as const) {
    it(`${x}: ${words} words (${why})`, async () => {
      const [f] = await lint(frame(x), 'language/long-sentence');
      expect(f?.message).toBe(`This sentence has ${words} words: aim for 25 or fewer. Split it into shorter sentences.`);
    });
  }
  it('digits beside words still count: "18 or 19 years" is three words', async () => {
    expect(await lint('People aged 18 or 19 years can apply.', 'language/long-sentence')).toEqual([]);
  });
});

describe('language/long-sentence: names and acronyms are not hard words', () => {
  // 34 words with a long name in them: the writer's own words are everyday ones, so info.
  const withName = (name: string) => `Who we're looking for: people who are 18 or older, Canadian citizens or permanent residents, with a secondary school diploma and a Certificate of Results from the ${name}.`;
  for (const [name, why] of [
    ['Ontario Association of Chiefs of Police (OACP)', 'an association and its acronym'],
    ['Canadian Association of Chiefs of Police (CACP)', 'another association (invariance)'],
    ['Police Scotland Recruitment and Selection Directorate', 'a directorate of long words'],
    ['Department of Education and Professional Standards', 'a department name'],
  ] as const) {
    it(`${name}: info (${why})`, async () => {
      const got = await lint(withName(name), 'language/long-sentence');
      expect(got.map((f) => f.severity)).toEqual(['info']);
      expect(got[0]!.message).not.toContain('many of them long');
    });
  }
  it('the writer\'s own long words still count: a jargon sentence of 34 words is a warning', async () => {
    const text = 'Applicants demonstrating exceptional organisational capability, interpersonal sensitivity and operational adaptability are particularly encouraged to participate in preliminary assessment activities, notwithstanding previous unsuccessful applications, provided that documentation substantiating eligibility is comprehensively submitted electronically beforehand, accompanied by certification.';
    const got = await lint(text, 'language/long-sentence');
    expect(got.map((f) => f.severity)).toEqual(['warning']);
    expect(got[0]!.message).toContain('many of them long');
  });
  it('a capitalised word alone is not a name run: "Canadian citizens" keeps its words', async () => {
    const text = 'Eligible Canadian citizens, permanent residents and international applicants considering operational employment opportunities should familiarise themselves with organisational expectations, probationary requirements, mandatory certification procedures and associated documentation well before the closing date of this campaign.';
    const got = await lint(text, 'language/long-sentence');
    expect(got.map((f) => f.severity)).toEqual(['warning']);
  });
  it('over 40 words is a warning whatever the words', async () => {
    const text = `${withName('Ontario Association of Chiefs of Police (OACP)').slice(0, -1)}, and people who speak more than one language are strongly encouraged to apply this year.`;
    expect((await lint(text, 'language/long-sentence')).map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('language/reading-level: the finding covers the hard sentences only', () => {
  const hard =
    'Further to the resolution of the Elected Members adopting the variation pursuant to Section 13 of the Planning and Development Act 2000, the Planning Authority wishes to advise that the zoning objective has been amended, thereby facilitating the sequential, plan-led delivery of compact growth consistent with the core strategy and associated population allocations.';
  for (const [after, why] of [
    ['The varied plan is available at carrigmorecoco.ie/planning.', 'a plain sentence with a bare domain'],
    ['The varied plan is available at https://www.carrigmorecoco.ie/planning.', 'a plain sentence with a full URL'],
    ['Call us on 021 496 0000 with any questions.', 'a plain sentence with a phone number'],
  ] as const) {
    it(`hard sentence, then "${after}" (${why}): the plain sentence is outside the finding`, async () => {
      const text = `${hard}\n\n${after}`;
      const [f, ...rest] = await lint(text, 'language/reading-level');
      expect(rest).toEqual([]);
      expect(text.slice(f!.offset, f!.endOffset)).toBe(hard);
    });
  }
  it('a post hard throughout is covered whole', async () => {
    const text = `${hard}\n\nSubmissions notwithstanding, the aforementioned determination constitutes the authoritative interpretation of the statutory provisions.`;
    const [f] = await lint(text, 'language/reading-level');
    expect(f!.offset).toBe(0);
    expect(f!.endOffset).toBe(text.length);
  });
  it('a plain post is not reported', async () => {
    expect(await lint('The varied plan is available at carrigmorecoco.ie/planning. Tell us what you think by 30 May.', 'language/reading-level')).toEqual([]);
  });
});
