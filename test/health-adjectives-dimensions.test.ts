// personal-data/special-category: a condition said of a person as an adjective, from the tenth held-out
// round ("Roger, who is diabetic and had run out of insulin"; health-terms.json conditionAdjectives).
// Generated over condition × person × tense × locale (lintAsync: the person may be named in the sentence
// before); near-misses are the same words about no one (a clinic, advice to anyone, the reader).
import { describe, expect, it } from 'vitest';
import { cachedLinters } from './cached-linter.js';

const linterFor = cachedLinters('Riverside Council');
async function spans(text: string, locale: string): Promise<string[]> {
  const res = await (await linterFor(locale)).lintAsync(text);
  return res.findings.filter((f) => f.ruleId === 'personal-data/special-category' && !f.message.includes('judged by meaning')).map((f) => text.slice(f.offset, f.endOffset));
}

const ADJECTIVES = ['diabetic', 'epileptic', 'asthmatic', 'autistic', 'immunocompromised', 'HIV-positive', 'pregnant', 'terminally ill'];
const PEOPLE: Array<[string, string]> = [
  ['Roger Albee, 67, of Lovelock was found this morning. Roger, who', 'a first name after the full name'],
  ['Margaret Olson, who', 'a full name in the sentence'],
  ['Mrs Hale said her husband', 'a relative of a named person'],
];
const LOCALES = ['en-US', 'en-GB', 'en-AU'];

describe('special-category: a condition as an adjective', () => {
  for (const [i, adj] of ADJECTIVES.entries()) {
    for (const [k, [lead, why]] of PEOPLE.entries()) {
      const tense = (i + k) % 2 === 0 ? 'is' : 'was';
      const verb = `${tense} ${adj}`;
      const text = `${lead} ${verb} and had run out of medicine, was cold but well.`;
      const locale = LOCALES[(i + k) % LOCALES.length]!;
      it(`${locale}: "${verb}" (${why})`, async () => {
        expect(await spans(text, locale)).toEqual([verb]);
      });
    }
  }
});

describe('special-category: adjective near-misses', () => {
  const NEAR: Array<[string, string]> = [
    ['Our diabetic clinic opens on Monday at Riverside Health Centre.', 'a clinic, before the noun'],
    ['Advice for anyone who is diabetic: check your feet every day.', 'advice to anyone'],
    ['If you are pregnant, book your flu jab at the pharmacy.', 'the reader, in a post'],
    ['The lift is disabled while engineers work on it.', 'not a condition word'],
  ];
  for (const [text, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await spans(text, 'en-GB')).toEqual([]);
    });
  }
});
