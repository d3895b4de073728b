// Readability measures for short public posts: an English syllable estimate and the Flesch–Kincaid grade
// level (US school grade; reading age ≈ grade + 5). Heuristic, dictionary-free, linear in the input.
import { isAsciiLetterCode, isSpaceCode } from './chars.js';

const VOWEL_GROUPS = /[aeiouy]+/g;
// Endings that add a syllable the vowel-group count misses, or remove one it adds.
const SILENT_E = /[^aeiouy]e$/;
const CONSONANT_LE = /[^aeiouy]le$/;
const SILENT_ED = /[^aeiouytd]ed$/;
const SILENT_ES = /[^aeiouyszxcgh]es$/;
const EXTRA = /(?:(?<![ct])ia|(?<![ts])io(?!n)|(?<!q)ua|eo(?!pl)|ue[^sd]|ii|iu|[^aeiou]ying|[aeiou]ing$|eon|ea$)/g;

// Words repeat across drafts: the estimate is memoized (bounded, so a stream of unique words cannot grow it).
const syllableCache = new Map<string, number>();
const SYLLABLE_CACHE_SIZE = 20_000;

/** Estimated syllables in one English word (at least 1). */
export function countSyllables(word: string): number {
  let n = syllableCache.get(word);
  if (n === undefined) {
    if (syllableCache.size >= SYLLABLE_CACHE_SIZE) syllableCache.clear();
    syllableCache.set(word, (n = estimateSyllables(word)));
  }
  return n;
}

function estimateSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  let n = (w.match(VOWEL_GROUPS) ?? []).length;
  if (SILENT_E.test(w) && !CONSONANT_LE.test(w)) n--;
  else if (SILENT_ED.test(w) || SILENT_ES.test(w)) n--;
  n += (w.match(EXTRA) ?? []).length;
  return Math.max(1, n);
}

export interface ReadabilityStats {
  sentences: number;
  words: number;
  syllables: number;
  /** Words of three or more syllables. */
  polysyllables: number;
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;
const NOT_PROSE = /^[#@]|@|\/|^(?:https?:|www\.)|\.[\p{L}]{2,}/u;

/**
 * Counts letter words (URLs, numbers, hashtags and mentions excluded) and their syllables in
 * text[from, to) (a range, so callers need not copy a sentence out of the prose).
 */
export function wordStats(text: string, from = 0, to = text.length): Omit<ReadabilityStats, 'sentences'> {
  let words = 0;
  let syllables = 0;
  let polysyllables = 0;
  const add = (s: number): void => {
    if (s !== 0) {
      words++;
      syllables += s;
      if (s >= 3) polysyllables++;
    }
  };
  // Token by token, split where `\S+` would (a token running past `to` is clipped there): URLs, paths,
  // hashtags, mentions and e-mail addresses are not words to score. Words never span whitespace, so each
  // token is scanned on its own (no split/join copies of the text).
  let i = from;
  while (i < to) {
    while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    // The length of the leading run of ASCII letters, then the end of the token.
    while (i < to && isAsciiLetterCode(text.charCodeAt(i))) i++;
    const letters = i;
    while (i < to && !isSpaceCode(text.charCodeAt(i))) i++;
    // Most tokens are one ASCII word, perhaps with one trailing , . ; ! or ?: neither NOT_PROSE ("www."
    // aside) nor a hyphen can apply, so the word is the letters.
    if (letters > start && (i === letters || (i === letters + 1 && isSimpleEnd(text.charCodeAt(letters))))) {
      if (!(i - start === 4 && text.startsWith('www.', start))) {
        // A word of three letters or fewer is one syllable (estimateSyllables): no copy, no lookup.
        add(letters - start <= 3 ? 1 : countSyllables(text.slice(start, letters)));
        continue;
      }
    }
    const token = text.slice(start, i);
    if (NOT_PROSE.test(token)) continue;
    for (const m of token.matchAll(WORD)) {
      // Hyphenated words count part by part.
      const w = m[0];
      let s = 0;
      while (s <= w.length) {
        let e = w.indexOf('-', s);
        if (e < 0) e = w.length;
        if (e > s) add(countSyllables(s === 0 && e === w.length ? w : w.slice(s, e)));
        s = e + 1;
      }
    }
  }
  return { words, syllables, polysyllables };
}

/** , . ; ! ? */
function isSimpleEnd(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x3b || c === 0x21 || c === 0x3f;
}

/** Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade(stats: ReadabilityStats): number {
  if (stats.words === 0 || stats.sentences === 0) return 0;
  return 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
}
