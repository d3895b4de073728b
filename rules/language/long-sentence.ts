// language/long-sentence: sentences over 25 words (GOV.UK, GCS accessible social media). A URL, an e-mail
// address or a number counts as one word; hashtags and mentions count as words.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { countWords } from '../../src/text/words.js';

const TAG = /^[#@][\p{L}\p{N}_.]+[,;.!?]?$/u;

/** Words in a sentence, leaving out a trailing block of hashtags or mentions (a tag list, not prose). */
function sentenceWords(sentence: string): number {
  const tokens = sentence.split(/\s+/).filter(Boolean);
  let end = tokens.length;
  while (end > 0 && TAG.test(tokens[end - 1]!)) end--;
  return countWords(tokens.slice(0, end).join(' '));
}

export default defineRule({
  id: 'language/long-sentence',
  category: 'language',
  description: 'Sentences longer than 25 words.',
  docs: {
    rationale:
      'Long sentences are harder to understand, especially on a phone or with a screen reader; GOV.UK and GCS guidance is 25 words or fewer.',
    flagged: ['Residents who wish to apply for the discretionary housing payment scheme, which is administered by the revenues and benefits service on behalf of the council, should complete the online form.'],
    clean: ['Roadworks on Mill Lane start on Monday 10 February and will last about six weeks.'],
  },
  defaultSeverity: 'warning',
  topics: ['plain-language'],
  options: z
    .object({
      /** Most words in a sentence. */
      max: z.number().int().positive().default(25),
    })
    .strict(),
  check(ctx) {
    const { prose } = ctx.doc;
    for (const s of ctx.doc.sentences()) {
      if (s.offset < ctx.doc.bodyOffset) continue;
      const words = sentenceWords(prose.slice(s.offset, s.endOffset));
      if (words <= ctx.options.max) continue;
      ctx.report({
        offset: s.offset,
        endOffset: s.endOffset,
        message: `This sentence has ${words} words: aim for ${ctx.options.max} or fewer. Split it into shorter sentences.`,
      });
    }
  },
});
