// platform/hashtag-limit: more hashtags than the network accepts or uses (Instagram 30, and 5
// recommended; X recommends 2, reported from the fourth; Threads one topic tag; LinkedIn 3 to 5; YouTube ignores all over
// 60; Bluesky's extra `tags` at most 8).
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { PLATFORM_PROFILES, markBound, originalRange, visibleText } from '../../src/text/counting.js';
import { findHashtags } from '../../src/text/words.js';

/** Bluesky's record keeps at most 8 extra tags (frontmatter `tags:`), besides hashtags in the text. */
const BLUESKY_TAGS_MAX = 8;

export default defineRule({
  id: 'platform/hashtag-limit',
  category: 'platform',
  description: 'More hashtags than the platform allows or recommends (Instagram 30 and 5 recommended, X 2, Threads one topic tag, LinkedIn 3 to 5, YouTube 60).',
  docs: {
    rationale:
      'Networks refuse or ignore hashtags beyond their limit: Instagram rejects a caption with more than 30 and recommends 5; X recommends no more than 2 (a third is tolerated, as accessibility guidance allows 3); Threads makes only one topic tag per post; YouTube ignores every hashtag on a video with more than 60. ' +
      'Where a network publishes such advice, accessibility/hashtag-count leaves the count to this rule.',
    flagged: ['An Instagram caption with 8 hashtags.', 'A Threads post with #Bins #Recycling.', 'An X post with 4 hashtags.'],
    clean: ['An Instagram caption with 3 hashtags.', 'A Threads post with one topic tag.', 'An X post with 3 hashtags.'],
  },
  defaultSeverity: 'error',
  topics: ['platform-terms'],
  options: z.object({ max: z.number().int().nonnegative().optional() }).strict(),
  check(ctx) {
    const platform = ctx.meta.platform;
    const profile = PLATFORM_PROFILES[platform];
    const limits = ctx.options.max !== undefined ? { max: ctx.options.max, maxNote: `the configured limit is ${ctx.options.max}` } : profile.hashtags;
    const thread = ctx.posts.length > 1;
    const soft = ctx.severity === 'error' ? 'warning' : ctx.severity;

    // Bluesky's record takes at most 8 extra tags (frontmatter `tags:`); hashtags in the text are not limited.
    const extra = ctx.meta['tags'];
    if (platform === 'bluesky' && ctx.options.max === undefined && Array.isArray(extra) && extra.length > BLUESKY_TAGS_MAX) {
      const r = ctx.metaRange('tags');
      ctx.report({ offset: r.offset, endOffset: r.endOffset, message: `${extra.length} tags: Bluesky accepts at most ${BLUESKY_TAGS_MAX} tags besides the hashtags in the text.` });
    }
    if (!limits) return;

    const lowest = Math.min(limits.max ?? Infinity, limits.soft ?? Infinity);
    for (const post of ctx.posts) {
      if (markBound(ctx.doc, post, '#＃') <= lowest) continue;
      const visible = visibleText(ctx.doc, post);
      // Hashtags as published; a '#' inside a link (a page fragment) is not one.
      const tags = findHashtags(visible.text)
        .filter((h) => !visible.urls.some((u) => h.offset < u.end && u.index < h.endOffset))
        .map((h) => ({ index: h.offset, end: h.endOffset }));
      const where = thread ? `Post ${post.index} has` : 'This post has';
      const over = (limit: number) => originalRange(visible, tags[limit]!.index, tags[tags.length - 1]!.end);
      const extraPost = thread ? { post: post.index } : {};
      if (limits.max !== undefined && tags.length > limits.max) {
        const r = over(limits.max);
        ctx.report({ offset: r.offset, endOffset: r.endOffset, message: `${where} ${tags.length} hashtags: ${limits.maxNote ?? `the limit is ${limits.max}`}. Remove the extra ones.`, ...extraPost });
      } else if (limits.soft !== undefined && tags.length > limits.soft) {
        const r = over(limits.soft);
        ctx.report({ offset: r.offset, endOffset: r.endOffset, severity: soft, message: `${where} ${tags.length} hashtags: ${limits.softNote ?? `more than ${limits.soft}`}.`, ...extraPost });
      }
    }
  },
});
