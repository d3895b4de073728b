// legal/admission-of-liability, a mistake owned in a post about harm and an offer inside a sentence already
// reported in part, by dimension: the harm (a missed fracture, a wrong dose, a crash, a flooded basement) ×
// the admission ("was our mistake", "that's entirely our error", "was the hospital's failing") × locale.
// Near-misses share the words and admit nothing: a typo owned with no harm near it, a denial, a mistake
// about a date in an otherwise unrelated post.
import { describe, expect, it } from 'vitest';
import { cachedLinters } from './cached-linter.js';

const RULE = 'legal/admission-of-liability';
const LOCALES = ['en-AU', 'en-GB', 'en-US', 'en-NZ'] as const;
const linterFor = cachedLinters('Coastal Ranges Health');

async function spans(text: string, locale: string): Promise<string[]> {
  const res = await (await linterFor(locale)).lintAsync(text, { meta: { replyTo: 'Resident' } });
  return res.findings.filter((f) => f.ruleId === RULE && !f.message.includes('judged by meaning')).map((f) => text.slice(f.offset, f.endOffset));
}

const HARM = [
  'the doctor should have ordered an X-ray of your son’s wrist, and missing the fracture',
  'the nurse gave your dad the wrong dose, and that',
  'our driver caused the crash on Bell Street, and leaving the truck there',
  'the flooding in your basement came from our drain, and not clearing it',
];
const OWNED = ['was our mistake', 'was entirely our mistake', 'was our error', 'was clearly our own failing', 'was our oversight'];

describe('a mistake owned beside harm is an admission', () => {
  const rows = HARM.flatMap((h, i) => OWNED.map((o, j) => ({ h, o, locale: LOCALES[(i + j) % LOCALES.length]! })));
  it.each(rows)('$locale: "$h $o"', async ({ h, o, locale }) => {
    const text = `Tahlia, we're so sorry. You're right: ${h} ${o}.`;
    const got = await spans(text, locale);
    expect(got.some((s) => s.endsWith(o.split(' ').at(-1)!) && o.startsWith(s.split(' ')[0]!)), `reported: ${JSON.stringify(got)}`).toBe(true);
  });
});

describe('an offer inside a sentence already reported in part', () => {
  const OFFERS = ['the county will cover the repairs to your truck and your medical bills', 'we will cover the repairs to your fence', 'the council will pay for the repairs to your car'];
  const rows = OFFERS.flatMap((o) => LOCALES.map((locale) => ({ o, locale })));
  it.each(rows)('$locale: "That\'s on us, and $o"', async ({ o, locale }) => {
    const text = `Our deputy ran the stop sign and caused the collision. That's on us, and ${o}.`;
    const got = await spans(text, locale);
    expect(got, 'the plain-spoken admission').toContain("That's on us");
    expect(got.some((s) => s.startsWith(o.split(' ').slice(0, 2).join(' ')) || s.includes('cover the repairs') || s.includes('pay for the repairs')), `the offer: ${JSON.stringify(got)}`).toBe(true);
  });
});

describe('near-misses: the same words admit nothing', () => {
  const rows: Array<{ text: string; why: string }> = [
    { text: 'Sorry, the date in yesterday’s post was our mistake. The market is on Saturday.', why: 'a typo, no harm in the draft' },
    { text: 'The wrong opening time on the poster was our error: the pool opens at 7am.', why: 'a correction, no harm' },
    { text: 'We’re sorry about the fall outside the library. We don’t think it was our mistake, and our claims team will look at what happened.', why: 'a denial' },
    { text: 'Thank you for flagging the spelling of Tahlia’s name in our post, that was our mistake. The fun run raised $4,000.', why: 'a spelling mistake beside a fundraiser' },
  ];
  it.each(rows)('leaves "$text" ($why)', async ({ text }) => {
    for (const locale of LOCALES) expect(await spans(text, locale), locale).toEqual([]);
  });
});
