// impartiality/election-period: a member named with the office in apposition ("Geneviève Lachance, MP for
// Gatineau-Nord, who fought hard in Ottawa", "our local MS, Rhodri Lewis"), from the tenth held-out round:
// the member is featured, and the credit after the apposition is theirs. Near-misses: MS as a condition or
// a product, the office without a name, and the same post outside the election period.
import { describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../src/index.js';

const RULE = 'impartiality/election-period';
const IN = '2027-04-08T10:00:00Z';
const OUT = '2027-07-08T10:00:00Z';
const linters = new Map<string, Promise<Linter>>();
function linterFor(locale: string): Promise<Linter> {
  let l = linters.get(locale);
  if (!l) linters.set(locale, (l = createLinter({ locale: locale as 'en-GB', organisation: { name: 'Riverside Council' }, electionPeriods: [{ name: 'the election', start: '2027-03-25', end: '2027-05-06' }] })));
  return l;
}
async function spans(text: string, locale: string, publishAt = IN): Promise<string[]> {
  const res = (await linterFor(locale)).lint(text, { meta: { publishAt } });
  return res.findings.filter((f) => f.ruleId === RULE).map((f) => text.slice(f.offset, f.endOffset));
}

const MEMBERS: Array<[string, string, string, string]> = [
  ['en-CA', 'Geneviève Lachance', 'MP', 'Gatineau-Nord'],
  ['en-GB', 'Rhodri Lewis', 'MP', 'Ceredigion'],
  ['en-GB', 'Fiona Dalgleish', 'MSP', 'Glasgow Kelvin'],
  ['en-CA', 'Tom Hardy', 'MLA', 'Surrey North'],
];

describe('election-period: a member with the office in apposition', () => {
  for (const [locale, name, office, seat] of MEMBERS) {
    it(`${locale}: "${name}, ${office} for ${seat}, who fought hard" is featured and credited`, async () => {
      expect(await spans(`Huge thanks to ${name}, ${office} for ${seat}, who fought hard for this funding.`, locale)).toEqual([`${name}, ${office}`, `for ${seat}, who fought hard for`]);
    });
    it(`${locale}: "${name}, ${office} for ${seat}" outside the period: nothing`, async () => {
      expect(await spans(`Huge thanks to ${name}, ${office} for ${seat}, who fought hard for this funding.`, locale, OUT)).toEqual([]);
    });
  }
  for (const comma of [',', '']) {
    it(`en-GB: "our local MS${comma} Rhodri Lewis" is featured`, async () => {
      expect(await spans(`None of this would have happened without the hard work of our local MS${comma} Rhodri Lewis.`, 'en-GB')).toEqual([`local MS${comma} Rhodri Lewis`]);
    });
  }
});

describe('election-period: apposition near-misses', () => {
  const NEAR = [
    "Support for people with MS, Parkinson's and dementia is at the centre.",
    'Book on MS Teams, Rhodri Lewis will host.',
    'The MP for Gatineau-Nord will attend the opening.',
  ];
  for (const text of NEAR) {
    it(`"${text}"`, async () => {
      expect(await spans(text, 'en-GB')).toEqual([]);
    });
  }
});
