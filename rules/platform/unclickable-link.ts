// platform/unclickable-link: a URL in an Instagram or TikTok caption, where links are shown as plain text.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { PLATFORM_PROFILES, originalRange, visibleText } from '../../src/text/counting.js';
import type { UrlMatch } from '../../src/text/urls.js';

export default defineRule({
  id: 'platform/unclickable-link',
  category: 'platform',
  description: 'A long link in an Instagram or TikTok caption, where links are not clickable and must be typed.',
  docs: {
    rationale:
      'Instagram and TikTok show links in captions as plain text: people cannot tap them, and screen-reader users hear the whole address. Use the link in bio, a link sticker, or a short address people can type.',
    flagged: ['An Instagram caption ending "Book at https://www.riverside.gov.uk/leisure/swimming-lessons".'],
    clean: ['An Instagram caption ending "Book at riverside.gov.uk/swim" (short enough to type).', 'An Instagram caption ending "Book online at murrindalranges.vic.gov.au/libraries" (the organisation\'s address and one word).', 'The long link in an X post.'],
  },
  defaultSeverity: 'warning',
  topics: ['platform-terms'],
  options: z.object({}).strict(),
  check(ctx) {
    const profile = PLATFORM_PROFILES[ctx.meta.platform];
    if (!profile.linksNotClickable) return;
    for (const post of ctx.posts) {
      const visible = visibleText(ctx.doc, post);
      for (const url of visible.urls) {
        if (typeable(url)) continue;
        const r = originalRange(visible, url.index, url.end);
        ctx.report({
          offset: r.offset,
          endOffset: r.endOffset,
          message: `Links in ${profile.name} captions are not clickable, and this one is hard to type: point people to the link in your bio or a link sticker, or give a short address.`,
          ...(ctx.posts.length > 1 ? { post: post.index } : {}),
        });
      }
    }
  },
});

/** Longest address people can reasonably read off a caption and type. */
const TYPEABLE_LENGTH = 32;
/** A longer address is still typeable when its path is one or two short words ("/libraries", "/bins/dates"). */
const TYPEABLE_PATH = /^(?:\/[a-z]{2,20}(?:-[a-z]{2,20})?){0,2}\/?$/;
const TYPEABLE_PATH_LENGTH = 24;
/** The host of such an address: the organisation's name and a public suffix ("murrindalranges.vic.gov.au"). */
const TYPEABLE_HOST_LENGTH = 40;

/**
 * A schemeless address without a query can be typed when it is short ("riverside.gov.uk/swim"), or when
 * its path is one or two short words after a host of ordinary length ("murrindalranges.vic.gov.au/libraries"):
 * the host is the organisation's name, which readers know. Links with a scheme, a query or a long path cannot.
 */
function typeable(url: UrlMatch): boolean {
  if (url.scheme || /[?=%&#]/.test(url.path)) return false;
  if (url.url.length <= TYPEABLE_LENGTH) return true;
  return url.host.length <= TYPEABLE_HOST_LENGTH && url.path.length <= TYPEABLE_PATH_LENGTH && TYPEABLE_PATH.test(url.path) && !url.host.startsWith('www.');
}
