// Generated tables for notes to colleagues left in a draft (fourth held-out round, h11: "(LTT: don't mention
// the asbestos sample results until the HSE has been told.)"), reported by confidentiality/embargo:
// label (a colleague's initials, a note word) × bracket (round, square, none at a line start) × separator
// (colon, dash) × case × instruction × position (first line, mid-post, last line) × jurisdiction, and an
// instruction to keep something quiet until someone is told, anywhere. Near-misses: notes to the public
// ("NB: the car park is closed", "(Note: don't use the lift)"), acronyms before a colon ("(RSVP: …)", "(ETA: TBC)"),
// advice ("Please don't share your results until your GP has confirmed them" is not an instruction to staff).
import { describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../src/index.js';
import type { Locale } from '../src/types.js';

interface Case { text: string; locale: Locale; flagged: boolean; expectText?: string; why: string }

const linters = new Map<Locale, Linter>();
async function hits(cs: Case): Promise<string[]> {
  let l = linters.get(cs.locale);
  if (!l) linters.set(cs.locale, (l = await createLinter({ locale: cs.locale })));
  const r = await l.lintAsync(cs.text);
  return r.findings.filter((f) => f.ruleId === 'confidentiality/embargo').map((f) => cs.text.slice(f.offset, f.endOffset));
}

const LOCALES: Locale[] = ['en-GB', 'en-AU', 'en-US', 'en-NZ', 'en-CA', 'en-IE'];
const LABELS = ['LTT', 'JB', 'Note to comms', 'NB', 'Note for Sarah', 'Editor’s note', "Editor's note", 'note'];
const INSTRUCTIONS = ["don't mention the asbestos sample results until the HSE has been told", 'do not name the school yet', 'hold until 10am Friday', 'check the figures with finance', 'needs sign-off from the chief fire officer', 'add the link once the page is live'];
const BRACKETS: Array<[string, string]> = [['(', ')'], ['[', ']']];
const SEPARATORS = [': ', ' - ', ' – '];
const POSITIONS: Array<[string, (note: string) => string]> = [
  ['first line', (n) => `${n}\nCrews are still at the fire on Greaves Industrial Estate.`],
  ['mid-post', (n) => `Crews are still at the fire on Greaves Industrial Estate. ${n} Please keep windows shut.`],
  ['last line', (n) => `Crews are still at the fire on Greaves Industrial Estate.\n\n${n}`],
];

function noteCases(): Case[] {
  const out: Case[] = [];
  let i = 0;
  for (const label of LABELS) {
    for (const instruction of INSTRUCTIONS) {
      const [open, close] = BRACKETS[i % BRACKETS.length]!;
      const sep = SEPARATORS[i % SEPARATORS.length]!;
      const [where, place] = POSITIONS[i % POSITIONS.length]!;
      const locale = LOCALES[i++ % LOCALES.length]!;
      const cased = i % 5 === 0 ? instruction.charAt(0).toUpperCase() + instruction.slice(1) : instruction;
      const note = `${open}${label}${sep}${cased}.${close}`;
      out.push({ text: place(note), locale, flagged: true, expectText: note, why: `${label} + "${instruction}" in ${open}${close}, ${where}` });
    }
  }
  // Opening a line, without brackets.
  for (const [label, instruction] of [['Note to comms', 'hold until 10am on Friday'], ['LTT', "don't mention the cause yet"], ['NB', 'check the figures with finance']] as const) {
    out.push({ text: `${label}: ${instruction}. Bins are changing next week.`, locale: 'en-GB', flagged: true, expectText: `${label}: ${instruction}`, why: `${label} opening a line, up to the end of its sentence` });
  }
  // Keep quiet until someone is told, anywhere.
  for (const [quiet, told] of [["Don't mention the cause", 'the family have been told'], ['Do not reveal the address', 'police have confirmed it'], ["don't confirm the name", 'next of kin are informed']] as const) {
    out.push({ text: `A fire broke out at a house on Mill Lane. ${quiet} until ${told}.`, locale: 'en-AU', flagged: true, expectText: `${quiet} until ${told}`, why: 'an instruction to hold something back until someone is told' });
  }
  return out;
}

function nearMisses(): Case[] {
  return [
    { text: 'NB: the car park is closed on Friday.', locale: 'en-GB', flagged: false, why: 'a note to the public, no instruction to staff' },
    { text: '(Note: don’t use the lift during the fire alarm test.)', locale: 'en-GB', flagged: false, why: 'safety advice to the public' },
    { text: "(Note: please don't include personal details in your comment.)", locale: 'en-AU', flagged: false, why: 'moderation advice to the public' },
    { text: '(RSVP: check with reception for spaces)', locale: 'en-US', flagged: false, why: 'an acronym before a colon, public advice' },
    { text: 'Venue (ETA: TBC). Doors open at 7pm.', locale: 'en-NZ', flagged: false, why: 'an acronym and TBC, not a note' },
    { text: '(PDF: 2MB) Download the plan.', locale: 'en-GB', flagged: false, why: 'a file size' },
    { text: 'Please don’t share your results until your GP has confirmed them.', locale: 'en-GB', flagged: false, why: 'advice to readers: "share", not "mention/reveal"' },
    { text: 'Don’t mention your PIN to anyone, even if they say they are from the bank.', locale: 'en-IE', flagged: false, why: 'scam advice: no "until … told"' },
    { text: 'FAQ: how do I check the figures on my bill?', locale: 'en-CA', flagged: false, why: 'an acronym label and a question for readers' },
  ];
}

describe.each([
  ['notes to colleagues', noteCases()],
  ['notes and advice to the public', nearMisses()],
] as const)('%s', (_n, cases) => {
  it.each(cases.map((c) => [c.why, c] as const))('%s', async (_why, cs) => {
    const found = await hits(cs);
    if (!cs.flagged) expect(found, cs.text).toEqual([]);
    else expect(found.some((f) => f.includes(cs.expectText!) || cs.expectText!.includes(f)), `${cs.text} → ${JSON.stringify(found)}`).toBe(true);
  });
});
