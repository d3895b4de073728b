// The sentence containing an offset, by binary search over `doc.sentences()` (which are sorted), and a
// per-sentence memo for tests that rules repeat for every match in a sentence. Keeps rules linear when a
// hostile draft is one enormous sentence with thousands of matches.
import type { Document, Range } from '../engine/document.js';

/** The sentence of `doc` that contains `offset`, or undefined (e.g. inside a heading marker). */
export function sentenceAt(doc: Document, offset: number): Range | undefined {
  const list = doc.sentences();
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (offset < s.offset) hi = mid - 1;
    else if (offset >= s.endOffset) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Memoises `test(sentenceText)` per sentence; falls back to a window around the offset. */
export function sentenceTest(doc: Document, test: (text: string) => boolean): (offset: number) => boolean {
  const memo = new Map<number, boolean>();
  return (offset) => {
    const s = sentenceAt(doc, offset);
    const key = s ? s.offset : -1 - offset;
    let v = memo.get(key);
    if (v === undefined) {
      v = test(s ? doc.prose.slice(s.offset, s.endOffset) : doc.prose.slice(Math.max(0, offset - 150), offset + 150));
      memo.set(key, v);
    }
    return v;
  };
}
