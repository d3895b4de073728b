// accessibility/link-text: links whose text says nothing about where they go ("click here", "read more").
// Screen-reader users often list a page's links out of context.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { phraseGate } from '../../src/text/gate.js';
import linkData from '../../src/text/data/link-text.json' with { type: 'json' };

// Link texts that make no sense out of context, in every language of the packs (compared after trimming
// and lower-casing); "click here" phrases of running text (see the data file).
const VAGUE: ReadonlySet<string> = new Set(Object.values(linkData.labels).flat().map((l) => l.normalize('NFC')));

// "Click here" in running text before a bare URL, as social posts write it: a warning like the link label,
// since the phrase still assumes a mouse and tells a link-by-link listener nothing (GCS, WCAG 2.4.4; the
// labellers of every blind round called it a finding). The data file's phrases, spaces between words flexible. Linear: an alternation of literals between fixed lookarounds.
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CLICK_HERE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...linkData.clickPhrases].sort((a, b) => b.length - a.length).map((p) => p.normalize('NFC').split(' ').map(escape).join('\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
// Every match holds all of a phrase's ASCII tokens as whole words (bounded by \s or by the lookarounds,
// which exclude letters and digits): gate the scan on the draft's word set.
const CLICK_HERE_GATE = phraseGate(linkData.clickPhrases);

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
      const label = link.text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase().normalize('NFC').replace(/(?<![.!:…])[.!:…]+$/u, '');
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
        message: `"${m[0]}" assumes a mouse and says nothing about the link: say what people will find (for example "Book at example.gov.uk/swim").`,
      });
    }
  },
});
