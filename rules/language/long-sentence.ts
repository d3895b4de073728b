// language/long-sentence: sentences over 25 words (GOV.UK, GCS accessible social media). A URL, an e-mail
// address or a number counts as one word; hashtags and mentions count as words.
// Two tiers. `max` stays the guidance figure (25), but a sentence just over it (up to `nudgeUpTo`, 30 words) is
// only a nudge at severity info: blind-labelled drafts from several countries treat 26–30-word sentences as
// acceptable, while every sentence labelled too long was 31+ words (usually 45–65). Only longer sentences are
// reported at the rule's configured severity, so the warning keeps its weight and the guidance stays visible.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { isAsciiAlnumCode, isSpaceCode } from '../../src/text/chars.js';

const HAS_ALNUM = /[\p{L}\p{N}]/u;
const TAG = /^[#@][\p{L}\p{N}_.]+[,;.!?]?$/u;

/**
 * Words in prose[from, to), leaving out a trailing block of hashtags or mentions (a tag list, not prose).
 * One pass over the char codes, splitting where `\S+` would (a token running past `to` is clipped there),
 * no copies for ordinary tokens: tags are held back until a later non-tag token commits them.
 */
function sentenceWords(prose: string, from: number, to: number): number {
  let n = 0;
  let pendingTags = 0;
  let i = from;
  while (i < to) {
    while (i < to && isSpaceCode(prose.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    let asciiAlnum = false;
    let otherChar = false;
    for (; i < to; i++) {
      const c = prose.charCodeAt(i);
      if (c < 128) {
        if (isAsciiAlnumCode(c)) asciiAlnum = true;
        else if (c <= 32 && isSpaceCode(c)) break;
      } else if (isSpaceCode(c)) break;
      else otherChar = true;
    }
    // Only a token without an ASCII letter or digit needs the Unicode test; only one opening with # or @
    // can be a tag.
    const word = asciiAlnum || (otherChar && HAS_ALNUM.test(prose.slice(start, i))) ? 1 : 0;
    const first = prose.charCodeAt(start);
    if ((first === 0x23 || first === 0x40) && TAG.test(prose.slice(start, i))) pendingTags += word;
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
  description: 'Sentences longer than 25 words (26–30 words: info only).',
  docs: {
    rationale:
      'Long sentences are harder to understand, especially on a phone or with a screen reader; GOV.UK and GCS guidance is 25 words or fewer. ' +
      'A sentence just over the limit (up to `nudgeUpTo`, 30 words) is reported as information only, a nudge; longer ones at the rule\'s severity.',
    flagged: ['Residents who wish to apply for the discretionary housing payment scheme, which is administered by the revenues and benefits service on behalf of the council, should complete the online form.'],
    clean: ['Roadworks on Mill Lane start on Monday 10 February and will last about six weeks.'],
  },
  defaultSeverity: 'warning',
  topics: ['plain-language'],
  languages: ['en'],
  options: z
    .object({
      /** Most words in a sentence. */
      max: z.number().int().positive().default(25),
      /** Sentences of max + 1 up to this many words are reported at severity info; longer ones at the rule's severity. */
      nudgeUpTo: z.number().int().positive().default(30),
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
        // A nudge never outranks the configured severity (a rule set to info stays info throughout).
        ...(words <= ctx.options.nudgeUpTo ? { severity: 'info' as const } : {}),
        message: `This sentence has ${words} words: aim for ${ctx.options.max} or fewer. Split it into shorter sentences.`,
      });
    }
  },
});
