// The fast paths of platform counting must agree with the exact token counts: `measurePost` counts
// without tokens when a post fits, and `visibleLengthBound` must never be below any platform's count.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Document } from '../src/engine/document.js';
import { PLATFORM_PROFILES, measurePost, tokensFor, visibleLengthBound, visibleText, type CountedPlatform } from '../src/text/counting.js';

const PIECES = [
  'a', 'B', ' ', '.', '\n', '\r\n', 'example.com', 'x.\rcom', '&#46;', '&amp;', '&#x1F600;', 'é', 'e\u0301', '\u0958', '\ufb2c', 'İ.uk',
  '👨‍👩‍👧', '#️⃣', '—', '’', '[x](https://a.co)', '[see](https://www.example.gov.uk/a-long/path/here)', '`a.b`', '**b**', '.**com**',
  '\\.', '@u@m.social', '@bob', 'https://x.org/aaaaaaaaaaaaaaaaaaaaaa', '- item\n', '漢字', '\t',
];
const draft = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(''));
const PLATFORMS = Object.keys(PLATFORM_PROFILES) as CountedPlatform[];

describe('platform counting fast paths', () => {
  it('measurePost counts exactly what the tokens sum to', () => {
    fc.assert(
      fc.property(draft, (text) => {
        for (const p of PLATFORMS) {
          for (const m of measurePost(p, text)) {
            expect(m.count).toBe(tokensFor(p, m.unit, text).reduce((n, t) => n + t.weight, 0));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('visibleLengthBound is never below any platform count of the visible text', () => {
    fc.assert(
      fc.property(draft, (text) => {
        let doc: Document;
        try {
          doc = new Document(text);
        } catch {
          return;
        }
        const range = { offset: doc.bodyOffset, endOffset: text.length };
        const bound = visibleLengthBound(doc, range);
        const visible = visibleText(doc, range);
        for (const p of PLATFORMS) for (const m of measurePost(p, visible.text)) expect(m.count).toBeLessThanOrEqual(bound);
      }),
      { numRuns: 300 },
    );
  });
});
