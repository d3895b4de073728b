// Word gates: cheap prefilters that let a rule skip a regex when a word it needs is absent from the draft.
// They read the per-draft word set (`Document.words()`: maximal runs of ASCII letters and digits, lower
// case), so a gate is sound only when every match of the pattern it guards contains the gate's words as
// whole tokens (bounded by anything other than an ASCII letter or digit).

/** The lookups a gate needs (`Document.words()` provides them). */
export interface WordSet {
  has(word: string): boolean;
  hasAny(words: Iterable<string>): boolean;
  /** The draft's distinct words, when the set can list them (then every gate is answered from one index). */
  readonly all?: ReadonlySet<string>;
}

const TOKEN = /[a-z0-9]+/g;

/** A phrase's tokens as `Document.words()` splits prose: runs of ASCII letters and digits, lower case. */
export function phraseTokens(phrase: string): string[] {
  return phrase.toLowerCase().match(TOKEN) ?? [];
}

// Every gate's words in one index (word → the gates and phrases that need it). A rule asks dozens of gates
// per draft, each of up to hundreds of words, nearly all absent; the draft has a hundred or so distinct
// words. So the first gate asked about a word set answers every gate at once, from the draft's side: one
// lookup per draft word, not one per gate word. (A word set that cannot list its words is asked word by
// word, as before.)
interface Phrase {
  gate: number;
  need: number;
}
const bySingle = new Map<string, number[]>();
const byMulti = new Map<string, number[]>();
const phrases: Phrase[] = [];
let gateCount = 0;
// Per word set: which gates pass, computed when first asked and again if gates were made since.
const passed = new WeakMap<object, Uint8Array>();
let counts = new Uint8Array(0);

function answers(words: WordSet & { all: ReadonlySet<string> }): Uint8Array {
  let out = passed.get(words);
  if (out && out.length === gateCount) return out;
  out = new Uint8Array(gateCount);
  if (counts.length < phrases.length) counts = new Uint8Array(phrases.length);
  const touched: number[] = [];
  for (const w of words.all) {
    const gs = bySingle.get(w);
    if (gs) for (let i = 0; i < gs.length; i++) out[gs[i]!] = 1;
    const ps = byMulti.get(w);
    if (!ps) continue;
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!;
      if (counts[p] === 0) touched.push(p);
      if (++counts[p]! === phrases[p]!.need) out[phrases[p]!.gate] = 1;
    }
  }
  for (const p of touched) counts[p] = 0;
  passed.set(words, out);
  return out;
}

/**
 * A gate for a literal list of words or phrases (any inflections already listed): true when every token
 * of at least one phrase is in the draft. A phrase with no ASCII token ("🙂", "ñ") cannot be gated, so the
 * gate then always answers true.
 */
export function phraseGate(list: readonly string[]): (words: WordSet) => boolean {
  const single = new Set<string>();
  const multi: string[][] = [];
  let isAlways = false;
  for (const phrase of list) {
    const tokens = [...new Set(phraseTokens(phrase))];
    if (tokens.length === 0) isAlways = true;
    else if (tokens.length === 1) single.add(tokens[0]!);
    else multi.push(tokens);
  }
  // Multi-word phrases whose tokens include a single-word entry are implied by it: drop them.
  const rest = multi.filter((ts) => !ts.some((t) => single.has(t)));
  if (isAlways) return () => true;
  const id = gateCount++;
  for (const w of single) {
    const gs = bySingle.get(w);
    if (gs) gs.push(id);
    else bySingle.set(w, [id]);
  }
  for (const tokens of rest) {
    const p = phrases.push({ gate: id, need: tokens.length }) - 1;
    for (const t of tokens) {
      const ps = byMulti.get(t);
      if (ps) ps.push(p);
      else byMulti.set(t, [p]);
    }
  }
  // Asked word by word (a word set that cannot list its words): an array, not the Set, keeps the word
  // set's lookups on one fast path; the other phrases grouped by their longest token (longer words are
  // rarer), one lookup per group instead of one per phrase.
  const singles = [...single];
  const byKey = new Map<string, string[][]>();
  for (const tokens of rest) {
    const key = tokens.reduce((a, b) => (b.length > a.length ? b : a));
    const others = tokens.filter((t) => t !== key);
    const group = byKey.get(key);
    if (group) group.push(others);
    else byKey.set(key, [others]);
  }
  const groups = [...byKey];
  const byWords = (words: WordSet): boolean => {
    if (singles.length > 0 && words.hasAny(singles)) return true;
    for (const [key, ps] of groups) {
      if (!words.has(key)) continue;
      for (const others of ps) if (others.every((t) => words.has(t))) return true;
    }
    return false;
  };
  return (words) => (words.all ? answers(words as WordSet & { all: ReadonlySet<string> })[id] === 1 : byWords(words));
}

// Gates for the word lists of rule tables, made on first use and kept by the list's identity.
const listGates = new WeakMap<readonly string[], (words: WordSet) => boolean>();
/**
 * True when the draft has any of `list`'s words: `words.hasAny(list)` answered from the shared index.
 * For lists that live as long as the module (a rule's tables), not lists built per call.
 */
export function hasAnyOf(words: WordSet, list: readonly string[]): boolean {
  let g = listGates.get(list);
  if (!g) listGates.set(list, (g = phraseGate(list)));
  return g(words);
}
