// English word lookups and hashtag helpers: decoding the packed word lists, splitting a run-together
// hashtag ("blackhistorymonth") into words, finding hashtags, finding URL-like tokens that word rules
// must leave alone, and char-code tests for hand-written token scans. Data lives in ./english-words.ts and, for hashtag
// splitting only, ./data/post-words.ts, ./data/frequent-words.ts and ./data/region-codes.ts; lists are unpacked on first use.
import { COMMON_WORDS_PACKED, EXTENDED_WORDS_PACKED } from './english-words.js';
import { POST_WORDS } from './data/post-words.js';
import { FREQUENT_WORDS_PACKED } from './data/frequent-words.js';
import { REGION_CODES } from './data/region-codes.js';
import { isAsciiAlnumCode, isAsciiLetterCode, isSpaceCode } from './chars.js';

let common: Set<string> | undefined;
let extended: Set<string> | undefined;

/** Decodes a front-coded list (see english-words.ts). */
export function unpackWords(packed: string): string[] {
  const out: string[] = [];
  let prev = '';
  let i = 0;
  while (i < packed.length) {
    const shared = packed.charCodeAt(i) - 65;
    let j = i + 1;
    while (j < packed.length && packed.charCodeAt(j) >= 97) j++;
    prev = prev.slice(0, shared) + packed.slice(i + 1, j);
    out.push(prev);
    i = j;
  }
  return out;
}

function commonSet(): Set<string> {
  return (common ??= new Set(unpackWords(COMMON_WORDS_PACKED)));
}
function extendedSet(): Set<string> {
  return (extended ??= new Set(unpackWords(EXTENDED_WORDS_PACKED)));
}

// Regular inflections tried when a form is not listed itself: (suffix to strip, ending to add back).
const INFLECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['s', ''],
  ['es', ''],
  ['ies', 'y'],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
  ['er', ''],
  ['ers', ''],
  ['ly', ''],
  ["'s", ''],
];

function inSet(set: Set<string>, word: string): boolean {
  if (set.has(word)) return true;
  for (const [suffix, add] of INFLECTIONS) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix) && set.has(word.slice(0, -suffix.length) + add)) return true;
  }
  return false;
}

/** How familiar a lower-case word is: 2 a common word, 1 a known word, 0 unknown. */
export function wordFamiliarity(word: string): 0 | 1 | 2 {
  const w = word.toLowerCase();
  if (inSet(commonSet(), w)) return 2;
  if (w.length >= 4 && inSet(extendedSet(), w)) return 1;
  return 0;
}

let postWords: Set<string> | undefined;
/** A word of public-sector posts missing from the English lists (./data/post-words.ts), or its plural. */
function isPostWord(w: string): boolean {
  postWords ??= new Set(POST_WORDS);
  return postWords.has(w) || (w.length >= 5 && w.endsWith('s') && postWords.has(w.slice(0, -1)));
}
let frequent: Set<string> | undefined;
// Shorter frequent words split names into accidents ("men|dip", "penis|tone"): the long ones are what tags miss.
const FREQUENT_MIN = 6;
/**
 * A word of everyday spoken English missing from the packed lists ("allowance", "scanner": ./data/frequent-words.ts),
 * or its inflection. Hashtag splitting only: the reading-level and classifier features keep their fixed lists.
 */
function isFrequentWord(w: string): boolean {
  return w.length >= FREQUENT_MIN && inSet((frequent ??= new Set(unpackWords(FREQUENT_WORDS_PACKED))), w);
}
let regionCodes: Set<string> | undefined;
/** A country, state or province abbreviation that hashtags run into words ("nb|storm"): ./data/region-codes.ts. */
function isRegionCode(piece: string): boolean {
  return (regionCodes ??= new Set(REGION_CODES)).has(piece);
}
/** Familiarity for splitting hashtags: the English lists, then the post words (as familiar as common words), then the frequent words. */
function segmentFamiliarity(piece: string): 0 | 1 | 2 {
  const fam = wordFamiliarity(piece);
  if (fam !== 0 || piece.length < 3) return fam;
  if (isPostWord(piece)) return 2;
  return isFrequentWord(piece) ? 1 : 0;
}
/** Known for hashtag splitting: an English word, a post word or a frequent word. */
function isHashtagWord(word: string): boolean {
  const w = word.toLowerCase();
  return isKnownWord(w) || (w.length >= 3 && isPostWord(w)) || isFrequentWord(w);
}

/** True when `word` (any case) is a known English word or inflection. */
export function isKnownWord(word: string): boolean {
  const w = word.toLowerCase();
  return inSet(commonSet(), w) || inSet(extendedSet(), w);
}

// Two-letter words that may stand alone inside a hashtag ("stayathome", "weareone"); other two-letter
// pieces are more likely the accidental split of a name.
const SHORT_WORDS: ReadonlySet<string> = new Set(
  'an as at be by do go he if in is it me my no of oh ok on or so to up us we'.split(' '),
);

/**
 * True when a lower-case piece of a hashtag is an English word on its own terms: a known word or
 * inflection, a post or frequent word (three letters or more), or a two-letter short word or region code.
 * For splits that mix English with the draft's own words (src/text/hashtag-vocabulary.ts).
 */
export function isEnglishHashtagPiece(piece: string): boolean {
  if (piece.length === 2) return SHORT_WORDS.has(piece) || isRegionCode(piece);
  return piece.length >= 3 && (isHashtagWord(piece) || isRegionCode(piece));
}

const MAX_SEGMENT_INPUT = 60;

/**
 * Splits a run of lower-case letters into English words, preferring the fewest and most familiar words;
 * one piece may be an unknown name of six letters or more. `undefined` when no split exists; a known
 * word, or a name that no cheaper split explains, comes back as a one-element array.
 * Dynamic programming over end positions (O(n × longest word)), input bounded to 60 letters.
 */
export function segmentWords(letters: string): string[] | undefined {
  const s = letters.toLowerCase();
  if (s.length === 0 || s.length > MAX_SEGMENT_INPUT || !/^[a-z]+$/.test(s)) return undefined;
  if (isHashtagWord(s)) return [s];
  const n = s.length;
  const best: Array<{ cost: number; from: number } | undefined> = new Array(n + 1);
  best[0] = { cost: 0, from: -1 };
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - 24); start < end; start++) {
      const prev = best[start];
      if (!prev) continue;
      const piece = s.slice(start, end);
      let cost: number;
      if (piece.length === 1) continue;
      if (piece.length === 2 || (piece.length === 3 && isRegionCode(piece) && wordFamiliarity(piece) === 0)) {
        // Two letters: a short word or a region code ("nb|storm"); priced so that a lone six-letter name
        // ("al|ness" 3.0 against "alness" 2.7) stays whole.
        if (!SHORT_WORDS.has(piece) && !isRegionCode(piece)) continue;
        cost = 1.4;
      } else {
        const fam = segmentFamiliarity(piece);
        if (fam === 0) {
          // An unknown piece (a place or brand name: "visit|penistone") of six letters or more, priced so
          // that a few common words beat it ("pen|is|tone" does not, "black|history|month" does).
          if (piece.length < 6) continue;
          cost = 1.5 + 0.2 * piece.length;
        } else cost = fam === 2 ? 1 : 1.6;
      }
      const total = prev.cost + cost;
      const cur = best[end];
      if (!cur || total < cur.cost) best[end] = { cost: total, from: start };
    }
  }
  if (!best[n]) return undefined;
  const words: string[] = [];
  for (let end = n; end > 0; ) {
    const from = best[end]!.from;
    words.unshift(s.slice(from, end));
    end = from;
  }
  return words;
}

export interface Hashtag {
  /** Offset of the `#`. */
  offset: number;
  endOffset: number;
  /** The tag without `#`. */
  tag: string;
}

// A hashtag: `#` not preceded by a word character, `&` or `/` (URLs, C#, &#39;), then letters, marks,
// digits and underscores with at least one letter. Linear: one character class, one pass.
const HASHTAG = /(?<![\p{L}\p{N}_&/#])[#＃]([\p{L}\p{M}\p{N}_]{1,139})/gu;
const HAS_LETTER = /\p{L}/u;

/** Hashtags within [from, to) of `text` (run it on `doc.prose` so code and link targets are skipped). */
export function findHashtags(text: string, from = 0, to = text.length): Hashtag[] {
  const out: Hashtag[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(HASHTAG)) {
    const tag = m[1]!;
    if (!HAS_LETTER.test(tag)) continue; // #1, #2027
    out.push({ offset: from + m.index, endOffset: from + m.index + m[0].length, tag });
  }
  return out;
}

/** Upper-cases the first letter of each word: ["black","history","month"] → "BlackHistoryMonth". */
export function camelCase(words: readonly string[]): string {
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

export interface HashtagWords {
  /** The tag split into parts: words, and digit or underscore runs kept as they are. */
  parts: string[];
  /** Number of English words found. */
  words: number;
  /** The suggested CamelCase spelling (without `#`). */
  camel: string;
}

/**
 * Splits a single-case hashtag into words. Digits and underscores separate parts ("covid19vaccine").
 * `undefined` when any letter run cannot be split into known words (names, acronyms, other languages).
 */
export function splitHashtag(tag: string): HashtagWords | undefined {
  const parts: string[] = [];
  let words = 0;
  for (const m of tag.matchAll(/[a-zA-Z]+|[^a-zA-Z]+/g)) {
    const run = m[0];
    if (!/^[a-zA-Z]/.test(run)) {
      if (/\p{L}/u.test(run)) return undefined; // letters outside ASCII: not English
      parts.push(run);
      continue;
    }
    const split = segmentWords(run);
    if (!split) return undefined;
    words += split.length;
    // A region code is written in capitals (#NBStorm), a word with a capital first letter.
    parts.push(split.map((w) => (isRegionCode(w) && !SHORT_WORDS.has(w) ? w.toUpperCase() : camelCase([w]))).join(''));
  }
  return { parts, words, camel: parts.join('') };
}

/**
 * True when a one-case run of letters that `segmentWords` cannot split confidently still reads as several
 * words: at least 12 letters holding two or more known words of five letters or more ("nore|valley|green|way").
 * A long single word ("sustainability") or a name with one word inside it ("ballyjamesduff") is not.
 * Greedy longest-match scan: at most 20 lookups per position, input bounded like `segmentWords`.
 */
export function looksMultiWord(letters: string): boolean {
  const s = letters.toLowerCase();
  if (s.length < 12 || s.length > MAX_SEGMENT_INPUT || !/^[a-z]+$/.test(s) || isHashtagWord(s)) return false;
  let found = 0;
  for (let i = 0; i + 5 <= s.length; ) {
    let len = Math.min(20, s.length - i);
    while (len >= 5 && !isHashtagWord(s.slice(i, i + len))) len--;
    if (len >= 5) {
      if (++found >= 2) return true;
      i += len;
    } else i++;
  }
  return false;
}

export interface UrlLike {
  offset: number;
  endOffset: number;
}

// Bare URLs, domains with a path or a known suffix, e-mail addresses and @mentions: not words.
// Each alternative is a run of non-space characters anchored by a literal, so the scan is linear.
const URL_LIKE =
  /(?:https?:\/\/|www\.)[^\s<>()]+|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]+(?:@[\p{L}\p{N}.-]+)?|(?<![\p{L}\p{N}@.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|uk|au|nz|ca|ie|us|eu|io|info|co|govt|nhs|police|scot|wales|ly|be|gl|me)(?:\/[^\s<>()]*)?(?![\p{L}\p{N}])/giu;

// Every URL-like token holds one of these characters with a non-space character after it ("://", "www.x",
// ".gov", "@x"), and no match spans whitespace.
const URL_ANCHOR = /[.:@]\S/g;

/** URL-like tokens (links, domains, e-mail addresses, @mentions) within [from, to). */
export function findUrlLike(text: string, from = 0, to = text.length): UrlLike[] {
  // Several rules ask for the same draft's URL-like tokens in turn: the last answer is kept (one entry).
  if (urlLikeCache && urlLikeCache.text === text && urlLikeCache.from === from && urlLikeCache.to === to) return urlLikeCache.out.slice();
  const out: UrlLike[] = [];
  const slice = text.slice(from, to);
  // No match spans whitespace, and whitespace satisfies every lookaround of URL_LIKE exactly as the
  // ends of a string do, so URL_LIKE runs only on the space-delimited chunks that hold an anchor
  // (scanning every word start of the prose with it is the cost): the same matches, in order.
  URL_ANCHOR.lastIndex = 0;
  for (let a = URL_ANCHOR.exec(slice); a !== null; a = URL_ANCHOR.exec(slice)) {
    let start = a.index;
    while (start > 0 && !isSpaceCode(slice.charCodeAt(start - 1))) start--;
    let end = a.index + 1;
    while (end < slice.length && !isSpaceCode(slice.charCodeAt(end))) end++;
    const chunk = slice.slice(start, end);
    for (const m of chunk.matchAll(URL_LIKE)) {
      let e = m.index + m[0].length;
      while (e > m.index && /[.,;:!?'"’”)]/.test(chunk[e - 1]!)) e--;
      out.push({ offset: from + start + m.index, endOffset: from + start + e });
    }
    URL_ANCHOR.lastIndex = end;
  }
  urlLikeCache = { text, from, to, out: out.slice() };
  return out;
}
let urlLikeCache: { text: string; from: number; to: number; out: UrlLike[] } | undefined;

/** True when [offset, endOffset) overlaps one of `ranges`. */
export function overlapsAny(ranges: readonly { offset: number; endOffset: number }[], offset: number, endOffset: number): boolean {
  return ranges.some((r) => r.offset < endOffset && offset < r.endOffset);
}

// A "word" for counting: a run of non-space characters with a letter or digit in it (so "–" and "&"
// alone are not words, and a URL is one word).
const TOKEN = /\S+/g;
const HAS_ALNUM = /[\p{L}\p{N}]/u;

/** Number of words in `text`: URLs, e-mail addresses and numbers count once. */
export function countWords(text: string): number {
  let n = 0;
  for (const m of text.matchAll(TOKEN)) if (HAS_ALNUM.test(m[0])) n++;
  return n;
}

// ------------------------------------------------------------------------------------------------
// Inflected and hyphenation variants of listed words and phrases ("value-add" -> "value-adds",
// "value add", "value-added", "value-adding"), so word lists hold one form per sense and still catch
// what writers type. Over-generation is harmless: a nonsense form ("robusts") never occurs in a draft.

const VOWEL = /[aeiou]/;
const PARTICLES: ReadonlySet<string> = new Set(['back', 'base', 'up', 'out', 'off', 'down', 'forward', 'over', 'in']);

/** Plural / third-person forms of one lower-case word. */
function sForms(w: string): string[] {
  if (/(?:s|x|z|ch|sh)$/.test(w)) return [`${w}es`];
  if (/[^aeiou]y$/.test(w)) return [`${w.slice(0, -1)}ies`];
  return [`${w}s`];
}

/** Past and present-participle forms of one lower-case word ("dive" -> dived, diving; "step" -> stepped, stepping). */
function verbForms(w: string): string[] {
  if (w.length < 3) return [];
  if (w.endsWith('ee')) return [`${w}d`, `${w}ing`];
  if (w.endsWith('ie')) return [`${w}d`, `${w.slice(0, -2)}ying`];
  if (w.endsWith('e')) return [`${w}d`, `${w.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(w)) return [`${w.slice(0, -1)}ied`, `${w}ing`];
  // Short consonant–vowel–consonant words double the last letter ("stepped", not "steped").
  if (w.length <= 4 && /[^aeiou][aeiou][^aeiouwxy]$/.test(w) && VOWEL.test(w)) return [`${w}${w.at(-1)}ed`, `${w}${w.at(-1)}ing`, `${w}ed`, `${w}ing`];
  return [`${w}ed`, `${w}ing`];
}

/**
 * A listed word or phrase with its regular inflections and hyphen/space variants, lower case. A single
 * word or hyphenated compound ("value-add", "ring-fence") takes -s/-es/-ies, -ed and -ing; the last word
 * of a spaced phrase only -s ("deep dives", not "touch based"); the first word of a two-word phrase
 * takes -ed and -ing, and -s before a particle ("touching base", "circles back": "values add" is ordinary
 * English). Hyphenated words are also matched spaced, and two-word phrases also hyphenated. Forms that
 * are already inflected ("leveraged") only add their hyphenation variants.
 */
export function phraseVariants(form: string): string[] {
  const words = form.trim().toLowerCase().split(/\s+/);
  const out = new Set<string>([words.join(' ')]);
  const lastIndex = words.length - 1;
  const lastWord = words[lastIndex]!;
  const inflected = (w: string): boolean => w.length > 4 && /(?:s|ed|ing)$/.test(w);
  if (!inflected(lastWord)) {
    const forms = lastIndex === 0 || lastWord.includes('-') ? [...sForms(lastWord), ...verbForms(lastWord)] : sForms(lastWord);
    for (const v of forms) out.add([...words.slice(0, lastIndex), v].join(' '));
  }
  if (words.length === 2 && words[0]!.length >= 4 && !words[0]!.includes('-') && !inflected(words[0]!)) {
    for (const v of [...verbForms(words[0]!), ...(PARTICLES.has(lastWord) ? sForms(words[0]!) : [])]) out.add(`${v} ${lastWord}`);
  }
  for (const v of [...out]) {
    if (v.includes('-')) out.add(v.replace(/-/g, ' '));
    if (words.length === 2) out.add(v.replace(' ', '-'));
  }
  return [...out];
}
