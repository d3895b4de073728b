// language/long-sentence: sentences over 25 words (GOV.UK, GCS accessible social media). A URL, an e-mail
// address or a number counts as one word; hashtags and mentions count as words.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';

const TOKEN = /\S+/g;
const HAS_ALNUM = /[\p{L}\p{N}]/u;
const TAG = /^[#@][\p{L}\p{N}_.]+[,;.!?]?$/u;

/**
 * Words in prose[from, to), leaving out a trailing block of hashtags or mentions (a tag list, not prose).
 * One pass over the tokens, no copies: tags are held back until a later non-tag token commits them.
 */
function sentenceWords(prose: string, from: number, to: number): number {
  let n = 0;
  let pendingTags = 0;
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(prose); m !== null && m.index < to; m = TOKEN.exec(prose)) {
    // A token never crosses the sentence end unless the sentence ends mid-token: clip it as slice() did.
    const token = m.index + m[0].length > to ? m[0].slice(0, to - m.index) : m[0];
    const word = HAS_ALNUM.test(token) ? 1 : 0;
    if (TAG.test(token)) pendingTags += word;
    else {
      n += pendingTags + word;
      pendingTags = 0;
    }
  }
  return n;
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
      // k words need at least 2k − 1 characters: a sentence this short cannot be over the limit.
      if (s.endOffset - s.offset < 2 * ctx.options.max + 1) continue;
      const words = sentenceWords(prose, s.offset, s.endOffset);
      if (words <= ctx.options.max) continue;
      ctx.report({
        offset: s.offset,
        endOffset: s.endOffset,
        message: `This sentence has ${words} words: aim for ${ctx.options.max} or fewer. Split it into shorter sentences.`,
      });
    }
  },
});
