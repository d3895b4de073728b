// Regexes compiled on first use. `new RegExp` parses its pattern at once (Unicode property classes are the
// costly part), so module-level patterns made that way are paid for by every one-file CLI run, even those
// whose drafts never get past a rule's prefilter to the pattern. A literal regex is already compiled lazily.

/** A function returning the regex, built on its first call and the same object after. */
export function lazyRegExp(source: string, flags = ''): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= new RegExp(source, flags));
}
