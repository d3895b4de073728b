// language/placeholder: unfinished text left in a draft — template slots, "TBC", "XX:XX".
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';

// Bracketed slots: [insert date], [link], [Name], {{slot}}, {slot}, <name>, <<name>>. The inside is
// bounded (1–40 chars, no nested brackets) so the scan stays linear.
const SLOT_WORDS =
  'insert|add|enter|link|url|date|time|name|first name|last name|surname|venue|location|address|place|number|phone|email|amount|price|cost|title|headline|quote|placeholder|todo|tbc|tbd|xx+|details?|event|organisation|organization|council|company|person|role|deadline|day|month|year|hashtag|handle|image|photo|caption|cta|town|city|ward|here|something|website|contact|region|service|team|department|your \\w+|the \\w+';

// `<name>` parses as inline HTML, so that one pattern runs on the raw body instead of the prose view.
const PATTERNS: ReadonlyArray<{ re: RegExp; what: string; raw?: boolean }> = [
  { re: /\{\{\s*[^{}\n]{1,40}?\s*\}\}/g, what: 'template slot' },
  { re: new RegExp(`\\[(?:${SLOT_WORDS})(?:[ \\w'’/.,-]{0,30})\\](?!\\()`, 'gi'), what: 'placeholder' },
  { re: new RegExp(`<<?\\s*(?:${SLOT_WORDS})(?:[ \\w'’/-]{0,30})>>?`, 'gi'), what: 'placeholder', raw: true },
  { re: /\{(?:insert|name|date|link|url|time|venue|location)[\w ]{0,30}\}/gi, what: 'placeholder' },
  { re: /(?<![\w:])(?:XX|xx):(?:XX|xx)(?![\w:])/g, what: 'unfilled time' },
  { re: /(?<![\p{L}\p{N}])(?:TBC|TBD|TODO|FIXME|TK)(?![\p{L}\p{N}])/gu, what: 'unfinished marker' },
  { re: /(?<![\p{L}\p{N}])(?:lorem ipsum(?: dolor)?)(?![\p{L}\p{N}])/giu, what: 'dummy text' },
  { re: /(?<![\p{L}\p{N}£$€])(?:[£$€]X{2,}|X{3,})(?:,X{3})*(?![\p{L}\p{N}])/gu, what: 'unfilled value' },
];

export default defineRule({
  id: 'language/placeholder',
  category: 'language',
  description: 'Unfinished text: template slots, placeholders and TBC markers left in a draft.',
  docs: {
    rationale: 'A post published with "[insert date]" or "TBC" misleads and embarrasses; it usually means the draft was not finished or was pasted from a template or a chatbot.',
    flagged: ['The consultation closes on [insert date]. Have your say at [link].', 'Doors open at XX:XX.', 'Venue: TBC'],
    clean: ['Read the report [PDF, 2MB].', 'See the [consultation page](https://example.gov.uk).', 'Call 101 (24 hours).'],
  },
  defaultSeverity: 'error',
  topics: ['accuracy'],
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, text, bodyOffset } = ctx.doc;
    const taken: Array<[number, number]> = [];
    for (const { re, what, raw } of PATTERNS) {
      re.lastIndex = 0;
      for (const m of (raw ? text : prose).matchAll(re)) {
        if (raw && (m.index < bodyOffset || ctx.doc.inCode(m.index))) continue;
        const actual = m[0];
        const end = m.index + actual.length;
        if (taken.some(([s, e]) => m.index < e && s < end)) continue;
        taken.push([m.index, end]);
        ctx.report({
          offset: m.index,
          endOffset: end,
          message: `Unfinished ${what} "${actual}": fill it in or remove it before publishing.`,
        });
      }
    }
  },
});
