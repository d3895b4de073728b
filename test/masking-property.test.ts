// The masking property (issue 21, "Done means"): for any draft and any format, no substring of 8+
// characters that the shape masker would mask appears raw in any output. Drafts come from a generator
// of personal data and secrets (phones, cards, accounts, NI numbers, e-mails plain and obfuscated, keys,
// labelled passwords, addresses) in every styling (mathematical bold/italic/monospace digits and
// letters, fullwidth, upper case, zero-width joiners), placed in carrier sentences that other rules
// flag (long, shouting, repeated words, placeholders). Checked through all six formats, the
// --fix-dry-run diff (the CLI's own redactor), and frontmatter and config error messages.
import { describe, expect, it, beforeAll } from 'vitest';
import fc from 'fast-check';
import { createLinter, format, FORMATS, parseConfig, type Linter } from '../src/index.js';
import { shapeSpans } from '../src/text/shapes.js';
import { diffRedactor } from '../src/engine/redact.js';
import { unifiedDiff } from '../src/report/diff.js';
import { applyFixes } from '../src/engine/fixes.js';
import { parseFrontmatter } from '../src/engine/frontmatter.js';

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
const letters = (n: number, set = 'abcdefghijklmnopqrstuvwxyz') => fc.array(fc.constantFrom(...set), { minLength: n, maxLength: n }).map((d) => d.join(''));
const alnum = (n: number) => fc.array(fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** Values that are personal data or secrets (the plain ASCII form). */
const VALUE = fc.oneof(
  fc.tuple(digits(3), digits(6)).map(([a, b]) => `07${a} ${b}`),
  fc.tuple(digits(4), digits(6)).map(([a, b]) => `+44 ${a} ${b}`),
  fc.tuple(digits(4), digits(4), digits(4), digits(4)).map((g) => g.join(' ')),
  fc.tuple(digits(2), digits(2), digits(2), digits(8)).map(([a, b, c, d]) => `Sort code and account: ${a}-${b}-${c} ${d}`),
  fc.tuple(digits(2), digits(2), digits(2)).map(([a, b, c]) => `AB ${a} ${b} ${c} C`),
  fc.tuple(letters(6), letters(7)).map(([a, b]) => `${a}.${b}@gmail.com`),
  fc.tuple(letters(6), letters(7), fc.constantFrom(' [at] ', ' (at) ', ' AT ', '{at}'), fc.constantFrom(' [dot] ', ' (dot) ', ' DOT ')).map(([a, b, at, dot]) => `${a}${at}${b}${dot}com`),
  alnum(24).map((k) => `sk_live_${k}`),
  alnum(16).map((k) => `AKIA${k.toUpperCase().replace(/[^A-Z0-9]/g, '7')}7`),
  fc.tuple(letters(5), digits(4)).map(([w, d]) => `password: ${w[0]!.toUpperCase()}${w.slice(1)}${d}!`),
  fc.tuple(fc.integer({ min: 1, max: 299 }), letters(6)).map(([n, w]) => `${n} ${w[0]!.toUpperCase()}${w.slice(1)} Street`),
  fc.tuple(digits(3), digits(2), digits(4)).map(([a, b, c]) => `${a}-${b}-${c}`),
);

const bold = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(0x1d7ce + Number(d))).replace(/[A-Z]/g, (c) => String.fromCodePoint(0x1d400 + c.charCodeAt(0) - 65)).replace(/[a-z]/g, (c) => String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97));
const italic = (s: string) => s.replace(/[A-Z]/g, (c) => String.fromCodePoint(0x1d434 + c.charCodeAt(0) - 65)).replace(/[a-gi-z]/g, (c) => String.fromCodePoint(0x1d44e + c.charCodeAt(0) - 97));
const mono = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(0x1d7f6 + Number(d))).replace(/[a-z]/g, (c) => String.fromCodePoint(0x1d68a + c.charCodeAt(0) - 97));
const full = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const STYLING = fc.constantFrom<[string, (s: string) => string]>(
  ['plain', (s) => s],
  ['upper', (s) => s.toUpperCase()],
  ['bold', bold],
  ['italic', italic],
  ['monospace', mono],
  ['fullwidth', full],
  ['zero-width', (s) => s.replace(/(\d)(?=\d)/g, '$1\u200b')],
);
const CARRIER = fc.constantFrom(
  (v: string) => `Call Jane about ${v} today.`,
  (v: string) => `URGENT: PLEASE NOTE ${v} NOW!!!`,
  (v: string) => `Residents told us ${v} and this sentence keeps going about the bins, the recycling, the garden waste, the libraries and the leisure centres that everyone uses every single week of the year.`,
  (v: string) => `Please see the the details: ${v} [insert date].`,
  (v: string) => `# ${v}\n\nSee [the form](https://example.gov.uk/form) for ${v}.`,
);
const DRAFT = fc.tuple(fc.array(fc.tuple(VALUE, STYLING, CARRIER), { minLength: 1, maxLength: 3 }), fc.constantFrom('x', 'bluesky', 'generic')).map(([parts, platform]) => ({
  values: parts.map(([v, [, style]]) => ({ plain: v, styled: style(v) })),
  text: `---\nplatform: ${platform}\n---\n\n${parts.map(([v, [, style], carrier]) => carrier(style(v))).join('\n\n')}\n`,
}));

/** The raw spans of 8+ characters that the masker would mask in `out` (must be none). */
function unmasked(out: string): string[] {
  return shapeSpans(out)
    .map((s) => out.slice(s.offset, s.endOffset))
    .filter((s) => s.replace(/\s/g, '').length >= 8);
}

/** The 8+ character pieces of the generated values (plain and styled) found raw in `out`. */
function rawValues(out: string, values: ReadonlyArray<{ plain: string; styled: string }>): string[] {
  const found: string[] = [];
  for (const { plain, styled } of values) {
    const value = plain.replace(/^(?:Sort code and account|password): /, '');
    for (const form of [value, value.replace(/\s+/g, ''), value.toUpperCase(), styled.replace(/^(?:[^:]+): /, '')]) {
      if (form.length >= 8 && out.includes(form)) found.push(form);
    }
  }
  return found;
}

let linter: Linter;
beforeAll(async () => {
  linter = await createLinter({ extends: ['commslint:strict'] });
});

describe('masking property', () => {
  it('no output of any format, nor the fix diff, carries a maskable substring or a generated value', async () => {
    await fc.assert(
      fc.asyncProperty(DRAFT, async ({ text, values }) => {
        const result = await linter.lintAsync(text, { path: 'draft.md' });
        for (const name of FORMATS) {
          const out = format([result], name);
          expect(unmasked(out), `${name}\n${text}`).toEqual([]);
          expect(rawValues(out, values), `${name}\n${text}`).toEqual([]);
        }
        const fixed = applyFixes(text, result.findings);
        if (fixed !== text) {
          const after = await linter.lintAsync(fixed, { path: 'draft.md' });
          const diff = unifiedDiff(text, fixed, 'draft.md', diffRedactor([{ result, text }, { result: after, text: fixed }]));
          expect(unmasked(diff), `diff\n${text}`).toEqual([]);
          expect(rawValues(diff, values), `diff\n${text}`).toEqual([]);
        }
      }),
      { numRuns: 60, seed: 2126 },
    );
  }, 300_000);

  it('frontmatter and config errors never carry a maskable substring or the value', () => {
    fc.assert(
      fc.property(VALUE, STYLING, fc.constantFrom('ai.tools', 'thread', 'media', 'platform'), (value, [, style], key) => {
        const v = style(value);
        const yaml = key === 'ai.tools' ? `ai:\n  tools: ${JSON.stringify(v)}` : `${key}: ${JSON.stringify(v)}`;
        const fm = parseFrontmatter(yaml);
        expect(fm.ok).toBe(false);
        const message = fm.ok ? '' : fm.problem.message;
        expect(unmasked(message), message).toEqual([]);
        expect(rawValues(message, [{ plain: value, styled: v }]), message).toEqual([]);
        let configMessage = '';
        try {
          parseConfig({ ai: { approvedTools: v } });
        } catch (error) {
          configMessage = (error as Error).message;
        }
        expect(configMessage).toMatch(/ai\.approvedTools/);
        expect(unmasked(configMessage), configMessage).toEqual([]);
        expect(rawValues(configMessage, [{ plain: value, styled: v }]), configMessage).toEqual([]);
      }),
      { numRuns: 300, seed: 2126 },
    );
  });
});
