// accessibility/fancy-text: letters styled with Unicode symbols (𝗙𝗥𝗘𝗘, 𝓼𝓬𝓻𝓲𝓹𝓽, ⓕⓡⓔⓔ, ＦＲＥＥ, ꜰʀᴇᴇ, s̶t̶r̶i̶k̶e̶).
// Screen readers read them as "mathematical bold capital F …" or skip them; search cannot find them.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { findFancyRuns } from '../../src/text/fancy.js';

export default defineRule({
  id: 'accessibility/fancy-text',
  category: 'accessibility',
  description: 'Text styled with mathematical, enclosed, fullwidth, small-capital or overlay Unicode characters.',
  docs: {
    rationale:
      'Unicode "fonts" are symbols, not letters: screen readers spell them out symbol by symbol or skip them, and search and translation do not recognise them (GCS accessible social media; WCAG 1.3.1).',
    flagged: ['𝗙𝗥𝗘𝗘 swimming lessons', 'ⓕⓡⓔⓔ parking', 'ＳＡＬＥ'],
    clean: ['Café opening at 10am ☕', 'Temperatures up to 30℃', 'Kia ora, Māori Language Week', '図書館は10時に開館します。', 'Brand™'],
  },
  defaultSeverity: 'warning',
  topics: ['accessibility'],
  fixable: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, text } = ctx.doc;
    for (const run of findFancyRuns(prose, ctx.doc.bodyOffset)) {
      const written = text.slice(run.offset, run.endOffset);
      ctx.report({
        offset: run.offset,
        endOffset: run.endOffset,
        message: `"${written}" is written with Unicode symbols, not letters: screen readers cannot read it. Use plain text ("${run.plain}").`,
        fix: { offset: run.offset, endOffset: run.endOffset, text: run.plain },
      });
    }
  },
});
