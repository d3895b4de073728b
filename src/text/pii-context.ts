// Context around a candidate piece of personal data: the words before and after it, whether a labelling
// word ("NHS number", "call", "DOB") or a vetoing word ("order", "reference", "planning application")
// sits next to it, and the redaction suggestion every personal-data finding carries.
// Context words are matched as whole words (Presidio's substring matching fires "lic" in "public").
import type { Suggestion } from '../types.js';
import type { RuleContext } from '../engine/rule.js';
import { sentenceAt } from './sentence-at.js';

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
  const words = wordsBefore(text, offset, before);
  // A reference word that names a person's role ("our project lead, Tama, on …", "case officer") labels the person, not the number.
  return words.some((w, i) => REFERENCE_SET.has(w) && !ROLE_AFTER_REFERENCE.has(words[i + 1] ?? '')) || /^\s*\((?:ref|reference|order)\b/i.test(text.slice(endOffset, endOffset + 20));
}
const ROLE_AFTER_REFERENCE: ReadonlySet<string> = new Set(['lead', 'leader', 'manager', 'managers', 'officer', 'officers', 'coordinator', 'co-ordinator', 'supervisor', 'engineer', 'planner', 'worker', 'director', 'administrator', 'handler', 'owner']);

/** Which contact channel a value is, when it is one: the suggestion then points readers to the organisation's. */
export type ContactKind = 'phone' | 'email';

// Verbs that introduce a contact ("call Dave on", "email Jo at"): the suggestion rewrites from the verb.
const CONTACT_VERBS = new Set(['call', 'ring', 'phone', 'telephone', 'text', 'txt', 'contact', 'email', 'e-mail', 'message', 'whatsapp', 'reach', 'dial']);
const PREPOSITIONS = new Set(['on', 'at', 'via', 'to']);
const LEAD_IN_WORDS = 6;
const LEAD_IN_CHARS = 80;

/**
 * The suggestion every personal-data finding carries. Its fix yields text that reads: a contact ("Call Dave on
 * 07911 123456") becomes the organisation's (`organisation.publicContacts` of the same kind: "Call us on 0300 123
 * 4567"; without one, "contact us through our website"); any other value takes its sentence with it, since a
 * sentence with a hole ("born on [redacted]") reads as neither. Without `ctx`, advice with no fix.
 */
export function redaction(offset: number, endOffset: number, what = 'the personal data', ctx?: Pick<RuleContext, 'doc' | 'settings'>, contact?: ContactKind): Suggestion[] {
  if (!ctx) return [{ message: `Remove ${what} before publishing.` }];
  const { prose } = ctx.doc;
  const sentence = sentenceAt(ctx.doc, offset) ?? { offset, endOffset };
  const start = Math.min(sentence.offset, offset);
  const end = Math.max(sentence.endOffset, endOffset);
  if (!contact) return [{ message: `Remove the sentence that gives ${what}.`, fix: { offset: start, endOffset: spaceAfter(prose, end), text: '' } }];
  const org = ctx.settings.organisation;
  const own = org.publicContacts.find((c) => (contact === 'email') === c.includes('@'));
  const lead = leadIn(prose, Math.max(start, offset - LEAD_IN_CHARS), offset);
  const channel = contact === 'phone' ? 'number' : 'email address';
  if (own) {
    // "Call Dave on 07911 123456" -> "Call us on 0300 123 4567"; a bare value -> the organisation's own.
    const text = lead ? `${lead.verb} us ${lead.preposition ?? (contact === 'phone' ? 'on' : 'at')} ${own}` : own;
    return [{ message: `Give the organisation’s public ${channel} instead of ${what}.`, fix: { offset: lead ? lead.offset : offset, endOffset, text } }];
  }
  // "… on 07911 123456 or jo@gmail.com": the second of a list of contacts goes with its joint.
  const joint = lead ? undefined : listJoint(prose, Math.max(start, offset - 8), offset);
  if (joint !== undefined) return [{ message: `Remove ${what}.`, fix: { offset: joint, endOffset, text: '' } }];
  const site = org.domains[0]?.replace(/^@/, '');
  const where = `${org.name ?? 'us'} through ${site ?? (org.name ? 'its website' : 'our website')}`;
  if (lead) {
    const verb = /^[A-Z]/.test(lead.verb) ? 'Contact' : 'contact';
    return [{ message: `Point readers to the organisation instead of ${what}.`, fix: { offset: lead.offset, endOffset, text: `${verb} ${where}` } }];
  }
  // No verb to rewrite ("Jane: 07911 123456"): the sentence becomes one that says how to get in touch.
  return [{ message: `Replace the sentence with one that points readers to the organisation instead of ${what}.`, fix: { offset: start, endOffset: end, text: `Contact ${where}.` } }];
}

/** The contact verb a few words before `offset` and the preposition before the value, when nothing else (a number, a list) lies between. */
function leadIn(prose: string, from: number, offset: number): { offset: number; verb: string; preposition?: string } | undefined {
  const slice = prose.slice(from, offset);
  const words = [...slice.matchAll(/[\p{L}][\p{L}'’-]*/gu)];
  for (let i = words.length - 1; i >= 0 && i >= words.length - LEAD_IN_WORDS; i--) {
    const m = words[i]!;
    if (!CONTACT_VERBS.has(m[0].toLowerCase())) continue;
    const tail = slice.slice(m.index + m[0].length);
    // Another value, a clause break or a list between the verb and this value: not this value's verb.
    if (/[\d@,;:()/]|\b(?:or|and)\b/i.test(tail)) return undefined;
    const last = tail.trimEnd().split(/\s/).pop()?.toLowerCase();
    return { offset: from + m.index, verb: m[0], ...(last && PREPOSITIONS.has(last) ? { preposition: last } : {}) };
  }
  return undefined;
}

/** Where the joint before a list's later item starts (", " or " or " / " and "), or undefined. */
function listJoint(prose: string, from: number, offset: number): number | undefined {
  let j = offset;
  while (j > from && /\s/.test(prose[j - 1]!)) j--;
  const word = prose.slice(Math.max(from, j - 4), j).toLowerCase();
  if (prose[j - 1] === ',') j--;
  else if (j < offset && (word.endsWith(' or') || word.endsWith(' and'))) j -= word.endsWith(' or') ? 2 : 3;
  else return undefined;
  while (j > from && /\s/.test(prose[j - 1]!)) j--;
  return j;
}

/** `end` moved past the spaces after it, so that removing a sentence leaves one space, not two. */
function spaceAfter(prose: string, end: number): number {
  let e = end;
  while (e < prose.length && (prose[e] === ' ' || prose[e] === '\t')) e++;
  return e;
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
