// Unit tests for src/text/caps.ts (shared with accessibility/all-caps).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findCapsRuns, isAcronym } from '../src/text/caps.js';
import { dist, expectFinishes } from './bounded.js';

const runs = (text: string): string[] => findCapsRuns(text, 0, text.length).map((r) => text.slice(r.offset, r.endOffset));

describe('findCapsRuns', () => {
  it('finds shouted runs, across sentences', () => {
    expect(runs('DO NOT PARK ON THE GRASS VERGES. THIS IS YOUR FINAL WARNING!!!')).toEqual(['DO NOT PARK ON THE GRASS VERGES. THIS IS YOUR FINAL WARNING']);
  });
  it('keeps inner acronyms and numbers but not trailing ones', () => {
    expect(runs('PLEASE CALL NHS 111 BEFORE GOING TO A&E this weekend.')).toEqual(['PLEASE CALL NHS 111 BEFORE GOING TO']);
  });
  it('leaves acronyms alone', () => {
    expect(runs('Call NHS 111 or see your GP. COVID-19 and RSV jabs. Read the FAQ. UK GDPR. NSW ABC CEO MP TV ID.')).toEqual([]);
    expect(runs('The A38, M5 J4 and B4096 are closed. HMRC DVLA PCN LTN.')).toEqual([]);
  });
  it('flags a whole short sentence in capitals', () => {
    expect(runs('STOP NOW. Then read this.')).toEqual(['STOP NOW']);
  });
  it('does not join across lines or hashtags', () => {
    expect(runs('ROAD\nCLOSED\nTODAY')).toEqual([]);
    expect(runs('#STAY #HOME #NOW')).toEqual([]);
  });
  it('respects from/to and returns absolute offsets', () => {
    const text = 'Hello. THIS IS VERY LOUD. Bye.';
    const [r] = findCapsRuns(text, 7, text.length);
    expect(text.slice(r!.offset, r!.endOffset)).toBe('THIS IS VERY LOUD');
    expect(r!.words).toBe(4);
  });
  it('finishes on hostile input (killable child; speed is measured by npm run bench)', () => {
    expectFinishes(`
      import { findCapsRuns } from ${dist('src/text/caps.ts')};
      const text = 'A&'.repeat(20000) + ' AAAA-'.repeat(20000);
      findCapsRuns(text, 0, text.length);
    `);
  });
  it('never returns ranges outside [from, to)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(200), fc.nat(200), (s, a, b) => {
        const from = Math.min(a, b, s.length);
        const to = Math.min(Math.max(a, b), s.length);
        for (const r of findCapsRuns(s, from, to)) {
          expect(r.offset).toBeGreaterThanOrEqual(from);
          expect(r.endOffset).toBeLessThanOrEqual(to);
          expect(r.endOffset).toBeGreaterThan(r.offset);
        }
      }),
    );
  });
});

describe('isAcronym', () => {
  it('knows acronyms, initialisms and codes', () => {
    for (const w of ['NHS', 'A&E', 'COVID-19', 'U.S.', 'KS2', 'HMRC', 'I', 'GP\u2019S']) expect(isAcronym(w)).toBe(true);
    for (const w of ['PARK', 'STOP', 'WARNING', 'PLEASE']) expect(isAcronym(w)).toBe(false);
  });
});
