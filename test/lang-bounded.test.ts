// Language spans stay linear on large mixed drafts: thousands of alternating Welsh and English blocks,
// thousands of directives, one paragraph of thousands of alternating sentences. Run in a killable child
// process with a generous bound (test/bounded.ts); speed itself is measured by bench/lang.mjs.
import { describe, expect, it } from 'vitest';
import { dist, expectFinishes } from './bounded.js';

describe('language spans on large mixed drafts finish in bounded time', () => {
  it('3,000 blocks, 1,500 directives, a 3,000-sentence paragraph', () => {
    const out = expectFinishes(`
      import { createLinter, Document } from ${dist('src/index.ts')};
      const cy = 'Bydd y llyfrgell ar gau ddydd Llun ar gyfer gwaith atgyweirio a bydd yn agor eto fore Mawrth.';
      const en = 'The library will be closed on Monday for repairs and will open again on Tuesday morning.';
      const blocks = [];
      for (let i = 0; i < 3000; i++) blocks.push(i % 2 ? en : cy);
      const directives = [];
      for (let i = 0; i < 1500; i++) directives.push(i % 2 ? '<!-- commslint-lang en -->' : '<!-- commslint-lang cy -->', i % 2 ? en : cy);
      const mixed = blocks.join(' ');
      const linter = await createLinter();
      const counts = [];
      for (const text of [blocks.join('\\n\\n'), directives.join('\\n\\n'), mixed]) {
        const r = await linter.lintAsync(text);
        if (r.error) throw new Error(r.error);
        const spans = new Document(text).languageSpans();
        counts.push(spans.length, spans.filter((s) => s.lang === 'cy').length);
      }
      console.log(JSON.stringify(counts));
    `);
    // Alternating blocks: one span each; directives: one span per block; the paragraph: one span per sentence.
    expect(JSON.parse(out)).toEqual([3000, 1500, 1500, 750, 3000, 1500]);
  });
});
