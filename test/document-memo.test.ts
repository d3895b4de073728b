// Document.memo: the per-draft values the text modules compute once (visible text, names, placeholders,
// identifiers, children, semantic windows and scores) are kept on the draft, one per key, and never shared
// between drafts (they replaced module-level WeakMaps keyed by the draft, which kept every draft's values
// alive until a full GC).
import { describe, expect, it } from 'vitest';
import { Document } from '../src/engine/document.js';
import { documentMemo } from '../src/engine/memo.js';

describe('Document.memo', () => {
  it('computes a key once per draft and gives back the same value', () => {
    const key = documentMemo<string[]>('test list');
    const doc = new Document('Bins are collected as usual this week.');
    let calls = 0;
    const first = doc.memo(key, () => (calls++, ['a']));
    const again = doc.memo(key, () => (calls++, ['b']));
    expect(again).toBe(first);
    expect(calls).toBe(1);
  });

  it('keeps keys apart, also keys with the same name, and falsy values are kept too', () => {
    const a = documentMemo<number>('same name');
    const b = documentMemo<number>('same name');
    const doc = new Document('Roadworks on Mill Lane start on Monday.');
    expect(doc.memo(a, () => 0)).toBe(0);
    expect(doc.memo(b, () => 2)).toBe(2);
    let calls = 0;
    expect(doc.memo(a, () => (calls++, 5))).toBe(0);
    expect(calls).toBe(0);
  });

  it('never shares a value between drafts, even with the same text', () => {
    const key = documentMemo<{ text: string }>('per draft');
    const text = 'Our libraries are open as usual.';
    const one = new Document(text);
    const two = new Document(text);
    const v1 = one.memo(key, () => ({ text: one.text }));
    const v2 = two.memo(key, () => ({ text: two.text }));
    expect(v2).not.toBe(v1);
    expect(v2).toEqual(v1);
  });
});
