// Validated identifiers in a draft — national identifiers of people (NI, NHS, TFN, Medicare, SIN, SSN,
// ITIN, US Medicare MBI, IRD, NHI, PPS, Ontario health card; and, given with their label, passport,
// driving licence, Medicaid and other health card numbers) and financial numbers (payment cards,
// IBANs, labelled bank accounts) — found once per document and shared: the national-id and financial
// rules report them, and weaker recognisers (phone numbers) skip the ranges they claim, so a Medicare
// number is not also reported as a phone number.
import type { Document } from '../engine/document.js';
import {
  cardBrand, isAbn, isAcn, isIban, isIrd, isItin, isMbi, isMedicare, isNhi, isNhsNumber, isNino, isOntarioHealthNumber, isPaymentCard, isPps, isSin, isSsn, isTfn, isTrivialDigits,
} from './checksums.js';
import { classifyPhone, SUPPORTED_REGIONS } from './phone.js';
import { isReferenceContext, wordsAfter, wordsBefore } from './pii-context.js';
import { lazyRegExp } from './lazy-regexp.js';
import { sentenceAt } from './sentence-at.js';

export interface FoundIdentifier {
  offset: number;
  endOffset: number;
  /** "tax file number", "Visa card number", "IBAN (bank account number)", … */
  name: string;
  kind: 'national-id' | 'financial';
}

interface IdSpec {
  name: string;
  /** The candidate shape, bounded and linear (compiled on first use: most drafts skip most specs). */
  pattern: () => RegExp;
  validate: (value: string) => boolean;
  /** Labelling words (the identifier's full names, variants and acronyms), matched as whole words near the value. */
  context: RegExp;
  /** True when the value may be reported without a labelling word (a distinctive, validated form). */
  standalone?: (value: string, locale: string) => boolean;
  /** No check digit: the label must be in the same sentence, not the one before. */
  sentenceOnly?: boolean;
  /** The label must sit right before the value (passport, licence: no check digit at all). */
  adjacentOnly?: boolean;
  /** A cheap pattern (no lookbehind) that every value passing `validate` contains: a body without it skips the spec. */
  hint: RegExp;
  /** Words (lower case) of which every labelled match needs one in the draft: a draft without any skips the spec. */
  gate?: readonly string[];
}

const D = String.raw`(?<![\p{L}\p{N}£$€.,/:-])`;
const E = String.raw`(?![\p{L}\p{N}]|[.,/:-]\p{N})`;
const SEP = '[ \\u00a0-]?';
// "number", "no.", "#", "card number": the optional tail of a written-out label.
const NO = String.raw`(?:\s+(?:card\s+)?(?:number|no\.?|#|num))?`;

// Hints. Six digits, possibly split by single separators: every digit-run identifier has at least that.
const SIX_DIGITS = /\d(?:[ \u00a0-]?\d){5}/;
// A labelled value validates only with five digits, in groups of capitals and digits split by single
// separators (LABELLED_VALUE allows at most fourteen characters between two digits).
const FIVE_DIGITS_IN_CAPS = /\d(?:[A-Z \u00a0-]{0,20}\d){4}/;

// The value after a label, for identifiers with no check digit (driving licences, Medicaid and health
// card numbers): a UK licence (MORGA657054SM9IJ), or a run of capitals and digits starting within four
// letters of a digit (or after a group of four letters, as on Quebec's cards: "DOEJ 8001 0112"),
// optionally in groups split by single spaces or hyphens ("D412-7789-0315", "1EG4-TE5-MK73"); each
// later group has two or more characters and a digit after at most three letters, so "licence 4412 7
// days" stops at "4412". Bounded, and each group's letters-then-digit start is unambiguous (letters and
// digits are disjoint): linear.
const LABELLED_VALUE = String.raw`(?:[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}|(?:[A-Z]{4}[ \u00a0])?[A-Z]{0,4}\d[\dA-Z]{0,14}(?:[ \u00a0-](?=[\dA-Z]{2})[A-Z]{0,3}\d[\dA-Z]{0,9}){0,4})`;
// After a label: "number", "ID", "card" (up to two, the first perhaps after a comma), then a colon, hash,
// comma or opening bracket, or "is"/"was", right before the value: "driver's license (D412-…", "Medicaid
// ID: LK70422196", "licence number is …", "his driver's licence, 048213097,".
const LABEL_TAIL = String.raw`(?:,?\s+(?:card|ID|number|no\.?|#|num)){0,2}(?:\s*[:#(,]|\s+(?:is|was))?\s*$`;
// Year ranges and ISO dates ("Health Plan 2025-2030", "driver licence 2025-07-01") are never identifiers.
const YEARS_OR_DATE = /^(?:19|20)\d{2}[ \u00a0-](?:(?:19|20)?\d{2}|\d{1,2}[ \u00a0-]\d{1,2})$/;
/** A labelled value for a spec without a check digit: five or more digits, at most 20 characters, not filler. */
function labelledValue(v: string): boolean {
  const c = v.replace(/[\s\u00a0-]/g, '');
  return c.length <= 20 && (c.match(/\d/g) ?? []).length >= 5 && !isTrivialDigits(c.replace(/\D/g, '')) && !YEARS_OR_DATE.test(v);
}
// The label ends in a word that names an identifier ("licence number", "Medicaid ID", "health card #").
const ID_WORD_BEFORE = /(?:\b(?:card|ID|number|no\.?|num)|#)(?:\s*[:#(]|\s+(?:is|was))?\s*$/i;
/**
 * A value of digits alone after a bare label is read as an identifier only when the label says so: a
 * count or a helpline may follow a bare label ("Lakeland Medicaid: 1-800-555-0142", "driver licences 12500
 * issued", "Driver licence: 13 22 13"). It needs an identifier word ("number", "ID"), or a bracket, comma
 * or "is" and no phone shape.
 */
function digitsLabelled(value: string, before: string): boolean {
  if (/[A-Z]/.test(value) || ID_WORD_BEFORE.test(before)) return true;
  if (!/(?:[(,]|\b(?:is|was))\s*$/.test(before)) return false;
  return !SUPPORTED_REGIONS.some((region) => classifyPhone(value, region)?.valid === true);
}

// Acronyms are matched case-sensitively ("SIN" not "sin", "NI" not "ni"); written-out names in any case.
const IDS: readonly IdSpec[] = [
  {
    name: 'National Insurance number',
    pattern: lazyRegExp(`${D}[A-Za-z]{2}[ \\u00a0]?\\d{2}[ \\u00a0]?\\d{2}[ \\u00a0]?\\d{2}[ \\u00a0]?[A-Da-d]${E}`, 'gu'),
    validate: isNino,
    hint: SIX_DIGITS,
    context: /\b(?:[Nn]ational\s+[Ii]nsurance|NATIONAL\s+INSURANCE|NI(?:NO)?|NI\s+(?:[Nn]umber|[Nn]o))\b/,
    sentenceOnly: true,
    // "JG 10 37 26 A": the spaced, upper-case layout HMRC prints is distinctive on its own.
    standalone: (v) => /^[A-Z]{2} \d{2} \d{2} \d{2} [A-D]$/.test(v),
  },
  {
    name: 'NHS number',
    pattern: lazyRegExp(`${D}\\d{3}${SEP}\\d{3}${SEP}\\d{4}${E}`, 'gu'),
    validate: isNhsNumber,
    hint: SIX_DIGITS,
    context: /\b(?:NHS|CHI|H&C|HSC|patient|patients|hospital\s+(?:number|no)|health\s+(?:and\s+care\s+)?(?:number|no)|medical\s+record|MRN)\b/i,
    // 3-3-4 with a valid check digit and an NHS range first digit (4, 6, 7), in a UK locale.
    standalone: (v, locale) => locale === 'en-GB' && /^[467]\d{2}[ -]\d{3}[ -]\d{4}$/.test(v),
  },
  {
    name: 'tax file number',
    pattern: lazyRegExp(`${D}\\d{3}${SEP}\\d{3}${SEP}\\d{2,3}${E}`, 'gu'),
    validate: isTfn,
    hint: SIX_DIGITS,
    context: /\b(?:TFN|[Tt]ax\s+[Ff]ile(?:\s+(?:[Nn]umber|[Nn]o))?|TAX\s+FILE)\b/,
  },
  {
    name: 'Medicare number',
    pattern: lazyRegExp(`${D}[2-6]\\d{3}${SEP}\\d{5}${SEP}\\d(?:${SEP}\\d)?${E}`, 'gu'),
    validate: isMedicare,
    hint: SIX_DIGITS,
    context: new RegExp(String.raw`\bmedicare${NO}\b`, 'i'),
  },
  {
    name: 'Social Insurance Number',
    pattern: lazyRegExp(`${D}\\d{3}${SEP}\\d{3}${SEP}\\d{3}${E}`, 'gu'),
    validate: isSin,
    hint: SIX_DIGITS,
    context: /\b(?:SIN|NAS|[Ss]ocial\s+[Ii]nsurance|SOCIAL\s+INSURANCE|num[ée]ro\s+d['’]assurance\s+sociale)\b/,
  },
  {
    name: 'Social Security number',
    pattern: lazyRegExp(`${D}\\d{3}${SEP}\\d{2}${SEP}\\d{4}${E}`, 'gu'),
    validate: isSsn,
    hint: SIX_DIGITS,
    context: /(?:\b(?:SSN|SSNs|[Ss]ocial\s+[Ss]ecurity|SOCIAL\s+SECURITY)\b|\bSS#)/,
    sentenceOnly: true,
    // The 3-2-4 hyphenated layout is the SSN's own.
    standalone: (v) => /^\d{3}-\d{2}-\d{4}$/.test(v),
  },
  {
    // The IRS issues ITINs to taxpayers who cannot get an SSN, in the SSN's layout with a 9 first.
    name: 'Individual Taxpayer Identification Number (ITIN)',
    pattern: lazyRegExp(`${D}9\\d{2}${SEP}\\d{2}${SEP}\\d{4}${E}`, 'gu'),
    validate: isItin,
    hint: SIX_DIGITS,
    context: /\b(?:ITINs?|[Ii]ndividual\s+[Tt]axpayer|INDIVIDUAL\s+TAXPAYER|[Tt]axpayer\s+(?:ID|[Ii]dentification)|TIN)\b/,
    sentenceOnly: true,
    // Hyphenated 3-2-4 with a 9 first and an issued middle group: the ITIN's own layout, like the SSN's.
    standalone: (v) => /^\d{3}-\d{2}-\d{4}$/.test(v),
  },
  {
    name: 'IRD number',
    pattern: lazyRegExp(`${D}\\d{2,3}${SEP}\\d{3}${SEP}\\d{3}${E}`, 'gu'),
    validate: isIrd,
    hint: SIX_DIGITS,
    context: /\b(?:IRD|[Ii]nland\s+[Rr]evenue|INLAND\s+REVENUE|[Tt]ax\s+(?:[Nn]umber|[Nn]o)|TAX\s+NUMBER)\b/,
  },
  {
    name: 'NHI number',
    pattern: lazyRegExp(`${D}[A-HJ-NP-Z]{3}[ \\u00a0]?\\d{2}(?:\\d{2}|[A-HJ-NP-Z]{2})${E}`, 'gu'),
    validate: isNhi,
    hint: /[A-HJ-NP-Z]{3}[ \u00a0]?\d{2}/,
    context: /\b(?:NHI|national\s+health\s+index|patient|patients|health\s+(?:number|no))\b/i,
  },
  {
    name: 'PPS number',
    pattern: lazyRegExp(`${D}\\d{7}[ \\u00a0]?[A-Wa-w][A-Ia-iWw]?${E}`, 'gu'),
    validate: isPps,
    hint: SIX_DIGITS,
    context: /\b(?:PPS|PPSN|RSI|[Pp]ersonal\s+[Pp]ublic\s+[Ss]ervice|PERSONAL\s+PUBLIC\s+SERVICE)\b/,
    standalone: (_v, locale) => locale === 'en-IE',
  },
  {
    name: 'health card number',
    // Ontario: 4-3-3 digits and an optional two-letter version code.
    pattern: lazyRegExp(`${D}\\d{4}${SEP}\\d{3}${SEP}\\d{3}(?:[ \\u00a0-]?[A-Z]{2})?${E}`, 'gu'),
    validate: (v) => isOntarioHealthNumber(v.replace(/[A-Z]/g, '')),
    hint: SIX_DIGITS,
    context: /\b(?:OHIP|[Hh]ealth\s+[Cc]ard|HEALTH\s+CARD|carte\s+[Ss]ant[ée])\b/,
    sentenceOnly: true,
  },
  {
    // US Medicare (since 2018): no check digit, but a strict character layout, so a Medicare or MBI
    // label anywhere near is enough (the Australian Medicare number, all digits, is the spec above).
    name: 'Medicare Beneficiary Identifier',
    pattern: lazyRegExp(`${D}[1-9][A-Z][\\dA-Z]\\d-?[A-Z][\\dA-Z]\\d-?[A-Z]{2}\\d{2}${E}`, 'gu'),
    validate: isMbi,
    hint: /[1-9][A-Z][\dA-Z]\d/,
    context: /\b(?:[Mm]edicare|MEDICARE|MBI)\b/,
    gate: ['medicare', 'mbi'],
  },
  {
    name: 'passport number',
    pattern: lazyRegExp(`${D}(?:[A-Za-z]{1,2}\\d{6,8}|\\d{9})${E}`, 'gu'),
    validate: (v) => !isTrivialDigits(v.replace(/\D/g, '')),
    hint: SIX_DIGITS,
    context: new RegExp(String.raw`\bpassports?${LABEL_TAIL}`, 'i'),
    adjacentOnly: true,
    gate: ['passport', 'passports'],
  },
  {
    name: 'driving licence number',
    // UK: MORGA657054SM9IJ; elsewhere any labelled value (US states, Canadian provinces and Australian
    // states each have their own layout, none with a published check digit).
    pattern: lazyRegExp(`${D}${LABELLED_VALUE}${E}`, 'gu'),
    validate: labelledValue,
    hint: FIVE_DIGITS_IN_CAPS,
    context: new RegExp(String.raw`\b(?:driv(?:ing|er['’]?s?)\s+licen[cs]e|DL)${LABEL_TAIL}`, 'i'),
    adjacentOnly: true,
    gate: ['licence', 'license', 'dl'],
  },
  {
    // Health insurance and health card numbers with no check digit: US Medicaid, Canadian
    // provincial cards other than Ontario's (Quebec RAMQ, BC PHN), Australia's IHI. Identifiers with a
    // check digit (NHS, CHI, Australian Medicare, Ontario) are the specs above and are not taken here.
    name: 'health insurance or health card number',
    pattern: lazyRegExp(`${D}${LABELLED_VALUE}${E}`, 'gu'),
    validate: labelledValue,
    hint: FIVE_DIGITS_IN_CAPS,
    context: new RegExp(
      String.raw`\b(?:Medicaid|Medi-Cal|MassHealth|health\s+(?:card|insurance|plan|ID)|(?:personal\s+)?health\s+number|PHN|IHI|RAMQ|carte\s+(?:d['’]assurance\s+maladie|sant[ée]))${LABEL_TAIL}`,
      'i',
    ),
    adjacentOnly: true,
    gate: ['medicaid', 'medi', 'masshealth', 'health', 'phn', 'ihi', 'ramq', 'carte'],
  },
];

// A value shown as an example ("a licence number looks like …", "e.g. passport number …") is not anyone's.
const EXAMPLE_BEFORE = /\b(?:e\.?g|example|sample|such\s+as|looks?\s+like|format|fake|dummy|specimen)\b[^.!?\n]{0,40}$/i;

/**
 * Every identifier's written label, blanked out before the veto words are read: "tax file number"
 * contains "file", "Medicare card" contains "card", and those words must not veto their own identifier.
 */
const ID_LABELS = /\b(?:tax\s+file|medicare\s+card|health\s+card|personal\s+public\s+service|national\s+insurance|social\s+(?:insurance|security)|inland\s+revenue|national\s+health\s+index)\b/gi;

/**
 * Public business identifiers: a number labelled as one is never a person's, even when its check digit
 * also passes a personal identifier's (a Canadian Business Number passes the SIN's Luhn check, an NZ GST
 * number the IRD check).
 */
const BUSINESS_BEFORE = new Set([
  'business', 'businesses', 'bn', 'abn', 'acn', 'arbn', 'nzbn', 'gst', 'hst', 'qst', 'pst', 'vat', 'ein', 'fein', 'cro', 'crn', 'utr',
  'company', 'companies', 'corporation', 'corporate', 'charity', 'charitable', 'registered', 'registration', 'incorporation', 'inc', 'ltd', 'llc', 'pty', 'plc', 'trading',
]);
// After the value: a CRA program account suffix ("302707112 RT0001") or a business label in brackets.
const BUSINESS_AFTER = /^\s*(?:R[TPCMRZ]\d{4}\b|\(\s*(?:BN|ABN|ACN|GST|HST|VAT|EIN|NZBN|business|company)\b)/i;

/** True when a business-identifier word labels the number (a few words before, or a suffix after). */
export function isBusinessContext(text: string, offset: number, endOffset: number, before = 3): boolean {
  const head = blankLabels(text.slice(Math.max(0, offset - 80), offset));
  if (wordsBefore(head, head.length, before).some((w) => BUSINESS_BEFORE.has(w))) return true;
  if (BUSINESS_AFTER.test(text.slice(endOffset, endOffset + 30))) return true;
  return wordsAfter(text, endOffset, 1).some((w) => w === 'gst' || w === 'abn' || w === 'bn' || w === 'hst' || w === 'vat');
}

function blankLabels(s: string): string {
  return s.replace(ID_LABELS, (m) => ' '.repeat(m.length));
}

/** A reference/order/application word labels the number; an identifier's own name ("tax file number") does not count. */
function isVetoed(text: string, offset: number, endOffset: number): boolean {
  const from = Math.max(0, offset - 80);
  const masked = blankLabels(text.slice(from, offset)) + text.slice(offset, endOffset + 20);
  return isReferenceContext(masked, offset - from, endOffset - from) || isBusinessContext(text, offset, endOffset);
}

const cache = new WeakMap<Document, Map<string, FoundIdentifier[]>>();

/** National identifiers of people in the document's body, validated and labelled (see the specs above). */
export function findNationalIds(doc: Document, locale: string): FoundIdentifier[] {
  return cached(doc, `id:${locale}`, () => detectNationalIds(doc, locale));
}

/** Payment cards, IBANs and labelled bank account numbers in the document's body, validated. */
export function findFinancialIds(doc: Document): FoundIdentifier[] {
  return cached(doc, 'fin', () => detectFinancial(doc));
}

/** Ranges claimed by a validated identifier, which weaker recognisers (phone numbers) must leave alone. */
export function claimedRanges(doc: Document, locale: string): FoundIdentifier[] {
  return [...findNationalIds(doc, locale), ...findFinancialIds(doc)];
}

function cached(doc: Document, key: string, make: () => FoundIdentifier[]): FoundIdentifier[] {
  let m = cache.get(doc);
  if (!m) cache.set(doc, (m = new Map()));
  let v = m.get(key);
  if (!v) m.set(key, (v = make()));
  return v;
}

function detectNationalIds(doc: Document, locale: string): FoundIdentifier[] {
  const { prose, bodyOffset } = doc;
  const body = prose.slice(bodyOffset);
  const out: FoundIdentifier[] = [];
  if (!/\d{2}/.test(body)) return out;
  const sentences = doc.sentences();
  const sentenceStart = (offset: number): number => {
    const s = sentenceAt(doc, offset);
    return s ? s.offset : Math.max(bodyOffset, offset - 120);
  };
  const hinted = new Map<RegExp, boolean>();
  const words = doc.words();
  for (const spec of IDS) {
    if (spec.gate && !words.hasAny(spec.gate)) continue;
    let hint = hinted.get(spec.hint);
    if (hint === undefined) hinted.set(spec.hint, (hint = spec.hint.test(body)));
    if (!hint) continue;
    const pattern = spec.pattern();
    pattern.lastIndex = 0;
    for (const m of body.matchAll(pattern)) {
      const offset = bodyOffset + m.index;
      const endOffset = offset + m[0].length;
      const value = m[0];
      if (out.some((f) => f.offset < endOffset && offset < f.endOffset)) continue;
      if (!spec.validate(value)) continue;
      if (isVetoed(prose, offset, endOffset)) continue;
      let labelled: boolean;
      if (spec.adjacentOnly) {
        const before = prose.slice(Math.max(0, offset - 40), offset);
        labelled = spec.context.test(before) && digitsLabelled(value, before) && !EXAMPLE_BEFORE.test(prose.slice(Math.max(bodyOffset, offset - 80), offset));
      } else {
        const start = sentenceStart(offset);
        // The sentence up to the value, the previous sentence in the same block ("… your Social Security
        // number. A caller asked for 536-22-1940"), and a few words after ("462 625 0890 (NHS number)").
        const block = doc.blocks.find((b) => offset >= b.offset && offset < b.endOffset);
        const prev = spec.sentenceOnly ? undefined : sentences.filter((s) => s.endOffset <= start && (!block || s.offset >= block.offset)).pop();
        const window = prose.slice(prev ? prev.offset : start, offset) + ' ' + prose.slice(endOffset, endOffset + 30).split(/[.!?\n]/)[0];
        labelled = spec.context.test(window);
      }
      if (!labelled && !spec.standalone?.(value, locale)) continue;
      out.push({ offset, endOffset, name: spec.name, kind: 'national-id' });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

// 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4, or an unbroken 12–19 digit run.
const CARD = lazyRegExp(`${D}(?:\\d{4}(?:[ \\u00a0-]\\d{4}){2,3}(?:[ \\u00a0-]\\d{1,3})?|\\d{4}[ \\u00a0-]\\d{6}[ \\u00a0-]\\d{4,5}|\\d{12,19})${E}`, 'gu');
const IBAN = lazyRegExp(`${D}[A-Z]{2}\\d{2}(?:[ \\u00a0]?[A-Z0-9]{4}){2,7}(?:[ \\u00a0]?[A-Z0-9]{1,3})?${E}`, 'gu');
// Labelled bank account numbers: "account number 12345678", "a/c 12345678". Sort codes, BSBs and routing
// numbers identify a bank branch, not a person, so they are not reported on their own.
const ACCOUNT = /\b(?:(?:bank\s+)?account\s*(?:number|no\.?|#)|acc(?:oun)?t\s*no\.?|a\/c(?:\s*no\.?)?)\s*:?\s*(\d[\d -]{4,15}\d)(?![\p{L}\p{N}])/giu;
// Account-number labels only count in a banking sentence (a council tax or library account is not a bank account).
const BANKING = /\b(?:bank|banking|sort\s?code|BSB|routing|IBAN|BIC|SWIFT|transfer|direct\s+debit|bacs|payee|cheque|checking|savings)\b/i;
// The organisation's own account (for paying invoices) is not personal data.
const OWN_ACCOUNT = /\b(?:our|us|council['’]?s?|the\s+council)\b/i;
// Business identifiers are public registers: never personal data.
const BUSINESS = /\b(?:ABN|ACN|ARBN|company|companies|charity|registered|registration|VAT|GST|EIN|UTR|CRN|NZBN|CRO)\b/i;

// Cheap patterns every match (of CARD, IBAN, ACCOUNT) contains: a body without one skips that pattern.
const CARD_HINT = /\d{4}[ \u00a0-]?\d{4}/;
const IBAN_HINT = /[A-Z]{2}\d{2}/;
const ACCOUNT_HINT = /acc|a\/c/iu;

function detectFinancial(doc: Document): FoundIdentifier[] {
  const { prose, bodyOffset } = doc;
  const body = prose.slice(bodyOffset);
  const out: FoundIdentifier[] = [];
  if (!/\d{4}/.test(body)) return out;
  const add = (offset: number, endOffset: number, name: string): void => {
    if (out.some((f) => f.offset < endOffset && offset < f.endOffset)) return;
    out.push({ offset, endOffset, name, kind: 'financial' });
  };
  const business = (offset: number): boolean => BUSINESS.test(prose.slice(Math.max(bodyOffset, offset - 30), offset));

  for (const m of CARD_HINT.test(body) ? body.matchAll(CARD()) : []) {
    const offset = bodyOffset + m.index;
    const endOffset = offset + m[0].length;
    if (!isPaymentCard(m[0]) || isReferenceContext(prose, offset, endOffset, 5) || business(offset)) continue;
    // An unbroken run needs a card word: long bare numbers are usually references.
    if (/^\d+$/.test(m[0]) && !/\b(?:card|visa|mastercard|amex|debit|credit|cc)\b/i.test(prose.slice(Math.max(bodyOffset, offset - 60), offset))) continue;
    const brand = cardBrand(m[0]) ?? '';
    add(offset, endOffset, `${/^[AEIOU]/.test(brand) ? 'An' : 'A'} ${brand} card number`);
  }
  for (const m of IBAN_HINT.test(body) ? body.matchAll(IBAN()) : []) {
    const offset = bodyOffset + m.index;
    if (isIban(m[0])) add(offset, offset + m[0].length, 'An IBAN (bank account number)');
  }
  ACCOUNT.lastIndex = 0;
  for (const m of ACCOUNT_HINT.test(body) ? body.matchAll(ACCOUNT) : []) {
    const value = m[1]!;
    const offset = bodyOffset + m.index + m[0].length - value.length;
    const endOffset = offset + value.length;
    const digits = value.replace(/\D/g, '');
    if (digits.length < 6 || digits.length > 17 || isTrivialDigits(digits) || isAbn(digits) || isAcn(digits) || business(offset)) continue;
    const sentence = sentenceAt(doc, offset);
    const around = sentence ? prose.slice(sentence.offset, sentence.endOffset) : prose.slice(Math.max(bodyOffset, offset - 100), endOffset + 50);
    if (!BANKING.test(around)) continue;
    if (OWN_ACCOUNT.test(prose.slice(sentence?.offset ?? Math.max(bodyOffset, offset - 100), offset))) continue;
    add(offset, endOffset, 'A bank account number');
  }
  return out.sort((a, b) => a.offset - b.offset);
}
