// Readability measures for short public posts: an English syllable estimate and the Flesch–Kincaid grade
// level (US school grade; reading age ≈ grade + 5). Heuristic, dictionary-free, linear in the input.

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
const TOKEN = /\S+/g;
const SIMPLE_TOKEN = /^([A-Za-z]+)[,.;!?]?$/;
const NOT_PROSE = /^[#@]|@|\/|^(?:https?:|www\.)|\.[\p{L}]{2,}/u;

/**
 * Counts letter words (URLs, numbers, hashtags and mentions excluded) and their syllables in
 * text[from, to) (a range, so callers need not copy a sentence out of the prose).
 */
export function wordStats(text: string, from = 0, to = text.length): Omit<ReadabilityStats, 'sentences'> {
  let words = 0;
  let syllables = 0;
  let polysyllables = 0;
  // Token by token (no backtracking across a long token): URLs, paths, hashtags, mentions and e-mail
  // addresses are not words to score. Words never span whitespace, so each token is scanned on its own
  // (no split/join copies of the text).
  TOKEN.lastIndex = from;
  for (let t = TOKEN.exec(text); t !== null && t.index < to; t = TOKEN.exec(text)) {
    const token = t.index + t[0].length > to ? t[0].slice(0, to - t.index) : t[0];
    // Most tokens are one ASCII word, perhaps with a trailing comma or full stop: neither NOT_PROSE ("www."
    // aside) nor a hyphen can apply, so the word is the letters.
    const simple = SIMPLE_TOKEN.exec(token);
    if (simple && token !== 'www.') {
      const s = countSyllables(simple[1]!);
      if (s !== 0) {
        words++;
        syllables += s;
        if (s >= 3) polysyllables++;
      }
      continue;
    }
    if (NOT_PROSE.test(token)) continue;
    for (const m of token.matchAll(WORD)) {
      // Hyphenated words count part by part.
      const w = m[0];
      let start = 0;
      while (start <= w.length) {
        let end = w.indexOf('-', start);
        if (end < 0) end = w.length;
        if (end > start) {
          const s = countSyllables(start === 0 && end === w.length ? w : w.slice(start, end));
          if (s !== 0) {
            words++;
            syllables += s;
            if (s >= 3) polysyllables++;
          }
        }
        start = end + 1;
      }
    }
  }
  return { words, syllables, polysyllables };
}

/** Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade(stats: ReadabilityStats): number {
  if (stats.words === 0 || stats.sentences === 0) return 0;
  return 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
}
