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
export const TOKEN = /[@#]?[\p{L}\p{N}](?:[\p{L}\p{N}*]|['’\-.](?=[\p{L}\p{N}*]))*|(?<!\*)\*+[\p{L}]+|[!?]+|\p{Extended_Pictographic}/gu;

const NON_ASCII = /[^\x00-\x7f]/;

// On an all-ASCII text TOKEN means `[@#]?[A-Za-z0-9](?:[A-Za-z0-9*]|['\-.](?=[A-Za-z0-9*]))*|(?<!\*)\*+[A-Za-z]+|[!?]+`
// (ASCII's letters are [A-Za-z], its digits [0-9], and no ASCII character is Extended_Pictographic). The
// classifier tokenizes every window it reads, so that is scanned here by character codes, without the
// match objects of a regex iterator (most of a lint's garbage on short posts). Checked against TOKEN by
// test/semantic-tokens.test.ts.
const isAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

function asciiTokens(text: string, base: number, out: Token[]): void {
  const n = text.length;
  const push = (s: number, e: number): void => {
    const raw = text.slice(s, e);
    out.push({ raw, norm: raw.toLowerCase(), offset: base + s, endOffset: base + e });
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // A word: an optional @ or #, a letter or digit, then letters, digits, asterisks, and ' - . before one of those.
    const sigil = (c === 0x40 || c === 0x23) && i + 1 < n && isAlnum(text.charCodeAt(i + 1));
    if (sigil || isAlnum(c)) {
      let j = sigil ? i + 2 : i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isAlnum(d) || d === 0x2a) j++;
        else if ((d === 0x27 || d === 0x2d || d === 0x2e) && j + 1 < n && (isAlnum(text.charCodeAt(j + 1)) || text.charCodeAt(j + 1) === 0x2a)) j += 2;
        else break;
      }
      push(i, j);
      i = j;
      continue;
    }
    // Masked swearing that opens with asterisks (not inside a run of them): *+ then letters.
    if (c === 0x2a && (i === 0 || text.charCodeAt(i - 1) !== 0x2a)) {
      let j = i;
      while (j < n && text.charCodeAt(j) === 0x2a) j++;
      if (j < n && isLetter(text.charCodeAt(j))) {
        while (j < n && isLetter(text.charCodeAt(j))) j++;
        push(i, j);
        i = j;
        continue;
      }
    }
    // A run of ! and ?.
    if (c === 0x21 || c === 0x3f) {
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 0x21 || text.charCodeAt(j) === 0x3f)) j++;
      push(i, j);
      i = j;
      continue;
    }
    i++;
  }
}

// The semantic checks tokenize the same window and sentence several times a draft (features, the clause
// and politics checks, negation, evidence): the last texts' tokens are kept. Tokens are immutable and the
// arrays are read-only, so callers share them. Emptied when full: bounded memory whatever the input.
const CACHE_MAX = 512;
const CACHE_MAX_CHARS = 4_000;
const cache = new Map<string, readonly Token[]>();

export function tokenize(text: string, base = 0): readonly Token[] {
  if (base !== 0 || text.length > CACHE_MAX_CHARS) return tokensOf(text, base);
  let tokens = cache.get(text);
  if (!tokens) {
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(text, (tokens = tokensOf(text, 0)));
  }
  return tokens;
}

function tokensOf(text: string, base: number): Token[] {
  const out: Token[] = [];
  if (!NON_ASCII.test(text)) {
    asciiTokens(text, base, out);
    return out;
  }
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    out.push({ raw, norm: lower.includes('’') ? lower.replace(/’/g, "'") : lower, offset: base + m.index, endOffset: base + m.index + raw.length });
  }
  return out;
}
