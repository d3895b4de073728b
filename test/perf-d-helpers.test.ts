// Fast paths in shared text helpers must give exactly what the plain versions give: `findEmoji` tries the
// emoji pattern only where an emoji can start, and `visibleLengthBound` counts an all-ASCII post with
// indexOf rather than unit by unit.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Document } from '../src/engine/document.js';
import { emojiRegex, findEmoji } from '../src/text/emoji.js';
import { visibleLengthBound } from '../src/text/counting.js';

/** The bound as documented, one UTF-16 unit at a time, before links. */
function naiveBound(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) n += 6;
    else if (c === 0x2e || c === 0x26) {
      n += c === 0x26 ? 12 : 1;
      const d = i + 1 < to ? text.charCodeAt(i + 1) : 0x20;
      if (d !== 0x20 && d !== 0x09 && d !== 0x0a) n += 23;
    } else n++;
  }
  return n;
}

const EMOJI_PIECES = ['1', '#', '*', '0', '1\ufe0f\u20e3', '#\ufe0f\u20e3', '*\u20e3', '\ufe0f', '\u20e3', ' ', 'a', '🏛', '🏛️', '👨‍👩‍👧', '🇬🇧', '©', '™', '❤', '2️⃣0️⃣', 'é'];
const BOUND_PIECES = ['a', ' ', '.', '.x', '&', '&a', '\t', '\n', 'é', '👍', 'x.com', '1.5', '&amp;', '.\n'];

describe('text helper fast paths', () => {
  it('findEmoji finds exactly what a global scan finds (keycaps, digits, pictographs)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EMOJI_PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const expected = [...text.matchAll(emojiRegex())].map((m) => ({ offset: m.index, endOffset: m.index + m[0].length, emoji: m[0] }));
        expect(findEmoji(text)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
    expect(findEmoji('Call 01234 567890 or press 1\ufe0f\u20e3').map((e) => e.emoji)).toEqual(['1\ufe0f\u20e3']);
  });

  it('visibleLengthBound adds up the documented per-unit bound, ASCII or not', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BOUND_PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const doc = new Document(text);
        // No labelled links among these pieces: the bound is the per-unit sum alone.
        expect(visibleLengthBound(doc, { offset: 0, endOffset: text.length })).toBe(naiveBound(text, 0, text.length));
        const mid = Math.floor(text.length / 2);
        expect(visibleLengthBound(doc, { offset: mid, endOffset: text.length })).toBe(naiveBound(text, mid, text.length));
      }),
      { numRuns: 500 },
    );
  });
});
