// Phone numbers: candidates found by one bounded pattern (so spans are exact and lists like
// "0300 123 4567, 0800 555 111" split cleanly), then parsed and typed by libphonenumber-js with the
// `max` metadata for the region of the configured locale. Numbers the library rejects (fictional
// ranges such as 07700 900xxx, 01632 960xxx, 555-01xx) are still typed by their prefix, so a caller
// can flag a real-looking number next to "call"/"text" words.
import { getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode, type NumberType } from 'libphonenumber-js/max';
import { DEMONYMS } from '../recognizers/data/demonyms.js';
import { numberType, possibleNationalLength } from './phone-types.js';
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
  'cy-GB': 'GB',
  'fr-CA': 'CA',
  'mi-NZ': 'NZ',
  'ga-IE': 'IE',
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
  // Other countries (reached through a country label: "my Chinese number 13812345678") have their own
  // national prefixes; libphonenumber's validity for that country decides.
  if (!(SUPPORTED_REGIONS as readonly string[]).includes(region)) return true;
  return digits.startsWith('0');
}

let countryNames: Map<string, CountryCode> | undefined;
let codeSet: ReadonlySet<string> | undefined;
const countryCodes = (): ReadonlySet<string> => (codeSet ??= new Set<string>(getCountries()));
/** Lower-case English country names (Intl.DisplayNames), adjectives of nationality, to ISO codes. */
function countryNameMap(): Map<string, CountryCode> {
  if (countryNames) return countryNames;
  const m = new Map<string, CountryCode>();
  const codes = new Set<string>(getCountries());
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    names = undefined; // a runtime without region names: the adjectives and codes still work
  }
  for (const code of codes) {
    const name = names?.of(code);
    if (name && name !== code) m.set(name.toLowerCase(), code as CountryCode);
  }
  for (const [word, code] of Object.entries(DEMONYMS)) if (codes.has(code)) m.set(word, code as CountryCode);
  m.set('uk', 'GB');
  m.set('usa', 'US');
  return (countryNames = m);
}

/**
 * The country a phone number is labelled with in the few words before it: a country name ("Brazil:"),
 * an adjective of nationality ("my Japanese number"), or an ISO code in capitals ("CN", "BR:", "US").
 */
export function countryLabelBefore(text: string, offset: number): CountryCode | undefined {
  let slice = text.slice(Math.max(0, offset - 40), offset);
  const stop = Math.max(slice.lastIndexOf('\n'), slice.search(/[.!?]\s[^.!?]*$/));
  if (stop > 0) slice = slice.slice(stop + 1);
  const words = slice.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const names = countryNameMap();
  const codes = countryCodes();
  for (let i = words.length - 1; i >= Math.max(0, words.length - 4); i--) {
    const w = words[i]!;
    if (/^[A-Z]{2}$/.test(w) && codes.has(w)) return w as CountryCode;
    const two = i > 0 ? `${words[i - 1]!} ${w}`.toLowerCase() : undefined;
    const hit = (two && names.get(two)) ?? names.get(w.toLowerCase());
    // Capitalised only: "china", "turkey" and "jersey" are words too.
    if (hit && /^\p{Lu}/u.test(w)) return hit;
  }
  return undefined;
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

/** The number's type, through the compiled-pattern lookup (./phone-types.ts) when its country is known. */
function typeOf(p: NonNullable<ReturnType<typeof parsePhoneNumberFromString>>): NumberType | undefined {
  return p.country ? numberType(p.nationalNumber, p.country) : p.getType();
}

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

const REGION_CALLING_CODE: Readonly<Record<string, string>> = { GB: '44', AU: '61', US: '1', CA: '1', NZ: '64', IE: '353' };

/**
 * Cheap validation before libphonenumber's parse, which costs ~0.3 ms a number (it compiles metadata
 * patterns on every call): for the six regions, whose national prefix is a plain 0 (or 1 in North
 * America), the national significant number is the digits without it, and a number valid by the
 * region's compiled patterns (./phone-types.ts) is what the parse would find valid too. Anything else
 * (another region's number, an invalid one, a Jersey mobile under +44) takes the full path.
 */
function fastValid(digits: string, region: CountryCode, international: boolean): PhoneInfo | undefined {
  const cc = REGION_CALLING_CODE[region];
  if (!cc) return undefined;
  let nsn: string;
  if (international) {
    if (!digits.startsWith(`+${cc}`)) return undefined;
    nsn = digits.slice(cc.length + 1);
  } else {
    if (!nationalForm(digits, region)) return undefined;
    nsn = cc === '1' ? (digits.length === 11 ? digits.slice(1) : digits) : digits.startsWith('0') ? digits.slice(1) : digits;
  }
  // The region first, then the countries sharing its calling code (+44: Jersey, Guernsey, Isle of Man;
  // +1: Canada and the Caribbean), as libphonenumber's getCountryByNationalNumber does.
  for (const country of sharingCallingCode(region)) {
    const type = numberType(nsn, country);
    if (type) return { digits, valid: true, kind: kindOfType(type) ?? 'other', e164: `+${cc}${nsn}`, international };
  }
  return undefined;
}

const SHARING = new Map<CountryCode, readonly CountryCode[]>();
function sharingCallingCode(region: CountryCode): readonly CountryCode[] {
  let list = SHARING.get(region);
  if (!list) {
    const cc = getCountryCallingCode(region);
    list = [region, ...getCountries().filter((c) => c !== region && getCountryCallingCode(c) === cc)];
    SHARING.set(region, list);
  }
  return list;
}

function classifyUncached(raw: string, region: CountryCode): PhoneInfo | undefined {
  const international = raw.trimStart().startsWith('+');
  const digits = (international ? '+' : '') + raw.replace(/\D/g, '');
  const n = digits.replace('+', '').length;
  if (n < 7 || n > 15) return undefined;
  if (NOT_PHONE.some((re) => re.test(raw.trim()))) return undefined;
  // Fast path (no parse): a number of one of the six regions, valid by that region's own patterns.
  const fast = fastValid(digits, region, international);
  if (fast) return fast;
  // "+44 (0)20 …": drop the bracketed trunk zero before parsing. A national number of the six regions
  // that the fast path did not validate is invalid there (it covered the region and every country
  // sharing its calling code): no parse.
  const cleaned = raw.replace(/\(0\)/, '');
  const sixRegion = REGION_CALLING_CODE[region] !== undefined;
  const parsed = !international && sixRegion ? undefined : parsePhoneNumberFromString(cleaned, region);
  if (parsed?.isValid() && (international || nationalForm(digits, region))) {
    return { digits, valid: true, kind: kindOfType(typeOf(parsed)) ?? 'other', e164: parsed.number, international };
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
      // The written form first (cheap): only then the parse.
      if (other === region || !nationalForm(digits, other) || !possibleNationalLength(digits, other)) continue;
      const v = fastValid(digits, other, false);
      if (v) return { ...v, valid: false };
    }
  }
  let kind = prefixRegion ? kindByPrefix(national, prefixRegion) : undefined;
  if (!kind && !international) for (const other of SUPPORTED_REGIONS) kind ??= kindByPrefix(national, other);
  kind ??= 'other';
  return { digits, valid: false, kind, ...(parsed ? { e164: parsed.number } : {}), international };
}

// Country code, check digits and groups of four letters or digits, right before a candidate.
const IBAN_HEAD = /\b[A-Z]{2}\d{2}(?:[ \u00a0-]?[A-Z0-9]{4})+[ \u00a0-]?$/;

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
    // The tail of an IBAN-shaped code ("IE29 AIBK A311 5212 3456 78") is not a phone number.
    if (IBAN_HEAD.test(text.slice(Math.max(0, from + m.index - 40), from + m.index))) continue;
    const info = classifyPhone(raw, region);
    if (!info) continue;
    out.push({ offset: from + m.index, endOffset: from + m.index + raw.length, text: raw, ...info });
  }
  return out;
}

// E.164 forms of written numbers, memoised (a configured public contact is compared with every candidate).
const E164 = new Map<string, string | undefined>();
function e164Of(raw: string, region: CountryCode): string | undefined {
  const key = `${region} ${raw}`;
  if (E164.has(key)) return E164.get(key);
  if (E164.size >= CLASSIFIED_MAX) E164.clear();
  const e = parsePhoneNumberFromString(raw.replace(/\(0\)/, ''), region)?.number;
  E164.set(key, e);
  return e;
}

/** True when two written phone numbers are the same number (digits compared after parsing for `region`). */
export function samePhone(a: string, b: string, region: CountryCode): boolean {
  const ea = e164Of(a, region);
  const eb = e164Of(b, region);
  if (ea && eb && ea === eb) return true;
  const da = a.replace(/\D/g, '');
  const db = b.replace(/\D/g, '');
  return da.length >= 6 && da === db;
}
