// Unit tests for mayHaveCapsRuns (src/text/caps.ts): the whole-draft prefilter before findCapsRuns.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findCapsRuns, mayHaveCapsRuns } from '../src/text/caps.js';

describe('mayHaveCapsRuns', () => {
  it('is false for drafts with no two adjacent capitals', () => {
    expect(mayHaveCapsRuns('Bins are collected on Monday. Call 0300 123 4567.')).toBe(false);
    expect(mayHaveCapsRuns('I am here. A walk in the park.')).toBe(false);
  });
  it('is true for shouting and for acronyms (findCapsRuns decides)', () => {
    expect(mayHaveCapsRuns('DO NOT PARK HERE')).toBe(true);
    expect(mayHaveCapsRuns('See your GP.')).toBe(true);
    expect(mayHaveCapsRuns("DON'T")).toBe(true);
  });
  it('tests only the given range', () => {
    const text = 'STOP now. quiet text';
    expect(mayHaveCapsRuns(text, 10)).toBe(false);
    expect(mayHaveCapsRuns(text, 0, 4)).toBe(true);
  });
  it('is never false where findCapsRuns finds a run', () => {
    const word = fc.constantFrom('DO', 'NOT', 'PARK', 'HERE', 'NHS', 'A&E', 'don’t', "DON'T", 'Stop', 'ÉTÉ', 'ǅ', 'ᾈ', '111', 'x');
    const sep = fc.constantFrom(' ', ', ', '. ', '\n', ' - ', '!');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { maxLength: 12 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('');
        if (findCapsRuns(text, 0, text.length, 2).length > 0) expect(mayHaveCapsRuns(text)).toBe(true);
      }),
    );
  });
});
