// Which stretches of a post are two language versions of the same message. A post (or, when every
// post of a thread is in one language, the whole thread) whose text is in English and in one other
// language, in amounts a translation would have, is bilingual: its English spans are one version and
// the other language's spans the other, in the order they are written (paragraph by paragraph, or the
// two halves of one paragraph cut at a sentence).

export interface SpanLike {
  readonly start: number;
  readonly end: number;
  readonly lang: string;
}

export interface Version {
  lang: string;
  spans: SpanLike[];
  /** Where the version's first span starts. */
  start: number;
  /** Letters and digits in the version. */
  size: number;
}

export interface BilingualPair {
  /** The English version. */
  english: Version;
  /** The other language's version. */
  other: Version;
}

export interface RangeLike {
  offset: number;
  endOffset: number;
}

// A version needs a few words of its own before it is a version (a "Diolch!" sign-off is not a translation).
const MIN_SIZE = 12;
// A translation is rarely under half or over twice the length of its original (Welsh and French run
// longer than English); outside these bounds the two languages carry different messages.
const MIN_RATIO = 0.4;
const MAX_RATIO = 2.5;
const ALNUM = /[\p{L}\p{N}]/u;

/** Letters and digits (code points) in the span: counted, not collected into an array of matches. */
function sizeOf(text: string, s: SpanLike): number {
  let n = 0;
  for (let i = s.start; i < s.end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) n++;
      continue;
    }
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (ALNUM.test(text.slice(i, pair ? i + 2 : i + 1))) n++;
    if (pair) i++;
  }
  return n;
}

function versionsOf(text: string, spans: readonly SpanLike[]): Map<string, Version> {
  const by = new Map<string, Version>();
  // A version's size only decides between two languages: text in one language is not measured.
  const langOf = (s: SpanLike): string => s.lang.toLowerCase().split(/[-_]/)[0]!;
  const one = spans.every((s) => langOf(s) === langOf(spans[0]!));
  for (const s of spans) {
    const lang = langOf(s);
    const size = one ? 0 : sizeOf(text, s);
    const v = by.get(lang);
    if (v) {
      v.spans.push(s);
      v.size += size;
    } else by.set(lang, { lang, spans: [s], start: s.start, size });
  }
  return by;
}

function pairOf(by: Map<string, Version>): BilingualPair | undefined {
  const english = by.get('en');
  if (!english || english.size < MIN_SIZE) return undefined;
  let other: Version | undefined;
  for (const v of by.values()) if (v.lang !== 'en' && (!other || v.size > other.size)) other = v;
  if (!other || other.size < MIN_SIZE) return undefined;
  const ratio = other.size / english.size;
  if (ratio < MIN_RATIO || ratio > MAX_RATIO) return undefined;
  return { english, other };
}

/**
 * The spans inside each post (`spans.filter` per post, without a pass over every span for every post: a
 * thread of thousands of posts stays linear). Spans are sorted and disjoint; posts are sorted.
 */
function spansInPosts(spans: readonly SpanLike[], posts: readonly RangeLike[]): SpanLike[][] {
  const sorted = posts.every((p, i) => i === 0 || p.offset >= posts[i - 1]!.offset) && spans.every((s, i) => i === 0 || s.start >= spans[i - 1]!.start);
  if (!sorted) return posts.map((p) => spans.filter((s) => s.start >= p.offset && s.end <= p.endOffset));
  const out: SpanLike[][] = [];
  let k = 0;
  for (const p of posts) {
    while (k < spans.length && spans[k]!.start < p.offset) k++;
    const mine: SpanLike[] = [];
    for (let j = k; j < spans.length && spans[j]!.start <= p.endOffset; j++) if (spans[j]!.end <= p.endOffset) mine.push(spans[j]!);
    out.push(mine);
  }
  return out;
}

/** The bilingual pairs of a draft: one per bilingual post, or one for a thread whose posts are each in one language. */
export function bilingualPairs(text: string, spans: readonly SpanLike[], posts: readonly RangeLike[]): BilingualPair[] {
  const inPost = spansInPosts(spans, posts);
  const perPost = inPost.map((ss) => versionsOf(text, ss));
  const pairs = perPost.map(pairOf).filter((p): p is BilingualPair => Boolean(p));
  if (posts.length < 2) return pairs;
  // The posts of a thread that are each in one language (all of them, or the Welsh post and the English post
  // before a closing post in both): their versions are the posts of each language.
  const single = inPost.filter((_, i) => perPost[i]!.size === 1);
  if (single.length < 2) return pairs;
  const whole = pairOf(versionsOf(text, single.flat()));
  if (whole) pairs.push(whole);
  return pairs.sort((a, b) => Math.min(a.english.start, a.other.start) - Math.min(b.english.start, b.other.start));
}
