// language/repeated-words: the same word twice in a row ("the the"), a common slip when editing. Pairs
// that can be grammatical ("had had", "that that", "is is") and reduplications ("bye bye", "knock
// knock") are left alone, as are names in capitals ("Bora Bora", "Walla Walla").
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
// Doubled words that are grammatical or idiomatic.
const ALLOWED = new Set([
  'had', 'that', 'is', 'bye', 'knock', 'ha', 'haha', 'no', 'yes', 'very', 'so', 'well', 'now', 'there', 'tut', 'chop',
  'night', 'hush', 'bang', 'boom', 'choo', 'go', 'yeah', 'la', 'ho', 'hip', 'pom', 'tick', 'ding', 'dong', 'bla', 'blah',
  'mmm', 'oh', 'ah', 'wow', 'more', 'really', 'many', 'far', 'again', 'over', 'round', 'tum', 'meow', 'woof', 'baa',
]);

export default defineRule({
  id: 'language/repeated-words',
  category: 'language',
  description: 'The same word written twice in a row ("the the").',
  docs: {
    rationale: 'A doubled word is a slip that makes an official post look unchecked.',
    flagged: ['Bins will be collected on the the usual day.'],
    clean: ['What it is is a new service.', 'He had had enough.', 'Bye bye, summer!', 'Flights to Bora Bora'],
  },
  defaultSeverity: 'warning',
  topics: ['accuracy'],
  fixable: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, text } = ctx.doc;
    for (const block of ctx.doc.blocks) {
      if (block.offset < ctx.doc.bodyOffset) continue;
      const slice = prose.slice(block.offset, block.endOffset);
      let prev: { word: string; s: number; e: number } | undefined;
      for (const m of slice.matchAll(WORD)) {
        const s = block.offset + m.index;
        const e = s + m[0].length;
        const cur = { word: m[0], s, e };
        if (prev && prev.word.toLowerCase() === cur.word.toLowerCase() && /^\s+$/.test(prose.slice(prev.e, s)) && !/\n\s*\n/.test(prose.slice(prev.e, s))) {
          const lower = cur.word.toLowerCase();
          const bothCapital = /^\p{Lu}/u.test(prev.word) && /^\p{Lu}/u.test(cur.word);
          if (!ALLOWED.has(lower) && !bothCapital && !/^\p{N}+$/u.test(lower) && !ctx.doc.inCode(s)) {
            // Delete the second word and the space before it, when nothing but spaces lies between.
            const between = text.slice(prev.e, s);
            ctx.report({
              offset: prev.s,
              endOffset: e,
              message: `"${cur.word}" is repeated: delete one.`,
              fix: /^[ \t]+$/.test(between) ? { offset: prev.e, endOffset: e, text: '' } : undefined,
            });
            prev = undefined;
            continue;
          }
        }
        prev = cur;
      }
    }
  },
});
