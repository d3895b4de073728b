// Two legal classes by dimension:
// - legal/naming-and-shaming: dishonesty alleged of someone the post points at, named or not — subject
//   (they, the contractor, the landlord, you) × act (fudging logs, falsified records, cooking the books,
//   pocketing the money) × tense, and an epithet aimed at the reader ("You're the kind of slumlord");
//   near-misses: the crime in general, the organisation owning its own failing, a finding stated plainly;
// - legal/prejudicial-statement: in a post about a charge, the arson act stated as fact about the accused
//   ("Brandvold poured gasoline …") and the case prejudged ("pure carelessness", "a cowardly, unprovoked
//   attack"); near-misses: the same words before anyone is charged, and the charge stated plainly.
import { describe, expect, it } from 'vitest';
import { cachedLinters } from './cached-linter.js';

const linterFor = cachedLinters('Northern Roads Agency');

async function spans(text: string, rule: string, locale = 'en-CA', reply = false): Promise<string[]> {
  const doc = reply ? `---\nreplyTo: "@resident"\n---\n${text}` : text;
  const res = await (await linterFor(locale)).lintAsync(doc);
  return res.findings.filter((f) => f.ruleId === rule && !f.message.startsWith('Read as a whole')).map((f) => doc.slice(f.offset, f.endOffset));
}

const SUBJECTS = ['they', 'the contractor', 'the landlord', 'he'];
const ACTS = ['were fudging their patrol logs', 'falsified the inspection records', 'were cooking the books', 'was pocketing the money'];

describe('legal/naming-and-shaming: dishonesty alleged of someone the post points at', () => {
  const rows = SUBJECTS.flatMap((s, i) => ACTS.map((a, j) => ({ s, a, locale: (['en-CA', 'en-GB', 'en-US', 'en-AU'] as const)[(i + j) % 4] })));
  it.each(rows)('$locale: "… $s $a"', async ({ s, a, locale }) => {
    const text = `Totally hear you. Honestly, the last crew in this area was a joke — ${s} ${a}. The new crew started in January.`;
    const got = await spans(text, 'legal/naming-and-shaming', locale, true);
    expect(got.some((g) => g.startsWith(s) && g.endsWith(a.split(' ').at(-1)!)), `${text}: ${JSON.stringify(got)}`).toBe(true);
  });
  it.each(["You're the kind of slumlord", 'You are a crook', "you're nothing but a cowboy"])('"%s … "', async (epithet) => {
    const text = `Our inspectors cited your building three times this year. ${epithet[0]!.toUpperCase()}${epithet.slice(1)} who gambles with tenants' lives.`;
    expect(await spans(text, 'legal/naming-and-shaming', 'en-US', true)).toContain(`${epithet[0]!.toUpperCase()}${epithet.slice(1)}`);
  });
  const NEAR: Array<[string, string]> = [
    ['Cooking the books is fraud: report it to Action Fraud on 0300 123 2040.', 'the crime in general, no one accused'],
    ['We were fudging nothing: our patrol logs are published every month.', 'the organisation speaking of itself'],
    ['Our audit found gaps in the contractor’s patrol logs, and the contract has ended.', 'a finding stated plainly'],
    ['Scammers may ask for your bank details: we never will.', 'a generic warning'],
  ];
  it.each(NEAR)('leaves "%s" (%s)', async (text) => {
    expect(await spans(text, 'legal/naming-and-shaming', 'en-GB', true)).toEqual([]);
  });
});

const NAMES = ['Tyler Brandvold', 'Rhys Mackie', 'Dana Whitlow'];

describe('legal/prejudicial-statement: the act stated or the case prejudged after a charge', () => {
  for (const name of NAMES) {
    const surname = name.split(' ')[1]!;
    const charged = `${name}, 29, has been charged with arson and is due in court next month.`;
    it(`flags "${surname} poured gasoline …" after the charge`, async () => {
      const text = `${charged} ${surname} poured gasoline in the rear stairwell and lit it.`;
      expect(await spans(text, 'legal/prejudicial-statement', 'en-US')).toContain('poured gasoline');
    });
    it(`flags "pure carelessness" and a "cowardly, unprovoked attack" about ${surname}'s case`, async () => {
      const got = await spans(`${charged} This was pure carelessness. It was a cowardly, unprovoked attack on a man walking home.`, 'legal/prejudicial-statement', 'en-GB');
      expect(got.some((g) => g.includes('pure carelessness')), JSON.stringify(got)).toBe(true);
      expect(got.some((g) => g.includes('cowardly, unprovoked')), JSON.stringify(got)).toBe(true);
    });
    it(`leaves the same words before anyone is charged (${surname})`, async () => {
      const text = 'Someone poured gasoline in the rear stairwell of a Riverside Terrace building. This was a cowardly, unprovoked attack: call 911 with information.';
      expect(await spans(text, 'legal/prejudicial-statement', 'en-US')).toEqual([]);
    });
    it(`leaves the charge stated plainly (${surname})`, async () => {
      expect(await spans(`${charged} Investigators thank everyone who called in tips.`, 'legal/prejudicial-statement', 'en-US')).toEqual([]);
    });
  }
});
