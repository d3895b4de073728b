// Property-based reliability tests (issue 10): for any string, linting never throws, every range lies
// inside the text with line/column matching its offsets, results are deterministic, and fixes converge
// and never touch text outside their ranges. Every registered rule takes part (strict enables all).
import { describe, it, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import { createLinter, applyFixes, builtinRules, type Finding, type LintResult, type Linter } from '../src/index.js';
import { loadModules, LAZY_MODULES, type LazyModuleName } from '../src/engine/lazy.js';

// Fragments that stress parsers and offset arithmetic: unpaired surrogates, NUL, CR/LF/CRLF, BOM, RTL and
// zero-width marks, astral emoji and ZWJ sequences, Markdown syntax, directives, frontmatter fences.
const FRAGMENTS = [
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\0', '\r\n', '\r', '\n', '\n\n', '\uFEFF', '\u200F', '\u202E', '\u200B', '\u2028', '\t',
  '😀', '👩‍👩‍👧', '🇬🇧', 'é', 'e\u0301', '中文', 'ﬁ',
  '# ', '## ', '> ', '> > ', '- ', '* ', '1. ', '```\n', '```', '~~~', '`', '    ', '[', ']', '](', ')', '![', '<', '>', '<!--', '-->',
  '<br>', '</div>', '| a | b |\n|---|---|\n', '**', '_', '~~', '\\', '&amp;', '&#0;', '[^1]', '[x]: http://x',
  '<!-- commslint-disable -->', '<!-- commslint-enable -->', '<!-- commslint-disable-next-line language/placeholder -- why -->',
  '<!-- commslint-disable tone/profanity -->',
  '---\n', '---', '***\n', '---\nplatform: x\n---\n', '---\nthread: true\n---\n', '---\r\nplatform: bluesky\r\n---\r\n',
  '---\nai:\n  used: true\n---\n', '---\nplatform: [\n---\n', '---\nlang: 12\n---\n',
  'https://www.riverside.gov.uk/bins?x=1', 'www.example.com', '@RiversideCouncil', '#BinCollection', '#bincollectionday', '#',
  'TBC', '[insert date]', '{{name}}', 'XX:XX', '07911 123456', '+44 20 7946 0958', 'john.smith@gmail.com', 'contact@riverside.gov.uk',
  'AB 12 34 56 C', '943 476 5919', '4111 1111 1111 1111', 'GB82 WEST 1234 5698 7654 32', 'SW1A 1AA', 'AKIAIOSFODNN7EXAMPLE',
  'OFFICIAL-SENSITIVE', 'Project Kestrel', 'clearly guilty', 'vote Labour', 'Labour Day', 'damn', 'Scunthorpe',
  'The council will ', 'residents ', 'was approved by ', 'Bins are collected on Tuesday. ', 'CLOSED TODAY!!! ', '1,000 ', '£5 ', '10:30am ',
  ' ', '.', '!', '?', ',', '"', "'", '’', '…', '—', '(', ')',
];

const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
);
const hostileText = fc.array(unit, { maxLength: 40 }).map((parts) => parts.join(''));

/** Independent reference for line/column: CRLF, lone CR and LF each end a line; columns in UTF-16 units. */
function referencePosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      if (i + 2 > offset) break; // the offset sits between CR and LF: still on this line
      i++;
      line++;
      lineStart = i + 1;
    } else if (c === 10 || c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** True when `offset` falls between the two halves of a well-formed surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Every structural invariant a result must satisfy; returns the problems found (empty: fine). */
function resultProblems(text: string, result: LintResult): string[] {
  const problems: string[] = [];
  if (result.error && /internal error/i.test(result.error)) problems.push(result.error);
  const check = (f: Finding | LintResult['suppressed'][number], where: string): void => {
    const id = `${where} ${f.ruleId} ${f.offset}-${f.endOffset}`;
    if (!Number.isInteger(f.offset) || !Number.isInteger(f.endOffset) || f.offset < 0 || f.endOffset < f.offset || f.endOffset > text.length) {
      problems.push(`${id}: range outside the text (length ${text.length})`);
      return;
    }
    const s = referencePosition(text, f.offset);
    const e = referencePosition(text, f.endOffset);
    if (f.line !== s.line || f.column !== s.column) problems.push(`${id}: start ${f.line}:${f.column}, expected ${s.line}:${s.column}`);
    if (f.endLine !== e.line || f.endColumn !== e.column) problems.push(`${id}: end ${f.endLine}:${f.endColumn}, expected ${e.line}:${e.column}`);
    if (splitsPair(text, f.offset) || splitsPair(text, f.endOffset)) problems.push(`${id}: range splits a surrogate pair`);
    if (!f.citations?.length) problems.push(`${id}: no citation`);
    const edits = [...(f.fix ? [f.fix] : []), ...(f.suggestions ?? []).flatMap((s) => (s.fix ? [s.fix] : []))];
    for (const x of edits) {
      if (x.offset < 0 || x.endOffset < x.offset || x.endOffset > text.length || typeof x.text !== 'string') problems.push(`${id}: fix range ${x.offset}-${x.endOffset} outside the text`);
      else if (splitsPair(text, x.offset) || splitsPair(text, x.endOffset)) problems.push(`${id}: fix splits a surrogate pair`);
    }
  };
  for (const f of result.findings) check(f, 'finding');
  for (const f of result.suppressed ?? []) check(f, 'suppressed');
  return problems;
}

/**
 * True when `after` keeps every character of `before` that lies outside the edit ranges, in order: the
 * text outside the union of the ranges (split at every insertion point) must reappear as ordered pieces,
 * the first at the very start and the last at the very end.
 */
function keptOutside(before: string, after: string, edits: ReadonlyArray<{ offset: number; endOffset: number }>): boolean {
  const valid = edits.filter((e) => e.offset >= 0 && e.endOffset >= e.offset && e.endOffset <= before.length);
  const covered = new Uint8Array(before.length);
  const cuts = new Set<number>();
  for (const e of valid) {
    covered.fill(1, e.offset, e.endOffset);
    cuts.add(e.offset);
    cuts.add(e.endOffset);
  }
  const pieces: string[] = [];
  let cur = '';
  for (let i = 0; i <= before.length; i++) {
    if (cuts.has(i) || (i < before.length && covered[i])) {
      pieces.push(cur);
      cur = '';
    }
    if (i < before.length && !covered[i]) cur += before[i];
  }
  pieces.push(cur);
  const first = pieces[0]!;
  const last = pieces.length > 1 ? pieces[pieces.length - 1]! : '';
  if (pieces.length === 1) return after === first;
  if (!after.startsWith(first) || !after.endsWith(last) || after.length < first.length + last.length) return false;
  let pos = first.length;
  const limit = after.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    if (!piece) continue;
    const at = after.indexOf(piece, pos);
    if (at === -1 || at + piece.length > limit) return false;
    pos = at + piece.length;
  }
  return true;
}

const strictConfig = { extends: ['commslint:strict'], organisation: { domains: ['riverside.gov.uk'], publicContacts: ['contact@riverside.gov.uk'] }, terms: { confidential: ['Project Kestrel'], allow: ['Scunthorpe'] } };

describe('reliability: hostile strings through every registered rule', () => {
  let linter: Linter;
  beforeAll(async () => {
    // Load the lazy modules up front so the synchronous `lint` exercises every code path of every rule.
    await loadModules(Object.keys(LAZY_MODULES) as LazyModuleName[]);
    linter = await createLinter(strictConfig);
  });

  it('runs every registered rule (strict enables all)', () => {
    const ids = new Set(linter.rules.map((r) => r.id));
    for (const rule of builtinRules) expect(ids.has(rule.id)).toBe(true);
  });

  it('never throws; ranges lie inside the text and line/column match their offsets', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        let result: LintResult;
        try {
          result = linter.lint(text, { reportUnusedDirectives: true });
        } catch (error) {
          throw new Error(`lint threw on ${JSON.stringify(text)}: ${(error as Error).stack}`);
        }
        const problems = resultProblems(text, result);
        if (problems.length) throw new Error(`${JSON.stringify(text)}:\n  ${problems.join('\n  ')}`);
      }),
      { numRuns: 250 },
    );
  });

  it('is deterministic: the same text gives the same result, with this linter or a new one', async () => {
    const fresh = await createLinter(strictConfig);
    fc.assert(
      fc.property(hostileText, (text) => {
        const a = JSON.stringify(linter.lint(text));
        const b = JSON.stringify(linter.lint(text));
        const c = JSON.stringify(fresh.lint(text));
        expect(b).toBe(a);
        expect(c).toBe(a);
      }),
      { numRuns: 80 },
    );
  });

  it('fixes converge, never touch text outside their ranges, and re-fixing the output changes nothing', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        let current = text;
        let converged = false;
        for (let pass = 0; pass < 10; pass++) {
          const result = linter.lint(current, { reportUnusedDirectives: true });
          const edits = result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
          const next = applyFixes(current, result.findings);
          if (!keptOutside(current, next, edits)) throw new Error(`fix pass ${pass} changed text outside its fix ranges: ${JSON.stringify(current)} -> ${JSON.stringify(next)}`);
          if (next === current) {
            converged = true;
            break;
          }
          current = next;
        }
        if (!converged) throw new Error(`fixes did not converge in 10 passes for ${JSON.stringify(text)}`);
        const again = linter.lint(current, { reportUnusedDirectives: true });
        expect(applyFixes(current, again.findings)).toBe(current);
      }),
      { numRuns: 120 },
    );
  });
});

describe('reliability: applyFixes on arbitrary edits', () => {
  const edit = (len: number) =>
    fc.record({
      offset: fc.integer({ min: -2, max: len + 2 }),
      endOffset: fc.integer({ min: -2, max: len + 2 }),
      text: fc.constantFrom('', 'x', 'REPLACED', '\r\n', '😀', '\uD800'),
    });
  const textAndEdits = fc.string({ unit: 'binary', maxLength: 30 }).chain((t) => fc.tuple(fc.constant(t), fc.array(edit(t.length), { maxLength: 6 })));

  it('changes nothing outside the edit ranges and ignores edits outside the text', () => {
    fc.assert(
      fc.property(textAndEdits, ([text, edits]) => {
        const out = applyFixes(text, edits.map((fix) => ({ fix })));
        expect(keptOutside(text, out, edits)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic whatever the order of the findings', () => {
    fc.assert(
      fc.property(textAndEdits, ([text, edits]) => {
        // Distinct ranges only: two different edits of the very same range have no meaningful order.
        const unique = edits.filter((e, i) => edits.findIndex((o) => o.offset === e.offset && o.endOffset === e.endOffset) === i);
        const a = applyFixes(text, unique.map((fix) => ({ fix })));
        const b = applyFixes(text, [...unique].reverse().map((fix) => ({ fix })));
        expect(b).toBe(a);
      }),
      { numRuns: 300 },
    );
  });

  it('applies non-overlapping edits exactly', () => {
    expect(applyFixes('aXbYc', [{ fix: { offset: 3, endOffset: 4, text: 'y' } }, { fix: { offset: 1, endOffset: 2, text: 'x' } }])).toBe('axbyc');
    expect(applyFixes('abc', [{ fix: { offset: 0, endOffset: 3, text: 'Z' } }, { fix: { offset: 1, endOffset: 2, text: 'Q' } }])).toBe('Z');
    expect(applyFixes('abc', [{ fix: { offset: 2, endOffset: 9, text: 'Z' } }])).toBe('abc');
    expect(applyFixes('abc', [{}, { fix: undefined }])).toBe('abc');
  });
});
