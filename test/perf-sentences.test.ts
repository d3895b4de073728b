// Document.sentences() skips Intl.Segmenter for ASCII lines that can only be one sentence. These cases
// check the shortcut against the segmenter itself on generated lines, so the sentences never change.
import { describe, expect, it } from 'vitest';
import { Document } from '../src/engine/document.js';

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
