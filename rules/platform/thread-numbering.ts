// platform/thread-numbering: "1/5"-style post numbers in a thread that no longer match the posts
// (a post added or removed after numbering).
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { originalRange, visibleText } from '../../src/text/counting.js';

// A marker opens or closes a post: "1/5", "(2/5)", "[3/5]", "4 / 5", "🧵 1/5". Bounded digits.
const AT_START = /^[([]?(\d{1,2}) ?\/ ?(\d{1,2})[)\]]?(?=[\s:.,—–-]|$)/u;
const AT_END = /(?:^|\s)[([]?(\d{1,2}) ?\/ ?(\d{1,2})[)\]]?$/u;

interface Marker {
  post: number;
  n: number;
  of: number;
  index: number;
  end: number;
}

export default defineRule({
  id: 'platform/thread-numbering',
  category: 'platform',
  description: 'Thread post numbers ("2/5") that do not match the position or the number of posts.',
  docs: {
    rationale: 'Numbers left over from an earlier version ("3/4" on the fifth of five posts) make a thread look careless and confuse readers who jump in part way.',
    flagged: ['A five-post thread numbered 1/4 … 4/4, 5/4.'],
    clean: ['A three-post thread numbered 1/3, 2/3, 3/3; a post ending "open on 24/7".'],
  },
  defaultSeverity: 'warning',
  topics: ['platform-terms'],
  options: z.object({}).strict(),
  check(ctx) {
    const total = ctx.posts.length;
    if (total < 2) return;
    const markers: Marker[] = [];
    for (const post of ctx.posts) {
      const visible = visibleText(ctx.doc, post);
      const text = visible.text;
      const start = AT_START.exec(text);
      const end = start ? null : AT_END.exec(text);
      const m = start ?? end;
      if (!m) continue;
      const lead = m[0].length - m[0].trimStart().length;
      const index = m.index + lead;
      const r = originalRange(visible, index, m.index + m[0].length);
      markers.push({ post: post.index, n: Number(m[1]), of: Number(m[2]), index: r.offset, end: r.endOffset });
    }
    // Numbering is deliberate only when most posts carry a marker and the numbers look like a sequence.
    if (markers.length < 2 || markers.length * 2 < total) return;
    if (!markers.every((k) => k.n >= 1 && k.n <= k.of + 3 && k.of >= 2)) return;
    for (const k of markers) {
      if (k.n === k.post && k.of === total) continue;
      ctx.report({
        offset: k.index,
        endOffset: k.end,
        message: `Post ${k.post} of ${total} is numbered "${k.n}/${k.of}": renumber it ${k.post}/${total}.`,
        post: k.post,
      });
    }
  },
});
