// Template slots and unfinished markers ("[insert date]", "{{slot}}", "<name>", "XX:XX", "TBC"), shared by
// `language/placeholder` (which reports them) and `ai-disclosure/chatbot-leftover` (which must not report
// the same spans twice: chatbot templates such as "[Your Council Name]" are left to `language/placeholder`).
import type { Document, Range } from '../engine/document.js';

/** Words that open a bracketed slot. The tail after them is bounded so every scan stays linear. */
export const SLOT_WORDS =
  'insert|add|enter|link|url|date|time|name|first name|last name|surname|venue|location|address|place|number|phone|email|amount|price|cost|title|headline|quote|placeholder|todo|tbc|tbd|xx+|details?|event|organisation|organization|council|company|person|role|deadline|day|month|year|hashtag|handle|image|photo|caption|cta|town|city|ward|here|something|website|contact|region|service|team|department|your \\w+|the \\w+';

export interface PlaceholderPattern {
  re: RegExp;
  /** What the match is, in words ("placeholder", "unfilled time"). */
  what: string;
  /** Run on the raw text instead of the prose view (`<name>` parses as inline HTML). */
  raw?: boolean;
}

// Bracketed slots: [insert date], [link], [Name], {{slot}}, {slot}, <name>, <<name>>. The inside is
// bounded (1–40 chars, no nested brackets) so the scan stays linear.
export const PLACEHOLDER_PATTERNS: ReadonlyArray<PlaceholderPattern> = [
  { re: /\{\{\s*[^{}\n]{1,40}?\s*\}\}/g, what: 'template slot' },
  { re: new RegExp(`\\[(?:${SLOT_WORDS})(?:[ \\w'’/.,-]{0,30})\\](?!\\()`, 'gi'), what: 'placeholder' },
  { re: new RegExp(`<<?\\s*(?:${SLOT_WORDS})(?:[ \\w'’/-]{0,30})>>?`, 'gi'), what: 'placeholder', raw: true },
  { re: /\{(?:insert|name|date|link|url|time|venue|location)[\w ]{0,30}\}/gi, what: 'placeholder' },
  { re: /(?<![\w:])(?:XX|xx):(?:XX|xx)(?![\w:])/g, what: 'unfilled time' },
  { re: /(?<![\p{L}\p{N}])(?:TBC|TBD|TODO|FIXME|TK)(?![\p{L}\p{N}])/gu, what: 'unfinished marker' },
  { re: /(?<![\p{L}\p{N}])(?:lorem ipsum(?: dolor)?)(?![\p{L}\p{N}])/giu, what: 'dummy text' },
  { re: /(?<![\p{L}\p{N}£$€])(?:[£$€]X{2,}|X{3,})(?:,X{3})*(?![\p{L}\p{N}])/gu, what: 'unfilled value' },
];

export interface PlaceholderMatch extends Range {
  what: string;
  text: string;
}

/** Every placeholder in the draft's body, earlier patterns winning where matches overlap, in document order. */
export function findPlaceholders(doc: Document): PlaceholderMatch[] {
  const { prose, text, bodyOffset } = doc;
  const out: PlaceholderMatch[] = [];
  for (const { re, what, raw } of PLACEHOLDER_PATTERNS) {
    for (const m of (raw ? text : prose).matchAll(re)) {
      if (raw && (m.index < bodyOffset || doc.inCode(m.index))) continue;
      const end = m.index + m[0].length;
      if (out.some((p) => m.index < p.endOffset && p.offset < end)) continue;
      out.push({ offset: m.index, endOffset: end, what, text: m[0] });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}
