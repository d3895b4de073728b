// Two personal-data gaps by dimension:
// - a card's last digits (personal-data/financial): card word × "ending"/"ends"/"ending in"/"ending with" ×
//   three or four digits × position, and "the last four digits … are"; near-misses: a consultation
//   ending on a date, a card ending soon, a reference number, a card described without digits;
// - a driving licence number right after its label (personal-data/national-id): label (driver's licence,
//   driving licence, driver license) × punctuation (none, colon, hash, "number", "is") × locale; near-misses:
//   a licensing team's phone number, a licence with no number, a date after the label.
import { describe, expect, it } from 'vitest';
import { cachedLinters } from './cached-linter.js';

const linterFor = cachedLinters('Forth Valley Police');

async function spans(text: string, rule: string, locale = 'en-GB'): Promise<string[]> {
  const res = await (await linterFor(locale)).lintAsync(text);
  return res.findings.filter((f) => f.ruleId === rule).map((f) => text.slice(f.offset, f.endOffset));
}

const CARDS = ['debit card', 'bank card', 'credit card', 'card', 'Visa card'];
const ENDINGS = ['ending', 'ending in', 'ending with', 'ends in'];
const DIGITS = ['4471', '0912', '318'];

describe('personal-data/financial: a card’s last digits', () => {
  const rows = CARDS.flatMap((c, i) => ENDINGS.map((e, j) => ({ c, e, d: DIGITS[(i + j) % DIGITS.length]! })));
  it.each(rows)('"a $c $e $d" in a found-property post', async ({ c, e, d }) => {
    const text = `A purse handed in at Falkirk contains a ${c} ${e} ${d} and some cash. Call 101 to claim it.`;
    expect(await spans(text, 'personal-data/financial')).toEqual([d]);
  });
  it.each(['The last four digits of your card are 3318.', 'The last 4 digits: 3318, please confirm.'])('"%s"', async (text) => {
    expect(await spans(text, 'personal-data/financial')).toEqual(['3318']);
  });
  const NEAR: Array<[string, string]> = [
    ['The consultation ending 31 March is open to everyone.', 'a consultation ending on a date'],
    ['Parking cards ending soon: renew online before Friday.', 'nothing after "ending" but a word'],
    ['A purse with a blue debit card was handed in: describe it to claim it.', 'a card with no digits'],
    ['Quote reference FP/FV/0921/26 when you call.', 'a reference number'],
  ];
  it.each(NEAR)('leaves "%s" (%s)', async (text) => {
    expect(await spans(text, 'personal-data/financial')).toEqual([]);
  });
});

const LABELS = ["driver's licence", 'driving licence', "driver's license", 'driver license'];
const PUNCT: Array<[string, (l: string, v: string) => string]> = [
  ['nothing between', (l, v) => `Just to confirm: ${l} ${v}, date of birth on file.`],
  ['a colon', (l, v) => `Just to confirm: ${l}: ${v}, date of birth on file.`],
  ['a hash', (l, v) => `Just to confirm, ${l} #${v} is on the form.`],
  ['"number"', (l, v) => `Just to confirm, ${l} number ${v} is on the form.`],
  ['"is"', (l, v) => `Just to confirm, your ${l} is ${v}.`],
];
const LOCALES = ['en-CA', 'en-US', 'en-AU', 'en-NZ'] as const;

describe('personal-data/national-id: a licence number right after its label', () => {
  const rows = LABELS.flatMap((l, i) => PUNCT.map(([p, make], j) => ({ l, p, make, locale: LOCALES[(i + j) % LOCALES.length]!, v: ['4829173', '48291736', 'D4829173'][(i + j) % 3]! })));
  it.each(rows)('$locale: "$l" then $p, value $v', async ({ l, make, locale, v }) => {
    expect(await spans(make(l, v), 'personal-data/national-id', locale)).toEqual([v]);
  });
  const NEAR: Array<[string, string]> = [
    ['Call the licensing team on 4829173 for help.', 'a team, no driving licence label'],
    ['Bring your driver’s licence to the counter.', 'a licence, no number'],
    ['Your driver’s licence 2027-03-01 renewal date is coming up.', 'a date after the label'],
  ];
  it.each(NEAR)('leaves "%s" (%s)', async (text) => {
    expect(await spans(text, 'personal-data/national-id', 'en-CA')).toEqual([]);
  });
});
