// language/long-sentence: each multi-word name read as one word for the severity bands × how much of the
// sentence is names × register (court report, job post, charge notice) × jurisdiction, beside the
// near-misses that stay warnings (a long sentence of the writer's own words, names or not). Each row says why.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';

async function severity(text: string) {
  const linter = await createLinter({ extends: [], rules: { 'language/long-sentence': 'warning' } });
  return (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === 'language/long-sentence').map((f) => f.severity);
}
// [sentence, expected, why]
const ROWS: ReadonlyArray<readonly [string, readonly string[], string]> = [
  ['The District Attorney’s Office has charged Brent Okafor, 27, of Pine Hollow with vehicular homicide and vehicular assault in connection with the Sept. 26 crash on County Road 9 that killed a 61-year-old Cutler Springs man and seriously injured his passenger.', ['info'], 'US charge notice: 41 words, six of them inside names'],
  ['Kilrowan County Council is looking for a Language Planning Officer to implement the Language Plan for the Knocknamona Language Planning Area, working with the local community, schools, youth groups and businesses so that Irish continues to be spoken as the community language for generations to come.', ['info'], 'Irish job post: 46 words, eleven inside names'],
  ['At Ashworth Crown Court on Monday, Daniel Robert Hughes of Mill Lane, Ashworth, was given a community order after the Northdale Trading Standards Service found he had sold fake car parts from his home and online to buyers across the county.', ['info'], 'UK court report: names fold it under 40 everyday words'],
  ['He took deposits from tenants at two rented homes but did not put the money into an approved deposit scheme within 28 days, and did not give the tenants the information they are entitled to about where their money was held.', ['warning'], 'no names: 41 of the writer’s own words stay a warning'],
  ['Residents who wish to apply for the discretionary housing payment scheme, which is administered by the revenues and benefits service on behalf of the council, should complete the online application form and provide documentary evidence of their household income and expenditure.', ['warning'], 'jargon and no names: a warning'],
  ['At Riverside Magistrates’ Court the defendant, who had previously been notified of the requirements of the relevant legislation on numerous occasions by enforcement officers, was subsequently convicted of multiple offences concerning the unauthorised accumulation of commercial waste.', ['warning'], 'one name, the rest long words: a warning'],
];

describe('language/long-sentence: names as one word × share of names × register × jurisdiction', () => {
  for (const [text, want, why] of ROWS) {
    it(`${want.join(', ')}: ${why}`, async () => {
      expect(await severity(text)).toEqual(want);
    });
  }
});
