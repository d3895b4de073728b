// platform/youtube-characters: `<` or `>` in a YouTube title or description, which YouTube refuses.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { originalRange, visibleText } from '../../src/text/counting.js';

const ANGLE = /[<>]/g;

export default defineRule({
  id: 'platform/youtube-characters',
  category: 'platform',
  description: 'Angle brackets (< or >) in a YouTube title or description, which YouTube does not accept.',
  docs: {
    rationale: 'YouTube Studio refuses a title or description containing < or > ("invalid characters"), so the upload stalls at publishing time.',
    flagged: ['A YouTube description "Ages <5 go free".'],
    clean: ['"Ages under 5 go free"; a link written as <https://www.riverside.gov.uk> (Markdown autolink).'],
  },
  defaultSeverity: 'error',
  topics: ['platform-terms'],
  options: z.object({}).strict(),
  hasSuggestions: true,
  check(ctx) {
    if (ctx.meta.platform !== 'youtube') return;
    const title = ctx.meta['title'];
    if (typeof title === 'string' && /[<>]/.test(title)) {
      const r = ctx.metaRange('title');
      ctx.report({ offset: r.offset, endOffset: r.endOffset, message: 'The YouTube title contains < or >, which YouTube does not accept.' });
    }
    for (const post of ctx.posts) {
      const visible = visibleText(ctx.doc, post);
      for (const m of visible.text.matchAll(ANGLE)) {
        const r = originalRange(visible, m.index, m.index + 1);
        const raw = ctx.text.slice(r.offset, r.endOffset);
        const word = m[0] === '<' ? 'under' : 'over';
        ctx.report({
          offset: r.offset,
          endOffset: r.endOffset,
          message: `YouTube does not accept "${m[0]}" in titles or descriptions.`,
          // Only a literal bracket can be replaced safely; an entity (&lt;) is left to the editor.
          ...(raw === m[0] ? { suggestions: [{ message: `Write "${word}" instead.`, fix: { offset: r.offset, endOffset: r.endOffset, text: word } }] } : {}),
        });
      }
    }
  },
});
