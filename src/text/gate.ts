// Word gates: cheap prefilters that let a rule skip a regex when a word it needs is absent from the draft.
// They read the per-draft word set (`Document.words()`: maximal runs of ASCII letters and digits, lower
// case), so a gate is sound only when every match of the pattern it guards contains the gate's words as
// whole tokens (bounded by anything other than an ASCII letter or digit).

/** The lookups a gate needs (`Document.words()` provides them). */
export interface WordSet {
  has(word: string): boolean;
  hasAny(words: Iterable<string>): boolean;
}

const TOKEN = /[a-z0-9]+/g;

/** A phrase's tokens as `Document.words()` splits prose: runs of ASCII letters and digits, lower case. */
export function phraseTokens(phrase: string): string[] {
  return phrase.toLowerCase().match(TOKEN) ?? [];
}

/**
 * A gate for a literal list of words or phrases (any inflections already listed): true when every token
 * of at least one phrase is in the draft. A phrase with no ASCII token ("🙂", "ñ") cannot be gated, so the
 * gate then always answers true.
 */
export function phraseGate(phrases: readonly string[]): (words: WordSet) => boolean {
  const single = new Set<string>();
  const multi: string[][] = [];
  let always = false;
  for (const phrase of phrases) {
    const tokens = [...new Set(phraseTokens(phrase))];
    if (tokens.length === 0) always = true;
    else if (tokens.length === 1) single.add(tokens[0]!);
    else multi.push(tokens);
  }
  // Multi-word phrases whose tokens include a single-word entry are implied by it: drop them.
  const rest = multi.filter((ts) => !ts.some((t) => single.has(t)));
  if (always) return () => true;
  // An array, not the Set: the word set's lookups stay on one fast path when every caller passes arrays.
  const singles = [...single];
  // The other phrases grouped by their longest token (longer words are rarer): one lookup per group
  // instead of one per phrase, and most groups stop there.
  const byKey = new Map<string, string[][]>();
  for (const tokens of rest) {
    const key = tokens.reduce((a, b) => (b.length > a.length ? b : a));
    const others = tokens.filter((t) => t !== key);
    const group = byKey.get(key);
    if (group) group.push(others);
    else byKey.set(key, [others]);
  }
  const groups = [...byKey];
  return (words) => {
    if (singles.length > 0 && words.hasAny(singles)) return true;
    for (const [key, phrases] of groups) {
      if (!words.has(key)) continue;
      for (const others of phrases) if (others.every((t) => words.has(t))) return true;
    }
    return false;
  };
}
