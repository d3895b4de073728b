// Sentence features for the judgement classifiers: words and word pairs, character n-grams inside words
// (they carry masked and compounded swearing, and unseen inflections), the lexicon classes and their
// order ("self … liability"), class-abstracted word pairs and triples ("[self] [liability] for"),
// negation before a class, and a few shape features (question, reply to "you", an age, a name).
// Names and numbers are abstracted, so another name or number keeps the verdict. Each feature is hashed
// into a fixed space (the hashing trick): no vocabulary ships with the weights.
import { tokenize, type Token } from './tokens.js';
import type { Lexicon } from './lexicon.js';
import { wordFamiliarity } from '../words.js';
import { PARTY_NAMES, AMBIGUOUS_PARTY_NAMES } from '../parties.js';
import { FOLDS_TO_ASCII, asciiEquivalent } from '../ascii-regexp.js';

export const FAMILIES = ['guilt', 'admission', 'identification', 'endorsement', 'partisanship', 'condescension', 'special-category'] as const;
export type Family = (typeof FAMILIES)[number];

/** FNV-1a over UTF-16 code units, with a final mix: stable across engines. */
export function hash32(s: string): number {
  return fin(strHash(s));
}

const CAP = /^\p{Lu}/u;
const DIGITS = /\p{N}+/gu;

// A token's normal form depends only on how it is written and whether it opens the text (a token's `norm`
// follows from its `raw`): kept per spelling (tokenEntry below), bounded like the word features.
const NORM_CACHE_MAX = 50_000;

function normWord(t: Token, first: boolean): string {
  if (t.raw.startsWith('@')) return '<at>';
  if (/\p{N}/u.test(t.norm)) return t.norm.replace(DIGITS, '0');
  // A capitalised word that is not a common English word is most likely a name or a place: abstracted,
  // so the verdict does not hang on which name. (Sentence-initial words are capitalised anyway.)
  if (CAP.test(t.raw) && !t.raw.includes('*')) {
    const fam = wordFamiliarity(t.norm.replace(/'s$/u, ''));
    if (first ? fam === 0 : fam < 2) return '<n>';
  }
  return t.norm;
}

// Party names are matched as written (src/text/parties.ts): "Labour" is a party, "labour market" is not.
let parties: Map<string, string[][]> | undefined;
function partyNames(): Map<string, string[][]> {
  if (parties) return parties;
  parties = new Map();
  for (const name of [...PARTY_NAMES, ...AMBIGUOUS_PARTY_NAMES]) {
    const words = tokenize(name).map((t) => t.raw);
    const list = parties.get(words[0]!) ?? [];
    list.push(words);
    parties.set(words[0]!, list);
  }
  return parties;
}
function hasParty(tokens: readonly Token[]): boolean {
  const names = partyNames();
  // (Loops, not closures per token: this runs on every window.)
  for (let i = 0; i < tokens.length; i++) {
    const list = names.get(tokens[i]!.raw);
    if (!list) continue;
    for (const ws of list) {
      let k = 1;
      while (k < ws.length && tokens[i + k]?.raw === ws[k]) k++;
      if (k === ws.length) return true;
    }
  }
  return false;
}

// Identifying details found by shape: an age, a school year or grade in any system, a house number.
const DETAIL_SHAPES: ReadonlyArray<[string, RegExp]> = [
  ['age', /\b\d{1,2}[- ]?(?:year|yr)s?[- ]?olds?\b|\baged \d{1,2}\b|,\s\d{1,2}(?:,|\s(?:of|from)\b)|\(\d{1,2}\)/iu],
  ['school', /\b(?:year|yr|grade|form|p|s|class)\s?\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)[- ]grade(?:r|rs)?\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[- ]grade(?:r)?\b/iu],
  ['home', /\b\d{1,5}[a-z]?\s+(?:\p{Lu}\p{Ll}+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Crescent|Close|Court|Ct|Way|Terrace|Place|Pl|Boulevard|Blvd)\b/u],
];

const NEGATION_WINDOW = 4;
const PAIR_WINDOW = 8;

// Frequent features (words, word pairs and triples, character n-grams) are hashed from numbers, never
// built as strings: one draft has over a thousand of them. Each kind has its own seed.
const FNV = 0x01000193;
const SEED_W = 0x1b873593;
const SEED_B = 0x2545f491;
const SEED_C = 0x5bd1e995;
const SEED_A = 0x68e31da4;
const SEED_A3 = 0x7fb5d329;
const mix = (h: number, x: number): number => Math.imul(h ^ x, FNV);
function fin(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
function strHash(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return h;
}

interface Sink {
  /** A feature named by a string (the rarer kinds: classes, pairs, negation, shape, conjunctions). */
  named(name: string): void;
  /** The feature named `a + b + c + d`, without building the string (a window has a hundred of them). */
  joined(a: string, b: string, c?: string, d?: string): void;
  /** A feature already hashed. */
  hashed(h: number): void;
}

/** What a word contributes whatever its neighbours: its hash, its unigram feature and its character 4-grams. */
interface WordFeatures {
  hash: number;
  unigram: number;
  grams: Uint32Array;
}
const NO_GRAMS = new Uint32Array(0);
function wordFeatures(w: string): WordFeatures {
  const hash = strHash(w);
  let grams = NO_GRAMS;
  if (w.length >= 3 && w.charCodeAt(0) !== 60 /* < */) {
    // Character 4-grams of "<word>" (3- and 5-grams as well cost twice the time for no better a score).
    const n = w.length + 2;
    grams = new Uint32Array(n - 3);
    for (let i = 0; i + 4 <= n; i++) {
      let h = SEED_C;
      for (let k = 0; k < 4; k++) {
        const j = i + k;
        h = mix(h, j === 0 ? 60 : j === n - 1 ? 62 : w.charCodeAt(j - 1));
      }
      grams[i] = fin(h);
    }
  }
  return { hash, unigram: fin(mix(SEED_W, hash)), grams };
}

// Words recur across windows (each sentence is read in two) and across drafts: a word's own features are
// computed once. Emptied when full, so a stream of unusual words cannot grow it without bound.
const WORD_CACHE_MAX = 50_000;
const wordCache = new Map<string, WordFeatures>();
function cachedWordFeatures(w: string): WordFeatures {
  let f = wordCache.get(w);
  if (!f) {
    if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
    wordCache.set(w, (f = wordFeatures(w)));
  }
  return f;
}

// A spelling's normal form and its word's features in one lookup per token (a window has fifty tokens,
// and the classifier reads every window): kept per spelling and position, emptied when full.
interface TokenEntry {
  word: string;
  features: WordFeatures;
}
const entryCache = [new Map<string, TokenEntry>(), new Map<string, TokenEntry>()] as const;
function tokenEntry(t: Token, first: boolean): TokenEntry {
  const cache = entryCache[first ? 1 : 0];
  let e = cache.get(t.raw);
  if (e === undefined) {
    if (cache.size >= NORM_CACHE_MAX) cache.clear();
    const word = normWord(t, first);
    cache.set(t.raw, (e = { word, features: cachedWordFeatures(word) }));
  }
  return e;
}

function extract(text: string, lex: Lexicon, sink: Sink): void {
  const tokens = tokenize(text);
  sink.named('bias');
  const n = tokens.length;
  const words = new Array<string>(n);
  const wf = new Array<WordFeatures>(n);
  const wh = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const e = tokenEntry(tokens[i]!, i === 0);
    words[i] = e.word;
    wf[i] = e.features;
    wh[i] = e.features.hash;
  }
  const START = strHash('<s>');
  const END = strHash('</s>');
  for (const f of wf) sink.hashed(f.unigram);
  for (let i = -1; i < wh.length; i++) sink.hashed(fin(mix(mix(SEED_B, i < 0 ? START : wh[i]!), i + 1 < wh.length ? wh[i + 1]! : END)));
  for (const f of wf) for (const g of f.grams) sink.hashed(g);
  // A blame tail ("read the notice", "next time") is a put-down only after a patronising suggestion
  // ("Maybe read the notice next time"), as tone/hostile-reply reads it: alone it is plain advice.
  const all = lex.match(tokens);
  const firstSuggestion = all.find((h) => h.cls === 'put-down:suggestion')?.start ?? Infinity;
  const hits = all.filter((h) => h.cls !== 'put-down:blame-tail' || h.start > firstSuggestion);
  const present = new Set<string>();
  for (const h of hits) present.add(h.cls);
  if (hasParty(tokens)) present.add('party');
  // (Every shape has a digit but the spelled-out grades.)
  if (/\d|grade/iu.test(text)) {
    // (The shapes without `u` where that finds the same: src/text/ascii-regexp.ts.)
    const plain = !FOLDS_TO_ASCII.test(text);
    for (const [kind, re] of DETAIL_SHAPES) if ((plain ? asciiEquivalent(re) : re).test(text)) present.add(`detail:${kind}`);
  }
  // The jigsaw: how many kinds of identifying detail (a name counts as one).
  let kinds = words.some((w, i) => i > 0 && w === '<n>') ? 1 : 0;
  for (const c of present) if (c.startsWith('detail:') && c !== 'detail:victim' && c !== 'detail:child') kinds++;
  if (kinds >= 2) sink.named(`J:${Math.min(kinds, 4)}`);
  for (const who of ['detail:victim', 'detail:child']) if (present.has(who) && kinds >= 2) sink.joined('J:', who, '&', String(Math.min(kinds, 4)));
  for (const c of present) sink.joined('L:', c);
  // Ordered class pairs close together: "we … caused", "the thug … arrested". (Hits are in token order, so
  // each looks ahead only as far as the window: linear, whatever the length.)
  for (let x = 0; x < hits.length; x++) {
    const a = hits[x]!;
    for (let y = x + 1; y < hits.length; y++) {
      const b = hits[y]!;
      if (b.start - a.end >= PAIR_WINDOW) break;
      if (b.start > a.start && a.cls !== b.cls) sink.joined('LL:', a.cls, '>', b.cls);
    }
  }
  // Negation in the few tokens before a class hit: the end of the last negation before each token.
  const negEnd = new Int32Array(tokens.length + 1).fill(-1000);
  for (const h of hits) if (h.cls === 'negation') negEnd[h.end] = h.end;
  for (let i = 1; i <= tokens.length; i++) negEnd[i] = Math.max(negEnd[i]!, negEnd[i - 1]!);
  for (const h of hits) {
    if (h.cls !== 'negation' && h.start - negEnd[h.start]! < NEGATION_WINDOW) sink.joined('N:', h.cls);
  }
  // The class-abstracted sequence: each token replaced by the class of the longest phrase starting there.
  const longest = new Map<number, (typeof hits)[number]>();
  for (const h of hits) {
    const b = longest.get(h.start);
    if (h.cls !== 'negation' && (!b || h.end - h.start > b.end - b.start)) longest.set(h.start, h);
  }
  const abs: number[] = [START];
  for (let i = 0; i < tokens.length; i++) {
    const best = longest.get(i);
    if (best) {
      abs.push(strHash(']', strHash(best.cls, strHash('['))));
      i = best.end - 1;
    } else abs.push(wh[i]!);
  }
  abs.push(END);
  for (let i = 0; i + 1 < abs.length; i++) sink.hashed(fin(mix(mix(SEED_A, abs[i]!), abs[i + 1]!)));
  for (let i = 0; i + 2 < abs.length; i++) sink.hashed(fin(mix(mix(mix(SEED_A3, abs[i]!), abs[i + 1]!), abs[i + 2]!)));
  // Shape.
  const shapes: string[] = [];
  if (tokens.some((t) => t.raw.includes('?'))) shapes.push('question');
  if (tokens.some((t) => t.raw.includes('!'))) shapes.push('exclaim');
  if (words.includes('you') || words.includes('your') || words.includes("you're") || words.includes('u')) shapes.push('you');
  if (words[0] === '<at>' || words[0] === 'you' || words[0] === 'your') shapes.push('to-you');
  const names = words.filter((w) => w === '<n>').length;
  if (names > 0) shapes.push(names > 1 ? 'names' : 'name');
  if (present.has('detail:age')) shapes.push('age');
  if (tokens.some((t) => t.raw.includes('*'))) shapes.push('masked');
  if (/\p{Lu}{4,}/u.test(text)) shapes.push('caps');
  for (const g of shapes) sink.joined('g:', g);
  // Conjunctions a linear model cannot form itself: two classes anywhere in the window ("arrested" and
  // "thug"), and a shape with a class (a name and a diagnosis; "you" and a put-down).
  const cls = [...present].filter((c) => c !== 'negation').sort();
  for (let i = 0; i < cls.length; i++) for (let j = i + 1; j < cls.length; j++) sink.joined('P:', cls[i]!, '&', cls[j]!);
  for (const g of shapes) for (const c of cls) sink.joined('S:', g, '&', c);
}

/** The string-named features of a text (classes, pairs, negation, shape, conjunctions): for tests and inspection. */
export function namedFeatures(text: string, lex: Lexicon): string[] {
  const out: string[] = [];
  extract(text, lex, { named: (n) => out.push(n), joined: (a, b, c = '', d = '') => out.push(a + b + c + d), hashed: () => {} });
  return out;
}

const marks = new Map<number, Uint8Array>();

/** The text's features as distinct indices into a space of 2^bits, in a fixed order. */
export function featureIndices(text: string, lex: Lexicon, bits: number): Uint32Array {
  const mask = (1 << bits) - 1;
  let seen = marks.get(bits);
  if (!seen) marks.set(bits, (seen = new Uint8Array(1 << bits)));
  const list: number[] = [];
  const add = (h: number): void => {
    const i = h & mask;
    if (seen[i] === 0) {
      seen[i] = 1;
      list.push(i);
    }
  };
  // (FNV-1a runs on: the hash of a + b is strHash(b, strHash(a)).)
  const joined = (a: string, b: string, c?: string, d?: string): void => {
    let h = strHash(b, strHash(a));
    if (c !== undefined) h = strHash(c, h);
    if (d !== undefined) h = strHash(d, h);
    add(fin(h));
  };
  extract(text, lex, { named: (n) => add(fin(strHash(n))), joined, hashed: add });
  for (const i of list) seen[i] = 0;
  return Uint32Array.from(list);
}
