// Judgement by meaning, end to end (lintAsync: the host rules' patterns, then the family classifiers and
// clause checks of src/text/semantic/). Each table pairs what a rule must flag with the near-miss it must
// leave alone; every case is run across names, places and ages (the verdict must not depend on them), and
// the flagged text is exact: the sentence the classifier located, or the phrase the rule's pattern found.
import { describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../src/index.js';

interface Case {
  /** The draft, with {name} {first} {place} {street} {age} {court} slots. */
  text: string;
  rule: string;
  /** The exact flagged texts (slots filled), or [] for a near-miss. */
  flagged: string[];
  why: string;
  locale?: 'en-GB' | 'en-US' | 'en-AU' | 'en-CA' | 'en-NZ' | 'en-IE';
  reply?: boolean;
}

// Names, places and ages that must not change a verdict.
const FILLS = [
  { name: 'Derek Baird', first: 'Derek', place: 'Kilbrannan', street: 'Hope Street', age: '47', court: 'Kilbrannan Magistrates’ Court' },
  { name: 'Priya Raman', first: 'Priya', place: 'Moorfield', street: 'Albion Road', age: '29', court: 'Moorfield Crown Court' },
  { name: 'Tomasz Nowak', first: 'Tomasz', place: 'Eastwick', street: 'Chapel Lane', age: '63', court: 'Eastwick District Court' },
];
const fill = (s: string, f: (typeof FILLS)[number]): string => s.replace(/\{(\w+)\}/g, (_, k: keyof typeof f) => f[k]);

const linters = new Map<string, Promise<Linter>>();
const linterFor = (locale: string): Promise<Linter> => {
  let l = linters.get(locale);
  if (!l) linters.set(locale, (l = createLinter({ locale: locale as 'en-GB' })));
  return l;
};

async function flaggedBy(c: Case, f: (typeof FILLS)[number]): Promise<string[]> {
  const text = fill(c.text, f);
  const res = await (await linterFor(c.locale ?? 'en-GB')).lintAsync(text, { meta: c.reply ? { replyTo: true } : {} });
  return res.findings.filter((x) => x.ruleId === c.rule && x.severity !== 'info').map((x) => text.slice(x.offset, x.endOffset));
}

export const CASES: Case[] = [];

describe('judgement tables', () => {
  for (const c of CASES) {
    it(`${c.rule}: ${c.flagged.length ? 'flags' : 'leaves'} "${c.text.slice(0, 70)}" (${c.why})`, async () => {
      for (const f of FILLS) expect(await flaggedBy(c, f), fill(c.text, f)).toEqual(c.flagged.map((t) => fill(t, f)));
    });
  }
});
