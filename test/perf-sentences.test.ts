// Document.sentences() cuts ASCII lines by its own UAX #29 rules instead of Intl.Segmenter, and words()
// filters lookups before its set. These cases check both against the reference (the segmenter, a plain set).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { Document, asciiSentenceEnds } from '../src/engine/document.js';
import { dist, expectFinishes } from './bounded.js';

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });
const ALPHABET = ['a', 'b', 'A', 'Z', 'x', ' ', ' ', '.', '!', '?', '"', "'", ')', '(', ',', ';', ':', '1', '\t'];

/** The sentences of one plain line by the segmenter alone (trimmed, as Document does). */
function reference(line: string): Array<{ offset: number; endOffset: number }> {
  const out: Array<{ offset: number; endOffset: number }> = [];
  for (const seg of SEGMENTER.segment(line)) {
    let s = seg.index;
    let e = seg.index + seg.segment.length;
    while (s < e && /\s/.test(line[s]!)) s++;
    while (e > s && /\s/.test(line[e - 1]!)) e--;
    if (e > s) out.push({ offset: s, endOffset: e });
  }
  return out;
}

describe('Document.sentences() one-sentence shortcut', () => {
  it('matches Intl.Segmenter on generated plain lines', () => {
    let seed = 12345;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let compared = 0;
    for (let n = 0; n < 3000; n++) {
      // Start with a letter so the line is a plain paragraph (no list, heading or code syntax).
      let line = 'W';
      const len = 1 + Math.floor(random() * 14);
      for (let i = 0; i < len; i++) line += ALPHABET[Math.floor(random() * ALPHABET.length)];
      const doc = new Document(line);
      // Only lines whose prose is the line itself (no Markdown syntax) are comparable.
      if (doc.prose !== line) continue;
      const got = doc.sentences().map((s) => ({ offset: s.offset, endOffset: s.endOffset }));
      expect(got, JSON.stringify(line)).toEqual(reference(line));
      compared++;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('keeps typical post lines whole or split as the segmenter does', () => {
    for (const line of ['Bins are collected on Monday.', 'Bins are collected on Monday. Garden waste on Tuesday.', 'Open 9am to 5pm!!', 'He said "stop." Then left', 'Call 999 (urgent.) now', 'Why? Because.']) {
      const doc = new Document(line);
      expect(doc.sentences().map((s) => ({ offset: s.offset, endOffset: s.endOffset }))).toEqual(reference(line));
    }
  });
});

/** The ends of the segmenter's sentences of `line` (the last is its length). */
function segmenterEnds(line: string): number[] {
  return [...SEGMENTER.segment(line)].map((seg) => seg.index + seg.segment.length);
}

// Lines biased to what the UAX #29 rules look at: terminators, closing quotes and brackets, spaces,
// capitals and lower-case letters (SB7, SB8), digits (SB6), SContinue, CR/LF, and the rest of ASCII.
const ALL_ASCII = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
const SENTENCE_CHAR = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('.', '.', '!', '?', '"', "'", '(', ')', '[', ']', '{', '}') },
  { weight: 5, arbitrary: fc.constantFrom(' ', ' ', '\t', '\v', '\f') },
  { weight: 4, arbitrary: fc.constantFrom('A', 'B', 'Z', 'I') },
  { weight: 4, arbitrary: fc.constantFrom('a', 'b', 'z', 'i') },
  { weight: 2, arbitrary: fc.constantFrom('0', '1', '9') },
  { weight: 2, arbitrary: fc.constantFrom(',', '-', ':', ';') },
  { weight: 1, arbitrary: fc.constantFrom('\r', '\n', '\r\n') },
  { weight: 2, arbitrary: fc.constantFrom(...ALL_ASCII) },
);
const ASCII_LINE = fc.array(SENTENCE_CHAR, { minLength: 1, maxLength: 40 }).map((xs) => xs.join(''));

describe('asciiSentenceEnds (UAX #29 for ASCII lines)', () => {
  it('cuts every ASCII line exactly where Intl.Segmenter does', () => {
    fc.assert(
      fc.property(ASCII_LINE, (line) => {
        expect(asciiSentenceEnds(line, 0, line.length), JSON.stringify(line)).toEqual(segmenterEnds(line));
      }),
      { numRuns: 20000 },
    );
  });

  it('works on a slice of a longer text (offsets are absolute)', () => {
    fc.assert(
      fc.property(ASCII_LINE, ASCII_LINE, ASCII_LINE, (before, line, after) => {
        const text = before + line + after;
        const ends = asciiSentenceEnds(text, before.length, before.length + line.length);
        expect(ends?.map((e) => e - before.length)).toEqual(segmenterEnds(line));
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts every ASCII character pair and triple after a terminator as the segmenter does', () => {
    // Exhaustive over the class of each character: every ASCII character before and after `X. ` and `X.`.
    for (const a of ALL_ASCII) {
      for (const b of ALL_ASCII) {
        for (const line of [`${a}.${b}x`, `${a}. ${b}x`, `Go.${a}${b}`, `Go! ${a} ${b}`, `${a}${b}. Next`]) {
          expect(asciiSentenceEnds(line, 0, line.length), JSON.stringify(line)).toEqual(segmenterEnds(line));
        }
      }
    }
  });

  it('leaves lines with a non-ASCII character to the segmenter', () => {
    expect(asciiSentenceEnds('Caf\u00e9. Open', 0, 10)).toBeUndefined();
    expect(asciiSentenceEnds('Open. \u{1F600} Now', 0, 13)).toBeUndefined();
  });

  it('scans a long run after a full stop without blowing up (SB8 look-ahead; killable child)', () => {
    const out = expectFinishes(`
      import { asciiSentenceEnds } from ${dist('src/engine/document.ts')};
      const line = 'Go.' + ')'.repeat(200_000) + '1 '.repeat(200_000) + 'x';
      process.stdout.write(JSON.stringify({ ends: asciiSentenceEnds(line, 0, line.length), length: line.length }));
    `);
    const { ends, length } = JSON.parse(out) as { ends: number[]; length: number };
    expect(ends).toEqual([length]);
  });

  it('gives Document.sentences() the segmenter\'s sentences on ASCII paragraphs', () => {
    fc.assert(
      fc.property(fc.array(ASCII_LINE.map((l) => l.replace(/[\r\n]/g, ' ')), { minLength: 1, maxLength: 4 }), (lines) => {
        const text = `W${lines.join('\n')}`;
        const doc = new Document(text);
        // Only drafts whose prose is the text itself (no Markdown syntax) have a simple reference.
        fc.pre(doc.prose === text && doc.blocks.length === 1);
        const expected: Array<{ offset: number; endOffset: number }> = [];
        let at = 0;
        for (const line of text.split(/(?<=\n)/)) {
          for (const r of reference(line)) expected.push({ offset: at + r.offset, endOffset: at + r.endOffset });
          at += line.length;
        }
        expect(doc.sentences().map((s) => ({ offset: s.offset, endOffset: s.endOffset }))).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

// Document.words() answers lookups through a filter before its set: it must answer exactly as a plain
// set of the lower-cased `[a-z0-9]+` tokens of the prose would.
describe('Document.words() lookups', () => {
  const WORD_CHAR = fc.constantFrom('a', 'b', 'e', 's', 't', 'A', 'S', '1', '0', ' ', ' ', '.', '-', '_', "'", '\u00e9', '\n');
  const TEXT = fc.array(WORD_CHAR, { minLength: 1, maxLength: 80 }).map((xs) => `W${xs.join('')}`);
  const QUERY = fc.array(fc.constantFrom('a', 'b', 'e', 's', 't', '1', '0', 'A'), { minLength: 0, maxLength: 5 }).map((xs) => xs.join(''));

  it('has() and hasAny() agree with a set of the tokens', () => {
    fc.assert(
      fc.property(TEXT, fc.array(QUERY, { maxLength: 12 }), (text, queries) => {
        const doc = new Document(text);
        const tokens = new Set(doc.prose.toLowerCase().match(/[a-z0-9]+/g) ?? []);
        const words = doc.words();
        for (const q of queries) expect(words.has(q), q).toBe(tokens.has(q));
        const expected = queries.some((q) => tokens.has(q));
        expect(words.hasAny(queries)).toBe(expected);
        expect(words.hasAny(new Set(queries))).toBe(expected);
        expect(words.hasAny(new Set([...queries, ...Array.from({ length: 200 }, (_, i) => `zz${i}`)]))).toBe(expected);
        expect(words.hasAny(queries.values())).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers false for values that are not strings', () => {
    const words = new Document('One 1 two').words();
    expect(words.has(1 as unknown as string)).toBe(false);
    expect(words.hasAny([1, 'two'] as unknown as string[])).toBe(true);
  });
});

// The plain-paragraph fast path keeps brackets that cannot make a link, image, reference or footnote as
// text ("Closing date: [insert date]."): its trees must be remark-parse's.
describe('plain-paragraph trees with brackets', () => {
  const remark = unified().use(remarkParse);
  const PIECE = fc.constantFrom('[', ']', '[', ']', '(', ')', ':', '!', '^', 'a', 'Word', ' ', ' ', '\n', '\n\n', 'x.', '[x]', '[]', '[ ]', 'http://a.b', '\u00e9', '1.', '#', 'a:b', '"', "'");
  const GFM = /[|~]|\[\^|^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/m;

  it('are the trees remark-parse builds', () => {
    fc.assert(
      fc.property(fc.array(PIECE, { maxLength: 25 }).map((a) => `W${a.join('')}`), (text) => {
        // (GFM syntax goes to the GFM parser: see Document.)
        fc.pre(!GFM.test(text));
        expect(new Document(text).mdast.children).toEqual(remark.parse(text).children);
      }),
      { numRuns: 5000 },
    );
  });
});
