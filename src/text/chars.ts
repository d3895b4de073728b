// Character classes for hand-written scans over UTF-16 code units (hot loops where a regex call per
// character would cost more than the scan itself).

/**
 * True when `c` is whitespace as `\s` in a regex sees it (ECMAScript WhiteSpace and LineTerminator), so a
 * scan splits text exactly where `\S+` would.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when `c` is an ASCII letter. */
export function isAsciiLetterCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** True when `c` is an ASCII letter or digit. */
export function isAsciiAlnumCode(c: number): boolean {
  return isAsciiLetterCode(c) || (c >= 0x30 && c <= 0x39);
}
