// retext-profanities' English word table (cuss with pluralize's singular and plural of every entry), built
// the way retext-profanities 8.0.0 builds it (lib/en.js, lib/create-plugin.js), for the rule to search
// with a compiled index (src/text/phrase-search.ts) instead of through the plugin, which re-indexes the
// whole table on every call. test/tone-profanity.test.ts checks the findings against the plugin itself.
import type { Root } from 'nlcst';
import type { Handler } from 'nlcst-search';
import type { Point } from 'unist';
import { pointEnd, pointStart } from 'unist-util-position';
import { cuss } from 'cuss';
import pluralize from 'pluralize';
import { compilePhrases, searchCompiled, type CompiledPhrases } from './phrase-search.js';

// retext-profanities' misclassified singulars and plurals, left out of the table.
const IGNORE_PLURALIZE = new Set(['children', 'dy', 'pro', 'remain', 'so', 'dice', 'fus']);
// Searched without normalising apostrophes ("hell" must not match "he'll").
const REGULAR = ['hell', 'whore'];

export interface CussPhrases {
  /** Every phrase with its cuss sureness (0 maybe … 2 surely profane). */
  readonly sureness: ReadonlyMap<string, number>;
  /** Phrases matched with apostrophes kept. */
  readonly regular: readonly string[];
}

export function cussPhrases(): CussPhrases {
  const sureness = new Map<string, number>();
  const add = (key: string, value: number): void => {
    if (!IGNORE_PLURALIZE.has(key)) sureness.set(key, value);
  };
  for (const [key, value] of Object.entries(cuss)) {
    add(key, value);
    add(pluralize.singular(key), value);
    add(pluralize.plural(key), value);
  }
  return { sureness, regular: REGULAR };
}

/** A cuss search compiled for one configuration (retext-profanities' `sureness` and `ignore`). */
export interface CompiledCuss {
  readonly normals: CompiledPhrases;
  readonly literals: CompiledPhrases;
  readonly sureness: ReadonlyMap<string, number>;
}

/**
 * Compiles the table as retext-profanities configures it: `ignore` left out, apostrophes kept for the
 * regular words and ignored for the rest. Phrases below `sureness` are left out of the index too (the
 * plugin drops their matches), so a draft pays only for the phrases that can be reported.
 */
export function compileCuss(table: CussPhrases, options: { sureness: number; ignore: ReadonlySet<string> }): CompiledCuss {
  const regular = new Set(table.regular);
  const kept = new Set([...table.sureness].filter(([p, level]) => level >= options.sureness && !options.ignore.has(p)).map(([p]) => p));
  return {
    normals: compilePhrases([...kept].filter((p) => !regular.has(p))),
    literals: compilePhrases(table.regular.filter((p) => kept.has(p)), { allowApostrophes: true }),
    sureness: table.sureness,
  };
}

/** A match: where it is in the tree (absent without positions) and its phrase's cuss sureness. */
export interface CussMatch {
  readonly place: { start: Point; end: Point } | undefined;
  readonly phrase: string;
  readonly sureness: number;
}

/** Every match in the tree, in retext-profanities' order (all other phrases first, then the regular words). */
/**
 * `findCuss` over a tree given in pieces (Document.nlcstPieces), with the same matches in the same order as
 * over the whole tree: every piece's word-list matches, then every piece's literal matches. A piece is
 * searched and dropped; only the matches are kept.
 */
export function findCussInPieces(pieces: Iterable<Root>, compiled: CompiledCuss): CussMatch[] {
  const normals: CussMatch[] = [];
  const literals: CussMatch[] = [];
  for (const tree of pieces) {
    const into = (out: CussMatch[]): Handler => (match, _index, _parent, phrase) => {
      const start = pointStart(match[0]);
      const end = pointEnd(match[match.length - 1]);
      out.push({ place: start && end ? { start, end } : undefined, phrase, sureness: compiled.sureness.get(phrase)! });
    };
    searchCompiled(tree, compiled.normals, into(normals));
    searchCompiled(tree, compiled.literals, into(literals));
  }
  return [...normals, ...literals];
}

export function findCuss(tree: Root, compiled: CompiledCuss): CussMatch[] {
  const out: CussMatch[] = [];
  const handle: Handler = (match, _index, _parent, phrase) => {
    const start = pointStart(match[0]);
    const end = pointEnd(match[match.length - 1]);
    out.push({ place: start && end ? { start, end } : undefined, phrase, sureness: compiled.sureness.get(phrase)! });
  };
  searchCompiled(tree, compiled.normals, handle);
  searchCompiled(tree, compiled.literals, handle);
  return out;
}
