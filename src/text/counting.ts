// Exact post-length counting per network, and the visible text of a Markdown post as it will be
// published. Pure and browser-safe: only Intl.Segmenter and precompiled regexes.
//
// Facts (see ../shared/reference/platforms-accessibility-nlp.md):
// - X: twitter-text's parseTweet with config v3, reimplemented because the npm package (2020) miscounts
//   newer emoji: NFC; weight 1 for U+0000–10FF, U+2000–200D, U+2010–201F, U+2032–2037, 2 otherwise;
//   every URL (with or without scheme) 23; every RGI emoji sequence 2; limit 280.
// - Bluesky: 300 graphemes AND 3,000 UTF-8 bytes; links shown (and stored) as host + 13 path chars + "...".
// - Mastodon: 500 graphemes (instance default) of content warning + body; URLs with a scheme count 23;
//   `@user@domain` counts as `@user`.
// - Threads: 500 characters, an emoji counting its UTF-8 byte length (Threads API docs).
// - Instagram 2,200, TikTok 2,200, LinkedIn 3,000, Facebook 63,206: UTF-16 code units (what their web
//   composers measure; never fewer than graphemes, so the safe direction).
// - YouTube: description 5,000 UTF-8 bytes, title 100 characters; `<` and `>` are refused.
// - Snapchat: 250-character caption; Tumblr: no published text limit (30 tags). Neither is a DESIGN.md
//   platform yet; the data is here for when they are.
import type { Document, Range } from '../engine/document.js';
import type { Platform } from '../types.js';
import { findEmoji } from './emoji.js';
import { blueskyDisplayUrl, findMentions, findUrls, type UrlMatch } from './urls.js';
import { documentMemo } from '../engine/memo.js';

/** Platforms this module can count, including ones the frontmatter does not accept yet. */
export type CountedPlatform = Platform | 'snapchat' | 'tumblr';

export type LengthUnit = 'weighted characters' | 'characters' | 'UTF-8 bytes' | 'UTF-16 code units';

export interface LengthLimit {
  /** What is counted, for messages. */
  unit: LengthUnit;
  limit: number;
}

export interface PlatformProfile {
  /** Display name. */
  name: string;
  /** The post's limits (all must hold); empty when there is none. The first is the one `max` overrides. */
  limits: LengthLimit[];
  /**
   * Hashtags: `max` the network refuses beyond; `soft` the number past which it ignores them or advises
   * against more; each with the sentence a message quotes.
   */
  hashtags?: { max?: number; maxNote?: string; soft?: number; softNote?: string };
  /** Most @mentions (tags) a post may carry. */
  mentions?: number;
  /** Most links a post may carry. */
  links?: number;
  /** Links in captions are shown as plain text. */
  linksNotClickable?: boolean;
  /** Most posts the thread composer takes. */
  threadPosts?: number;
}

/** Published limits per network. */
export const PLATFORM_PROFILES: Readonly<Record<CountedPlatform, PlatformProfile>> = {
  x: {
    name: 'X',
    limits: [{ unit: 'weighted characters', limit: 280 }],
    threadPosts: 25,
    // X's help recommends no more than 2; a third is tolerated, as accessibility guidance allows 3, so the
    // advice is reported from the fourth.
    hashtags: { soft: 3, softNote: 'X recommends no more than 2 hashtags in a post' },
  },
  bluesky: {
    name: 'Bluesky',
    limits: [
      { unit: 'characters', limit: 300 },
      { unit: 'UTF-8 bytes', limit: 3000 },
    ],
  },
  mastodon: { name: 'Mastodon', limits: [{ unit: 'characters', limit: 500 }] },
  threads: {
    name: 'Threads',
    limits: [{ unit: 'characters', limit: 500 }],
    links: 5,
    hashtags: { soft: 1, softNote: 'Threads makes only one topic tag per post; other hashtags stay plain text' },
  },
  instagram: {
    name: 'Instagram',
    limits: [{ unit: 'UTF-16 code units', limit: 2200 }],
    hashtags: { max: 30, maxNote: 'Instagram refuses a caption with more than 30', soft: 5, softNote: 'Instagram recommends no more than 5 (from December 2025)' },
    mentions: 20,
    linksNotClickable: true,
  },
  linkedin: {
    name: 'LinkedIn',
    limits: [{ unit: 'UTF-16 code units', limit: 3000 }],
    // LinkedIn sets no limit, but the advice for LinkedIn pages is three to five hashtags: more reads as spam.
    hashtags: { soft: 5, softNote: 'the advice for LinkedIn is three to five hashtags; more reads as spam and adds no reach' },
  },
  facebook: { name: 'Facebook', limits: [{ unit: 'UTF-16 code units', limit: 63206 }] },
  tiktok: { name: 'TikTok', limits: [{ unit: 'UTF-16 code units', limit: 2200 }], linksNotClickable: true },
  youtube: {
    name: 'YouTube',
    limits: [{ unit: 'UTF-8 bytes', limit: 5000 }],
    hashtags: { soft: 60, softNote: 'YouTube ignores every hashtag on a video that has more than 60' },
  },
  snapchat: { name: 'Snapchat', limits: [{ unit: 'characters', limit: 250 }] },
  tumblr: { name: 'Tumblr', limits: [], hashtags: { max: 30, maxNote: 'Tumblr keeps at most 30 tags on a post' } },
  generic: { name: 'generic', limits: [] },
};

/** YouTube's title limit, in characters. */
export const YOUTUBE_TITLE_LIMIT = 100;

// ---------------------------------------------------------------------------------------------------
// Units

// Created on first use: ICU's grapheme data costs milliseconds to load, and ASCII posts never need it.
let graphemeSegmenter: Intl.Segmenter | undefined;

// Node 20's Intl.Segmenter is quadratic in the length of the string it segments (80,000 characters take
// ~3 s), so long text is segmented in chunks cut where a grapheme boundary is certain (UAX #29): before
// ASCII, CJK ideographs, kana and emoji, unless the previous character is CR (before LF), a ZWJ (before an
// emoji) or a Prepend character.
const CHUNK = 256;
/** Past this, a chunk is cut anyway: only hostile input (a long run of combining marks) gets there. */
const CHUNK_HARD = 2048;
const SAFE_START = /[\u0000-\u007f\u3001\u3002\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff\p{Extended_Pictographic}]/u;
const PREPEND = /[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e]/;

function safeBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  const prev = text.charCodeAt(i - 1);
  if (prev === 0x0d || prev === 0x200d || PREPEND.test(text[i - 1]!)) return false;
  const cp = text.codePointAt(i)!;
  return SAFE_START.test(String.fromCodePoint(cp));
}

/**
 * Grapheme clusters (user-perceived characters), with their UTF-16 offsets. Between two ASCII characters
 * (other than CR LF) there is always a boundary (UAX #29: no ASCII character extends, joins or prepends),
 * so ASCII runs are split per character without the segmenter, which only sees the other regions.
 */
export function graphemes(text: string): Array<{ index: number; segment: string }> {
  const out: Array<{ index: number; segment: string }> = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const d = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c === 0x0d && d === 0x0a) {
        out.push({ index: i, segment: '\r\n' });
        i += 2;
        continue;
      }
      if (i + 1 === n || d < 0x80) {
        out.push({ index: i, segment: text[i]! });
        i++;
        continue;
      }
    }
    // A region with non-ASCII characters, up to the next certain boundary between two ASCII characters.
    let j = i + 1;
    while (j < n) {
      const a = text.charCodeAt(j - 1);
      const b = text.charCodeAt(j);
      if (a < 0x80 && b < 0x80 && !(a === 0x0d && b === 0x0a)) break;
      j++;
    }
    segmentRegion(text, i, j, out);
    i = j;
  }
  return out;
}

function segmentRegion(text: string, from: number, to: number, out: Array<{ index: number; segment: string }>): void {
  let start = from;
  while (start < to) {
    let end = Math.min(to, start + CHUNK);
    while (end < to && end - start < CHUNK_HARD && !safeBoundary(text, end)) end++;
    for (const s of (graphemeSegmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' })).segment(text.slice(start, end))) out.push({ index: start + s.index, segment: s.segment });
    start = end;
  }
}

/** Number of grapheme clusters. */
export function graphemeLength(text: string): number {
  return graphemes(text).length;
}

/** Number of bytes of the UTF-8 encoding (lone surrogates count 3, as U+FFFD). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** True when the whole string is one RGI emoji (sequence). */
export function isEmoji(segment: string): boolean {
  const found = findEmoji(segment);
  return found.length === 1 && found[0]!.offset === 0 && found[0]!.endOffset === segment.length;
}

/** A counted piece of text: `weight` units for `text[index, end)`. */
export interface Token {
  index: number;
  end: number;
  weight: number;
}

// ---------------------------------------------------------------------------------------------------
// X (twitter-text parseTweet, config v3)

const X_URL_WEIGHT = 23;
const X_LIGHT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

/** X's weight of one code point: 1 in the light ranges, 2 otherwise (CJK, astral, most symbols). */
export function xCodePointWeight(cp: number): number {
  for (const [lo, hi] of X_LIGHT_RANGES) if (cp >= lo && cp <= hi) return 1;
  return 2;
}

const KEYCAP = /^[0-9#*]\u20e3$/;

/** Weight of a run of non-URL text: each emoji sequence 2, every other code point by range, after NFC. */
function xWeightOfPlain(segment: string): number {
  // One ASCII character: never an emoji, unchanged by NFC, in the light range.
  if (segment.length === 1 && segment.charCodeAt(0) < 0x80) return 1;
  // A keycap without its variation selector ("1⃣") is an emoji to twitter-text too, though not RGI.
  if (KEYCAP.test(segment)) return 2;
  const s = segment.normalize('NFC');
  let weight = 0;
  let last = 0;
  for (const e of findEmoji(s)) {
    for (const ch of s.slice(last, e.offset)) weight += xCodePointWeight(ch.codePointAt(0)!);
    weight += 2;
    last = e.endOffset;
  }
  for (const ch of s.slice(last)) weight += xCodePointWeight(ch.codePointAt(0)!);
  return weight;
}

/** X tokens: each URL 23, each grapheme by its NFC code points (emoji sequences 2). */
export function xTokens(text: string): Token[] {
  return tokenize(text, xUrls(text), () => X_URL_WEIGHT, (g) => xWeightOfPlain(g));
}

/**
 * URLs as X finds them: in the NFC form of the text (twitter-text normalizes first, so "come\u0301" ends in
 * "comé", after the TLD), mapped back to offsets in `text`. NFC composes only within a grapheme, so the
 * map is built per grapheme, and only for text that is not NFC already.
 */
export function xUrls(text: string, known?: readonly UrlMatch[]): readonly UrlMatch[] {
  if (ASCII_ONLY.test(text) || text.normalize('NFC') === text) return known ?? findUrls(text);
  let normalized = '';
  const back: number[] = [];
  for (const g of graphemes(text)) {
    const n = g.segment.normalize('NFC');
    for (let k = 0; k < n.length; k++) back.push(g.index + Math.min(k, g.segment.length - 1));
    normalized += n;
  }
  back.push(text.length);
  return findUrls(normalized).map((u) => {
    const index = back[u.index]!;
    const end = u.end < back.length - 1 ? back[u.end]! : text.length;
    return { ...u, index, end, url: text.slice(index, end) };
  });
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** X's weighted length of a post (parseTweet's `weightedLength`). */
export function xWeightedLength(text: string): number {
  return sum(xTokens(text));
}

// ---------------------------------------------------------------------------------------------------
// Generic tokenizer: URLs (and other entities) as whole tokens, everything else per grapheme.

interface Entity {
  index: number;
  end: number;
}

function tokenize<E extends Entity>(text: string, entities: readonly E[], entityWeight: (e: E) => number, graphemeWeight: (g: string) => number): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const plain = (from: number, to: number): void => {
    if (to <= from) return;
    const slice = text.slice(from, to);
    for (const s of graphemes(slice)) {
      tokens.push({ index: from + s.index, end: from + s.index + s.segment.length, weight: graphemeWeight(s.segment) });
    }
  };
  for (const e of entities) {
    if (e.index < pos) continue;
    plain(pos, e.index);
    tokens.push({ index: e.index, end: e.end, weight: entityWeight(e) });
    pos = e.end;
  }
  plain(pos, text.length);
  return tokens;
}

function sum(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) n += t.weight;
  return n;
}

// ---------------------------------------------------------------------------------------------------
// Per-network measurement

export interface LengthMeasure {
  unit: LengthUnit;
  count: number;
  limit: number;
  /** UTF-16 index in the measured text of the first unit past the limit (undefined when it fits). */
  overflowIndex?: number;
}

export interface MeasureOptions {
  /** Overrides the platform's first limit (or sets one for `generic`). */
  max?: number;
  /** Text counted before the post (Mastodon's content warning). */
  prefix?: string;
  /** `findUrls(text)` when the caller has it already (`VisibleText.urls`), to avoid finding them again. */
  urls?: readonly UrlMatch[];
}

function measureTokens(tokens: readonly Token[], unit: LengthUnit, limit: number, start = 0): LengthMeasure {
  let count = start;
  let overflowIndex: number | undefined;
  for (const t of tokens) {
    count += t.weight;
    if (overflowIndex === undefined && count > limit) overflowIndex = t.index;
  }
  if (overflowIndex === undefined && start > limit) overflowIndex = 0;
  return { unit, count, limit, ...(overflowIndex !== undefined ? { overflowIndex } : {}) };
}

/** The tokens of `text` for one of a platform's limits. */
export function tokensFor(platform: CountedPlatform, unit: LengthUnit, text: string): Token[] {
  switch (platform) {
    case 'x':
      return xTokens(text);
    case 'bluesky': {
      const urls = blueskyLinks(findUrls(text));
      return unit === 'UTF-8 bytes'
        ? tokenize(text, urls, (u) => utf8Length(blueskyDisplayUrl(u)), utf8Length)
        : tokenize(text, urls, (u) => graphemeLength(blueskyDisplayUrl(u)), () => 1);
    }
    case 'mastodon': {
      const urls: Array<Entity & { weight: number }> = findUrls(text, { requireScheme: true }).map((u) => ({ index: u.index, end: u.end, weight: X_URL_WEIGHT }));
      const mentions = findMentions(text, urls).map((m) => ({ index: m.index, end: m.end, weight: graphemeLength(m.user) }));
      const entities = [...urls, ...mentions].sort((a, b) => a.index - b.index);
      return tokenize(text, entities, (e) => e.weight, () => 1);
    }
    case 'threads':
      return tokenize(text, [], () => 0, (g) => (isEmoji(g) ? utf8Length(g) : 1));
    default:
      if (unit === 'UTF-8 bytes') return tokenize(text, [], () => 0, utf8Length);
      if (unit === 'UTF-16 code units') return tokenize(text, [], () => 0, (g) => g.length);
      return tokenize(text, [], () => 0, () => 1);
  }
}

/**
 * The links Bluesky's app shortens for display (and stores shortened): those written with a scheme. A bare
 * "riverside.gov.uk/bins" becomes a link facet but keeps its text, so it counts in full.
 */
function blueskyLinks(urls: readonly UrlMatch[]): UrlMatch[] {
  return urls.filter((u) => u.scheme);
}

// Platforms whose tokens weigh URLs, mentions or emoji specially (see `tokensFor`).
const ENTITY_PLATFORMS = new Set<CountedPlatform>(['x', 'bluesky', 'mastodon', 'threads']);

function plainLength(unit: LengthUnit, text: string): number | undefined {
  if (unit === 'UTF-16 code units') return text.length;
  if (unit === 'UTF-8 bytes') return utf8Length(text);
  return undefined;
}

/**
 * What `sum(tokenize(text, entities, entityWeight, graphemeWeight))` returns, without building tokens:
 * ASCII characters (one grapheme each, weight 1 under every `graphemeWeight` passed here) are counted
 * directly; only regions with other characters go through the grapheme segmenter, cut exactly where
 * `graphemes` cuts them, so the sum is identical.
 */
function countTokens<E extends Entity>(text: string, entities: readonly E[], entityWeight: (e: E) => number, graphemeWeight: (g: string) => number): number {
  let n = 0;
  let pos = 0;
  const segs: Array<{ index: number; segment: string }> = [];
  const plain = (from: number, to: number): void => {
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        const d = i + 1 < to ? text.charCodeAt(i + 1) : 0;
        if (c === 0x0d && d === 0x0a) {
          n += graphemeWeight('\r\n');
          i += 2;
          continue;
        }
        if (i + 1 === to || d < 0x80) {
          // One ASCII character other than CR LF: every platform's grapheme weight is 1.
          n++;
          i++;
          continue;
        }
      }
      let j = i + 1;
      while (j < to) {
        const a = text.charCodeAt(j - 1);
        const b = text.charCodeAt(j);
        if (a < 0x80 && b < 0x80 && !(a === 0x0d && b === 0x0a)) break;
        j++;
      }
      segs.length = 0;
      segmentRegion(text, i, j, segs);
      for (const g of segs) n += graphemeWeight(g.segment);
      i = j;
    }
  };
  for (const e of entities) {
    if (e.index < pos) continue;
    plain(pos, e.index);
    n += entityWeight(e);
    pos = e.end;
  }
  plain(pos, text.length);
  return n;
}

/** `sum(tokensFor(platform, unit, text))` without tokens; `known` is `findUrls(text)` when the caller has it. */
function countFor(platform: CountedPlatform, unit: LengthUnit, text: string, known?: readonly UrlMatch[]): number {
  switch (platform) {
    case 'x':
      return countTokens(text, xUrls(text, known), () => X_URL_WEIGHT, (g) => xWeightOfPlain(g));
    case 'bluesky': {
      const urls = blueskyLinks(known ?? findUrls(text));
      return unit === 'UTF-8 bytes'
        ? countTokens(text, urls, (u) => utf8Length(blueskyDisplayUrl(u)), utf8Length)
        : countTokens(text, urls, (u) => graphemeLength(blueskyDisplayUrl(u)), () => 1);
    }
    case 'mastodon': {
      const urls: Array<Entity & { weight: number }> = findUrls(text, { requireScheme: true }).map((u) => ({ index: u.index, end: u.end, weight: X_URL_WEIGHT }));
      const mentions = findMentions(text, urls).map((m) => ({ index: m.index, end: m.end, weight: graphemeLength(m.user) }));
      const entities = [...urls, ...mentions].sort((a, b) => a.index - b.index);
      return countTokens(text, entities, (e) => e.weight, () => 1);
    }
    case 'threads':
      return countTokens(text, [], () => 0, (g) => (isEmoji(g) ? utf8Length(g) : 1));
    default:
      if (unit === 'UTF-8 bytes') return countTokens(text, [], () => 0, utf8Length);
      if (unit === 'UTF-16 code units') return countTokens(text, [], () => 0, (g) => g.length);
      return countTokens(text, [], () => 0, () => 1);
  }
}

/** Measures a post's visible text against every limit of the platform. */
export function measurePost(platform: CountedPlatform, text: string, options: MeasureOptions = {}): LengthMeasure[] {
  const profile = PLATFORM_PROFILES[platform];
  const limits = profile.limits.map((l, i) => (i === 0 && options.max !== undefined ? { ...l, limit: options.max } : l));
  if (limits.length === 0 && options.max !== undefined) limits.push({ unit: 'characters', limit: options.max });
  return limits.map((l) => {
    const start = options.prefix ? sum(tokensFor(platform, l.unit, options.prefix)) : 0;
    // Without entities, UTF-16 and UTF-8 counts need no tokens (graphemes partition the text); tokens
    // are built only to find where an over-long post overflows.
    const plainCount = start === 0 && !ENTITY_PLATFORMS.has(platform) ? plainLength(l.unit, text) : undefined;
    if (plainCount !== undefined && plainCount <= l.limit) return { unit: l.unit, count: plainCount, limit: l.limit };
    // Most posts are plain text well within the limit: count them exactly without per-grapheme tokens.
    const count = start + countFor(platform, l.unit, text, options.urls);
    if (count <= l.limit) return { unit: l.unit, count, limit: l.limit };
    return measureTokens(tokensFor(platform, l.unit, text), l.unit, l.limit, start);
  });
}

/** What `countCharacters` returns: the post's length in its network's unit, against the network's limit. */
export interface CharacterCount {
  /** The length as the network counts it (X: weighted length; Bluesky: graphemes; Threads, Mastodon: characters). */
  length: number;
  /** The network's limit in that unit (`Infinity` for `generic`, which has none). */
  limit: number;
  /** `limit - length` (negative when over). */
  remaining: number;
  /** Whether the network accepts the post: every limit holds (Bluesky: graphemes and bytes), and for X the
   * text is not empty and has no invalid characters (U+FFFE, U+FEFF, U+FFFF), as twitter-text's parseTweet. */
  valid: boolean;
  /** What `length` counts. */
  unit: LengthUnit;
}

export interface CountOptions {
  /** Mastodon: the content warning, which counts toward the same 500-character limit. */
  contentWarning?: string;
}

const X_INVALID = /[\ufffe\ufeff\uffff]/;

/**
 * The length of a post's plain text as `platform` counts it: X's weighted length (twitter-text v3: URLs 23,
 * emoji 2, CJK 2), Bluesky's graphemes (links with a scheme as the app shortens them) and UTF-8 bytes,
 * Mastodon's characters (URLs 23, `@user@domain` as `@user`, the content warning included), Threads'
 * characters (emoji by their UTF-8 bytes), UTF-16 units for Instagram, TikTok, LinkedIn and Facebook,
 * UTF-8 bytes for a YouTube description.
 */
export function countCharacters(text: string, platform: CountedPlatform, options: CountOptions = {}): CharacterCount {
  const cw = platform === 'mastodon' ? options.contentWarning : undefined;
  const measures = measurePost(platform, text, cw ? { prefix: cw } : {});
  const first = measures[0];
  if (!first) {
    const length = graphemeLength(text);
    return { length, limit: Infinity, remaining: Infinity, valid: true, unit: 'characters' };
  }
  let valid = measures.every((m) => m.count <= m.limit);
  if (platform === 'x') valid = valid && first.count > 0 && !X_INVALID.test(text);
  return { length: first.count, limit: first.limit, remaining: first.limit - first.count, valid, unit: first.unit };
}

/** Length of a YouTube title in characters (graphemes). */
export function youtubeTitleLength(title: string): number {
  return graphemeLength(title);
}

// ---------------------------------------------------------------------------------------------------
// Visible text

/** Plain text as published, with the original offset of every UTF-16 unit. */
export interface VisibleText {
  text: string;
  /** `offsets[i]` is the offset in the original draft of `text[i]`. */
  offsets: number[];
  /** URLs in `text` (found once; reused by counting and link rules). */
  urls: UrlMatch[];
}

const ENTITY = /^&(?:(amp|lt|gt|quot|apos|nbsp)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const LINK_PROTOCOL = /^https?:\/\//i;

/**
 * The visible text of `range` of a Markdown draft, as the network will show it: frontmatter, comments,
 * HTML, images and Markdown syntax removed; list markers kept; inline code kept without backticks;
 * entities and escapes decoded; a labelled link as its text followed by its URL (unless the text already
 * is the URL); runs of spaces collapsed, lines trimmed, blank-line runs collapsed to one.
 */
export function visibleText(doc: Document, range: Range): VisibleText {
  const perDoc = doc.memo(VISIBLE, () => new Map());
  const key = `${range.offset}:${range.endOffset}`;
  let v = perDoc.get(key);
  if (!v) perDoc.set(key, (v = computeVisibleText(doc, range)));
  return v;
}

/**
 * At most how many of `marks` (one character each, e.g. "#＃") the visible text of `range` can hold: the
 * draft's own marks in the range, and each `&` (an entity decodes to at most one such character). A rule
 * whose limit is at least this needs no visible text.
 */
export function markBound(doc: Document, range: Range, marks: string): number {
  let n = 0;
  const text = doc.text;
  for (let i = range.offset; i < range.endOffset; i++) {
    const c = text[i]!;
    if (c === '&' || marks.includes(c)) n++;
  }
  return n;
}

// Several platform rules read the same posts: compute each post's visible text once per draft.
const VISIBLE = documentMemo<Map<string, VisibleText>>('visible text');

/**
 * An upper bound, read straight from the draft, on every platform's count (any unit, without a content
 * warning prefix) of the visible text of `range`, so a post plainly within its limit needs no visible text.
 * Per source unit: ASCII 1; any other UTF-16 unit 6 (X weighs a code point at most 2 and NFC expands one at
 * most 3-fold; UTF-8 needs at most 3 bytes per unit); `&` 12 (an entity decodes to at most 2 units). Every
 * URL has a dot followed by a label character, so each `.` or `&` (a decoded dot) not followed by
 * whitespace adds 23, the most a link counts beyond its characters (X, Mastodon; Bluesky's display form is
 * at most 3 longer). A labelled link also shows a space and its URL.
 */
export function visibleLengthBound(doc: Document, range: Range): number {
  // A SlicedString (no copy): the scans below stay within the range, so a thread stays linear.
  const part = doc.text.slice(range.offset, range.endOffset);
  let n = NON_ASCII.test(part) ? unitBound(part) : asciiBound(part);
  for (const l of doc.links) {
    if (!l.labelled || l.offset < range.offset || l.endOffset > range.endOffset) continue;
    n += 1 + 6 * l.url.length;
    for (let k = 0; k < l.url.length; k++) if (l.url.charCodeAt(k) === 0x2e) n += 23;
  }
  return n;
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** What a `.` or `&` at `i` adds beyond its own weight: 23 unless whitespace (or the end) follows. */
function linkAllowance(part: string, i: number): number {
  const d = i + 1 < part.length ? part.charCodeAt(i + 1) : 0x20;
  return d !== 0x20 && d !== 0x09 && d !== 0x0a ? 23 : 0;
}

/** The bound of `visibleLengthBound`, unit by unit. */
function unitBound(part: string): number {
  let n = 0;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c >= 0x80) n += 6;
    else if (c === 0x2e /* . */ || c === 0x26 /* & */) n += (c === 0x26 ? 12 : 1) + linkAllowance(part, i);
    else n++;
  }
  return n;
}

/** The same sum for all-ASCII text (most posts): its length plus what each `.` and `&` adds, found by indexOf. */
function asciiBound(part: string): number {
  let n = part.length;
  for (let i = part.indexOf('.'); i !== -1; i = part.indexOf('.', i + 1)) n += linkAllowance(part, i);
  for (let i = part.indexOf('&'); i !== -1; i = part.indexOf('&', i + 1)) n += 11 + linkAllowance(part, i);
  return n;
}

/**
 * A YouTube draft's title: a heading that opens the post (the description is what follows it).
 * Drafts may instead give the title in frontmatter (`title:`), which the rules read from `ctx.meta`.
 */
export function leadingHeading(doc: Document, post: Range): Range | undefined {
  const first = doc.blocks.filter((b) => b.offset >= post.offset && b.endOffset <= post.endOffset).sort((a, b) => a.offset - b.offset)[0];
  return first?.type === 'heading' ? { offset: first.offset, endOffset: first.endOffset } : undefined;
}

// The structures starting at each offset, first in array order (what `find` by start would return), so
// the walk below costs one Map lookup per structure start: a post with tens of thousands of list items,
// code spans and links stays linear.
function firstByKey<R>(list: readonly R[], key: (r: R) => number | undefined): Map<number, R[]> {
  const m = new Map<number, R[]>();
  for (const r of list) {
    const k = key(r);
    if (k === undefined) continue;
    const bucket = m.get(k);
    if (bucket) bucket.push(r);
    else m.set(k, [r]);
  }
  return m;
}

function computeVisibleText(doc: Document, range: Range): VisibleText {
  const { text, prose } = doc;
  const out = new Tidier();
  const emit = (s: string, at: number | number[]): void => {
    for (let k = 0; k < s.length; k++) out.push(s.charCodeAt(k), typeof at === 'number' ? at : (at[k] ?? at[at.length - 1]!));
  };
  const inRange = (r: Range): boolean => r.offset >= range.offset && r.endOffset <= range.endOffset;
  const images = doc.images.filter(inRange);
  const code = doc.code.filter(inRange);
  const links = doc.links.filter((l) => inRange(l) && l.labelled);
  const markers = listMarkers(doc).filter(inRange);

  // Structures start only at these offsets: elsewhere the per-character lookups are skipped.
  const starts = new Set<number>();
  for (const r of [...images, ...markers, ...code]) starts.add(r.offset);
  for (const l of links) if (l.textRange) starts.add(l.textRange.endOffset);

  // `i` only moves forward: walk the sorted starts with a cursor instead of a Set lookup per character.
  const startList = [...starts].sort((a, b) => a - b);
  const imageAt = firstByKey(images, (r) => r.offset);
  const markerAt = firstByKey(markers, (r) => r.offset);
  const codeAt = firstByKey(code, (r) => r.offset);
  const linkAt = firstByKey(links, (l) => l.textRange?.endOffset);
  let sp = 0;
  let nextStart = startList.length > 0 ? startList[0]! : Infinity;
  let i = range.offset;
  while (i < range.endOffset) {
    if (i > nextStart) {
      while (sp < startList.length && startList[sp]! < i) sp++;
      nextStart = sp < startList.length ? startList[sp]! : Infinity;
    }
    if (i !== nextStart) {
      const code = text.charCodeAt(i);
      if (code !== 0x26 /* & */ && code !== 0x5c /* \ */) {
        if (code !== 0x0d && prose.charCodeAt(i) === code) out.push(code, i);
        i++;
        continue;
      }
    }
    const image = imageAt.get(i)?.[0];
    if (image) {
      i = Math.max(i + 1, image.endOffset);
      continue;
    }
    const marker = markerAt.get(i)?.[0];
    if (marker) {
      emit(`${text.slice(marker.offset, marker.endOffset).trim()} `, marker.offset);
      i = marker.endOffset;
      continue;
    }
    const block = codeAt.get(i)?.[0];
    if (block) {
      emitCode(text, block, emit);
      i = Math.max(i + 1, block.endOffset);
      continue;
    }
    const link = linkAt.get(i)?.find((l) => i < l.endOffset);
    if (link) {
      const label = link.text.trim();
      if (LINK_PROTOCOL.test(link.url) && !sameUrl(label, link.url)) {
        const at = text.indexOf(link.url, i);
        const positions = Array.from({ length: link.url.length }, (_, k) => (at >= 0 && at < link.endOffset ? at + k : link.endOffset - 1));
        emit(' ', i);
        emit(link.url, positions);
      }
      i = link.endOffset;
      continue;
    }
    const c = text[i]!;
    if (c === '\r' || prose[i] !== c) {
      i++;
      continue;
    }
    if (c === '&') {
      const m = ENTITY.exec(text.slice(i, i + 12));
      if (m) {
        const cp = m[1] ? undefined : Number.parseInt(m[2] ?? m[3]!, m[2] ? 10 : 16);
        const decoded = m[1] ? NAMED[m[1]]! : cp !== undefined && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
        emit(decoded, i);
        i += m[0].length;
        continue;
      }
    }
    if (c === '\\' && i + 1 < range.endOffset && ESCAPABLE.test(text[i + 1]!) && prose[i + 1] === text[i + 1]) {
      i++;
      continue;
    }
    out.push(c.charCodeAt(0), i);
    i++;
  }
  return out.finish();
}

function emitCode(text: string, block: Range, emit: (s: string, at: number | number[]) => void): void {
  const raw = text.slice(block.offset, block.endOffset);
  const positions = (from: number, s: string): number[] => Array.from({ length: s.length }, (_, k) => from + k);
  if (/^[`~]{3,}/.test(raw) && raw.includes('\n')) {
    // Fenced block: the lines between the fences.
    const first = raw.indexOf('\n') + 1;
    const lastNl = raw.lastIndexOf('\n');
    const lastLine = raw.slice(lastNl + 1);
    const end = /^\s*[`~]{3,}\s*$/.test(lastLine) ? lastNl : raw.length;
    const body = raw.slice(first, Math.max(first, end)).replace(/\r/g, ' ');
    emit(body, positions(block.offset + first, body));
    return;
  }
  const m = /^(`+)([\s\S]*?)\1$/.exec(raw);
  if (m) {
    const inner = m[2]!;
    emit(inner.replace(/\r?\n/g, ' '), positions(block.offset + m[1]!.length, inner));
    return;
  }
  emit(raw.replace(/\r/g, ' '), positions(block.offset, raw));
}

// Each post of a thread asks for its visible text: the list markers of a draft are found once.
const LIST_MARKERS = documentMemo<Range[]>('list markers');

function listMarkers(doc: Document): Range[] {
  return doc.memo(LIST_MARKERS, () => findListMarkers(doc));
}

function findListMarkers(doc: Document): Range[] {
  const out: Range[] = [];
  const visit = (node: { type: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } }): void => {
    if (node.type === 'listItem' && node.children && node.children.length > 0) {
      const start = doc.nodeRange(node).offset;
      const first = doc.nodeRange(node.children[0] as typeof node).offset;
      if (first > start) out.push({ offset: start, endOffset: first });
    }
    for (const child of (node.children ?? []) as Array<typeof node>) visit(child);
  };
  visit(doc.mdast as unknown as Parameters<typeof visit>[0]);
  return out;
}

function stripUrl(s: string): string {
  return s.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
}

function sameUrl(label: string, url: string): boolean {
  return stripUrl(label) === stripUrl(url) || (findUrls(label).length === 1 && findUrls(label)[0]!.url.length === label.length);
}

const WHITESPACE = /\s/;

/**
 * Collapses space runs, trims lines and blank-line runs as the visible text is emitted, keeping the offset
 * map aligned: one output (UTF-16 units in a typed array, offsets), no per-character string arrays (a
 * 5 MB post would hold hundreds of MB of them).
 */
class Tidier {
  private codes = new Uint16Array(256);
  private readonly offs: number[] = [];
  private lineStart = 0;
  private newlines = 0;

  private append(c: number, off: number): void {
    const n = this.offs.length;
    if (n === this.codes.length) {
      const grown = new Uint16Array(n * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[n] = c;
    this.offs.push(off);
  }

  private last(): number {
    return this.codes[this.offs.length - 1]!;
  }

  private pop(): void {
    this.offs.pop();
  }

  push(c: number, off: number): void {
    if (c === 0x0a) {
      // Trim trailing spaces of the line just ended.
      while (this.offs.length > this.lineStart && (this.last() === 0x20 || this.last() === 0x09)) this.pop();
      this.newlines++;
      if (this.offs.length > 0 && this.newlines <= 2) this.append(0x0a, off);
      this.lineStart = this.offs.length;
      return;
    }
    if (c === 0x20 || c === 0x09) {
      if (this.offs.length === this.lineStart) return;
      if (this.last() === 0x20) return;
      this.append(0x20, off);
      return;
    }
    this.newlines = 0;
    this.append(c, off);
  }

  finish(): VisibleText {
    while (this.offs.length > 0 && WHITESPACE.test(String.fromCharCode(this.last()))) this.pop();
    const n = this.offs.length;
    let text = '';
    for (let k = 0; k < n; k += 8192) text += String.fromCharCode.apply(null, this.codes.subarray(k, Math.min(n, k + 8192)) as unknown as number[]);
    return { text, offsets: this.offs, urls: findUrls(text) };
  }
}

/** Maps a range of visible text back to the original draft. */
export function originalRange(visible: VisibleText, index: number, end: number): Range {
  const last = Math.max(index, end - 1);
  const offset = visible.offsets[index] ?? visible.offsets[visible.offsets.length - 1] ?? 0;
  const endOffset = (visible.offsets[last] ?? offset) + 1;
  // A surrogate pair's high half maps to its own offset: extend to cover the pair.
  return { offset, endOffset: Math.max(offset + 1, endOffset + (isHigh(visible.text.charCodeAt(last)) ? 1 : 0)) };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
