// URL and mention extraction from plain post text (hashtags: src/text/words.ts), as the networks' own parsers see them.
// URLs follow twitter-text 3's extractor (X, Mastodon and Bluesky all descend from it): a URL may have a
// scheme or be a bare domain on any TLD twitter-text knows (./data/tlds.ts, from its tld_lib.yml): "nhs.uk",
// "mysite.io" and "riverside.gov.uk/bins" are all links. Written here rather than taken from the
// twitter-text package because that package is 100 KB of regexes and its bundled emoji data is old;
// conformance is tested against its own conformance/extract.yml. Every step is linear in the input: one
// bounded candidate regex, then procedural checks.
import { COUNTRY_TLDS, GENERIC_TLDS } from './data/tlds.js';

let tlds: { generic: Set<string>; country: Set<string>; longest: number } | undefined;
function tldSets(): NonNullable<typeof tlds> {
  const generic = new Set(GENERIC_TLDS.split(' '));
  const country = new Set(COUNTRY_TLDS.split(' '));
  let longest = 0;
  for (const t of [...generic, ...country]) longest = Math.max(longest, t.length);
  return { generic, country, longest };
}

// Character classes of twitter-text's grammar (facts of its format): spaces, invalid characters,
// directional marks, ASCII punctuation.
const SPACES = '\\t-\\r \\u0085\\u00a0\\u1680\\u180e\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const INVALID = '\\ufffe\\ufeff\\uffff';
const DIRECTIONAL = '\\u202a-\\u202e\\u061c\\u200e\\u200f\\u2066-\\u2069';
/** A domain character: anything but spaces, ASCII punctuation, invalid characters and directional marks. */
const D = `[^${SPACES}${INVALID}${DIRECTIONAL}!-/:-@\\[-\`{-~]`;
// A candidate: optional scheme, then dot-separated runs of domain characters (with '-' and '_'). Starts
// only after a character that may precede a URL (not a letter, digit, '@', '$', '#' or invalid character).
const CANDIDATE = new RegExp(`(?<![A-Za-z0-9@＠$#＃${INVALID}])(https?:\\/\\/)?((?:(?:${D}|[_-]){1,300}\\.){1,127}(?:${D}|[_-]){1,300})`, 'giu');
const LATIN_ACCENTS = '\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff\\u0100-\\u024f\\u0253\\u0254\\u0256\\u0257\\u0259\\u025b\\u0263\\u0268\\u026f\\u0272\\u0289\\u028b\\u02bb\\u0300-\\u036f\\u1e00-\\u1eff';
const ASCII_LABEL = new RegExp(`^[a-z0-9${LATIN_ACCENTS}-]+$`, 'i');
const LABEL_CHAR = new RegExp(`^${D}$`, 'u');
/** After a TLD: not an ASCII letter or digit, '@', '+' or '-' ("foo.comm", "doe.jp@mail.com" are not links). */
const TLD_END = /[a-z0-9@+-]/i;

/** Characters allowed inside a path (twitter-text's general path set: ASCII, Latin accents, Cyrillic). */
const PATH_CHAR = new RegExp(`[a-z\\u0400-\\u04ff0-9!*';:=+,.$/%#[\\]\\-\\u2013_~@|&${LATIN_ACCENTS}]`, 'i');
/** Characters a path may end with (so "…/bins." leaves out the full stop). */
const PATH_END = new RegExp(`[+\\-a-z\\u0400-\\u04ff0-9=_#/${LATIN_ACCENTS}]`, 'i');
const QUERY_CHAR = /[a-z0-9!?*'@();:&=+$/%#[\]\-_.,~|]/i;
const QUERY_END = /[a-z0-9\-_&=#/]/i;
/** twitter-text: protocol + URL longer than this is not a link. */
const MAX_URL_LENGTH = 4096;
const MAX_TCO_SLUG = 40;
const MAX_LABEL = 63;

export interface UrlMatch {
  /** UTF-16 range in the scanned text. */
  index: number;
  end: number;
  /** The URL as written. */
  url: string;
  /** Written with `http://` or `https://`. */
  scheme: boolean;
  /** Host (with port), lower-cased. */
  host: string;
  /** Everything after the host: path, query and fragment (may be empty). */
  path: string;
}

export interface FindUrlOptions {
  /** Only URLs written with a scheme (Mastodon's counting). */
  requireScheme?: boolean;
}

/**
 * Where the TLD of `labels` (a candidate's dot-separated runs) is: the last label that starts with a known
 * TLD followed by a non-letter, and the TLD's length. twitter-text tries generic TLDs before country codes,
 * then punycode; among those of one kind the longest.
 */
function findTld(labels: readonly string[], after: string): { k: number; length: number } | undefined {
  const sets = (tlds ??= tldSets());
  for (let k = labels.length - 1; k >= 1; k--) {
    const label = labels[k]!;
    const next = (n: number): string => (n < label.length ? label[n]! : k < labels.length - 1 ? '.' : after);
    const lower = label.toLowerCase();
    for (const set of [sets.generic, sets.country]) {
      for (let n = Math.min(label.length, sets.longest); n >= 1; n--) {
        if (set.has(lower.slice(0, n)) && !TLD_END.test(next(n))) return { k, length: n };
      }
    }
    const puny = /^xn--[-0-9a-z]+/i.exec(label);
    if (puny && !TLD_END.test(next(puny[0].length))) return { k, length: puny[0].length };
  }
  return undefined;
}

/** A label of the domain: starts and ends with a domain character; '_' only in subdomains. */
function validLabel(label: string, subdomain: boolean): boolean {
  if (label === '' || !LABEL_CHAR.test(String.fromCodePoint(label.codePointAt(0)!)) || !LABEL_CHAR.test(lastChar(label))) return false;
  return subdomain || !label.includes('_');
}

function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
}

function lastChar(s: string): string {
  const c = s.charCodeAt(s.length - 1);
  return c >= 0xdc00 && c <= 0xdfff && s.length >= 2 ? s.slice(-2) : s.slice(-1);
}

/** Every URL in plain text, in order. */
export function findUrls(text: string, options: FindUrlOptions = {}): UrlMatch[] {
  const out: UrlMatch[] = [];
  if (text.indexOf('.') === -1) return out;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  // twitter-text's pattern consumes the character before a URL, so a URL never starts exactly where the
  // previous match ended: "twitter.com/これは" then "…example.com" is judged from the next character on.
  // At the very start, the first character is taken as "the character before" when it can be one (so
  // "ñwww.example.co.uk" links "www.example.co.uk", as on X).
  let consumed = text.length > 1 && !/[A-Za-z0-9@＠$#＃\ufffe\ufeff\uffff]/.test(text[0]!) ? 0 : -1;
  while ((m = CANDIDATE.exec(text))) {
    if (m.index === consumed) {
      CANDIDATE.lastIndex = m.index + charLength(text, m.index);
      continue;
    }
    const scheme = m[1] ?? '';
    const labels = m[2]!.split('.');
    const hostStart = m.index + scheme.length;
    const tld = findTld(labels, text[hostStart + m[2]!.length] ?? '');
    const valid = tld !== undefined && labels.slice(0, tld.k).every((l, i) => validLabel(l, i < tld.k - 1));
    if (!tld) {
      // No label holds a TLD, so no later start inside this run can either, except in its last label
      // (a run is cut at 127 labels): go on from there. Keeps "a.a.a.…" linear.
      CANDIDATE.lastIndex = Math.max(m.index + Math.max(charLength(text, m.index), scheme.length), hostStart + m[2]!.lastIndexOf('.') + 1);
      continue;
    }
    if (!valid) {
      // No domain from here: twitter-text's pattern would try the next start, e.g. after a '-' or '_'.
      // (By a whole code point: a `u` pattern started inside a surrogate pair steps back to its start.)
      CANDIDATE.lastIndex = m.index + Math.max(charLength(text, m.index), scheme.length);
      continue;
    }
    const domain = `${labels.slice(0, tld.k).join('.')}.${labels[tld.k]!.slice(0, tld.length)}`;
    let end = hostStart + domain.length;
    const port = /^:(\d+)/.exec(text.slice(end, end + 12));
    if (port) end += port[0].length;
    const hostEnd = end;
    if (text[end] === '/') end = scanPath(text, end);
    const pathEnd = end;
    if (text[end] === '?') end = scanQuery(text, end);
    CANDIDATE.lastIndex = consumed = end;
    // twitter-text's pattern works on UTF-16 units: after an emoji, its low surrogate joins the first label
    // (which matters only for the 63-character label check).
    const lead = !scheme && m.index > 0 && (text.charCodeAt(m.index - 1) & 0xfc00) === 0xdc00 ? text[m.index - 1]! : '';
    if (!domainOk(lead + domain) || scheme.length + (end - hostStart) > MAX_URL_LENGTH) continue;
    if (scheme) {
      let stop = end;
      if (/^t\.co$/i.test(domain) && !port) {
        // t.co links: the slug and an optional query only; a slug over 40 characters is not a link.
        const slug = /^\/([a-z0-9]+)/i.exec(text.slice(hostEnd, pathEnd));
        if (slug) {
          if (slug[1]!.length > MAX_TCO_SLUG) continue;
          stop = hostEnd + slug[0].length;
          if (text[stop] === '?' && pathEnd === stop) stop = end;
          else if (text[stop] === '?') stop = scanQuery(text, stop);
        }
      }
      push(out, text, m.index, stop, true, hostStart, hostEnd);
      continue;
    }
    if (options.requireScheme) continue;
    // Without a scheme: the ASCII domains inside the candidate ("中国語t.co" holds "t.co"), unless the URL
    // follows '-', '_', '.' or '/' (part of a longer name or path).
    const before = text[m.index - 1];
    if (before !== undefined && /[-_./]/.test(before)) continue;
    const ascii = asciiDomains(domain);
    // twitter-text: the last of them takes the port and path, when there is a path (a query alone is left).
    const hasPath = pathEnd > hostEnd;
    for (let i = 0; i < ascii.length; i++) {
      const a = ascii[i]!;
      const start = hostStart + a.index;
      const withPath = hasPath && i === ascii.length - 1;
      push(out, text, start, withPath ? end : start + a.length, false, start, withPath ? hostEnd : start + a.length);
    }
  }
  return out;
}

function push(out: UrlMatch[], text: string, index: number, end: number, scheme: boolean, hostStart: number, hostEnd: number): void {
  out.push({ index, end, url: text.slice(index, end), scheme, host: text.slice(hostStart, hostEnd).toLowerCase(), path: text.slice(hostEnd, end) });
}

// ASCII labels, then a last label of any characters: the TLD may be internationalised ("twitter.みんな").
const ASCII_RUN = new RegExp(`(?:[a-z0-9${LATIN_ACCENTS}-]+\\.)+[^.]+`, 'gi');

/**
 * The ASCII domains (Latin accents allowed) inside a candidate domain, each ending in a known TLD:
 * "国語t.co" holds "t.co"; "twitter.jp日本語it.so中国語foo.jp" holds three.
 */
function asciiDomains(domain: string): Array<{ index: number; length: number }> {
  const out: Array<{ index: number; length: number }> = [];
  ASCII_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ASCII_RUN.exec(domain))) {
    const labels = m[0].split('.');
    const tld = findTld(labels, domain[m.index + m[0].length] ?? '');
    if (!tld) {
      // Try again after the first label ("file.pdf😀mysite.io" holds "mysite.io"): a start inside the first
      // label would see the same last labels, so the same missing TLD (and retrying there is quadratic).
      ASCII_RUN.lastIndex = m.index + m[0].indexOf('.') + 1;
      continue;
    }
    const length = labels.slice(0, tld.k).join('.').length + 1 + tld.length;
    out.push({ index: m.index, length });
    ASCII_RUN.lastIndex = m.index + length;
  }
  return out;
}

/** twitter-text's domain check: every label, punycode-encoded, 1–63 characters. */
function domainOk(domain: string): boolean {
  // A punycode label cannot hold other scripts ("xn--はじめよう.com").
  if (/^xn--/i.test(domain) && asciiDomains(domain).length === 0) return false;
  for (const label of domain.split('.')) {
    const n = /^[\x00-\x7f]*$/.test(label) ? label.length : 4 + punycodeLength(label);
    if (n < 1 || n > MAX_LABEL) return false;
  }
  return true;
}

/** Length of the RFC 3492 encoding of `label` (without "xn--"). */
export function punycodeLength(label: string): number {
  return punycodeEncode(label).length;
}

/** RFC 3492 punycode encoding of one label (the part after "xn--"). */
export function punycodeEncode(input: string): string {
  const cps = Array.from(input, (c) => c.codePointAt(0)!);
  const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700;
  const digit = (d: number): string => String.fromCharCode(d + 22 + 75 * (d < 26 ? 1 : 0));
  const adapt = (delta: number, points: number, first: boolean): number => {
    let d = first ? Math.floor(delta / damp) : delta >> 1;
    d += Math.floor(d / points);
    let k = 0;
    while (d > ((base - tMin) * tMax) >> 1) {
      d = Math.floor(d / (base - tMin));
      k += base;
    }
    return k + Math.floor(((base - tMin + 1) * d) / (d + skew));
  };
  let out = cps.filter((c) => c < 0x80).map((c) => String.fromCharCode(c)).join('');
  const b = out.length;
  let h = b;
  if (b > 0) out += '-';
  let n = 0x80, delta = 0, bias = 72;
  while (h < cps.length) {
    let m = Infinity;
    for (const c of cps) if (c >= n && c < m) m = c;
    delta += (m - n) * (h + 1);
    n = m;
    for (const c of cps) {
      if (c < n) delta++;
      if (c === n) {
        let q = delta;
        for (let k = base; ; k += base) {
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (q < t) break;
          out += digit(t + ((q - t) % (base - t)));
          q = Math.floor((q - t) / (base - t));
        }
        out += digit(q);
        bias = adapt(delta, h + 1, h === b);
        delta = 0;
        h++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

/**
 * Scans a path from `from` (at '/') and returns its end: the run of path characters and balanced
 * parentheses (one level of nesting), trimmed back to a character a path may end with.
 */
function scanPath(text: string, from: number): number {
  let end = from + 1;
  let lastGood = from + 1; // "/" alone is a path
  let depth = 0;
  let parenStart = -1;
  while (end < text.length) {
    const c = text[end]!;
    if (c === '(') {
      if (depth >= 2) break;
      if (depth === 0) parenStart = end;
      depth++;
    } else if (c === ')') {
      if (depth === 0) break;
      depth--;
      if (depth === 0) lastGood = end + 1;
    } else if (!PATH_CHAR.test(c)) break;
    else if (depth === 0 && PATH_END.test(c)) lastGood = end + 1;
    end++;
  }
  if (depth > 0 && parenStart >= 0) return Math.max(from + 1, Math.min(lastGood, parenStart));
  return lastGood;
}

/** Scans a query from `from` (at '?'): query characters, trimmed back to a query ending character. */
function scanQuery(text: string, from: number): number {
  let end = from + 1;
  let lastGood = from;
  while (end < text.length && QUERY_CHAR.test(text[end]!)) {
    if (QUERY_END.test(text[end]!)) lastGood = end + 1;
    end++;
  }
  return lastGood;
}

export interface EntityMatch {
  index: number;
  end: number;
  /** The entity as written, including '@' or '#'. */
  text: string;
}

export interface MentionMatch extends EntityMatch {
  /** The `@user` part (for `@user@domain`, without the domain). */
  user: string;
  /** The domain of a fediverse address, if any. */
  domain?: string;
}

// '@user' or '@user@domain'; not after a word character (emails), '/' or another '@'.
const MENTION = /(?<![\p{L}\p{N}_@＠/.!#$%&*+=-])[@＠]([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,62}[A-Za-z0-9_])?)(?:@((?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.){1,10}[a-z]{2,24}))?(?![\p{L}\p{N}_@])/giu;

/** Every @mention in plain text (outside `skip` ranges, e.g. URLs), in order. */
export function findMentions(text: string, skip: ReadonlyArray<{ index: number; end: number }> = []): MentionMatch[] {
  const out: MentionMatch[] = [];
  if (text.indexOf('@') === -1 && text.indexOf('＠') === -1) return out;
  MENTION.lastIndex = 0;
  for (const m of text.matchAll(MENTION)) {
    const end = m.index + m[0].length;
    if (skip.some((s) => m.index < s.end && s.index < end)) continue;
    const user = `@${m[1]!}`;
    out.push({ index: m.index, end, text: m[0], user, ...(m[2] ? { domain: m[2] } : {}) });
  }
  return out;
}

/** Bluesky's composer display of a link: host + the first 13 characters of a path over 15, then "...". */
export function blueskyDisplayUrl(url: UrlMatch): string {
  const path = url.path === '/' ? '' : url.path;
  const host = url.host;
  return path.length > 15 ? `${host}${path.slice(0, 13)}...` : `${host}${path}`;
}
