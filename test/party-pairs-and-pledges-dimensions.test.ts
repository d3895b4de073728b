// impartiality/party-political, by dimension: two parties named together where one name alone is an ordinary
// word ("ACT and National", "Labour and the Greens", "National or NZ First") × blame for how a law was made
// ("rushed through changes without asking", "another U-turn") or praise; a party's pledge ("a re-elected Labor
// Government will deliver", "Only Labor has a plan to fix …") × locale. Near-misses share the words and
// are not politics: a trust named "National and Regional", a procedural report of a debate, a government
// delivering a budget with no party named.
import { describe, expect, it } from 'vitest';
import { cachedLinters } from './cached-linter.js';

const RULE = 'impartiality/party-political';
const linterFor = cachedLinters('Wharerangi Regional Council');
async function spans(text: string, locale: string): Promise<string[]> {
  const res = await (await linterFor(locale)).lintAsync(text);
  return res.findings.filter((f) => f.ruleId === RULE && !f.message.includes('judged by meaning')).map((f) => text.slice(f.offset, f.endOffset));
}

const PAIRS: Array<{ pair: string; locale: string }> = [
  { pair: 'ACT and National', locale: 'en-NZ' },
  { pair: 'National and ACT', locale: 'en-NZ' },
  { pair: 'National and NZ First', locale: 'en-NZ' },
  { pair: 'Labour and the Greens', locale: 'en-NZ' },
  { pair: 'Labor and the Greens', locale: 'en-AU' },
  { pair: 'Liberal and National', locale: 'en-AU' },
  { pair: 'Green and Alliance', locale: 'en-NZ' },
  { pair: 'Reform and the Conservatives', locale: 'en-GB' },
  { pair: 'Green and Labour', locale: 'en-GB' },
];
const BLAME = [
  'have rushed through changes without asking the regions that have to make them work',
  'rushed these rules in without consulting a single council',
  'have made yet another U-turn on freshwater',
  'never listened to rural communities',
];

describe('two parties named together, blamed', () => {
  const rows = PAIRS.flatMap((p) => BLAME.map((b) => ({ ...p, b })));
  it.each(rows)('$locale: "Once again, $pair $b."', async ({ pair, locale, b }) => {
    const got = await spans(`Once again, ${pair} ${b}.`, locale);
    // (A pair with a name that is only ever a party is reported by that name; a pair of words that may be
    // ordinary, as the pair.)
    expect(got.length > 0 && got.every((s) => pair.includes(s)), JSON.stringify(got)).toBe(true);
  });
});

describe('a party’s pledge in a release', () => {
  const rows: Array<{ text: string; locale: string; span: string }> = [
    { text: 'A re-elected Labor Government will deliver a $52 million redevelopment of Marra Creek Hospital.', locale: 'en-AU', span: 'Labor Government' },
    { text: '"Only Labor has a plan to fix regional health," Ms Kovacs said.', locale: 'en-AU', span: 'Labor' },
    { text: 'The Conservatives have a clear plan to fix the roads, the leader said.', locale: 'en-GB', span: 'Conservatives' },
    { text: 'Only the Liberals have a plan to cut wait times, the candidate said.', locale: 'en-CA', span: 'Liberals' },
  ];
  it.each(rows)('$locale: "$text"', async ({ text, locale, span }) => {
    const got = await spans(text, locale);
    expect(got.some((s) => s.includes(span)), JSON.stringify(got)).toBe(true);
  });
});

describe('near-misses: the same words are not politics', () => {
  const rows: Array<{ text: string; locale: string; why: string }> = [
    { text: 'The National and Regional Parks Trust opened a new track without asking for fees.', locale: 'en-NZ', why: 'a trust’s name' },
    { text: 'Green and National Party candidates will take part in a debate on Tuesday.', locale: 'en-NZ', why: 'a procedural notice' },
    { text: 'The new government will deliver its first budget in May.', locale: 'en-NZ', why: 'no party named' },
    { text: 'The Green Party candidate was re-elected with 4,000 votes.', locale: 'en-GB', why: 'the result' },
    { text: 'We have a plan to fix the potholes on Mill Road by March.', locale: 'en-GB', why: 'the council’s own plan' },
    { text: 'Our crews rushed through the night to clear the slip on State Highway 2.', locale: 'en-NZ', why: 'no party named' },
  ];
  it.each(rows)('leaves "$text" ($why)', async ({ text, locale }) => {
    expect(await spans(text, locale)).toEqual([]);
  });
});
