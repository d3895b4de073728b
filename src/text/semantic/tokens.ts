// Sentence tokens for the semantic checks: words (letters, digits, inner apostrophes, hyphens and the
// asterisks of masked swearing) with their offsets, lower-cased, curly apostrophes made straight.
// One linear scan; no Unicode-property regex per character.

export interface Token {
  /** Lower case, ’ as '. */
  readonly norm: string;
  /** As written. */
  readonly raw: string;
  readonly offset: number;
  readonly endOffset: number;
}

// A word: letters or digits, joined by ' ’ - * or . inside (f***ing, can't, year-old, a.m.); a run of
// ! or ? is a token too (the classifier reads "?!"), and so is an emoji (🙄); @handles and #tags keep their sigil.
const TOKEN = /[@#]?[\p{L}\p{N}](?:[\p{L}\p{N}*]|['’\-.](?=[\p{L}\p{N}*]))*|(?<!\*)\*+[\p{L}]+|[!?]+|\p{Extended_Pictographic}/gu;

export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    out.push({ raw, norm: lower.includes('’') ? lower.replace(/’/g, "'") : lower, offset: base + m.index, endOffset: base + m.index + raw.length });
  }
  return out;
}
