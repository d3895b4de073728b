// platform/mention-limit: more @mentions (tags) than the network accepts (Instagram: 20 a caption).
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { PLATFORM_PROFILES, markBound, originalRange, visibleText } from '../../src/text/counting.js';
import { findMentions } from '../../src/text/urls.js';

export default defineRule({
  id: 'platform/mention-limit',
  category: 'platform',
  description: 'More @mentions than the platform allows in one post (Instagram 20), or than a configured maximum.',
  docs: {
    rationale: 'Instagram refuses a caption that tags more than 20 accounts; many mentions in one post also read as spam and notify people who did not ask.',
    flagged: ['An Instagram caption tagging 21 partner accounts.'],
    clean: ['An Instagram caption tagging 3 partners; an email address such as contact@riverside.gov.uk.'],
  },
  defaultSeverity: 'error',
  topics: ['platform-terms'],
  options: z.object({ max: z.number().int().nonnegative().optional() }).strict(),
  check(ctx) {
    const profile = PLATFORM_PROFILES[ctx.meta.platform];
    const max = ctx.options.max ?? profile.mentions;
    if (max === undefined) return;
    const thread = ctx.posts.length > 1;
    for (const post of ctx.posts) {
      if (markBound(ctx.doc, post, '@＠') <= max) continue;
      const visible = visibleText(ctx.doc, post);
      // The same account tagged twice is one tag.
      const seen = new Set<string>();
      const mentions = findMentions(visible.text, visible.urls).filter((m) => {
        const key = m.text.toLowerCase();
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (mentions.length <= max) continue;
      const r = originalRange(visible, mentions[max]!.index, mentions[mentions.length - 1]!.end);
      ctx.report({
        offset: r.offset,
        endOffset: r.endOffset,
        message: `${thread ? `Post ${post.index} mentions` : 'This post mentions'} ${mentions.length} accounts; ${ctx.options.max !== undefined || profile.name === 'generic' ? 'the limit is' : `${profile.name} allows`} ${max}.`,
        ...(thread ? { post: post.index } : {}),
      });
    }
  },
});
