// Splitting a one-case hashtag with the draft's own vocabulary, for tags the English splitter
// (./words.ts splitHashtag) cannot explain: a place or organisation named in the draft or the config
// (#dogparkmoncton, #cedarridgefire, #crcroads), an acronym the post spells in capitals (#hivtesting), or
// words of the other language of a bilingual post (#froidextreme, #dimgoddefgarwch). Every piece must be
// a known word, and at least one must come from the draft (an English word of four letters or more counts
// when the draft uses it: "burn" of "burning"), the organisation or the other languages, so a one-word
// name the English lists happen to cut ("pen|is|tone") is left alone. Data:
// ./data/hashtag-vocabulary.json and the language packs' function and evidence words (src/lang/*/words.ts).
import data from './data/hashtag-vocabulary.json' with { type: 'json' };
import { LANGUAGE_PACKS } from '../lang/index.js';
import { isEnglishHashtagPiece } from './words.js';

/** Lower case without accents, one UTF-16 unit per letter where the letter decomposes to one. */
function foldChar(c: string): string {
  const base = c.normalize('NFD').charAt(0).toLowerCase();
  return base.length === 1 ? base : c.toLowerCase();
}
const fold = (s: string): string => Array.from(s, foldChar).join('');

let languageWords: ReadonlySet<string> | undefined;
/** Words of the other supported languages (three letters or more) and the abbreviations of the data file. */
function languageSet(): ReadonlySet<string> {
  if (languageWords) return languageWords;
  const out = new Set<string>(data.abbreviations);
  const add = (w: string): void => {
    const f = fold(w);
    if (f.length >= 3 && /^\p{L}+$/u.test(f)) out.add(f);
  };
  for (const pack of Object.values(LANGUAGE_PACKS)) {
    if (pack.code === 'en') continue;
    for (const w of pack.stopwords) add(w);
    for (const w of pack.evidence) add(w);
  }
  for (const list of Object.values(data.words)) for (const w of list) add(w);
  return (languageWords = out);
}

export interface DraftVocabulary {
  /** Folded words (three letters or more, or two written with a capital: "Mt", "NB") and their stems. */
  readonly words: ReadonlySet<string>;
  /** Folded acronyms: words the text writes in capitals and the initials of capitalised names. */
  readonly acronyms: ReadonlySet<string>;
}

// A word not inside a mention or longer token; the draft's other hashtags count ("#moncton #dogparkmoncton"),
// and a tag never explains itself, as a split needs two pieces. Linear: one class run after a fixed lookbehind.
const WORD = /(?<![@\p{L}\p{M}\p{N}_])[\p{L}\p{M}]+/gu;
// A run of capitalised words from a word start (linear: one attempt per word), "of"/"o"/"de"/"na"/"y" allowed between (Cedar Ridge County, City of Cedar Ridge).
const NAME_RUN = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?:[ \t]+(?:(?:of|o|de|du|na|y)[ \t]+)?\p{Lu}[\p{L}\p{M}]*)+/gu;
const STEMS: readonly string[] = ['s', 'es', 'ing', 'ed', "'s"];

/** The vocabulary of a draft: the words of `texts` (post text, organisation name, account). */
export function draftVocabulary(texts: readonly string[]): DraftVocabulary {
  const words = new Set<string>();
  const acronyms = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(WORD)) {
      const w = m[0];
      const f = fold(w);
      if (f.length < 2) continue;
      if (f.length === 2 && !/^\p{Lu}/u.test(w)) continue;
      words.add(f);
      if (w.length >= 2 && w.length <= 5 && w === w.toUpperCase() && /\p{Lu}/u.test(w)) acronyms.add(f);
      for (const s of STEMS) if (f.length >= s.length + 3 && f.endsWith(s)) words.add(f.slice(0, -s.length));
    }
    for (const m of text.matchAll(NAME_RUN)) {
      const parts = m[0].split(/[ \t]+/);
      const all = fold(parts.map((p) => p.charAt(0)).join(''));
      const capitals = fold(parts.filter((p) => /^\p{Lu}/u.test(p)).map((p) => p.charAt(0)).join(''));
      for (const a of [all, capitals]) if (a.length >= 2 && a.length <= 5) acronyms.add(a);
    }
  }
  return { words, acronyms };
}

export interface VocabularySplit {
  /** The tag's letter runs split into pieces (original characters), digits and underscores kept as parts. */
  readonly parts: readonly string[];
  /** Word pieces found. */
  readonly words: number;
  /** CamelCase spelling (acronyms in capitals), without `#`. */
  readonly camel: string;
}

const MAX_RUN = 60;

/**
 * Splits a one-case tag into known pieces: English words, the draft's words and acronyms, and the other
 * languages' words; fewest pieces first, two-letter pieces dearer. `undefined` unless every letter run
 * splits, there are two pieces or more, and one piece at least is not an English word on its own.
 * Dynamic programming over end positions (O(n × 24)), runs bounded to 60 letters.
 */
export function splitWithVocabulary(tag: string, vocab: DraftVocabulary): VocabularySplit | undefined {
  const chars = Array.from(tag.normalize('NFC'));
  const parts: string[] = [];
  let words = 0;
  let fromDraft = false;
  const lang = languageSet();
  const known = (p: string): 'en' | 'draft' | undefined => {
    const inDraft = vocab.acronyms.has(p) || vocab.words.has(p);
    // An English piece the draft itself uses (four letters or more: "burn" of "burning") is the draft's word too.
    if (isEnglishHashtagPiece(p)) return inDraft && p.length >= 4 ? 'draft' : 'en';
    if (inDraft || lang.has(p)) return 'draft';
    return undefined;
  };
  for (let i = 0; i < chars.length; ) {
    let j = i;
    const letter = /\p{L}/u.test(chars[i]!);
    while (j < chars.length && /\p{L}/u.test(chars[j]!) === letter) j++;
    const run = chars.slice(i, j);
    i = j;
    if (!letter) {
      parts.push(run.join(''));
      continue;
    }
    if (run.length > MAX_RUN) return undefined;
    const f = run.map(foldChar);
    const n = f.length;
    // At most one two-letter piece per run: two of them are how a name falls apart ("mon|ct|on").
    const best: Array<{ cost: number; from: number; draft: boolean; short: boolean } | undefined> = new Array(n + 1);
    best[0] = { cost: 0, from: -1, draft: false, short: false };
    for (let end = 2; end <= n; end++) {
      for (let start = Math.max(0, end - 24); start <= end - 2; start++) {
        const prev = best[start];
        if (!prev) continue;
        const short = end - start === 2;
        if (short && prev.short) continue;
        const piece = f.slice(start, end).join('');
        const kind = known(piece);
        // The whole run is the tag itself, which the draft always "uses": only the word lists may call it one word.
        if (!kind || (start === 0 && end === n && !isEnglishHashtagPiece(piece) && !lang.has(piece))) continue;
        const cost = prev.cost + (short ? 1.5 : 1);
        const cur = best[end];
        if (!cur || cost < cur.cost || (cost === cur.cost && kind === 'draft' && !cur.draft)) {
          best[end] = { cost, from: start, draft: prev.draft || kind === 'draft', short: prev.short || short };
        }
      }
    }
    const last = best[n];
    if (!last) return undefined;
    fromDraft ||= last.draft;
    const pieces: string[] = [];
    for (let end = n; end > 0; ) {
      const from = best[end]!.from;
      const piece = f.slice(from, end).join('');
      const original = run.slice(from, end).join('').toLowerCase();
      pieces.unshift(vocab.acronyms.has(piece) && !isEnglishHashtagPiece(piece) ? original.toUpperCase() : original.charAt(0).toUpperCase() + original.slice(1));
      end = from;
    }
    words += pieces.length;
    parts.push(pieces.join(''));
  }
  if (words < 2 || !fromDraft) return undefined;
  return { parts, words, camel: parts.join('') };
}
