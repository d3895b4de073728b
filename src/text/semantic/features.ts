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

export const FAMILIES = ['guilt', 'admission', 'identification', 'endorsement', 'partisanship', 'condescension', 'special-category'] as const;
export type Family = (typeof FAMILIES)[number];

/** FNV-1a over UTF-16 code units, with a final mix: stable across engines. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

const CAP = /^\p{Lu}/u;
const DIGITS = /\p{N}+/gu;

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
  return tokens.some((t, i) => names.get(t.raw)?.some((ws) => ws.every((w, k) => tokens[i + k]?.raw === w)) === true);
}

// Identifying details found by shape: an age, a school year or grade in any system, a house number.
const DETAIL_SHAPES: ReadonlyArray<[string, RegExp]> = [
  ['age', /\b\d{1,2}[- ]?(?:year|yr)s?[- ]?olds?\b|\baged \d{1,2}\b|,\s\d{1,2}(?:,|\s(?:of|from)\b)|\(\d{1,2}\)/iu],
  ['school', /\b(?:year|yr|grade|form|p|s|class)\s?\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)[- ]grade(?:r|rs)?\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[- ]grade(?:r)?\b/iu],
  ['home', /\b\d{1,5}[a-z]?\s+(?:\p{Lu}\p{Ll}+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Crescent|Close|Court|Ct|Way|Terrace|Place|Pl|Boulevard|Blvd)\b/u],
];

const NEGATION_WINDOW = 4;
const PAIR_WINDOW = 8;

/** The hashed feature strings of one sentence, before hashing (for tests and inspection). */
export function featureStrings(text: string, lex: Lexicon): string[] {
  const tokens = tokenize(text);
  const out: string[] = ['bias'];
  const words = tokens.map((t, i) => normWord(t, i === 0));
  const seq = ['<s>', ...words, '</s>'];
  for (const w of words) out.push(`w:${w}`);
  for (let i = 0; i + 1 < seq.length; i++) out.push(`b:${seq[i]} ${seq[i + 1]}`);
  for (const w of words) {
    if (w.length < 3 || w.startsWith('<')) continue;
    const padded = `<${w}>`;
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) out.push(`c:${padded.slice(i, i + n)}`);
  }
  const hits = lex.match(tokens);
  const present = new Set<string>();
  for (const h of hits) present.add(h.cls);
  if (hasParty(tokens)) present.add('party');
  for (const [kind, re] of DETAIL_SHAPES) if (re.test(text)) present.add(`detail:${kind}`);
  // The jigsaw: how many kinds of identifying detail (a name counts as one).
  const kinds = [...present].filter((c) => c.startsWith('detail:') && c !== 'detail:victim' && c !== 'detail:child').length + (tokens.some((t, i) => i > 0 && normWord(t, false) === '<n>') ? 1 : 0);
  if (kinds >= 2) out.push(`J:${Math.min(kinds, 4)}`);
  for (const who of ['detail:victim', 'detail:child']) if (present.has(who) && kinds >= 2) out.push(`J:${who}&${Math.min(kinds, 4)}`);
  for (const c of present) out.push(`L:${c}`);
  // Ordered class pairs close together: "we … caused", "the thug … arrested".
  for (const a of hits) {
    for (const b of hits) {
      if (b.start > a.start && b.start - a.end < PAIR_WINDOW && a.cls !== b.cls) out.push(`LL:${a.cls}>${b.cls}`);
    }
  }
  // Negation in the few tokens before a class hit.
  const negs = hits.filter((h) => h.cls === 'negation');
  for (const h of hits) {
    if (h.cls === 'negation') continue;
    if (negs.some((n) => n.end <= h.start && h.start - n.end < NEGATION_WINDOW)) out.push(`N:${h.cls}`);
  }
  // The class-abstracted sequence: each token replaced by the class of the longest phrase starting there.
  const abs: string[] = [...words];
  for (let i = 0; i < tokens.length; i++) {
    let best: (typeof hits)[number] | undefined;
    for (const h of hits) if (h.start === i && h.cls !== 'negation' && (!best || h.end - h.start > best.end - best.start)) best = h;
    if (best) {
      abs[i] = `[${best.cls}]`;
      for (let k = i + 1; k < best.end; k++) abs[k] = '';
    }
  }
  const aseq = ['<s>', ...abs.filter((x) => x !== ''), '</s>'];
  for (let i = 0; i + 1 < aseq.length; i++) out.push(`a:${aseq[i]} ${aseq[i + 1]}`);
  for (let i = 0; i + 2 < aseq.length; i++) out.push(`a3:${aseq[i]} ${aseq[i + 1]} ${aseq[i + 2]}`);
  // Shape.
  if (tokens.some((t) => t.raw.includes('?'))) out.push('g:question');
  if (tokens.some((t) => t.raw.includes('!'))) out.push('g:exclaim');
  if (words.includes('you') || words.includes('your') || words.includes("you're") || words.includes('u')) out.push('g:you');
  if (words[0] === '<at>' || words[0] === 'you' || words[0] === 'your') out.push('g:to-you');
  const names = words.filter((w) => w === '<n>').length;
  if (names > 0) out.push(names > 1 ? 'g:names' : 'g:name');
  if (/\b\d{1,2}[- ]?(?:year|yr)s?[- ]?old\b|\baged \d{1,2}\b|, \d{1,2},/iu.test(text)) out.push('g:age');
  if (tokens.some((t) => t.raw.includes('*'))) out.push('g:masked');
  if (/\p{Lu}{4,}/u.test(text)) out.push('g:caps');
  // Conjunctions a linear model cannot form itself: two classes anywhere in the window ("arrested" and
  // "thug"), and a shape with a class (a name and a diagnosis; "you" and a put-down).
  const cls = [...present].filter((c) => c !== 'negation').sort();
  for (let i = 0; i < cls.length; i++) for (let j = i + 1; j < cls.length; j++) out.push(`P:${cls[i]}&${cls[j]}`);
  const shapes = out.filter((f) => f.startsWith('g:'));
  for (const g of shapes) for (const c of cls) out.push(`S:${g.slice(2)}&${c}`);
  return out;
}

/** The sentence's features as distinct indices into a space of 2^bits. */
export function featureIndices(text: string, lex: Lexicon, bits: number): Uint32Array {
  const mask = (1 << bits) - 1;
  const set = new Set<number>();
  for (const f of featureStrings(text, lex)) set.add(hash32(f) & mask);
  return Uint32Array.from([...set].sort((a, b) => a - b));
}
