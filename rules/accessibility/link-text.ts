// accessibility/link-text: links whose text says nothing about where they go ("click here", "read more").
// Screen-reader users often list a page's links out of context.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { phraseGate } from '../../src/text/gate.js';

// Link texts that make no sense out of context (compared after trimming and lower-casing).
const VAGUE = new Set([
  'click here', 'click', 'here', 'tap here', 'press here', 'go here', 'see here', 'click this link', 'this link',
  'link', 'this', 'read more', 'more', 'learn more', 'more info', 'more information', 'read on', 'continue reading',
  'details', 'click for more', 'click here for more', 'click here for details', 'find out more here', 'this page',
  'website', 'web page', 'webpage', 'page',
]);

// "Click here" in running text before a bare URL, as social posts write it.
const CLICK_HERE = /(?<![\p{L}\p{N}])(?:click|tap|press)\s+(?:here|this\s+link|the\s+link\s+below)(?![\p{L}\p{N}])/giu;
// Every match holds a verb and "here" or "link" as whole words (bounded by \s or by the lookarounds,
// which exclude letters and digits): gate the scan on the draft's word set.
const CLICK_HERE_GATE = phraseGate(['click', 'tap', 'press'].flatMap((verb) => [`${verb} here`, `${verb} link`]));

export default defineRule({
  id: 'accessibility/link-text',
  category: 'accessibility',
  description: 'Link text such as "click here", "read more" or "here" that does not say where the link goes.',
  docs: {
    rationale:
      'Screen-reader users often move from link to link, hearing only the link text: "click here" tells them nothing (WCAG 2.4.4; GOV.UK and GCS guidance).',
    flagged: ['To apply, [click here](https://example.gov.uk/apply).', '[Read more](https://example.gov.uk/news)', 'Click here to book: example.gov.uk/book'],
    clean: ['[Apply for a parking permit](https://example.gov.uk/permits)', 'Read more about bin days at example.gov.uk/bins'],
  },
  defaultSeverity: 'warning',
  topics: ['accessibility'],
  options: z.object({}).strict(),
  check(ctx) {
    const seen: Array<[number, number]> = [];
    for (const link of ctx.doc.links) {
      if (!link.labelled || !link.textRange || ctx.doc.inCode(link.offset)) continue;
      const label = link.text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase().replace(/(?<![.!:…])[.!:…]+$/u, '');
      if (!VAGUE.has(label)) continue;
      seen.push([link.textRange.offset, link.textRange.endOffset]);
      ctx.report({
        offset: link.textRange.offset,
        endOffset: link.textRange.endOffset,
        message: `Link text "${link.text.trim()}" does not say where the link goes: describe the destination (for example "apply for a parking permit").`,
      });
    }
    if (!CLICK_HERE_GATE(ctx.doc.words())) return;
    for (const m of ctx.doc.prose.matchAll(CLICK_HERE)) {
      const s = m.index;
      const e = s + m[0].length;
      if (s < ctx.doc.bodyOffset || seen.some(([a, b]) => s < b && a < e)) continue;
      ctx.report({
        offset: s,
        endOffset: e,
        severity: 'info',
        message: `"${m[0]}" assumes a mouse and says nothing about the link: say what people will find (for example "Book at example.gov.uk/swim").`,
      });
    }
  },
});
