// Literal term lists compiled into one linear-time regex: whole words or phrases, case-insensitive,
// any run of spaces between words. Used for `terms.allow`, `terms.confidential` and rule word lists.

export function escapeRegExp(value: string): string {
  // Only the characters special outside a class: `-` and `/` must stay unescaped under the `u` flag.
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern: `gap` between its words (any spacing by default), either apostrophe. */
export function phrasePattern(phrase: string, gap = '\\s+'): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) => escapeRegExp(w).replace(/['’]/g, "['’]"))
    .join(gap);
}

export interface TermPatternOptions {
  /** Also match plural (`-s`, `-es`) and possessive (`'s`, `’s`, `s'`) forms. */
  inflections?: boolean;
  /** Match case-sensitively. */
  caseSensitive?: boolean;
}

/** A global regex matching any of `terms` as a whole phrase. Longer terms are tried first. */
export function termPattern(terms: readonly string[], options: TermPatternOptions = {}): RegExp {
  const alternatives = [...new Set(terms.map((t) => t.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.split(/\s+/).map(escapeRegExp).join('\\s+'));
  if (alternatives.length === 0) return /(?!)/g;
  const suffix = options.inflections ? `(?:(?:e?s)?['\u2019]s?|e?s)?` : '';
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})${suffix}(?![\\p{L}\\p{N}_])`, options.caseSensitive ? 'gu' : 'giu');
}

/** A non-global variant for a single `test`. */
export function termTest(terms: readonly string[], options: TermPatternOptions = {}): RegExp {
  const g = termPattern(terms, options);
  return new RegExp(g.source, g.flags.replace('g', ''));
}
