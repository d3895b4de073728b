// legal/admission-of-liability by the organisation's subject: its generic name in either case ("the
// Department", "the council", "The Ministry") and its people as a body ("our staff", "our crews") × the
// admission ("accepts full legal responsibility", "were negligent") × locale. Near-misses keep the subject
// and admit nothing: a denial, a duty owned, a resident's claim reported.
import { describe, expect, it } from 'vitest';
import { cachedLinters } from './cached-linter.js';

const RULE = 'legal/admission-of-liability';
const LOCALES = ['en-AU', 'en-GB', 'en-US', 'en-CA'] as const;
const linterFor = cachedLinters('Northmont Public Health');

async function spans(text: string, locale: string): Promise<string[]> {
  const res = await (await linterFor(locale)).lintAsync(text);
  return res.findings.filter((f) => f.ruleId === RULE && !f.message.includes('judged by meaning')).map((f) => text.slice(f.offset, f.endOffset));
}

const ORGS = ['the Department', 'The Department', 'the council', 'The Council', 'the Ministry', 'the Agency', 'the Trust', 'the City'];
const ACCEPTS = ['accepts full legal responsibility', 'accepts full liability', 'admits liability', 'accepts total liability'];

describe('the organisation by its generic name, either case, admits liability', () => {
  const rows = ORGS.flatMap((org, i) => ACCEPTS.map((a, j) => ({ org, a, locale: LOCALES[(i + j) % LOCALES.length]! })));
  it.each(rows)('$locale: "$org $a"', async ({ org, a, locale }) => {
    const text = `A software fault delayed 1,300 test results. ${org[0]!.toUpperCase() + org.slice(1)} ${a} for any harm caused to these babies.`;
    const got = await spans(text, locale);
    expect(got.some((s) => s.toLowerCase().startsWith(org.toLowerCase()) && s.endsWith(a.split(' ').at(-1)!)), `reported: ${JSON.stringify(got)}`).toBe(true);
  });
});

const PEOPLE = ['Our staff', 'Our team', 'Our crews', 'Our own engineers', 'Our nurses', 'Our officers'];
const FAULT = ['were negligent', 'were at fault', 'have been negligent'];

describe('the organisation’s people as a body own the fault', () => {
  const rows = PEOPLE.flatMap((p, i) => FAULT.map((f, j) => ({ p, f, locale: LOCALES[(i + j) % LOCALES.length]! })));
  it.each(rows)('$locale: "$p $f"', async ({ p, f, locale }) => {
    const text = `${p} ${f} in failing to spot the backlog sooner. Every affected family has now been contacted.`;
    const got = await spans(text, locale);
    expect(got, `reported: ${JSON.stringify(got)}`).toContain(`${p} ${f}`);
  });
});

describe('near-misses: the same subjects admit nothing', () => {
  const rows: Array<{ text: string; why: string }> = [
    { text: 'The Department does not accept liability for the delay and will respond to each claim through the usual process.', why: 'a denial' },
    { text: 'The Department takes responsibility for keeping every newborn screening result on time.', why: 'a duty owned, no harm' },
    { text: 'Our staff were not negligent: the fault was in the supplier’s software, which has been replaced.', why: 'negated' },
    { text: 'Our crews were out all night clearing fallen trees after the storm. Thank you for your patience.', why: 'no fault at all' },
    { text: 'The resident says the Council was negligent; the claim is with our insurers and we cannot comment further.', why: 'a claim reported, not owned' },
    { text: 'Our team were delighted to welcome 400 runners to the park this morning.', why: 'an ordinary sentence' },
  ];
  it.each(rows)('leaves "$text" ($why)', async ({ text }) => {
    for (const locale of LOCALES) expect(await spans(text, locale), locale).toEqual([]);
  });
});
