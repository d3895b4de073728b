// Judgement of a sentence on its own (src/text/semantic/check.ts): inside a borderline or positive window,
// a sentence that is positive by itself (at the family's error cut-off, with a word of the family's
// evidence classes) is reported even when the rule's own pattern already flagged a neighbour; and the
// vetoes that keep it precise: a reported conviction (the act may then be stated), an apology without
// liability. Each case runs across organisations, names, places and items, which must not change the verdict.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';

const FILLS = [
  { org: 'Cedar Ridge County', self: 'the County', name: 'Jordan Pike', street: 'Hillcrest Drive', place: 'Millbrook', item: 'windshield', locale: 'en-US' },
  { org: 'Riverside Council', self: 'the Council', name: 'Derek Baird', street: 'Albion Road', place: 'Kilbrannan', item: 'fence', locale: 'en-GB' },
  { org: 'Tāwhiti District Council', self: 'the Council', name: 'Tama Walker', street: 'Pah Street', place: 'Te Puna', item: 'letterbox', locale: 'en-NZ' },
] as const;
type Fill = (typeof FILLS)[number];
const fill = (s: string, f: Fill): string => s.replace(/\{(\w+)\}/g, (_, k: keyof Fill) => f[k]);

interface Case {
  text: string;
  rule: string;
  reply?: boolean;
  /** Texts that must each overlap a warning or error of the rule (slots filled); [] for a near-miss. */
  flagged: string[];
  why: string;
}

const CASES: Case[] = [
  {
    rule: 'legal/admission-of-liability', reply: true,
    text: "We're so sorry about this! Our driver was clearly going too fast on {street} and it's entirely {self}'s fault. We'll cover the full cost of your {item}, no questions asked.",
    flagged: ["it's entirely {self}'s fault", "We'll cover the full cost of your {item}"],
    why: 'third-person fault beside an offer to pay: both sentences, though the window is already flagged',
  },
  {
    rule: 'legal/admission-of-liability', reply: true,
    text: "We're so sorry about the wait for your {item} repair. Our crew will be on {street} on Monday, and you can track the job on our website.",
    flagged: [],
    why: 'an apology for a delay, and a plan: no liability',
  },
  {
    rule: 'legal/prejudicial-statement',
    text: "{name}, 27, the man who beat a clerk at the {place} service station on Saturday night, is now behind bars. He's charged with aggravated battery and robbery.",
    flagged: ['the man who beat a clerk'],
    why: 'a relative clause states the act about the person charged',
  },
  {
    rule: 'legal/prejudicial-statement',
    text: "{name}, 27, of {place}, was found guilty of robbery and jailed for three years. This was a determined offender who caused misery for shop workers on {street}.",
    flagged: [],
    why: 'after a conviction the act may be stated: the post reports the verdict',
  },
  {
    rule: 'legal/prejudicial-statement',
    text: "{name}, 27, of {place}, has been charged with robbery and will appear in court on Monday. Thank you to everyone who called in with information.",
    flagged: [],
    why: 'a neutral charge and thanks for tips',
  },
];

describe('judgement of a sentence on its own', () => {
  for (const c of CASES) {
    it(`${c.rule}: ${c.flagged.length ? 'flags' : 'leaves'} "${c.text.slice(0, 60)}…" (${c.why})`, async () => {
      for (const f of FILLS) {
        const text = fill(c.text, f);
        const linter = await createLinter({ locale: f.locale, organisation: { name: f.org } });
        const res = await linter.lintAsync(text, { meta: c.reply ? { replyTo: 'Who is paying for this?' } : {} });
        const found = res.findings.filter((x) => x.ruleId === c.rule && x.severity !== 'info');
        if (c.flagged.length === 0) expect(found.map((x) => text.slice(x.offset, x.endOffset)), text).toEqual([]);
        for (const want of c.flagged.map((t) => fill(t, f))) {
          const at = text.indexOf(want);
          expect(at, want).toBeGreaterThanOrEqual(0);
          expect(found.some((x) => x.offset < at + want.length && at < x.endOffset), `${text}\n→ ${want}`).toBe(true);
        }
      }
    });
  }
});
