// The shape masker: the last line of defence for every string commslint writes out (messages, excerpts,
// suggestion messages, fix texts in reports, diffs, error messages). It does not depend on any rule
// having found the value: it masks text by its shape alone — credential-shaped tokens, digit runs that
// look like identifiers, phone, card or account numbers, e-mail addresses (also obfuscated: `x [at] y
// [dot] com`), national insurance numbers, street addresses and postcodes, and the value after a label
// such as `password:` or `sort code`. It reads styled text (mathematical bold digits, fullwidth letters,
// overlays, zero-width characters) through a folded copy, so styling cannot hide a value. Dates, times,
// prices, years, short numbers and ordinary words stay readable. Every pattern is linear (bounded
// quantifiers over disjoint classes).
import { mask } from './mask.js';
import { detectionChar } from './fancy.js';

// --- data ------------------------------------------------------------------------------------------

/** Token prefixes that mark a credential whatever follows (from gitleaks' rule list: facts, not code). */
const KEY_PREFIXES = [
  'sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'pk_live_', 'whsec_', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_',
  'glpat-', 'glptt-', 'gldt-', 'glrt-', 'glc_', 'xoxa-', 'xoxb-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-', 'xoxe-', 'xapp-',
  'AKIA', 'ASIA', 'ABIA', 'ACCA', 'AIza', 'GOCSPX-', 'hf_', 'pypi-', 'dop_v1_', 'doo_v1_', 'PMAK-', 'sntrys_', 'sntryu_',
  'npm_', 'SG.', 'eyJ', 'sk-', 'shpat_', 'shpca_', 'shppa_', 'shpss_', 'ops_', 'ATATT', 'dapi', 'hvs.', 'hvb.', 'ABSK',
];

/** Labels whose value is a secret or an identifier (`password: X`, `sort code 12-34-56`). */
const SECRET_LABELS = [
  'password', 'passwd', 'pwd', 'passcode', 'pass code', 'passphrase', 'pin', 'pin code', 'pin number', 'secret', 'api key',
  'api_key', 'apikey', 'access key', 'access token', 'token', 'client secret', 'wi-fi password', 'wifi password', 'wi-fi key',
  'wifi key', 'network key', 'door code', 'security code', 'cvv', 'cvc', 'username', 'user name', 'login',
];
const NUMBER_LABELS = [
  'sort code', 'account', 'account number', 'account no', 'acct', 'card number', 'card no', 'iban', 'bsb', 'routing number',
  'ni number', 'ni no', 'nino', 'national insurance number', 'national insurance', 'nhs number', 'nhs no', 'ssn',
  'social security number', 'tfn', 'tax file number', 'medicare number', 'passport number', 'passport no', 'licence number',
  'license number', 'driving licence', 'reference', 'ref', 'case number', 'case no', 'customer number', 'member number',
];
const BIRTH_LABELS = ['date of birth', 'dob', 'd.o.b.', 'd.o.b', 'born on', 'born', 'birthday', 'birth date', 'birthdate'];

/** Street types of the six locales (full and abbreviated) for `12 High Street`, `3 MAIN ST`. */
const STREET_TYPES = [
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'av', 'lane', 'ln', 'drive', 'dr', 'close', 'cl', 'court', 'ct', 'crescent', 'cres',
  'place', 'pl', 'terrace', 'tce', 'gardens', 'gdns', 'grove', 'square', 'sq', 'boulevard', 'blvd', 'parade', 'pde', 'mews',
  'highway', 'hwy', 'circuit', 'cct', 'esplanade', 'quay', 'wharf', 'parkway', 'pkwy', 'cul-de-sac',
];

// --- patterns --------------------------------------------------------------------------------------

const alt = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ _-]?')).join('|');

const EMAIL = /[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}/g;
// `x [at] y [dot] com`, `x (at) y (dot) com`, `x at y dot com`: an "at" between a local part and a domain
// with at least one "dot" (bracketed or spelled) or a bracketed "at".
const AT = String.raw`(?:[ \t]{0,3}[\[({<][ \t]{0,2}(?:at|@)[ \t]{0,2}[\])}>][ \t]{0,3}|[ \t]{1,3}at[ \t]{1,3})`;
const DOT = String.raw`(?:[ \t]{0,3}[\[({<][ \t]{0,2}(?:dot|\.)[ \t]{0,2}[\])}>][ \t]{0,3}|[ \t]{1,3}dot[ \t]{1,3}|\.)`;
const OBFUSCATED_EMAIL = new RegExp(String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}${AT}[A-Za-z0-9-]{1,63}(?:${DOT}[A-Za-z0-9-]{1,63}){1,4}(?![A-Za-z0-9-])`, 'gi');
// Prefixes with a separator (`sk_live_`, `ghp_`, `xoxb-`) are distinctive in any case (an upper-cased
// post keeps them); letter-only ones (`AKIA`, `eyJ`, `dapi`) only as written (`Asian`, `Dapivirine`).
const KEY_PREFIX_ANY_CASE = new RegExp(`(?<![A-Za-z0-9_-])(?:${alt(KEY_PREFIXES.filter((p) => /[_.-]/.test(p)))})[A-Za-z0-9_.+/=-]{8,500}`, 'gi');
const KEY_PREFIX = new RegExp(`(?<![A-Za-z0-9_-])(?:${alt(KEY_PREFIXES.filter((p) => !/[_.-]/.test(p)))})[A-Za-z0-9_.+/=-]{8,500}`, 'g');
// Tokens of letters, digits and the characters keys are made of, 16 or more long.
const TOKEN = /[A-Za-z0-9_+/=~-]{16,2000}/g;
// Digit runs with phone/card/account separators (not `/`, `:` or `,`: dates, times and prices).
const DIGITS = /(?<![0-9])(?:\+|00)?\(?[0-9](?:[ \u00a0.\-()]{0,2}[0-9]){5,40}/g;
const UUID = /(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])/g;
const NINO = /(?<![A-Za-z0-9])[A-Za-z]{2}[ -]?[0-9]{2}[ -]?[0-9]{2}[ -]?[0-9]{2}[ -]?[A-Da-d](?![A-Za-z0-9])/g;
const ADDRESS = new RegExp(String.raw`(?<![A-Za-z0-9])[0-9]{1,5}[A-Za-z]?,?[ \t]{1,3}(?:[A-Za-z'’-]{2,20}[ \t]{1,3}){0,3}(?:${alt(STREET_TYPES)})(?![A-Za-z])`, 'gi');
const POSTCODE = /(?<![A-Za-z0-9])[A-Za-z]{1,2}[0-9][A-Za-z0-9]?[ \t]{0,2}[0-9][A-Za-z]{2}(?![A-Za-z0-9])/g;
// Between a label and its value: a colon, equals or hash, or a space (with "is", "was" or a dash).
const SEP = String.raw`(?:[ \t]{0,3}[:=#][ \t]{0,3}|[ \t]{1,3}(?:(?:is|was|-)[ \t]{1,3})?)`;
const SECRET_LABEL = new RegExp(String.raw`(?<![A-Za-z])(?:${alt(SECRET_LABELS)})(?:\(s\))?(${SEP})(["'“‘]?)([^\s"'”’]{2,200})`, 'gi');
const NUMBER_LABEL = new RegExp(String.raw`(?<![A-Za-z])(?:${alt(NUMBER_LABELS)})(?![A-Za-z])[^0-9\n]{0,24}?([0-9](?:[ \-./]{0,2}[0-9A-Za-z]){3,40})`, 'gi');
const BIRTH_LABEL = new RegExp(
  String.raw`(?<![A-Za-z])(?:${alt(BIRTH_LABELS)})(?![A-Za-z])[ \t:=-]{0,4}(?:(?:on|is|was|in)[ \t]{1,2})?([0-9]{1,4}(?:st|nd|rd|th)?[ \-./,]{1,3}(?:[0-9]{1,2}|[A-Za-z]{3,9})[ \-./,]{1,3}[0-9]{2,4}|[A-Za-z]{3,9}[ \t]{1,2}[0-9]{1,2}(?:st|nd|rd|th)?,?[ \t]{1,2}[0-9]{4})`,
  'gi',
);
/** Cheap gate: nothing to mask without one of these. */
const GATE = /[0-9@]|[^\x00-\x7f]|[A-Za-z0-9_+/=~-]{16}|\b(?:at|pass|pwd|pin|secret|key|token|code|login|user|cv[vc])\b|password|passcode/i;

// --- check -----------------------------------------------------------------------------------------

interface Span {
  start: number;
  end: number;
}

/**
 * A token that looks machine-made: a piece (between `-`, `_`, `/`, `+`, `=`, `~`) of 8 or more letters
 * and digits that interleaves them at least three times (keys, hashes, random UUIDs). Words, slugs with
 * years (`annual-report-2024-25`, `Budget2024Consultation`) and the six random characters of a
 * temporary directory's name do not.
 */
function randomToken(t: string): boolean {
  for (const piece of t.split(/[-_/+=~]+/)) {
    if (piece.length < 8) continue;
    let switches = 0;
    let prev = 0; // 1 letter, 2 digit
    let digits = 0;
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      const k = c >= 48 && c <= 57 ? 2 : 1;
      if (k === 2) digits++;
      if (prev && k !== prev) switches++;
      prev = k;
    }
    if (switches >= 3 && digits >= 2 && piece.length - digits >= 2) return true;
  }
  return false;
}

/** A digit run that is an identifier, not a date, a year range or a short number. */
function identifierDigits(run: string): boolean {
  const digits = run.replace(/[^0-9]/g, '');
  const contiguous = run.split(/[^0-9]+/).reduce((m, g) => Math.max(m, g.length), 0);
  if (digits.length < 7 && contiguous < 6) return false;
  const bare = run.replace(/^[+(]+|(?<![)\s])[)\s]+$/g, '');
  // Dates (2024-05-06, 06.05.2024, 06-05-2024) and year ranges (2023-2024, 2024 - 25) stay readable.
  if (/^[0-9]{4}[-.][0-9]{1,2}[-.][0-9]{1,2}$|^[0-9]{1,2}[-.][0-9]{1,2}[-.][0-9]{2,4}$/.test(bare)) return false;
  if (/^(?:1[89]|20)[0-9]{2}[ ]?[-.][ ]?(?:(?:1[89]|20)[0-9]{2}|[0-9]{2})$/.test(bare)) return false;
  // Decimal numbers with a short fractional part (1234567.50) are amounts.
  if (/^[0-9]{1,9}\.[0-9]{1,2}$/.test(bare)) return false;
  return true;
}

function collect(folded: string): Span[] {
  const spans: Span[] = [];
  const add = (start: number, end: number): void => {
    if (end > start) spans.push({ start, end });
  };
  const scan = (re: RegExp, accept?: (m: RegExpExecArray) => Span | undefined | boolean): void => {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const r = accept ? accept(m) : true;
      if (r === true) add(m.index, m.index + m[0].length);
      else if (r) add(r.start, r.end);
    }
  };
  if (folded.includes('@')) scan(EMAIL, (m) => /\.[A-Za-z]{2,}/.test(m[0].slice(m[0].indexOf('@'))));
  if (/\b(?:at|dot)\b|[\[({<]\s*@/i.test(folded)) {
    scan(OBFUSCATED_EMAIL, (m) => {
      const s = m[0];
      // A plain " at " needs a spelled or bracketed dot ("meet at town.hall" is prose); the last
      // label is a plausible top-level domain.
      const bracketed = /[\[({<]\s*(?:at|@)/i.test(s);
      const spelled = /\bdot\b/i.test(s);
      if (!bracketed && !spelled) return false;
      return /(?:dot|[.\])}>])\s*[A-Za-z]{2,6}$/i.test(s) || /\.[A-Za-z]{2,6}$/.test(s);
    });
  }
  if (/[0-9]/.test(folded)) {
    scan(DIGITS, (m) => {
      let s = m[0];
      // Trailing separators are not part of the number.
      const trimmed = s.replace(/(?<![ \u00a0.\-(])[ \u00a0.\-(]+$/, '');
      s = trimmed;
      return identifierDigits(s) ? { start: m.index, end: m.index + s.length } : false;
    });
    scan(UUID);
    scan(NINO);
    scan(ADDRESS);
    scan(POSTCODE, (m) => /[0-9]/.test(m[0]) && /[A-Za-z]/.test(m[0]));
    scan(NUMBER_LABEL, (m) => {
      const v = m[1]!.replace(/(?<![ \-./])[ \-./]+$/, '');
      const digits = v.replace(/[^0-9]/g, '').length;
      if (digits < 4) return false;
      const start = m.index + m[0].length - m[1]!.length;
      return { start, end: start + v.length };
    });
    scan(BIRTH_LABEL, (m) => {
      const start = m.index + m[0].length - m[1]!.length;
      return { start, end: start + m[1]!.length };
    });
  }
  scan(KEY_PREFIX, (m) => /[0-9]/.test(m[0]) || m[0].length >= 20);
  scan(KEY_PREFIX_ANY_CASE, (m) => /[0-9]/.test(m[0]) || m[0].length >= 20);
  scan(TOKEN, (m) => randomToken(m[0]));
  scan(SECRET_LABEL, (m) => {
    const sep = m[1]!;
    const quoted = m[2]!;
    const value = m[3]!.replace(/(?<![.,;:!?)\]}])[.,;:!?)\]}]+$/, '');
    if (value.length < 2 || /^[•*x.]+$/i.test(value) || value.includes('\u2022')) return false;
    const strong = /[0-9]/.test(value) || /[^\p{L}]/u.test(value) || /\p{Ll}\p{Lu}/u.test(value);
    const explicit = /[:=#]/.test(sep) || quoted !== '';
    if (!strong && !(explicit && value.length >= 4)) return false;
    const start = m.index + m[0].length - m[3]!.length;
    return { start, end: start + value.length };
  });
  return spans;
}

function merge(spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [spans[0]!];
  for (let i = 1; i < spans.length; i++) {
    const s = spans[i]!;
    const last = out[out.length - 1]!;
    if (s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push(s);
  }
  return out;
}

// Characters that hide inside a value without showing: zero-width spaces and joiners, soft hyphens,
// word joiners, BOMs, and the combining overlays of strike-through and underline styling.
const INVISIBLE = /^[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff\u0332\u0333\u0335-\u0338]$/;

interface Folded {
  text: string;
  /** Original index of each folded UTF-16 unit, plus one entry for the end. */
  map: number[] | undefined;
}

/** The text with styled letters and digits in plain ASCII and invisible characters removed. */
function fold(text: string): Folded {
  if (!/[^\x00-\x7f]/.test(text)) return { text, map: undefined };
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + len);
    if (!INVISIBLE.test(ch)) {
      const plain = cp > 0x7f ? detectionChar(ch) : undefined;
      const piece = plain !== undefined && /^[A-Za-z0-9@.+_-]$/.test(plain) ? plain : ch;
      for (let k = 0; k < piece.length; k++) map.push(i);
      out += piece;
    }
    i += len;
  }
  map.push(text.length);
  return { text: out, map };
}

export type MaskStyle = 'compact' | 'aligned';

/** The spans of `text` (UTF-16 offsets) that the shape masker masks, in order, not overlapping. */
export function shapeSpans(text: string): Array<{ offset: number; endOffset: number; plain: string }> {
  if (!GATE.test(text)) return [];
  const f = fold(text);
  const spans = merge(collect(f.text));
  return spans.map((s) => {
    const offset = f.map ? f.map[s.start]! : s.start;
    // The end: just after the original character of the last folded unit.
    let endOffset = s.end;
    if (f.map) {
      const lastStart = f.map[s.end - 1]!;
      endOffset = lastStart + (text.codePointAt(lastStart)! > 0xffff ? 2 : 1);
    }
    return { offset, endOffset, plain: f.text.slice(s.start, s.end) };
  });
}

/** Length-preserving mask (for excerpts, whose offsets other code relies on): bullets per code unit. */
export function maskAligned(value: string): string {
  const units = value.length;
  const visible = value.replace(/\s/g, '').length;
  const keep = visible >= 8 ? 2 : visible >= 4 ? 1 : 0;
  let out = '';
  for (let i = 0; i < units; i++) {
    const c = value[i]!;
    out += /\s/.test(c) ? c : i < keep || i >= units - keep ? c : '\u2022';
  }
  // A kept edge must not split a surrogate pair.
  return out.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\u2022');
}

/**
 * Masks every credential-, identifier- and contact-shaped part of `text`. `compact` (messages, errors)
 * shows the value as `mask()` does (`07•••••••56`); `aligned` keeps the string's length (excerpts).
 */
export function maskShapes(text: string, style: MaskStyle = 'compact'): string {
  const spans = shapeSpans(text);
  if (spans.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const s of spans) {
    out += text.slice(cursor, s.offset);
    out += style === 'aligned' ? maskAligned(text.slice(s.offset, s.endOffset)) : mask(s.plain);
    cursor = s.endOffset;
  }
  return out + text.slice(cursor);
}

/**
 * A bad value echoed in an error message (frontmatter, config): stricter than `maskShapes`, since an
 * error can quote any key's value. Every shape is masked, then each remaining token that holds a digit
 * or mixes letters with symbols (passwords, dates of birth, house numbers) is masked whole; plain words
 * stay readable so the message can still say what was wrong. `dates` keeps ISO dates and years readable
 * (for keys that hold a date, such as `publishAt`).
 */
export function maskEchoedValue(value: string, options: { dates?: boolean } = {}): string {
  const shaped = maskShapes(value);
  return shaped.replace(/[^\s"'`,:;()[\]{}]{3,}/g, (token) => {
    if (token.includes('\u2022')) return token;
    if (options.dates && /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$|^\d{1,4}$/.test(token)) return token;
    const digit = /\d/.test(token);
    // Symbols inside a word (`Summer!Pass`, `p@ss`); not the `/`, `_`, `-` of ids and paths, nor end punctuation.
    const symbol = /\p{L}/u.test(token) && /[^\p{L}\p{M}.!?'’\/_-]|[!?](?=.)/u.test(token.replace(/(?<![.!?])[.!?]+$/, ''));
    return digit || symbol ? mask(token) : token;
  });
}
