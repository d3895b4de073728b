// platform/length: a post longer than its network allows, counted the way that network counts
// (X weighted with URLs as 23, Bluesky graphemes and bytes, Mastodon, Threads, Instagram, LinkedIn,
// Facebook, TikTok, YouTube title and description), post by post in threads.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import type { Post, Range } from '../../src/engine/document.js';
import type { Suggestion } from '../../src/types.js';
import {
  PLATFORM_PROFILES,
  YOUTUBE_TITLE_LIMIT,
  graphemes,
  leadingHeading,
  measurePost,
  originalRange,
  visibleLengthBound,
  visibleText,
  type LengthMeasure,
  type VisibleText,
} from '../../src/text/counting.js';

const SEPARATOR = '\n\n---\n\n';
/** Beyond this many sentences a split plan is not worth computing (each candidate is re-measured). */
const MAX_SPLIT_SENTENCES = 200;

export default defineRule({
  id: 'platform/length',
  category: 'platform',
  description: 'A post longer than the platform allows, counted exactly as the platform counts (per post in a thread).',
  docs: {
    rationale:
      'A post over the limit is refused or cut off mid-sentence. Each network counts differently: X weighs CJK and emoji double and every link as 23; Bluesky counts graphemes and bytes; Mastodon counts a link as 23 and @user@domain as @user.',
    flagged: ['An X post of 300 characters of plain English.', 'A Threads post with 60 family emoji (each counts its 18 UTF-8 bytes).'],
    clean: ['An X post of 240 characters ending in a 120-character link (the link counts 23).', 'A Bluesky post of 250 characters and 30 family emoji (280 graphemes).'],
  },
  defaultSeverity: 'error',
  topics: ['platform-terms'],
  options: z.object({ max: z.number().int().positive().optional() }).strict(),
  hasSuggestions: true,
  check(ctx) {
    const platform = ctx.meta.platform;
    const profile = PLATFORM_PROFILES[platform];
    const max = ctx.options.max;
    if (profile.limits.length === 0 && max === undefined) return;
    const thread = ctx.posts.length > 1;
    const cw = typeof ctx.meta['contentWarning'] === 'string' ? ctx.meta['contentWarning'] : typeof ctx.meta['cw'] === 'string' ? ctx.meta['cw'] : undefined;
    const metaTitle = typeof ctx.meta['title'] === 'string' ? ctx.meta['title'] : undefined;

    // The tightest limit, when an upper bound on the count can settle a post (not YouTube, whose title is
    // counted apart, nor a Mastodon post with a content warning, counted before the body).
    // (A loop, not arrays: this runs for every draft.)
    let quickLimit: number | undefined;
    if (platform !== 'youtube' && !(platform === 'mastodon' && cw)) {
      quickLimit = profile.limits.length === 0 && max !== undefined ? max : Infinity;
      for (let i = 0; i < profile.limits.length; i++) quickLimit = Math.min(quickLimit, i === 0 && max !== undefined ? max : profile.limits[i]!.limit);
    }

    for (const post of ctx.posts) {
      const where = thread ? `Post ${post.index} of ${ctx.posts.length}` : 'This post';
      let body: Range = post;
      if (platform === 'youtube') {
        const heading = metaTitle === undefined && post.index === 1 ? leadingHeading(ctx.doc, post) : undefined;
        if (heading) {
          body = { offset: heading.endOffset, endOffset: post.endOffset };
          checkTitle(visibleText(ctx.doc, heading));
        }
      }
      // Plainly within every limit even counted at its most: no visible text or exact count needed.
      if (quickLimit !== undefined && visibleLengthBound(ctx.doc, body) <= quickLimit) continue;
      const visible = visibleText(ctx.doc, body);
      // An empty body is measured only on Mastodon with a content warning, which counts on its own.
      if (!visible.text && !(platform === 'mastodon' && cw)) continue;
      const measures = measurePost(platform, visible.text, { urls: visible.urls, ...(max !== undefined ? { max } : {}), ...(platform === 'mastodon' && cw ? { prefix: cw } : {}) });
      const over = measures.filter((m) => m.overflowIndex !== undefined);
      if (over.length === 0) continue;
      if (platform === 'mastodon' && cw && (!visible.text || graphemes(cw).length > over[0]!.limit)) {
        // The content warning alone (or with an empty body) is over: report it on the frontmatter key.
        const key = typeof ctx.meta['contentWarning'] === 'string' ? 'contentWarning' : 'cw';
        const r = ctx.metaRange(key);
        const m = over[0]!;
        ctx.report({
          offset: r.offset,
          endOffset: r.endOffset,
          message: `${where} is too long for ${profile.name}: the content warning counts toward the limit, ${m.count.toLocaleString('en')} ${m.unit} (limit ${m.limit.toLocaleString('en')}, ${(m.count - m.limit).toLocaleString('en')} over). Shorten the content warning.`,
          ...(thread ? { post: post.index } : {}),
        });
        continue;
      }
      // The finding covers the whole post (an editor marks the post that will not go, and reviewers mark it
      // from its first words); the message quotes where the limit falls, so the cut is still exact.
      const first = over.reduce((n, m) => Math.min(n, m.overflowIndex!), Infinity);
      const range = originalRange(visible, 0, visible.text.length);
      const cutAt = originalRange(visible, first, Math.min(visible.text.length, first + 24));
      // (Quoted from the start of the word the limit falls in.)
      let cutFrom = cutAt.offset;
      while (cutFrom > range.offset && cutAt.offset - cutFrom < 40 && /[\p{L}\p{N}'’-]/u.test(ctx.text[cutFrom - 1]!)) cutFrom--;
      const cutWords = ctx.text.slice(cutFrom, cutAt.endOffset).replace(/\s+/g, ' ').trim();
      const counts = over.map((m) => `${m.count.toLocaleString('en')} ${m.unit} (limit ${m.limit.toLocaleString('en')}, ${(m.count - m.limit).toLocaleString('en')} over)`).join(' and ');
      const label = platform === 'youtube' ? `${where} (the video description)` : where;
      const suggestion = splitSuggestion(post, over[0]!);
      ctx.report({
        offset: range.offset,
        endOffset: range.endOffset,
        message: `${label} is too long for ${profile.name}: ${counts}${countNote(platform, over, visible)}. Cut from "${cutWords}…"${platform === 'youtube' ? '' : ' or split it into a thread'}.`,
        ...(thread ? { post: post.index } : {}),
        ...(suggestion ? { suggestions: [suggestion] } : {}),
      });
    }

    if (platform === 'youtube' && metaTitle !== undefined) {
      const n = graphemes(metaTitle).length;
      if (n > YOUTUBE_TITLE_LIMIT) {
        const r = ctx.metaRange('title');
        ctx.report({ offset: r.offset, endOffset: r.endOffset, message: `The YouTube title is ${n} characters; YouTube allows ${YOUTUBE_TITLE_LIMIT} (${n - YOUTUBE_TITLE_LIMIT} over).` });
      }
    }

    function checkTitle(title: VisibleText): void {
      const gs = graphemes(title.text);
      if (gs.length <= YOUTUBE_TITLE_LIMIT) return;
      const range = originalRange(title, gs[YOUTUBE_TITLE_LIMIT]!.index, title.text.length);
      ctx.report({
        offset: range.offset,
        endOffset: range.endOffset,
        message: `The YouTube title is ${gs.length} characters; YouTube allows ${YOUTUBE_TITLE_LIMIT} (${gs.length - YOUTUBE_TITLE_LIMIT} over). Cut from here.`,
      });
    }

    /** Packs the post's sentences greedily into posts that fit; a fix inserts thread separators. */
    function splitSuggestion(post: Post, measure: LengthMeasure): Suggestion | undefined {
      if (platform === 'youtube') return undefined;
      const sentences = ctx.doc.sentences().filter((s) => s.offset >= post.offset && s.endOffset <= post.endOffset);
      if (sentences.length < 2 || sentences.length > MAX_SPLIT_SENTENCES) return undefined;
      const fits = (from: number, to: number): boolean => {
        const v = visibleText(ctx.doc, { offset: from, endOffset: to });
        return measurePost(platform, v.text, { urls: v.urls, ...(max !== undefined ? { max } : {}) }).every((m) => m.overflowIndex === undefined);
      };
      const cuts: Array<{ prevEnd: number; next: number }> = [];
      let chunkStart = post.offset;
      let prevEnd = -1;
      for (const s of sentences) {
        if (fits(chunkStart, s.endOffset)) {
          prevEnd = s.endOffset;
          continue;
        }
        if (prevEnd < 0 || !fits(s.offset, s.endOffset)) {
          return { message: `A single sentence is longer than ${measure.limit.toLocaleString('en')} ${measure.unit}: shorten it, then split the post into a thread at sentence boundaries.` };
        }
        cuts.push({ prevEnd, next: s.offset });
        chunkStart = s.offset;
        prevEnd = s.endOffset;
      }
      if (!fits(chunkStart, post.endOffset)) return undefined;
      if (cuts.length === 0) return undefined;
      const n = cuts.length + 1;
      const text = ctx.text;
      const fm = ctx.doc.frontmatter;
      const needsThreadFlag = ctx.meta.thread !== true;
      if (needsThreadFlag && ctx.doc.frontmatterData.thread === false) {
        return { message: `Split it into ${n} posts at sentence boundaries and set \`thread: true\`.` };
      }
      // One edit: from the start of the change (frontmatter, when the thread flag must be added) to the last cut.
      const editStart = needsThreadFlag ? (fm ? fm.sourceOffset : ctx.doc.bodyOffset) : cuts[0]!.prevEnd;
      let out = needsThreadFlag ? (fm ? 'thread: true\n' : '---\nthread: true\n---\n\n') : '';
      let pos = editStart;
      for (const c of cuts) {
        out += text.slice(pos, c.prevEnd) + SEPARATOR;
        pos = c.next;
      }
      const last = cuts[cuts.length - 1]!;
      return {
        message: needsThreadFlag
          ? `Split it into a thread of ${n} posts at sentence boundaries (and mark the draft \`thread: true\`).`
          : `Split post ${post.index} into ${n} posts at sentence boundaries.`,
        fix: { offset: editStart, endOffset: last.next, text: out },
      };
    }
  },
});

// Characters X weighs 2 (outside its light ranges), and any emoji.
const X_HEAVY = /[^\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]/u;

/** Explains the counting where it differs from what a writer sees. */
function countNote(platform: string, over: LengthMeasure[], visible: VisibleText): string {
  if (platform === 'x') {
    const notes = [visible.urls.length ? 'each link counts 23' : '', X_HEAVY.test(visible.text) ? 'emoji, CJK and symbols count 2' : ''].filter(Boolean);
    return notes.length ? ` (${notes.join('; ')})` : '';
  }
  if (platform === 'mastodon') return visible.urls.some((u) => u.scheme) ? ' (each link counts 23)' : '';
  if (platform === 'threads') return /\p{Extended_Pictographic}/u.test(visible.text) ? ' (each emoji counts its UTF-8 bytes)' : '';
  if (platform === 'bluesky' && over.some((m) => m.unit === 'UTF-8 bytes')) return ' (Bluesky limits both characters and bytes)';
  return '';
}
