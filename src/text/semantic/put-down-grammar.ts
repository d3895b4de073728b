// Put-downs in replies as grammar over word classes (data: src/text/data/put-down-grammar.json): a
// telling verb with a count ("as we've now explained to you three times"), a counterfactual about the
// reader's reading or driving ("if you'd taken two minutes to read", "si tout le monde respectait le 50",
// "dá mbeifeá ag léamh"), a sarcastic tip ("Here's a tip: drive 45 in a 45"), a minimiser before a
// hyperbole ("isn't exactly a crime wave"). Each construct compiles to one regex of literal alternations
// joined by spaces, so a new wording is a new word in a class, not a new phrase.
import data from '../data/put-down-grammar.json' with { type: 'json' };
import type { PutDownKind } from './put-downs.js';

export type GrammarLang = 'en' | 'fr' | 'cy' | 'ga';
export const GRAMMAR_LANGS: readonly GrammarLang[] = ['en', 'fr', 'cy', 'ga'];

interface Construct {
  kind: PutDownKind;
  why: string;
  seq: string[];
  /** Not after a polite frame in the sentence ("we'd be grateful if everyone stuck to …"). */
  unlessPolite?: boolean;
  /** Said to the reader of any post, not only the person a reply answers. */
  anyPost?: boolean;
}
interface LangGrammar {
  classes: Record<string, string[]>;
  constructs: Construct[];
}

export interface GrammarPutDown {
  start: number;
  end: number;
  kind: PutDownKind;
  why: string;
}

const W = String.raw`[ \u00a0]+`;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One entry as a pattern: either apostrophe, any run of spaces between words. */
const phrase = (s: string): string => escape(s.toLowerCase()).replace(/['’]/g, "['’]").replace(/ +/g, W);
// Specials: the clause starts here; a number (a speed limit). GAP splits a construct: what follows it is
// looked for in the rest of the clause (up to 80 characters) after a match of what precedes it, so no
// pattern holds a gap. (No two unbounded runs of spaces meet, so each scan stays linear.)
const CLAUSE_START = String.raw`(?<=(?:^|[.!?,;:–—…(\n])[ \u00a0]{0,2})`;
const NUM = String.raw`\d{1,3}(?:[ \u00a0]?(?:mph|km\/h|kmh|kph))?`;
const GAP_CHARS = 80;

function alternation(g: LangGrammar, name: string): string {
  if (name === 'NUM') return NUM;
  const entries = g.classes[name];
  if (!entries?.length) throw new Error(`put-down grammar: no class ${name}`);
  // Longest first, so "as we've" is tried before "as".
  return `(?:${[...new Set(entries)].sort((a, b) => b.length - a.length).map(phrase).join('|')})`;
}

function compileSeq(g: LangGrammar, seq: readonly string[], flags: string): RegExp {
  let out = '';
  // Until the first required element: an optional element before it carries the space after it.
  let first = true;
  for (const raw of seq) {
    if (raw === '^') {
      out += CLAUSE_START;
      continue;
    }
    const m = /^(~)?([A-Z_]+)(\?|\{0,2\})?$/.exec(raw);
    if (!m) throw new Error(`put-down grammar: bad element ${raw}`);
    const [, glued, name, quant] = m;
    const body = alternation(g, name!);
    if (first) {
      out += quant ? `(?:${body}${W})${quant}` : body;
      first = Boolean(quant);
      continue;
    }
    // (Punctuation takes at most one space before it: "conseil :".)
    const sep = glued ? '[ \\u00a0]?' : W;
    out += quant ? `(?:${sep}${body})${quant}` : `${sep}${body}`;
  }
  return new RegExp(`(?<![\\p{L}\\p{N}_'’-])${out}(?![\\p{L}\\p{N}_])`, flags);
}

/** A construct as patterns: the part before a GAP (global), and the part after it (searched once). */
function compile(g: LangGrammar, c: Construct): { re: RegExp; tail?: RegExp } {
  const gap = c.seq.indexOf('GAP');
  if (gap === -1) return { re: compileSeq(g, c.seq, 'giu') };
  return { re: compileSeq(g, c.seq.slice(0, gap), 'giu'), tail: compileSeq(g, c.seq.slice(gap + 1), 'iu') };
}

interface Compiled {
  constructs: Array<Construct & { re: RegExp; tail?: RegExp }>;
  polite?: RegExp;
}
const compiled = new Map<GrammarLang, Compiled>();
function grammarOf(lang: GrammarLang): Compiled {
  let c = compiled.get(lang);
  if (!c) {
    const g = (data as unknown as Record<GrammarLang, LangGrammar>)[lang];
    c = {
      constructs: g.constructs.map((k) => ({ ...k, ...compile(g, k) })),
      ...(g.classes.POLITE ? { polite: new RegExp(`(?<![\\p{L}\\p{N}_])${alternation(g, 'POLITE')}`, 'iu') } : {}),
    };
    compiled.set(lang, c);
  }
  return c;
}

/** The text of the sentence before `index`, up to 80 characters back. */
function sentenceBefore(text: string, index: number): string {
  const back = text.slice(Math.max(0, index - 80), index);
  const end = Math.max(back.lastIndexOf('.'), back.lastIndexOf('!'), back.lastIndexOf('?'), back.lastIndexOf('\n'));
  return back.slice(end + 1);
}

/**
 * The put-downs the grammar of `lang` finds in `text` (a reply's text; with `reply` false, a post's, where
 * only the constructs said to any reader count): leftmost, longest, no overlaps.
 */
export function grammarPutDowns(lang: GrammarLang, text: string, reply = true): GrammarPutDown[] {
  const g = grammarOf(lang);
  const found: GrammarPutDown[] = [];
  for (const c of g.constructs) {
    if (!reply && !c.anyPost) continue;
    c.re.lastIndex = 0;
    for (const m of text.matchAll(c.re)) {
      if (c.unlessPolite && g.polite?.test(sentenceBefore(text, m.index))) continue;
      // (A construct may end on the comma that closes its clause: the finding stops before it.)
      let end = m.index + m[0].length;
      if (c.tail) {
        const rest = text.slice(end, end + GAP_CHARS).split(/[.!?\n]/u)[0]!;
        const t = c.tail.exec(rest);
        if (!t) continue;
        end += t.index + t[0].length;
      }
      while (end > m.index && /[\s,]/u.test(text[end - 1]!)) end--;
      found.push({ start: m.index, end, kind: c.kind, why: c.why });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: GrammarPutDown[] = [];
  for (const p of found) if (!out.some((q) => p.start < q.end && q.start < p.end)) out.push(p);
  return out;
}
