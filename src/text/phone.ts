// Phone numbers: candidates found by one bounded pattern (so spans are exact and lists like
// "0300 123 4567, 0800 555 111" split cleanly), then parsed and typed by libphonenumber-js with the
// `max` metadata for the region of the configured locale. Numbers the library rejects (fictional
// ranges such as 07700 900xxx, 01632 960xxx, 555-01xx) are still typed by their prefix, so a caller
// can flag a real-looking number next to "call"/"text" words.
import { parsePhoneNumberFromString, type CountryCode, type NumberType } from 'libphonenumber-js/max';
import type { Locale } from '../types.js';

export type PhoneKind = 'mobile' | 'geographic' | 'service' | 'other';

export interface PhoneCandidate {
  offset: number;
  endOffset: number;
  text: string;
  /** Digits only (a leading + kept). */
  digits: string;
  /** libphonenumber validates it for `region` (or for its own country when written internationally). */
  valid: boolean;
  kind: PhoneKind;
  /** E.164 form when it parses. */
  e164?: string;
  /** The number was written in international form (+44 …). */
  international: boolean;
}

export const SUPPORTED_REGIONS: readonly CountryCode[] = ['GB', 'AU', 'US', 'CA', 'NZ', 'IE'];

const LOCALE_REGION: Readonly<Record<Locale, CountryCode>> = {
  'en-GB': 'GB',
  'en-AU': 'AU',
  'en-US': 'US',
  'en-CA': 'CA',
  'en-NZ': 'NZ',
  'en-IE': 'IE',
};

/** The default phone region of a locale (en-GB -> GB). */
export function regionForLocale(locale: string): CountryCode {
  return LOCALE_REGION[locale as Locale] ?? 'GB';
}

// A phone-shaped run: optional +CC (and a UK-style "(0)"), optional bracketed area code, then digit
// groups joined by single spaces, dots or hyphens. Every repetition is bounded and separators are
// mandatory between groups, so matching is linear. Not part of a longer token, a price or a decimal.
const CANDIDATE =
  /(?<![\p{L}\p{N}+£$€¥#@/:.,_-])(?:\+\d{1,3}[ .-]?(?:\(0\)[ .-]?)?)?(?:\(\d{2,5}\)[ .-]?)?\d{1,11}(?:[ .-]\d{1,8}){0,5}(?![\p{L}\p{N}%°]|[.,:/]\d|-\d)/gu;

const SERVICE_TYPES: ReadonlySet<NumberType> = new Set<NumberType>(['TOLL_FREE', 'SHARED_COST', 'PREMIUM_RATE', 'UAN', 'VOICEMAIL']);
const MOBILE_TYPES: ReadonlySet<NumberType> = new Set<NumberType>(['MOBILE', 'PAGER', 'PERSONAL_NUMBER']);
const GEO_TYPES: ReadonlySet<NumberType> = new Set<NumberType>(['FIXED_LINE', 'FIXED_LINE_OR_MOBILE', 'VOIP']);

// Prefix typing for numbers the library rejects, by region, on the national number with its trunk 0.
const PREFIX_KIND: Readonly<Record<string, ReadonlyArray<[RegExp, PhoneKind]>>> = {
  GB: [[/^07\d{9}$/, 'mobile'], [/^0[12]\d{8,9}$/, 'geographic'], [/^0(?:3|5|8|9)\d{8,9}$/, 'service']],
  AU: [[/^0[45]\d{8}$/, 'mobile'], [/^0[2378]\d{8}$/, 'geographic'], [/^1(?:[389]00\d{6}|3\d{4})$/, 'service']],
  US: [[/^1?8(?:00|33|44|55|66|77|88)\d{7}$/, 'service'], [/^1?(?:900|976)\d{7}$/, 'service'], [/^1?[2-9]\d{9}$/, 'geographic'], [/^[2-9]\d{6}$/, 'geographic']],
  CA: [[/^1?8(?:00|33|44|55|66|77|88)\d{7}$/, 'service'], [/^1?(?:900|976)\d{7}$/, 'service'], [/^1?[2-9]\d{9}$/, 'geographic'], [/^[2-9]\d{6}$/, 'geographic']],
  NZ: [[/^02\d{7,9}$/, 'mobile'], [/^0[3-79]\d{7}$/, 'geographic'], [/^0(?:800|508|900)\d{5,7}$/, 'service']],
  IE: [[/^08[3-9]\d{7}$/, 'mobile'], [/^0[1-9]\d{6,8}$/, 'geographic'], [/^1(?:800|850|890)\d{6}$/, 'service'], [/^0818\d{6}$/, 'service']],
};

// Dates, times, year ranges and similar digit runs that are never phone numbers.
const NOT_PHONE = [
  /^\d{1,2}[ .-]\d{1,2}[ .-](?:\d{2}|\d{4})$/, // 12-03-2024, 12.03.24
  /^(?:19|20)\d{2}[ .-]\d{1,2}[ .-]\d{1,2}$/, // 2024-03-12
  /^(?:19|20)\d{2}[ .-](?:19|20)?\d{2}$/, // 2024-25, 2019-2024
  /^\d{1,2}[ .]\d{2}[ .-]\d{1,2}[ .]\d{2}$/, // 9.30-4.30
];

const CALLING_CODE_REGION: Readonly<Record<string, CountryCode>> = { '44': 'GB', '61': 'AU', '1': 'US', '64': 'NZ', '353': 'IE' };

/** Written the way a national number of `region` is written: with the trunk 0 (or 1 for AU/IE service numbers; no 0 in North America). */
function nationalForm(digits: string, region: CountryCode): boolean {
  if (region === 'US' || region === 'CA') return /^(?:1?[2-9])/.test(digits);
  if (region === 'AU' || region === 'IE') return /^[01]/.test(digits);
  return digits.startsWith('0');
}

function kindOfType(type: NumberType | undefined): PhoneKind | undefined {
  if (!type) return undefined;
  if (SERVICE_TYPES.has(type)) return 'service';
  if (MOBILE_TYPES.has(type)) return 'mobile';
  if (GEO_TYPES.has(type)) return 'geographic';
  return 'other';
}

function kindByPrefix(national: string, region: CountryCode): PhoneKind | undefined {
  for (const [re, kind] of PREFIX_KIND[region] ?? []) if (re.test(national)) return kind;
  return undefined;
}

type PhoneInfo = Omit<PhoneCandidate, 'offset' | 'endOffset' | 'text'>;

// Parsing is the costly step and the same numbers recur from draft to draft (a service line, a helpline):
// results are memoised per region and string, in a bounded map (cleared when full).
const CLASSIFIED = new Map<string, PhoneInfo | undefined>();
const CLASSIFIED_MAX = 2000;

/** Classifies one phone-shaped string for a region. */
export function classifyPhone(raw: string, region: CountryCode): PhoneInfo | undefined {
  const key = `${region} ${raw}`;
  let info: PhoneInfo | undefined;
  if (CLASSIFIED.has(key)) info = CLASSIFIED.get(key);
  else {
    if (CLASSIFIED.size >= CLASSIFIED_MAX) CLASSIFIED.clear();
    CLASSIFIED.set(key, (info = classifyUncached(raw, region)));
  }
  // A copy: callers may keep or change what they get.
  return info && { ...info };
}

function classifyUncached(raw: string, region: CountryCode): PhoneInfo | undefined {
  const international = raw.trimStart().startsWith('+');
  const digits = (international ? '+' : '') + raw.replace(/\D/g, '');
  const n = digits.replace('+', '').length;
  if (n < 7 || n > 15) return undefined;
  if (NOT_PHONE.some((re) => re.test(raw.trim()))) return undefined;
  // "+44 (0)20 …": drop the bracketed trunk zero before parsing.
  const cleaned = raw.replace(/\(0\)/, '');
  const parsed = parsePhoneNumberFromString(cleaned, region);
  if (parsed?.isValid() && (international || nationalForm(digits, region))) {
    return { digits, valid: true, kind: kindOfType(parsed.getType()) ?? 'other', e164: parsed.number, international };
  }
  // Invalid for the region: typed by prefix on the national form (international numbers: of their country).
  let national = digits;
  let prefixRegion: CountryCode | undefined = region;
  if (international) {
    prefixRegion = parsed?.country ?? (parsed ? CALLING_CODE_REGION[parsed.countryCallingCode] : undefined);
    national = parsed ? (parsed.countryCallingCode === '1' ? parsed.nationalNumber : `0${parsed.nationalNumber}`) : digits;
  }
  // Valid in another supported region ("1800 333 000" or "0412 345 678" in a UK post): typed as there,
  // still marked invalid so callers require a labelling word.
  if (!international) {
    for (const other of SUPPORTED_REGIONS) {
      if (other === region) continue;
      const p = parsePhoneNumberFromString(cleaned, other);
      if (p?.isValid() && nationalForm(digits, other)) return { digits, valid: false, kind: kindOfType(p.getType()) ?? 'other', e164: p.number, international };
    }
  }
  let kind = prefixRegion ? kindByPrefix(national, prefixRegion) : undefined;
  if (!kind && !international) for (const other of SUPPORTED_REGIONS) kind ??= kindByPrefix(national, other);
  kind ??= 'other';
  return { digits, valid: false, kind, ...(parsed ? { e164: parsed.number } : {}), international };
}

/** Phone-shaped candidates in `text` between `from` and `to`, classified for `region`. */
export function findPhoneCandidates(text: string, region: CountryCode, from = 0, to = text.length): PhoneCandidate[] {
  const out: PhoneCandidate[] = [];
  const slice = text.slice(from, to);
  // Cheap prefilter: seven digits in the slice at all.
  if (!/(?:\d\D{0,3}){7}/.test(slice)) return out;
  CANDIDATE.lastIndex = 0;
  for (const m of slice.matchAll(CANDIDATE)) {
    let raw = m[0];
    // A trailing separator is not part of the number.
    raw = raw.replace(/(?<![ .-])[ .-]+$/, '');
    const info = classifyPhone(raw, region);
    if (!info) continue;
    out.push({ offset: from + m.index, endOffset: from + m.index + raw.length, text: raw, ...info });
  }
  return out;
}

/** True when two written phone numbers are the same number (digits compared after parsing for `region`). */
export function samePhone(a: string, b: string, region: CountryCode): boolean {
  const pa = parsePhoneNumberFromString(a.replace(/\(0\)/, ''), region);
  const pb = parsePhoneNumberFromString(b.replace(/\(0\)/, ''), region);
  if (pa && pb && pa.number === pb.number) return true;
  const da = a.replace(/\D/g, '');
  const db = b.replace(/\D/g, '');
  return da.length >= 6 && da === db;
}
