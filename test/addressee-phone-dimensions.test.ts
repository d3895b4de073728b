// personal-data/phone-number, a promise to call the person addressed, by dimension: the call verb and its
// tense ("tried calling you back", "rang you", "we'll give you a ring") × the words between the call and the
// number ("this afternoon", "before 3pm") × the number's layout × locale, and the same promise in French,
// Welsh, Irish and te reo Māori. Even after "our office" or "we", the number is the reader's. Near-misses
// give the organisation's own line: "call us back at", "call our non-emergency line at", "vous pouvez nous
// joindre au".
import { describe, expect, it } from 'vitest';
import { cachedLinters } from './cached-linter.js';

const RULE = 'personal-data/phone-number';
const linterFor = cachedLinters('Tanner County Sheriff');
async function phones(body: string, locale: string, lang?: string[]): Promise<string[]> {
  const text = `---\nreplyTo: "@resident"\n${lang ? `lang: [${lang.join(', ')}]\n` : ''}---\n${body}`;
  const res = await (await linterFor(locale)).lintAsync(text);
  return res.findings.filter((f) => f.ruleId === RULE).map((f) => text.slice(f.offset, f.endOffset));
}

// A landline of each locale (a landline, not a mobile: a mobile is reported on its own).
const NUMBERS: Record<string, string> = { 'en-US': '(541) 482-3862', 'en-CA': '613-555-2871', 'en-GB': '01632 960 123', 'en-AU': '(02) 6598 2871', 'en-NZ': '(06) 835 2871', 'en-IE': '(091) 562 871' };
const CALLS = ['We tried calling you back at', 'Our deputy called you at', 'We rang you on', 'Our office will phone you on', "We'll give you a ring on", 'The team will text you at', 'We contacted you on', 'Our nurse will get back to you on'];
const BETWEEN = ['', 'this afternoon', 'before 3pm today', 'first thing tomorrow'];

describe('the number of the person the reply promises to call', () => {
  const rows = Object.entries(NUMBERS).flatMap(([locale, n], i) => CALLS.map((c, j) => ({ locale, n, c, between: BETWEEN[(i + j) % BETWEEN.length]! })));
  it.each(rows)('$locale: "$c $between $n"', async ({ locale, n, c, between }) => {
    // (The gap goes before the preposition: "called you this afternoon at".)
    const call = between ? c.replace(/ (on|at)$/u, ` ${between} $1`) : c;
    const text = `Sorry for the slow reply. ${call} ${n} and got no answer.`;
    expect(await phones(text, locale)).toEqual([n]);
  });
});

describe('near-misses: the organisation’s own line', () => {
  const LEADS = ['Call us back at', 'If it keeps up, call our non-emergency line at', 'You can reach the front desk on', 'Text our team on', 'Please ring the office on'];
  const rows = Object.entries(NUMBERS).flatMap(([locale, n]) => LEADS.map((lead) => ({ locale, n, lead })));
  it.each(rows)('$locale: "$lead $n"', async ({ locale, n, lead }) => {
    expect(await phones(`${lead} ${n} if you need us.`, locale)).toEqual([]);
  });
});

describe('the same promise in the other languages', () => {
  const rows: Array<{ text: string; lang: string[]; locale: string; n: string }> = [
    { text: "Notre bureau de l'imagerie vous rappellera aujourd'hui avant 15 h au 506-482-0173 pour le reporter.", lang: ['fr', 'en-CA'], locale: 'en-CA', n: '506-482-0173' },
    { text: 'Nous avons essayé de vous joindre au 613-482-2871 ce matin.', lang: ['fr', 'en-CA'], locale: 'en-CA', n: '613-482-2871' },
    { text: "Bydd ein swyddfa yn eich ffonio'n ôl y prynhawn yma ar 01632 960 123.", lang: ['cy', 'en-GB'], locale: 'en-GB', n: '01632 960 123' },
    { text: 'Glaofaimid ort tráthnóna ar (091) 562 871.', lang: ['ga', 'en-IE'], locale: 'en-IE', n: '(091) 562 871' },
    { text: 'Ka waea atu ki a koe ā te ahiahi nei ki (06) 835 2871.', lang: ['mi', 'en-NZ'], locale: 'en-NZ', n: '(06) 835 2871' },
  ];
  it.each(rows)('$lang.0: "$text"', async ({ text, lang, locale, n }) => {
    expect(await phones(text, locale, lang)).toEqual([n]);
  });
  const near: Array<{ text: string; lang: string[]; locale: string }> = [
    { text: 'Vous pouvez nous joindre au 506-482-0173 du lundi au vendredi.', lang: ['fr', 'en-CA'], locale: 'en-CA' },
    { text: 'Ffoniwch ein swyddfa ar 01632 960 123 os oes angen.', lang: ['cy', 'en-GB'], locale: 'en-GB' },
  ];
  it.each(near)('leaves "$text" (the organisation’s line)', async ({ text, lang, locale }) => {
    expect(await phones(text, locale, lang)).toEqual([]);
  });
});
