// Guilt stated by grammar in French and Irish, from each language pack's `legal` data
// (src/lang/<code>/checks.json): the same two checks as ./acts.ts for English, in each language's word order.
// - French: a subject (il, elle, qui, a name, a noun) then an auxiliary and the past participle of a crime
//   act ("Ce braconnier a abattu illégalement deux orignaux", "l'homme qui a volé"), not passive ("a été
//   volé"), not conditional ("aurait volé": the allegation's own mood) and not after a hedge ("accusé
//   d'avoir volé", "présumé"); and an offender noun after a determiner ("ce braconnier", "le voleur"),
//   not followed by "présumé".
// - Irish: a relative clause stating the act ("an fear, a ghoid €48,000", "an bhean a mharaigh …") after a
//   person noun or a comma (not the verbal noun "airgead a ghoid", to steal money), or a crime verb opening a
//   clause with its subject pronoun ("Ghoid sé …"), not after a hedge ("líomhnaítear", "gur", "níor"); and an
//   offender noun after the article ("an gadaí").
// The caller decides that proceedings are under way and that no verdict is reported (`proceedingsIn`,
// `concludedIn`), as the English rule does.
import { checksFor, type LangChecks } from '../lang-checks.js';
import { tokenize, type Token } from './tokens.js';
import type { ClauseMatch } from './clauses.js';

type Legal = NonNullable<LangChecks['legal']>;

interface Compiled {
  underWay: string[][];
  concluded: string[][];
  hedges: string[][];
  acts: string[][];
  labels: Set<string>;
  auxiliaries: Set<string>;
  actors: Set<string>;
  notActors: Set<string>;
  adverbs: Set<string>;
  determiners: Set<string>;
  persons: Set<string>;
  relative: Set<string>;
}

const norm = (w: string): string => w.toLowerCase().replace(/’/gu, "'");
const phrases = (list: readonly string[] | undefined): string[][] => (list ?? []).map((p) => tokenize(p).map((t) => t.norm)).filter((p) => p.length > 0);
const words = (list: readonly string[] | undefined): Set<string> => new Set((list ?? []).map(norm));

const compiled = new Map<string, Compiled | null>();
function legalFor(lang: string): Compiled | undefined {
  let c = compiled.get(lang);
  if (c === undefined) {
    const d: Legal | undefined = checksFor(lang)?.legal;
    c = d
      ? {
          underWay: phrases(d.underWay), concluded: phrases(d.concluded), hedges: phrases(d.hedges), acts: phrases(d.crimeActs),
          labels: words(d.offenderLabels), auxiliaries: words(d.auxiliaries), actors: words(d.actorPronouns), notActors: words(d.notActors),
          adverbs: words(d.actAdverbs), determiners: words(d.labelDeterminers), persons: words(d.personNouns), relative: words(d.relativeMarkers),
        }
      : null;
    compiled.set(lang, c);
  }
  return c ?? undefined;
}

/** The length of the phrase of `list` starting at token `i`, or 0. */
function phraseAt(list: readonly string[][], tokens: readonly Token[], i: number): number {
  let best = 0;
  for (const p of list) if (p.length > best && p.every((w, k) => tokens[i + k]?.norm === w)) best = p.length;
  return best;
}
const anyPhrase = (list: readonly string[][], tokens: readonly Token[]): boolean => tokens.some((_, i) => phraseAt(list, tokens, i) > 0);

/** True when `text` (in `lang`) says proceedings are under way: someone accused, charged, due in court. */
export function proceedingsIn(lang: string, text: string): boolean {
  const c = legalFor(lang);
  return !!c && anyPhrase(c.underWay, tokenize(text));
}

/** True when `text` (in `lang`) reports a verdict or sentence. */
export function concludedIn(lang: string, text: string): boolean {
  const c = legalFor(lang);
  return !!c && anyPhrase(c.concluded, tokenize(text));
}

/** True when a language has stated-act data. */
export const hasLegalData = (lang: string): boolean => legalFor(lang) !== undefined;

// A hedge governs the act when it is among the few words before it (the same clause).
const HEDGE_REACH = 6;
function hedged(c: Compiled, tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - HEDGE_REACH); k < i; k++) if (phraseAt(c.hedges, tokens, k) > 0) return true;
  return false;
}
// "l'homme", "qu'il": the word after an elided article or conjunction.
const bare = (t: Token | undefined): string => (t ? t.norm.replace(/^(?:l|qu|d|j|n|s)'/u, '') : '');
const isName = (t: Token | undefined): boolean => !!t && /^\p{Lu}\p{Ll}/u.test(t.raw);
const commaBefore = (sentence: string, t: Token, prev: Token | undefined): boolean => /,\s*$/u.test(sentence.slice(prev ? prev.endOffset : 0, t.offset));

function frenchActs(c: Compiled, sentence: string, tokens: readonly Token[]): ClauseMatch[] {
  const out: ClauseMatch[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!c.auxiliaries.has(tokens[i]!.norm)) continue;
    // The participle right after the auxiliary, or after one adverb ("a illégalement abattu").
    let j = i + 1;
    if (c.adverbs.has(tokens[j]?.norm ?? '')) j++;
    const n = phraseAt(c.acts, tokens, j);
    if (n === 0) continue;
    // The subject: a pronoun, "qui", a name or a noun, not someone who is nobody in the case.
    const subj = tokens[i - 1]!;
    if (c.notActors.has(subj.norm) || c.notActors.has(bare(subj))) continue;
    if (/^(?:ne|n'|pas|y|en|l'|le|la|les|lui|leur|me|te|se)$/u.test(subj.norm)) continue;
    if (!(c.actors.has(subj.norm) || isName(subj) || /^\p{Ll}{3,}$/u.test(bare(subj)))) continue;
    if (hedged(c, tokens, i)) continue;
    let end = j + n;
    if (c.adverbs.has(tokens[end]?.norm ?? '')) end++;
    out.push({ start: tokens[i - 1]!.offset, end: tokens[end - 1]!.endOffset, why: 'states the act as fact' });
  }
  return out;
}

function irishActs(c: Compiled, sentence: string, tokens: readonly Token[]): ClauseMatch[] {
  const out: ClauseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = phraseAt(c.acts, tokens, i);
    if (n === 0) continue;
    const prev = tokens[i - 1];
    let start = -1;
    if (prev && c.relative.has(prev.norm)) {
      // The relative particle after a person (or a comma): "an fear, a ghoid", "an bhean a mharaigh".
      const head = tokens[i - 2];
      if (!head || !(c.persons.has(head.norm) || isName(head) || commaBefore(sentence, prev, head))) continue;
      start = i - 1;
    } else if (c.actors.has(tokens[i + n]?.norm ?? '')) {
      // "Ghoid sé …": the verb opens its clause (the sentence, or after a comma or "agus").
      if (prev && !(prev.norm === 'agus' || commaBefore(sentence, tokens[i]!, prev))) continue;
      start = i;
    } else continue;
    if (hedged(c, tokens, start)) continue;
    out.push({ start: tokens[start]!.offset, end: tokens[i + n - 1]!.endOffset, why: 'states the act as fact' });
  }
  return out;
}

/** Crime acts stated as fact in a sentence of `lang` (offsets within `sentence`). */
export function statedActsIn(lang: string, sentence: string): ClauseMatch[] {
  const c = legalFor(lang);
  if (!c) return [];
  const tokens = tokenize(sentence);
  return lang === 'ga' ? irishActs(c, sentence, tokens) : frenchActs(c, sentence, tokens);
}

/** Offender nouns used as the name of the person in the case ("ce braconnier", "an gadaí"). */
export function offenderLabelsIn(lang: string, sentence: string): ClauseMatch[] {
  const c = legalFor(lang);
  if (!c) return [];
  const tokens = tokenize(sentence);
  const out: ClauseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "l'agresseur" is one token: its article inside it.
    const elided = /^l'/u.test(t.norm) && c.determiners.has("l'");
    const word = elided ? bare(t) : t.norm;
    if (!c.labels.has(word)) continue;
    const det = elided ? t : tokens[i - 1];
    if (!det || (!elided && !c.determiners.has(det.norm))) continue;
    // "le voleur présumé", "an gadaí líomhnaithe": the label hedged after it; "le présumé voleur" is no hit.
    if (phraseAt(c.hedges, tokens, i + 1) > 0) continue;
    out.push({ start: det.offset, end: t.endOffset, why: 'calls the person in the case the offender' });
  }
  return out;
}

/** The languages with stated-act data. */
export const LEGAL_LANGS = ['fr', 'ga'] as const;
