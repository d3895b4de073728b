// Context around a candidate piece of personal data: the words before and after it, whether a labelling
// word ("NHS number", "call", "DOB") or a vetoing word ("order", "reference", "planning application")
// sits next to it, and the redaction suggestion every personal-data finding carries.
// Context words are matched as whole words (Presidio's substring matching fires "lic" in "public").
import type { Suggestion } from '../types.js';

/** Words that make a number a reference of some process, never a person's identifier. */
export const REFERENCE_WORDS = [
  'order', 'orders', 'reference', 'ref', 'refs', 'application', 'applications', 'app', 'permit', 'permits', 'invoice', 'invoices',
  'case', 'cases', 'ticket', 'tickets', 'booking', 'bookings', 'planning', 'claim', 'claims', 'crime', 'incident', 'log',
  'job', 'tracking', 'parcel', 'consignment', 'serial', 'isbn', 'issn', 'item', 'items', 'complaint', 'enquiry', 'inquiry',
  'request', 'foi', 'reservation', 'receipt', 'transaction', 'contract', 'tender', 'grant', 'policy',
  'project', 'scheme', 'report', 'version', 'model', 'part', 'product', 'sku', 'batch', 'lot', 'route', 'service', 'flight',
  'journey', 'confirmation', 'abn', 'acn', 'company', 'companies', 'charity', 'registered', 'registration', 'vat', 'gst',
  'ein', 'ukprn', 'urn', 'cqc', 'ofsted', 'ods', 'uprn', 'usrn', 'lease', 'contract', 'docket', 'file', 'folio', 'lot',
] as const;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;

/** Lower-case words (as written with `keepCase`) in the `chars` characters before `offset`, stopping at a sentence or line break. */
export function wordsBefore(text: string, offset: number, count: number, chars = 80, keepCase = false): string[] {
  let slice = text.slice(Math.max(0, offset - chars), offset);
  const stop = Math.max(slice.lastIndexOf('\n'), lastSentenceEnd(slice));
  if (stop !== -1) slice = slice.slice(stop + 1);
  const words = slice.match(WORD) ?? [];
  return keepCase ? words.slice(-count) : words.slice(-count).map((w) => w.toLowerCase());
}

/** Lower-case words in the `chars` characters after `endOffset`, stopping at a sentence or line break. */
export function wordsAfter(text: string, endOffset: number, count: number, chars = 80): string[] {
  let slice = text.slice(endOffset, endOffset + chars);
  const nl = slice.indexOf('\n');
  if (nl !== -1) slice = slice.slice(0, nl);
  const m = /[.!?](?:\s|$)/.exec(slice);
  if (m) slice = slice.slice(0, m.index);
  const words = slice.match(WORD) ?? [];
  return words.slice(0, count).map((w) => w.toLowerCase());
}

function lastSentenceEnd(slice: string): number {
  let last = -1;
  const re = /[.!?](?=\s)/g;
  for (const m of slice.matchAll(re)) {
    // "Mr." "Dr." "No." are not sentence ends.
    const before = slice.slice(Math.max(0, m.index - 3), m.index);
    if (/(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|No|Nos|Tel|Mob|Ref|Cllr|Cr|Prof|approx)$/i.test(before)) continue;
    last = m.index;
  }
  return last;
}

/** True when any of `words` (lower-case) is in `set`. */
export function anyIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  return words.some((w) => set.has(w));
}

export const REFERENCE_SET: ReadonlySet<string> = new Set(REFERENCE_WORDS);

/** True when a reference/order/application word labels the number (a few words before, or just after). */
export function isReferenceContext(text: string, offset: number, endOffset: number, before = 4): boolean {
  return anyIn(wordsBefore(text, offset, before), REFERENCE_SET) || /^\s*\((?:ref|reference|order)\b/i.test(text.slice(endOffset, endOffset + 20));
}

/** The suggestion every personal-data finding carries: replace the value with "[redacted]". */
export function redaction(offset: number, endOffset: number, what = 'the personal data'): Suggestion[] {
  return [{ message: `Remove ${what} or replace it with [redacted].`, fix: { offset, endOffset, text: '[redacted]' } }];
}

/** True when [offset, endOffset) overlaps one of `ranges`. */
export function overlaps(ranges: ReadonlyArray<{ offset: number; endOffset: number }>, offset: number, endOffset: number): boolean {
  return ranges.some((r) => r.offset < endOffset && offset < r.endOffset);
}

/** The severity one tier below the configured one, for the weaker findings of a rule (staff emails). */
export function lowerTier(severity: 'info' | 'warning' | 'error'): 'info' | 'warning' | 'error' {
  return severity === 'error' ? 'warning' : 'info';
}

/** True when `domain` is one of the organisation's domains or a subdomain of one. */
export function isOwnDomain(domain: string, domains: readonly string[]): boolean {
  const d = domain.toLowerCase().replace(/\.$/, '');
  return domains.some((own) => {
    const o = own.toLowerCase().replace(/^@/, '').replace(/\.$/, '');
    return d === o || d.endsWith(`.${o}`);
  });
}
