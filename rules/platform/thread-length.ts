// platform/thread-length: a thread with more posts than the network's composer takes (X: 25), or more
// than a configured maximum; long threads lose most readers before the end.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { PLATFORM_PROFILES, visibleText } from '../../src/text/counting.js';

/** Past this many posts a thread is better as a web page linked from one post. */
const DEFAULT_MAX = 10;

export default defineRule({
  id: 'platform/thread-length',
  category: 'platform',
  description: 'A thread with more posts than the platform accepts at once (X 25) or than a readable maximum (default 10).',
  docs: {
    rationale:
      'X publishes at most 25 posts from one thread composer; and few people read a long thread to the end, so important information in post 14 is missed. Put long content on a web page and link to it.',
    flagged: ['A 12-post thread about the budget consultation.'],
    clean: ['A 4-post thread about road closures.'],
  },
  defaultSeverity: 'warning',
  topics: ['platform-terms'],
  options: z.object({ max: z.number().int().positive().optional() }).strict(),
  check(ctx) {
    const n = ctx.posts.length;
    if (n < 2) return;
    const profile = PLATFORM_PROFILES[ctx.meta.platform];
    const hard = profile.threadPosts;
    const max = Math.min(ctx.options.max ?? DEFAULT_MAX, hard ?? Infinity);
    if (n <= max) return;
    // From the first visible character of the first post past the maximum to the end of the thread.
    const first = visibleText(ctx.doc, ctx.posts[max]!);
    const last = visibleText(ctx.doc, ctx.posts[n - 1]!);
    const offset = first.offsets[0] ?? ctx.posts[max]!.offset;
    const endOffset = (last.offsets[last.offsets.length - 1] ?? offset) + 1;
    const overHard = hard !== undefined && n > hard;
    ctx.report({
      offset,
      endOffset: Math.max(offset, endOffset),
      severity: overHard ? 'error' : ctx.severity,
      message: overHard
        ? `This thread has ${n} posts; ${profile.name} publishes at most ${hard} at once. Shorten it or move the detail to a web page.`
        : `This thread has ${n} posts (more than ${max}); most readers stop early. Shorten it or move the detail to a web page and link to it.`,
      post: max + 1,
    });
  },
});
