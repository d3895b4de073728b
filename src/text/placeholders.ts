// Template slots and unfinished markers ("[insert date]", "{{slot}}", "<name>", "XX:XX", "TBC"), shared by
// `language/placeholder` (which reports them) and `ai-disclosure/chatbot-leftover` (which must not report
// the same spans twice: chatbot templates such as "[Your Council Name]" are left to `language/placeholder`).
import type { Document, Range } from '../engine/document.js';
import { documentMemo } from '../engine/memo.js';

/** Words that open a bracketed slot. The tail after them is bounded so every scan stays linear. */
export const SLOT_WORDS =
  'insert|add|enter|link|url|date|time|name|first name|last name|surname|venue|location|address|place|number|phone|email|amount|price|cost|title|headline|quote|placeholder|todo|tbc|tbd|xx+|details?|event|organisation|organization|council|company|person|role|deadline|day|month|year|hashtag|handle|image|photo|caption|cta|town|city|ward|here|something|website|contact|region|service|team|department|your \\w+|the \\w+';

export interface PlaceholderPattern {
  re: RegExp;
  /** What the match is, in words ("placeholder", "unfilled time"). */
  what: string;
  /** Run on the raw text instead of the prose view (`<name>` parses as inline HTML). */
  raw?: boolean;
  /** Keeps a match only when this returns true (given the whole match). */
  accept?: (match: string) => boolean;
  /**
   * A cheap prefilter: false only when `re` cannot match in the draft (a literal every match contains,
   * or a word every match holds as a whole token; see Document.words).
   */
  needs: (doc: Document) => boolean;
}

const proseHas = (literal: string) => (doc: Document): boolean => doc.prose.includes(literal);

// Bracketed slots: [insert date], [link], [Name], {{slot}}, {slot}, <name>, <<name>>. The inside is
// bounded (1–40 chars, no nested brackets) so the scan stays linear.
export const PLACEHOLDER_PATTERNS: ReadonlyArray<PlaceholderPattern> = [
  { re: /\{\{\s*[^{}\n]{1,40}?\s*\}\}/g, what: 'template slot', needs: proseHas('{{') },
  // "[link in bio]" and "[link below]" point readers somewhere: not a slot.
  { re: new RegExp(`\\[(?:${SLOT_WORDS})(?:[ \\w'’/.,-]{0,30})\\](?!\\()`, 'gi'), what: 'placeholder', accept: (m) => !READER_POINTER.test(m), needs: proseHas('[') },
  { re: new RegExp(`<<?\\s*(?:${SLOT_WORDS})(?:[ \\w'’/-]{0,30})>>?`, 'gi'), what: 'placeholder', raw: true, needs: (doc) => doc.text.includes('<') },
  { re: /\{(?:insert|name|date|link|url|time|venue|location)[\w ]{0,30}\}/gi, what: 'placeholder', needs: proseHas('{') },
  // "xx" is bounded by `(?<![\w:])` and the colon: a whole token.
  { re: /(?<![\w:])(?:XX|xx):(?:XX|xx)(?![\w:])/g, what: 'unfilled time', needs: (doc) => doc.words().has('xx') },
  { re: /(?<![\p{L}\p{N}])(?:TBC|TBD|TODO|FIXME|TK)(?![\p{L}\p{N}])/gu, what: 'unfinished marker', needs: (doc) => doc.words().hasAny(MARKER_WORDS) },
  { re: /(?<![\p{L}\p{N}])(?:lorem ipsum(?: dolor)?)(?![\p{L}\p{N}])/giu, what: 'dummy text', needs: (doc) => doc.words().has('lorem') },
  { re: /(?<![\p{L}\p{N}£$€])(?:[£$€]X{2,}|X{3,})(?:,X{3})*(?![\p{L}\p{N}])/gu, what: 'unfilled value', needs: proseHas('XX') },
  // Longer bracketed editing instructions: "[Include quote from the Mayor here]", "[Add link to survey]",
  // "[PHOTO: crowd at launch]". Bounded to 80 characters without nested brackets; `isBracketedInstruction`
  // tells instructions from citations, file notes, captions and image descriptions.
  { re: /\[[^[\]\n]{2,80}\](?!\()/g, what: 'editing instruction', accept: isBracketedInstruction, needs: proseHas('[') },
];

// The unfinished markers as whole tokens (the marker pattern is bounded by non-letters and non-digits).
const MARKER_WORDS = ['tbc', 'tbd', 'todo', 'fixme', 'tk'];

const READER_POINTER = /^\[\s*links?\s+(?:in\s+(?:(?:our|the)\s+)?(?:bio|profile|comments?|stories)|below|above|on\s+(?:our|the)\s+(?:profile|website|site))\s*\]$/i;

// An imperative editing verb opening the bracket, followed by its object ("Add link", "Insert photo"),
// not by a colon ("[Update: road reopened]" is a news label) or a reader-facing phrase ("[link in bio]",
// "[Check out …]", "[Add to calendar]").
const EDIT_VERB_START =
  /^(?:insert|include|add|enter|put|paste|link|attach|check|confirm|update|fill(?:\s+in)?|replace|write|embed|upload|drop|tag|verify|chase|need|needs|source|get\s+(?:a\s+)?(?:quote|sign-off|approval))\s+(?!(?:out|back|in\s+(?:bio|profile|comments?)|below|above|to\s+(?:calendar|diary|basket|cart|favourites|favorites))\b)\p{L}/iu;
// "here", "TBC", "TK", "TODO", "XX" inside the brackets mark a slot whatever the wording.
const SLOT_MARKER = /(?<![\p{L}\p{N}])(?:here|TBC|TBD|TK|TODO|XXX?|to come|to follow)(?![\p{L}\p{N}])/iu;
// A media label and what follows it: a production direction ("PHOTO: crowd at launch"), a caption
// credit ("Photo: Jane Smith") or an image description ("Image: A volunteer planting a tree").
const MEDIA_LABEL = /^(photo(?:graph)?|image|picture|pic|video|graphic|gif|visual|map|chart|infographic|clip|footage|b-roll)(?:\s*\d{1,2})?\s*[:–—-]\s*(.+)$/iu;
// Lower-case words a credit may contain ("Photo: supplied", "Image: courtesy of the family").
const CREDIT_WORDS = new Set(
  'supplied by via courtesy of credit credits file stock archive archives library and the with permission provided taken submitted contributed used own from for family photographer'.split(' '),
);
// Image descriptions read as a described scene: they open with an article, a number or a quantifier.
const DESCRIPTION_START = /^(?:a|an|the|two|three|four|five|six|several|some|many|people|children|volunteers|residents|how|what|why|our|your|this|these)\s/iu;

/**
 * True when bracketed text is an editing instruction left in a draft rather than ordinary bracketed
 * text. "[1]", "[sic]", "[PDF, 2MB]", "[Photo: Jane Smith]" (a credit) and "[Image: A crowd at the
 * launch]" (an image description for screen-reader users) are ordinary; "[Include quote from the Mayor
 * here]", "[Add link to survey]", "[quote from Cllr X]" and "[PHOTO: crowd at launch]" are not.
 */
export function isBracketedInstruction(match: string): boolean {
  const inner = match.slice(1, -1).trim();
  if (!/\p{L}{2}/u.test(inner)) return false;
  if (EDIT_VERB_START.test(inner) || SLOT_MARKER.test(inner)) return true;
  // "[quote from Cllr X]", "[photo of the new bus]": a slot word then a bounded description.
  if (/^(?:quote|comment|statement|photo|image|picture|video|graphic|stat|stats|figure|figures|link|url)\s+(?:from|of|by|showing|with|about|on)\s/iu.test(inner)) return true;
  const media = MEDIA_LABEL.exec(inner);
  if (!media) return false;
  const label = media[1]!;
  const content = media[2]!.trim();
  const words = content.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (words.length === 0) return false;
  // A credit: every word capitalised (a person or an organisation) or a credit word.
  const credit = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || CREDIT_WORDS.has(w.toLowerCase()));
  if (credit) return false;
  // A production note is written with the label in capitals ("PHOTO: …"). Under an ordinary label, a
  // caption or image description is written as a sentence ("Photo: Mayor Jane Smith opens the
  // cycleway", "Image: A volunteer planting a tree"); a terse lower-case note ("Photo: crowd at
  // launch") is a direction to whoever finishes the post.
  if (label === label.toUpperCase()) return true;
  return /^\p{Ll}/u.test(content) && !DESCRIPTION_START.test(content);
}

export interface PlaceholderMatch extends Range {
  what: string;
  text: string;
}

/** Every placeholder in the draft's body, earlier patterns winning where matches overlap, in document order. */
export function findPlaceholders(doc: Document): PlaceholderMatch[] {
  // Shared by language/placeholder and ai-disclosure/chatbot-leftover: found once per draft.
  return doc.memo(PLACEHOLDERS, () => detectPlaceholders(doc)).slice();
}
const PLACEHOLDERS = documentMemo<PlaceholderMatch[]>('placeholders');

function detectPlaceholders(doc: Document): PlaceholderMatch[] {
  const { prose, text, bodyOffset } = doc;
  const out: PlaceholderMatch[] = [];
  for (const { re, what, raw, accept, needs } of PLACEHOLDER_PATTERNS) {
    if (!needs(doc)) continue;
    for (const m of (raw ? text : prose).matchAll(re)) {
      if (raw && (m.index < bodyOffset || doc.inCode(m.index))) continue;
      if (accept && !accept(m[0])) continue;
      const end = m.index + m[0].length;
      if (out.some((p) => m.index < p.endOffset && p.offset < end)) continue;
      out.push({ offset: m.index, endOffset: end, what, text: m[0] });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}
