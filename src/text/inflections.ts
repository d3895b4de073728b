// Singular and plural spellings of a word list, for cheap prefilters: a draft is searched with an
// expensive matcher (nlcst-search over retext-profanities' lists, which adds `pluralize` singulars and
// plurals of every entry) only when one of its words is in the list or is one of these variants.
// A superset of what `pluralize` produces for the lists it is used on (test/perf.test.ts checks cuss),
// without loading `pluralize` before a draft needs the matcher.

/** The word itself and its likely singular and plural spellings (lower case in, lower case out). */
export function inflectionVariants(word: string): string[] {
  const out = [word, `${word}s`, `${word}es`];
  const ending = (suffix: string, ...replacements: string[]): void => {
    if (word.endsWith(suffix)) for (const r of replacements) out.push(word.slice(0, word.length - suffix.length) + r);
  };
  ending('y', 'ies');
  ending('ey', 'ies');
  ending('f', 'ves');
  ending('fe', 'ves');
  ending('man', 'men');
  ending('us', 'i');
  ending('is', 'es');
  if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  ending('es', '');
  ending('ies', 'y', 'ey', 'ie');
  ending('ves', 'f', 'fe');
  ending('men', 'man');
  ending('i', 'us');
  return out;
}

/** Normalizes a word the way nlcst-normalize does (lower case, no apostrophes or hyphens). */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[-'\u2019]/g, '');
}
