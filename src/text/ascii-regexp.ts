// The same pattern without the `u` flag, where that cannot change a match. V8 runs a case-insensitive
// Unicode pattern (`/iu`) many times slower than the same pattern without `u`: 143 ms against 11 ms over a
// 5 MB draft for one of legal/prejudicial-statement's phrases, which has no Unicode in it at all.
//
// Why the two match alike: a pattern whose every character is ASCII or caseless punctuation (’ “ – £ and
// the like) and which has none of the constructs whose meaning depends on `u` (`\p{…}`, `\u{…}`, and `.`,
// `[^…]`, `\S`, `\W`, `\D`, which match a whole surrogate pair under `u` but one half without it) reads the
// same characters either way, except that Unicode case folding also matches ſ (U+017F) as s and the Kelvin
// sign (U+212A) as k, in literals and in `\w`/`\b`; without `u`, no character above U+007F matches an ASCII
// one. So on a text with neither (nor İ, kept out as Document.words keeps it out), the copy without `u`
// finds exactly what the original finds.

/** Characters a case-insensitive Unicode pattern matches as ASCII letters (with İ, as Document.words). */
export const FOLDS_TO_ASCII = /[\u017f\u0130\u212a]/;

const copies = new WeakMap<RegExp, RegExp>();

/** A character that is the same in any case and not half of a surrogate pair. */
function caseless(code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return false;
  const ch = String.fromCharCode(code);
  return ch.toUpperCase() === ch && ch.toLowerCase() === ch;
}

/** Whether `source` (valid with `u`) means the same without `u` on a text without FOLDS_TO_ASCII. */
export function asciiEquivalentSource(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c > 0x7f && !caseless(c)) return false;
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === 'p' || next === 'P' || next === 'S' || next === 'W' || next === 'D') return false;
      if (next === 'u') {
        if (source[i + 2] === '{') return false;
        const code = Number.parseInt(source.slice(i + 2, i + 6), 16);
        if (code > 0x7f && !caseless(code)) return false;
      }
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      if (source[i + 1] === '^') return false;
      inClass = true;
    } else if (ch === '.') return false;
  }
  return true;
}

/**
 * `re` without its `u` flag when that finds the same (see above) on a text without FOLDS_TO_ASCII, else
 * `re` itself. The copy is made once per pattern. The caller checks the text: `FOLDS_TO_ASCII.test(text)`,
 * or Document.proseRegExp for the prose.
 */
export function asciiEquivalent(re: RegExp): RegExp {
  if (!re.unicode) return re;
  let copy = copies.get(re);
  if (!copy) {
    copy = re;
    if (asciiEquivalentSource(re.source)) {
      try {
        copy = new RegExp(re.source, re.flags.replace('u', ''));
      } catch {
        copy = re;
      }
    }
    copies.set(re, copy);
  }
  return copy;
}
