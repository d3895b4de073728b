// Shared helpers behind the language rules' fast paths: whitespace as `\s` sees it, URL-like tokens found
// chunk by chunk, the words a locale's spelling check can flag, and placeholders found once per draft.
import { describe, expect, it } from 'vitest';
import { Document } from '../src/engine/document.js';
import { findPlaceholders } from '../src/text/placeholders.js';
import { wordStats } from '../src/text/readability.js';
import { flaggableSpellings, preferredSpelling, spellingIndex } from '../src/text/spelling.js';
import { findUrlLike } from '../src/text/words.js';
import { isAsciiAlnumCode, isAsciiLetterCode, isSpaceCode } from '../src/text/chars.js';

describe('isSpaceCode', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe('isAsciiLetterCode and isAsciiAlnumCode', () => {
  it('agree with [A-Za-z] and [A-Za-z0-9] on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isAsciiLetterCode(c) !== /[A-Za-z]/.test(ch) || isAsciiAlnumCode(c) !== /[A-Za-z0-9]/.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});

describe('findUrlLike', () => {
  const found = (text: string, from?: number, to?: number): string[] => findUrlLike(text, from, to).map((r) => text.slice(r.offset, r.endOffset));

  it('finds tokens between any kind of whitespace, at either end of the text', () => {
    const text = 'riverside.gov.uk\u00a0see\u2003https://x.org/a,\u3000mail a@b.com\tor\n@council.\ufeffwww.x.io';
    expect(found(text)).toEqual(['riverside.gov.uk', 'https://x.org/a', 'a@b.com', '@council', 'www.x.io']);
  });
  it('keeps the boundaries inside a chunk', () => {
    expect(found('(see riverside.gov.uk), x@y.com! C@t (@council) 3.5 or e.g. now. word.')).toEqual(['riverside.gov.uk', 'x@y.com', '@council']);
    expect(found('a.b.c.d.com/x?y=1.')).toEqual(['a.b.c.d.com/x?y=1']);
  });
  it('gives offsets in the whole text when given a range', () => {
    const text = 'riverside.gov.uk and example.com';
    expect(findUrlLike(text, 5)).toEqual([
      { offset: 5, endOffset: 16 },
      { offset: 21, endOffset: 32 },
    ]);
    expect(found(text, 0, 20)).toEqual(['riverside.gov.uk']);
  });
  it('finds nothing without an anchor', () => {
    expect(found('No links here: just words. And a colon:')).toEqual([]);
  });
});

describe('flaggableSpellings', () => {
  it('holds exactly the words preferredSpelling flags in the locale', () => {
    const { gb, us } = spellingIndex();
    for (const locale of ['en-GB', 'en-US', 'en-CA'] as const) {
      const set = flaggableSpellings(locale);
      for (const w of [...gb.keys(), ...us.keys()]) expect(set.has(w)).toBe(preferredSpelling(w, locale) !== undefined);
    }
    expect(flaggableSpellings('en-GB').has('color')).toBe(true);
    expect(flaggableSpellings('en-GB').has('colour')).toBe(false);
    expect(flaggableSpellings('en-US').has('colour')).toBe(true);
  });
});

describe('findPlaceholders', () => {
  it('finds each kind behind its prefilter, and a fresh array each call', () => {
    const doc = new Document('Date: [insert date] at XX:XX, TBC. {{name}} and <venue> cost £XX. lorem ipsum.\n');
    const first = findPlaceholders(doc);
    expect(first.map((p) => p.text)).toEqual(['[insert date]', 'XX:XX', 'TBC', '{{name}}', '<venue>', '£XX', 'lorem ipsum']);
    first.pop();
    expect(findPlaceholders(doc)).toHaveLength(7);
  });
  it('finds nothing in a plain draft', () => {
    expect(findPlaceholders(new Document('Bins are collected on Monday. Xmas hours: see the website.\n'))).toEqual([]);
  });
});

describe('wordStats', () => {
  it('counts a range without copying it out, clipping the last token', () => {
    const text = 'A readable sentence. Extraordinarily, www. #tag @x a-b https://x.org.';
    expect(wordStats(text, 2, 10)).toEqual({ words: 1, syllables: 3, polysyllables: 1 });
    expect(wordStats(text, 21)).toEqual(wordStats(text.slice(21)));
    expect(wordStats(text).words).toBe(6);
  });
});
