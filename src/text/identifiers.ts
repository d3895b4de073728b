// Validated identifiers in a draft — national identifiers of people (the recognisers of
// src/recognizers/, one file per identifier: NI, NHS, TFN, Medicare, SIN, SSN, ITIN, MBI, IRD, NHI, PPS,
// Ontario health card; and, given with their label, passport, driving licence, Medicaid and other health
// card numbers) and financial numbers (payment cards,
// IBANs, labelled bank accounts) — found once per document and shared: the national-id and financial
// rules report them, and weaker recognisers (phone numbers) skip the ranges they claim, so a Medicare
// number is not also reported as a phone number.
import type { Document } from '../engine/document.js';
import type { Jurisdiction, Locale } from '../types.js';
import { LOCALE_JURISDICTION } from '../config/settings.js';
import { recognisersFor } from '../recognizers/index.js';
import { D, E } from '../recognizers/layouts.js';
import { cardBrand, IBAN_LENGTHS, isAbn, isAcn, isIban, isPaymentCard, isTrivialDigits } from './checksums.js';
import { classifyPhone, SUPPORTED_REGIONS, writtenAsPhone } from './phone.js';
import { isReferenceContext, wordsAfter, wordsBefore } from './pii-context.js';
import { otherLanguageLabels } from './lang-checks.js';
import { lazyRegExp } from './lazy-regexp.js';
import { sentenceAt } from './sentence-at.js';
import { hasAnyOf } from './gate.js';
import { documentMemo } from '../engine/memo.js';

export interface FoundIdentifier {
  offset: number;
  endOffset: number;
  /** "tax file number", "Visa card number", "IBAN (bank account number)", … */
  name: string;
  kind: 'national-id' | 'financial';
  /**
   * The value is labelled right before as this identifier but fails its check digit or validity rules
   * (a mistyped or an invented number): a reviewer still stops a number given as someone's identifier,
   * so it is reported, at a lower severity, with that reason.
   */
  checkFailed?: true;
}

// French, Welsh and Irish put the word for "number" first: "numéro d'assurance-maladie (", "rhif Yswiriant
// Gwladol", "uimhir PSP". (Words and spaces alternate, disjoint: linear; "d'assurance-maladie" is one word.)
const NUMBER_OF_BEFORE = /\b(?:numéro|n°|rhif|uimhir)(?:[ \u00a0]+[\p{L}'’-]+){1,3}[ \u00a0]*(?:[:#(,][ \u00a0]*)?$/iu;
// The label ends in a word that names an identifier ("licence number", "Medicaid ID", "health card #"),
// or is an acronym that ends in one (MRN, URN: medical record and unit record numbers).
const ID_WORD_BEFORE = /(?:\b(?:card|ID|number|no\.?|num|MRN|URN)|#)(?:\s*[:#(]|\s+(?:is|was))?\s*$/i;
/**
 * A value of digits alone after a bare label is read as an identifier only when the label says so: a
 * count or a helpline may follow a bare label ("Lakeland Medicaid: 1-800-555-0142", "driver licences 12500
 * issued", "Driver licence: 13 22 13"). It needs an identifier word ("number", "ID"), or a bracket, comma
 * or "is" and no phone shape, or eight or more digits unbroken (longer than any count written without
 * thousands separators, and than any phone number without its spaces), or eight or more digits in groups
 * that no region writes its phone numbers in ("PHN 9123 456 782": valid US digits, but 4-3-3).
 */
function digitsLabelled(value: string, before: string): boolean {
  if (/[A-Z]/.test(value) || ID_WORD_BEFORE.test(before) || NUMBER_OF_BEFORE.test(before)) return true;
  const notPhone = (): boolean => !SUPPORTED_REGIONS.some((region) => classifyPhone(value, region)?.valid === true);
  if (/^\d{8,}$/.test(value)) return notPhone();
  if (/^\d+(?:[ \u00a0-]\d+)+$/.test(value) && value.replace(/\D/g, '').length >= 8) {
    return !SUPPORTED_REGIONS.some((region) => writtenAsPhone(value, region));
  }
  // (A colon or hash after the label labels an unbroken run of digits, as "is" does: "driver's licence:
  // 4829173"; so does the label right before seven or more digits. A grouped value, "Medicaid: 13 22 13",
  // may be a helpline, and libphonenumber decides it above.)
  if (!/(?:[(,]|\b(?:is|was))\s*$/.test(before) && !/^\d{7,}$/.test(value) && !(/[:#]\s*$/.test(before) && /^\d+$/.test(value))) return false;
  return notPhone();
}

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

/**
 * A reference/order/application word labels the number; an identifier's own name ("tax file number") does
 * not count, nor does a reference word before the identifier's own label ("we found your file under PHN
 * 9123 …": the label nearer the value names it).
 */
function isVetoed(text: string, offset: number, endOffset: number, label?: RegExp): boolean {
  let from = Math.max(0, offset - 80);
  if (label) {
    const head = text.slice(from, offset);
    const global = new RegExp(label.source, label.flags.includes('g') ? label.flags : `${label.flags}g`);
    let last = -1;
    for (const m of head.matchAll(global)) last = m.index;
    // Only a label in the last few words (the value's own) moves the window.
    if (last !== -1 && head.length - last <= 40) from += last;
  }
  const masked = blankLabels(text.slice(from, offset)) + text.slice(offset, endOffset + 20);
  return isReferenceContext(masked, offset - from, endOffset - from) || isBusinessContext(text, offset, endOffset);
}

const IDENTIFIERS = documentMemo<Map<string, FoundIdentifier[]>>('identifiers');

/** National identifiers of people in the document's body, validated and labelled (see the specs above). */
export function findNationalIds(doc: Document, locale: string, jurisdiction: Jurisdiction = LOCALE_JURISDICTION[locale as Locale] ?? 'uk'): FoundIdentifier[] {
  return cached(doc, `id:${locale}:${jurisdiction}`, () => detectNationalIds(doc, locale, jurisdiction));
}

/** Payment cards, IBANs and labelled bank account numbers in the document's body, validated. */
export function findFinancialIds(doc: Document): FoundIdentifier[] {
  return cached(doc, 'fin', () => detectFinancial(doc));
}

/** Ranges claimed by a validated identifier, which weaker recognisers (phone numbers) must leave alone. */
export function claimedRanges(doc: Document, locale: string, jurisdiction?: Jurisdiction): FoundIdentifier[] {
  return [...findNationalIds(doc, locale, jurisdiction), ...findFinancialIds(doc)];
}

function cached(doc: Document, key: string, make: () => FoundIdentifier[]): FoundIdentifier[] {
  const m = doc.memo(IDENTIFIERS, () => new Map());
  let v = m.get(key);
  if (!v) m.set(key, (v = make()));
  return v;
}

const ABBREVIATED_LABEL = /\b(?:no|nos|num)\.$/i;

// A recogniser's label right before the value, in any case mode the label allows, then "number", a
// colon, a bracket or "is": "Medicare number 2953 41876 1", "(NHI: ZAD1472)", "NAS 046 454 286".
const adjacentLabels = new Map<string, RegExp>();
// The label's tail ("number", "no.", a colon, a bracket, "is"), in any case, stripped word by word before the
// label is read (a loop of anchored single steps, not one pattern with overlapping spaces: linear).
function stripTail(before: string): string {
  let s = before.trimEnd().replace(/(?:[:#(,]|\b(?:is|was))$/i, '').trimEnd();
  for (let i = 0; i < 2; i++) s = s.replace(/(?:\b(?:card|ID|number|no\.?|num)|#)$/i, '').replace(/,$/, '').trimEnd();
  return s;
}
function labelRightBefore(spec: { id: string; context: RegExp }, before: string): boolean {
  let re = adjacentLabels.get(spec.id);
  if (!re) adjacentLabels.set(spec.id, (re = new RegExp(`(?:${spec.context.source})\\s*$`, spec.context.flags.replace(/[gy]/g, ''))));
  const head = stripTail(before);
  return re.test(head) || re.test(before) || (otherLanguageLabels(spec.id)?.testAtEnd(before) ?? false);
}

/**
 * A value that fails the check digit is still someone's identifier when its own label sits right before
 * it, in a jurisdiction where that identifier is at home, and it is not filler digits or an example.
 */
function labelledDespiteCheck(spec: { id: string; context: RegExp; adjacentOnly?: boolean; noCheckDigit?: true }, home: boolean, value: string, before: string, wider: string): boolean {
  if (!home || spec.adjacentOnly || spec.noCheckDigit) return false;
  if (isTrivialDigits(value.replace(/\D/g, ''))) return false;
  return labelRightBefore(spec, before) && !EXAMPLE_BEFORE.test(wider);
}

function detectNationalIds(doc: Document, locale: string, jurisdiction: Jurisdiction): FoundIdentifier[] {
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
  // Labelled values that fail their check digit: kept only where no validated identifier claims the digits.
  const weak: FoundIdentifier[] = [];
  for (const { recogniser: spec, home } of recognisersFor(jurisdiction)) {
    if ((spec.gate && !hasAnyOf(words, spec.gate)) || (spec.homeOnly && !home)) continue;
    if (spec.notIn?.test(body)) continue;
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
      if (!spec.validate(value)) {
        const before = prose.slice(Math.max(bodyOffset, offset - 60), offset);
        if (!labelledDespiteCheck(spec, home, value, before, prose.slice(Math.max(bodyOffset, offset - 80), offset))) continue;
        if (isVetoed(prose, offset, endOffset, spec.context)) continue;
        weak.push({ offset, endOffset, name: spec.name, kind: 'national-id', checkFailed: true });
        continue;
      }
      if (!spec.labelDecides && isVetoed(prose, offset, endOffset, spec.context)) continue;
      let labelled: boolean;
      if (spec.adjacentOnly) {
        const before = prose.slice(Math.max(0, offset - 40), offset);
        labelled = (spec.context.test(before) || (otherLanguageLabels(spec.id)?.testAtEnd(before) ?? false)) && (spec.labelledBefore ?? digitsLabelled)(value, before) && !EXAMPLE_BEFORE.test(prose.slice(Math.max(bodyOffset, offset - 80), offset));
      } else {
        const start = sentenceStart(offset);
        // The sentence up to the value, the previous sentence in the same block ("… your Social Security
        // number. A caller asked for 536-22-1940"), and a few words after ("462 625 0890 (NHS number)").
        // Another country's identifier needs its label in the sentence itself.
        const block = doc.blocks.find((b) => offset >= b.offset && offset < b.endOffset);
        let prev = spec.sentenceOnly ? undefined : sentences.filter((s) => s.endOffset <= start && (!block || s.offset >= block.offset)).pop();
        // (A "sentence" that ends in "no." is the label's abbreviation, not a sentence: "tax file no. 628 …".)
        if (prev && !home && !ABBREVIATED_LABEL.test(prose.slice(prev.offset, prev.endOffset).trimEnd())) prev = undefined;
        const window = prose.slice(prev ? prev.offset : start, offset) + ' ' + prose.slice(endOffset, endOffset + 30).split(/[.!?\n]/)[0];
        // Labels in the other languages of the jurisdictions ("rhif Yswiriant Gwladol", "uimhir PSP").
        labelled = spec.context.test(window) || (otherLanguageLabels(spec.id)?.test(window) ?? false);
      }
      if (!labelled && !spec.standalone?.(value, locale)) continue;
      out.push({ offset, endOffset, name: spec.name, kind: 'national-id' });
    }
  }
  for (const w of weak) if (!out.some((f) => f.offset < w.endOffset && w.offset < f.endOffset)) out.push(w);
  return out.sort((a, b) => a.offset - b.offset);
}

// 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4, or an unbroken 12–19 digit run.
const CARD = lazyRegExp(`${D}(?:\\d{4}(?:[ \\u00a0-]\\d{4}){2,3}(?:[ \\u00a0-]\\d{1,3})?|\\d{4}[ \\u00a0-]\\d{6}[ \\u00a0-]\\d{4,5}|\\d{12,19})${E}`, 'gu');
// An IBAN's start: country code, check digits, then up to 30 characters split by single spaces or hyphens
// (each step a separator and a character, disjoint: linear). The registry length of the country decides
// where it ends (see ibanAt), so a following word ("… 8901 X in a sentence") is never swallowed.
const IBAN = lazyRegExp(`${D}[A-Z]{2}\\d{2}(?:[ \\u00a0-]?[A-Z0-9]){8,30}`, 'gu');
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

/**
 * The length of the IBAN at the start of `run`: exactly as many characters as the registry gives its
 * country, then no letter or digit joined on, and no further digit group (an IBAN with extra digits
 * is not one); undefined when that prefix is not a valid IBAN.
 */
function ibanAt(run: string, next: string): number | undefined {
  const length = IBAN_LENGTHS[run.slice(0, 2)];
  if (!length) return undefined;
  let count = 0;
  let i = 0;
  for (; i < run.length && count < length; i++) if (/[A-Z0-9]/.test(run[i]!)) count++;
  if (count < length) return undefined;
  const after = (run.slice(i) + next).slice(0, 2);
  if (/^[\p{L}\p{N}]/u.test(after) || /^[ \u00a0-]\d/.test(after)) return undefined;
  return isIban(run.slice(0, i)) ? i : undefined;
}

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
  if (IBAN_HINT.test(body)) {
    const re = IBAN();
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const end = ibanAt(m[0], body.slice(m.index + m[0].length, m.index + m[0].length + 2));
      if (end === undefined) {
        re.lastIndex = m.index + 4;
        continue;
      }
      add(bodyOffset + m.index, bodyOffset + m.index + end, 'An IBAN (bank account number)');
      re.lastIndex = m.index + end;
    }
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
