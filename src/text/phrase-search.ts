// A phrase list compiled once for nlcst-search. `search` from nlcst-search indexes its whole phrase list
// by first word on every call (for retext-profanities, ~4,000 cuss phrases and their plurals, about a
// third of the audit's CPU), and retext-profanities cannot be given a prebuilt index. So the index is
// built here once per list; per tree, one pass collects the words that start a phrase, and nlcst-search
// runs over those candidates only. Matching stays nlcst-search's own (whitespace joins, literal words
// skipped, normalisation), so the matches and their order are exactly those of a search over the whole
// list: a phrase is only ever tried at a word equal to its first word, and each first-word bucket keeps
// the list's order.
import type { Root } from 'nlcst';
import { normalize } from 'nlcst-normalize';
import { search, type Handler, type Options } from 'nlcst-search';
import { visit } from 'unist-util-visit';

/** Phrases indexed by their first word, normalised as nlcst-search normalises it. */
export interface CompiledPhrases {
  readonly byFirstWord: ReadonlyMap<string, readonly string[]>;
  readonly options: Options;
}

export function compilePhrases(phrases: Iterable<string>, options: Options = {}): CompiledPhrases {
  const byFirstWord = new Map<string, string[]>();
  for (const phrase of phrases) {
    const first = normalize(phrase.split(' ', 1)[0]!, options);
    const bucket = byFirstWord.get(first);
    if (bucket) bucket.push(phrase);
    else byFirstWord.set(first, [phrase]);
  }
  return { byFirstWord, options };
}

/** nlcst-search's `search` over a compiled list: the same matches, in the same order. */
export function searchCompiled(tree: Root, compiled: CompiledPhrases, handler: Handler): void {
  const { byFirstWord, options } = compiled;
  // A wildcard first word matches any word, so those phrases are always candidates.
  const candidates: string[] = [...(byFirstWord.get('*') ?? [])];
  const seen = new Set<string>(['*']);
  visit(tree, 'WordNode', (node) => {
    const word = normalize(node, options);
    if (seen.has(word)) return;
    seen.add(word);
    const bucket = byFirstWord.get(word);
    if (bucket) for (const c of bucket) candidates.push(c);
  });
  if (candidates.length > 0) search(tree, candidates, handler, options);
}
