// accessibility/all-caps: sentences or long runs written in capitals. Capitals are harder to read
// (word shapes are lost) and some screen readers spell capitalised words letter by letter. On in the
// recommended preset too: `tone/shouting` reports the same text as a tone problem, this rule as a barrier
// to reading (a different policy, cited separately).
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { findCapsRuns } from '../../src/text/caps.js';

export default defineRule({
  id: 'accessibility/all-caps',
  category: 'accessibility',
  description: 'Sentences or runs of several words written in capital letters (acronyms excepted).',
  docs: {
    rationale:
      'Text in capitals is harder to read, especially for people with dyslexia or low vision, and some screen readers spell capitalised words out (Australian Style Manual; GCS accessible social media).',
    flagged: ['DO NOT PARK ON THE GRASS VERGES.'],
    clean: ['Call NHS 111 or visit the A&E at Riverside General.', 'Book your COVID-19 and RSV vaccines.'],
  },
  defaultSeverity: 'warning',
  topics: ['accessibility'],
  options: z
    .object({
      /** Fewest capitalised words that make a run (a whole sentence of two counts too). */
      minWords: z.number().int().min(2).default(3),
    })
    .strict(),
  check(ctx) {
    for (const block of ctx.doc.blocks) {
      if (block.offset < ctx.doc.bodyOffset) continue;
      for (const run of findCapsRuns(ctx.doc.prose, block.offset, block.endOffset, ctx.options.minWords)) {
        ctx.report({
          offset: run.offset,
          endOffset: run.endOffset,
          message: `${run.words} words in capitals: write them in sentence case, as capitals are harder to read and some screen readers spell them out.`,
        });
      }
    }
  },
});
