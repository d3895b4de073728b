// accessibility/hashtag-count: more hashtags than accessibility guidance recommends in one post, and
// (as information only) hashtags in the middle of a sentence, which screen readers read as "hashtag …".
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { PLATFORM_PROFILES } from '../../src/text/counting.js';
import { findHashtags, type Hashtag } from '../../src/text/words.js';

// After a hashtag, only these may follow before the end of its sentence for it to count as "at the end":
// closing punctuation, emoji, other hashtags, mentions and URLs.
const WORD_AFTER = /^[\s\p{P}\p{S}\p{Emoji_Component}]*[\p{L}\p{N}]/u;
const SENTENCE_END = /[.!?\n]/u;

export default defineRule({
  id: 'accessibility/hashtag-count',
  category: 'accessibility',
  description: 'Too many hashtags in one post; hashtags in the middle of sentences.',
  docs: {
    rationale:
      'Each hashtag is read aloud as "hashtag" plus its words, so a string of them is tiring to listen to; GCS guidance is to use two or three at most and put them at the end of the post. ' +
      'On a network with its own hashtag advice (X, Threads, Instagram, LinkedIn), a post over that advice gets platform/hashtag-limit\'s finding instead, so the count is reported once.',
    flagged: ['Bins collected Monday #recycling #waste #bins #council #environment'],
    clean: ['Happy #NAIDOCWeek2027!', 'Your bin day is changing. #RiversideRecycles'],
  },
  defaultSeverity: 'warning',
  topics: ['accessibility'],
  options: z
    .object({
      /** Most hashtags in one post before a warning. */
      max: z.number().int().min(0).default(3),
      /** Report hashtags in the middle of sentences (information only). */
      midSentence: z.boolean().default(true),
    })
    .strict(),
  check(ctx) {
    const { prose, bodyOffset } = ctx.doc;
    // Every hashtag starts with '#' or '＃': without one, no post has a tag to count or place.
    if (prose.indexOf('#', bodyOffset) === -1 && prose.indexOf('＃', bodyOffset) === -1) return;
    const sentences = ctx.doc.sentences();
    // One problem, one finding: where the network publishes its own hashtag advice (X 2, Threads 1,
    // Instagram 5), a post over it gets platform/hashtag-limit's finding, and the count is not repeated here.
    const network = PLATFORM_PROFILES[ctx.meta.platform]?.hashtags;
    const networkLimit = network?.soft ?? network?.max;
    for (const post of ctx.posts) {
      const tags = findHashtags(prose, Math.max(post.offset, ctx.doc.bodyOffset), post.endOffset);
      if (tags.length > ctx.options.max && !(networkLimit !== undefined && tags.length > networkLimit)) {
        const extra = tags[ctx.options.max]!;
        const last = tags[tags.length - 1]!;
        ctx.report({
          offset: extra.offset,
          endOffset: last.endOffset,
          message: `${tags.length} hashtags in this post${ctx.posts.length > 1 ? ` (post ${post.index})` : ''}: use ${ctx.options.max} or fewer, at the end of the post.`,
          post: ctx.posts.length > 1 ? post.index : undefined,
        });
      }
      if (!ctx.options.midSentence) continue;
      let si = 0;
      for (const tag of tags) {
        // Tags and sentences are both in document order: advance one pointer.
        while (si < sentences.length && sentences[si]!.endOffset <= tag.offset) si++;
        const sentence = sentences[si];
        if (sentence && sentence.offset <= tag.offset && midSentence(prose, tag, sentence)) {
          ctx.report({
            offset: tag.offset,
            endOffset: tag.endOffset,
            severity: 'info',
            message: `Hashtag "#${tag.tag}" is in the middle of a sentence: screen readers announce "hashtag", so consider moving it to the end.`,
          });
        }
      }
    }
  },
});

/** True when words follow the hashtag in its own sentence. Looks at most 300 characters ahead. */
function midSentence(prose: string, tag: Hashtag, sentence: { offset: number; endOffset: number }): boolean {
  let rest = prose.slice(tag.endOffset, Math.min(sentence.endOffset, tag.endOffset + 300));
  const stop = rest.search(SENTENCE_END);
  if (stop >= 0) rest = rest.slice(0, stop);
  // Skip following hashtags, mentions and URLs: "#a #b" at the end is a trailing block.
  rest = rest.replace(/(?:^|\s)[#@][\p{L}\p{N}_]+/gu, ' ').replace(/https?:\/\/\S+/gu, ' ');
  return WORD_AFTER.test(rest);
}
