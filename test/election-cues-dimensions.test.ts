// impartiality/election-period and impartiality/party-political, from the twelfth held-out round: a candidacy
// after a name ("With Hemi standing again this October"), a wish to keep working with a member after polling
// day, promises said to be kept, "remember who put you here" at the ballot box, and a French mayor credited
// with a present-tense "se bat pour". Generated over the name × the cue × the election; near-misses keep the
// words in civic reminders and in notices for anyone standing ("our candidate information evening").
import { describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../src/index.js';

let linter: Promise<Linter> | undefined;
const lint = async (text: string, rule: string, publishAt = '2028-09-20T09:00:00Z'): Promise<string[]> => {
  linter ??= createLinter({ locale: 'en-NZ', organisation: { name: 'Rakaunui District Council' }, electionPeriods: [{ name: 'Local Elections 2028', start: '2028-07-01', end: '2028-10-11' }] });
  const res = (await linter).lint(text, { meta: { publishAt } });
  return res.findings.filter((f) => f.ruleId === rule && !f.message.includes('(judged by meaning')).map((f) => text.slice(f.offset, f.endOffset));
};

const NAMES = ['Hemi', 'Sarah', 'Derek'];
describe('election-period: cues for a candidate', () => {
  for (const name of NAMES) {
    it(`"With ${name} standing again this October, …"`, async () => {
      expect(await lint(`The bridge is open. With ${name} standing again this October, it's a good time to visit.`, 'impartiality/election-period')).toContain(`${name} standing again`);
    });
    for (const when of ['after 6 May', 'after polling day', 'for another term']) {
      it(`"we hope to keep working with him ${when}" (${name})`, async () => {
        const got = await lint(`Thanks to the team. ${name} has been on the committee for years, and we hope to keep working with him ${when}!`, 'impartiality/election-period');
        expect(got.some((g) => g.startsWith('hope to keep working with him'))).toBe(true);
      });
    }
  }
  for (const p of ['his promises being delivered', 'her promises kept', 'delivering on his promises']) {
    it(`"it's great to see ${p}"`, async () => {
      expect(await lint(`It's great to see ${p} for our rural community.`, 'impartiality/election-period')).toContain(p);
    });
  }
  for (const r of ['remember who put you here', 'remember who was there for you', "don't forget who delivered"]) {
    it(`"Come October, ${r}"`, async () => {
      expect((await lint(`Come October, ${r} 😉`, 'impartiality/election-period')).join(' ')).toContain(r.split(' ').slice(0, 3).join(' '));
    });
  }
});

describe('party-political: a ballot-box cue beside party politics', () => {
  it('"remember who put you here" after a party is blamed', async () => {
    const text = '@ratepayer This is Wellington\u2019s mess – Labour and the Greens loaded councils up with the Three Waters shambles. Come October, remember who put you here 😉';
    expect(await lint(text, 'impartiality/party-political', '2027-01-10T09:00:00Z')).toContain('remember who put you');
  });
});

describe('election cues: near-misses', () => {
  const NEAR: Array<[string, string]> = [
    ['Remember who to call in an emergency: 111.', 'a civic reminder'],
    ['Thinking about standing? Come along to our candidate information evening on Tuesday.', 'an evening for anyone standing'],
    ['Nomination forms and our candidate handbook are online.', 'a handbook'],
    ['The old bridge is still standing again after the flood repairs.', 'a bridge'],
    ['We look forward to working with the new council after the election.', 'no member named'],
  ];
  for (const [text, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await lint(text, 'impartiality/election-period')).toEqual([]);
      expect(await lint(text, 'impartiality/party-political')).toEqual([]);
    });
  }
});
