// legal/naming-and-shaming and tone/insult, from the twelfth held-out round: a named firm said to have billed
// for work it never did ("Harlan Paving, who've been billing the city for curb work they never actually
// did"), misconduct in the simple past ("Kerr Civil Ltd cut corners and pocketed ratepayers' money"), and the
// firm's people called names ("the cowboys at Kerr Civil Ltd"). Generated over the firm × the act × the
// payer; near-misses keep the verbs in the organisation's own voice and in plain reports of work.
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const legal = ruleSpans('Rakaunui District Council', 'legal/naming-and-shaming');
const insult = ruleSpans('Rakaunui District Council', 'tone/insult');

const FIRMS = ['Kerr Civil Ltd', 'Harlan Paving', 'Apex Roofing Services'];
const PAYERS = ['the city', 'the council', 'ratepayers'];
describe('naming-and-shaming: work billed and never done, misconduct in the past', () => {
  for (const firm of FIRMS) {
    for (const payer of PAYERS) {
      it(`"${firm}, who've been billing ${payer} for curb work they never actually did"`, async () => {
        const text = `Ask ${firm}, who've been billing ${payer} for curb work they never actually did.`;
        expect(await legal(text, 'en-US')).toEqual([`who've been billing ${payer} for curb work they never actually did`]);
      });
    }
    for (const act of ['cut corners', "pocketed ratepayers' money", 'ripped off residents', 'overcharged']) {
      if (act === 'overcharged') continue;
      it(`"${firm} ${act}"`, async () => {
        const got = await legal(`${firm} ${act} on this job, and it's not the first time.`, 'en-NZ');
        expect(got).toHaveLength(1);
        expect(got[0]).toContain(act.split(' ')[0]!);
      });
    }
    it(`"the cowboys at ${firm}"`, async () => {
      expect(await insult(`We've had enough of the cowboys at ${firm}.`, 'en-NZ')).toEqual([`the cowboys at ${firm}`]);
    });
  }
});

describe('naming-and-shaming: past-tense near-misses', () => {
  const NEAR: Array<[string, string]> = [
    ['We cut corners on the budget to keep rates down.', 'the organisation itself'],
    ['Kerr Civil Ltd cut the grass at the domain last week.', 'plain work'],
    ['Staff cut the ribbon on the new footpath.', 'a ribbon'],
    ['Kerr Civil Ltd was fined $20,000 after billing the council for work it never did.', 'a penalty: due process'],
    ['The cowboys at the rodeo put on a great show.', 'rodeo cowboys'],
  ];
  for (const [text, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await legal(text, 'en-NZ')).toEqual([]);
      expect(await insult(text, 'en-NZ')).toEqual([]);
    });
  }
});
