// platform/link-limit: more links than the network accepts in one post (Threads: 5).
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { PLATFORM_PROFILES, originalRange, visibleText } from '../../src/text/counting.js';

export default defineRule({
  id: 'platform/link-limit',
  category: 'platform',
  description: 'More links than the platform allows in one post (Threads 5), or than a configured maximum.',
  docs: {
    rationale: 'Threads refuses a post with more than 5 links. Several links in one post also split attention: GCS accessible social media guidance suggests one.',
    flagged: ['A Threads post listing 6 service pages.'],
    clean: ['A Threads post with 2 links.'],
  },
  defaultSeverity: 'error',
  topics: ['platform-terms'],
  options: z.object({ max: z.number().int().nonnegative().optional() }).strict(),
  check(ctx) {
    const profile = PLATFORM_PROFILES[ctx.meta.platform];
    const max = ctx.options.max ?? profile.links;
    if (max === undefined) return;
    const thread = ctx.posts.length > 1;
    for (const post of ctx.posts) {
      const visible = visibleText(ctx.doc, post);
      const seen = new Set<string>();
      const urls = visible.urls.filter((u) => {
        const key = u.url.toLowerCase().replace(/^https?:\/\//, '').replace(/\/$/, '');
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (urls.length <= max) continue;
      const r = originalRange(visible, urls[max]!.index, urls[urls.length - 1]!.end);
      ctx.report({
        offset: r.offset,
        endOffset: r.endOffset,
        message: `${thread ? `Post ${post.index} has` : 'This post has'} ${urls.length} links; ${ctx.options.max !== undefined || profile.name === 'generic' ? 'the limit is' : `${profile.name} allows`} ${max}.`,
        ...(thread ? { post: post.index } : {}),
      });
    }
  },
});
