// Language identification for the supported languages, from each pack's function words, frequent words
// and letters. Our own, not franc / franc-min: franc-min (82 languages of 8M+ speakers) has no Welsh,
// Irish or Māori at all, franc (187) and franc-all (414) are large trigram tables trained on the UDHR that
// their own docs call "easily confused on small samples" — and a post is a small sample. Function words
// decide a sentence of five words reliably, and only five languages need telling apart.
import { LANGS, type Lang } from './types.js';
import { LANGUAGE_PACKS } from './index.js';

const N = LANGS.length;
const INDEX: Readonly<Record<Lang, number>> = Object.fromEntries(LANGS.map((l, i) => [l, i])) as Record<Lang, number>;

function norm(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('\u2019')) w = w.replace(/\u2019/g, "'");
  // (Only text outside ASCII can be in another normal form.)
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0x7f) return w.normalize('NFC');
  return w;
}

// word -> bit set of the languages it is evidence for (stopwords and frequent words weigh the same).
const WORD_LANGS = new Map<string, number>();
// letter -> bit set of the languages it points to.
const LETTER_LANGS = new Map<string, number>();
// first word of a loan-word phrase -> the phrases (as word lists) starting with it, longest first.
const LOAN_PHRASES = new Map<string, string[][]>();
// ASCII word runs whose presence `doc.words()` can answer: if none of them is in a draft (and it has no
// letter outside ASCII), no word of another language is in it either. The longest run of each word.
const ASCII_GATE: Record<string, Set<string>> = {};

for (const lang of LANGS) {
  const pack = LANGUAGE_PACKS[lang];
  const bit = 1 << INDEX[lang];
  const gate = (ASCII_GATE[lang] = new Set<string>());
  for (const list of [pack.stopwords, pack.evidence]) {
    for (const raw of list) {
      const w = norm(raw);
      WORD_LANGS.set(w, (WORD_LANGS.get(w) ?? 0) | bit);
      const runs = w.split(/[^a-z0-9]+/).filter(Boolean);
      const longest = runs.reduce((a, b) => (b.length >= a.length ? b : a), '');
      if (longest && /^[\x00-\x7f]*$/.test(w)) gate.add(longest);
    }
  }
  for (const ch of pack.letters) LETTER_LANGS.set(ch, (LETTER_LANGS.get(ch) ?? 0) | bit);
  for (const raw of pack.loanwords) {
    const words = norm(raw).split(/[\s-]+/);
    const list = LOAN_PHRASES.get(words[0]!) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    LOAN_PHRASES.set(words[0]!, list);
  }
}

/** Words, with inner apostrophes (l'heure, mae'n, don't) and combining marks. */
const TOKEN = /[\p{L}\p{M}]+(?:['\u2019][\p{L}\p{M}]+)*/gu;
/** A letter a pack's identification could read outside ASCII (Latin-1 to Latin Extended Additional, combining marks). */
const NON_ASCII_LETTER = /[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]/;

/** Evidence per language (indexed as LANGS) and the number of words read. */
export interface Evidence {
  readonly scores: Float64Array;
  words: number;
}

export function emptyEvidence(): Evidence {
  return { scores: new Float64Array(N), words: 0 };
}

export function addEvidence(into: Evidence, from: Evidence): void {
  for (let i = 0; i < N; i++) into.scores[i]! += from.scores[i]!;
  into.words += from.words;
}

function wordBits(w: string, capitalised: boolean): number {
  let bits = WORD_LANGS.get(w) ?? 0;
  const apo = w.indexOf("'");
  if (apo !== -1) {
    // Elisions and clitics: French l' d' qu' …, Welsh 'r 'n, English 's 't 're …
    bits |= WORD_LANGS.get(w.slice(0, apo + 1)) ?? 0;
    bits |= WORD_LANGS.get(w.slice(w.lastIndexOf("'"))) ?? 0;
  }
  // Letters only for words that are not names: NZ English writes Māori place names with macrons
  // (Tāwhiti, Ōpito Bay), Welsh English keeps Tŷ Hafan.
  if (capitalised) return bits;
  for (let i = 0; i < w.length; i++) {
    if (w.charCodeAt(i) < 0xc0) continue;
    bits |= LETTER_LANGS.get(w[i]!) ?? 0;
  }
  return bits;
}

/**
 * The evidence of `text[from, to)`: each word counts once for every language it is a function word,
 * frequent word or letter cue of. Loan words and phrases ("kia ora", "diolch", "merci") count for none:
 * they are as much at home in English posts.
 */
export function evidenceOf(text: string, from: number, to: number): Evidence {
  const ev = emptyEvidence();
  const words: string[] = [];
  const caps: boolean[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const end = Math.min(to, m.index + m[0].length);
    // Hashtags, mentions, addresses and domains are not sentences of any language.
    const before = m.index > 0 ? text.charCodeAt(m.index - 1) : 0;
    const after = text.charCodeAt(end);
    if (before === 0x23 || before === 0x40 || before === 0x2f || before === 0x2e || after === 0x40 || (after === 0x2e && /[\p{L}\p{N}]/u.test(text[end + 1] ?? ''))) continue;
    const raw = m[0].slice(0, end - m.index);
    words.push(norm(raw));
    caps.push(raw[0] !== raw[0]!.toLowerCase());
    if (end === to) break;
  }
  ev.words = words.length;
  for (let i = 0; i < words.length; i++) {
    const phrases = LOAN_PHRASES.get(words[i]!);
    if (phrases) {
      const hit = phrases.find((p) => p.every((w, k) => words[i + k] === w));
      if (hit) {
        i += hit.length - 1;
        continue;
      }
    }
    const bits = wordBits(words[i]!, caps[i]!);
    if (bits === 0) continue;
    for (let l = 0; l < N; l++) if (bits & (1 << l)) ev.scores[l]! += 1;
  }
  return ev;
}

/** Evidence needed before a stretch is given a language other than the fallback. */
const MIN_EVIDENCE = 2;
/** The chosen language must have at least this many times the evidence of the runner-up. */
const MARGIN = 2;

export interface Verdict {
  lang: Lang;
  /** Share of the evidence that points to `lang` (0 when there was none: a guess). */
  confidence: number;
  /** False when the evidence was too thin or too even and `lang` is the fallback. */
  determined: boolean;
}

/** The language the evidence shows among `candidates`, or `fallback` when it is too thin or too even. */
export function decide(ev: Evidence, candidates: readonly Lang[], fallback: Lang): Verdict {
  let best: Lang | undefined;
  let bestScore = 0;
  let second = 0;
  let total = 0;
  for (const l of candidates) {
    const s = ev.scores[INDEX[l]]!;
    total += s;
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = l;
    } else if (s > second) second = s;
  }
  if (best && bestScore >= MIN_EVIDENCE && bestScore >= MARGIN * second) return { lang: best, confidence: bestScore / total, determined: true };
  const own = ev.scores[INDEX[fallback]]!;
  return { lang: fallback, confidence: total === 0 ? 0 : own / total, determined: false };
}

/**
 * True when no word of a candidate other than `lang` can be in the prose: no letter outside ASCII and
 * none of their (ASCII) words among the draft's tokens. Then every stretch is `lang` with no
 * evidence against it, and identification can be skipped (most English drafts).
 */
export function onlyLanguage(prose: string, words: { hasAny(words: Iterable<string>): boolean }, candidates: readonly Lang[], lang: Lang): boolean {
  if (NON_ASCII_LETTER.test(prose)) return false;
  for (const l of candidates) if (l !== lang && words.hasAny(ASCII_GATE[l]!)) return false;
  return true;
}

/** Only spaces, tabs, no-break spaces or hyphens between the words of a phrase. */
function phraseGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0 && c !== 0x2d) return false;
  }
  return to > from;
}

// loanwordRanges' own scanners (TOKEN's lastIndex belongs to the spans scan above).
const LOAN_SCAN = new RegExp(TOKEN.source, TOKEN.flags);
const LOAN_AHEAD = new RegExp(TOKEN.source, TOKEN.flags);

/**
 * Ranges of loan words of the other languages in the prose ("kia ora", "whānau", "diolch", "merci"): the
 * prose's words looked up in the phrase table, longest phrase first. A word scan, not one alternation of
 * every phrase (which the ReDoS audit cannot prove linear).
 */
export function loanwordRanges(prose: string): Array<{ offset: number; endOffset: number }> {
  const out: Array<{ offset: number; endOffset: number }> = [];
  // The words are read one at a time, and the few after one that starts a phrase only then: no array of
  // every token of the prose (over half a million objects for a 5 MB draft).
  const scan = LOAN_SCAN;
  const ahead = LOAN_AHEAD;
  scan.lastIndex = 0;
  for (let m = scan.exec(prose); m; m = scan.exec(prose)) {
    const word = norm(m[0]);
    const phrases = LOAN_PHRASES.get(word);
    if (!phrases) continue;
    const tokens = [{ start: m.index, end: m.index + m[0].length, word }];
    const longest = phrases.reduce((n, p) => Math.max(n, p.length), 0);
    ahead.lastIndex = scan.lastIndex;
    while (tokens.length < longest) {
      const next = ahead.exec(prose);
      if (!next) break;
      tokens.push({ start: next.index, end: next.index + next[0].length, word: norm(next[0]) });
    }
    const hit = phrases.find((p) => p.every((w, k) => tokens[k]?.word === w && (k === 0 || phraseGap(prose, tokens[k - 1]!.end, tokens[k]!.start))));
    // (English has no loan-word table: every phrase in LOAN_PHRASES is another language's.)
    if (!hit) continue;
    out.push({ offset: tokens[0]!.start, endOffset: tokens[hit.length - 1]!.end });
    scan.lastIndex = tokens[hit.length - 1]!.end;
  }
  return out;
}
