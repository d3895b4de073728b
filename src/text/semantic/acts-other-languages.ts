// Guilt stated by grammar in French, Irish and Welsh, from each language pack's `legal` data
// (src/lang/<code>/checks.json): the same two checks as ./acts.ts for English, in each language's word order.
// - French: a subject (il, elle, qui, a name, a noun) then an auxiliary, with object pronouns allowed
//   between ("qui l'a frappée", "il les a volés"), and the past participle of a crime act ("Ce braconnier a
//   abattu illégalement deux orignaux", "l'homme qui a volé"), not passive ("a été volé"), not conditional
//   ("aurait volé": the allegation's own mood) and not after a hedge ("accusé d'avoir volé", "présumé");
//   how a person drove, stated as fact ("le conducteur roulait bien au-delà de la limite"); a verdict on
//   them ("n'a aucune excuse"); and an offender noun after a determiner ("ce braconnier", "le voleur"), not
//   followed by "présumé".
// - Irish: a relative clause stating the act ("an fear, a ghoid €48,000", "an fear seo a dhumpáil …") after
//   a person noun (a demonstrative may stand between) or a comma (not the verbal noun "airgead a ghoid", to
//   steal money), or a crime verb opening a clause with its subject pronoun ("Ghoid sé …"), not after a
//   hedge ("líomhnaítear", "gur", "níor"); and an offender noun after the article ("an gadaí").
// - Welsh: the same relative clause ("y dyn a dorrodd i mewn"); a verb-noun after an opener that says the
//   person did it ("ar ôl iddo dorri i mewn") or after "wedi" with its subject ("mae e wedi dwyn"), not
//   after a hedge ("ar amheuaeth o", "honnir"); and an offender noun after the article ("y lleidr"). Welsh
//   words are matched in every initial mutation (the pack's table): "torri" is written "dorri" after "iddo".
// The caller decides that proceedings are under way and that no verdict is reported (`proceedingsIn`,
// `concludedIn`), as the English rule does.
import { checksFor, mutations, type LangChecks } from '../lang-checks.js';
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
  clitics: Set<string>;
  demonstratives: Set<string>;
  conductVerbs: string[][];
  intensifiers: Set<string>;
  manners: string[][];
  verdicts: string[][];
  openers: string[][];
  perfect: Set<string>;
  verbNouns: string[][];
  notAfter: string[][];
  coordinators: Set<string>;
  intents: string[][];
}

const norm = (w: string): string => w.toLowerCase().replace(/’/gu, "'");
type Mutate = (list: readonly string[] | undefined) => string[];
const phrases = (list: readonly string[] | undefined): string[][] => (list ?? []).map((p) => tokenize(p).map((t) => t.norm)).filter((p) => p.length > 0);
const words = (list: readonly string[] | undefined): Set<string> => new Set((list ?? []).map(norm));

const compiled = new Map<string, Compiled | null>();
function legalFor(lang: string): Compiled | undefined {
  let c = compiled.get(lang);
  if (c === undefined) {
    const pack = checksFor(lang);
    const d: Legal | undefined = pack?.legal;
    // Welsh lists are written unmutated: each entry also in every mutation of its first word.
    const m: Mutate = (list) => (d?.mutated ? (list ?? []).flatMap((w) => mutations(w, pack?.initialMutations)) : [...(list ?? [])]);
    // "frappé" also "frappée", "frappés", "frappées": the participle's agreement endings on its first word.
    const agree = (list: readonly string[]): string[] => list.flatMap((p) => [p, ...(d?.participleEndings ?? []).map((e) => p.replace(/^(\S+)/u, `$1${e}`))]);
    c = d
      ? {
          underWay: phrases(m(d.underWay)), concluded: phrases(m(d.concluded)), hedges: phrases(m(d.hedges)), acts: phrases(agree(m(d.crimeActs))),
          labels: words(m(d.offenderLabels)), auxiliaries: words(d.auxiliaries), actors: words(d.actorPronouns), notActors: words(m(d.notActors)),
          adverbs: words(d.actAdverbs), determiners: words(d.labelDeterminers), persons: words(m(d.personNouns)), relative: words(d.relativeMarkers),
          clitics: words(d.objectClitics), demonstratives: words(d.demonstratives), conductVerbs: phrases(d.conductVerbs), intensifiers: words(d.conductIntensifiers),
          manners: phrases(d.conductManners), verdicts: phrases(d.verdicts), openers: phrases(d.actOpeners), perfect: words(d.perfectMarkers),
          verbNouns: phrases(m(d.crimeVerbNouns)), notAfter: phrases(d.notAfterAct), coordinators: words(d.coordinators),
          intents: phrases(d.intentMarkers),
        }
      : null;
    compiled.set(lang, c);
  }
  return c ?? undefined;
}

// A phrase word "9" stands for any number ("à 9 km/h").
const wordIs = (w: string, t: Token | undefined): boolean => !!t && (t.norm === w || (w === '9' && /^\d[\d.,]*$/u.test(t.norm)));
/** The length of the phrase of `list` starting at token `i`, or 0. */
function phraseAt(list: readonly string[][], tokens: readonly Token[], i: number): number {
  let best = 0;
  for (const p of list) if (p.length > best && p.every((w, k) => wordIs(w, tokens[i + k]))) best = p.length;
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

// "qui l'a frappée": an auxiliary with its object pronoun elided onto it.
const ELIDED_OBJECT = /^(?:l|m|t)'/u;

// A French past participle (vendu, fourni, laissé, permis, ouvert), and how far after it an intent marker may stand.
const PARTICIPLE = /^\p{L}{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ert|erte|erts)$/u;
const INTENT_REACH = 30;
function frenchActs(c: Compiled, sentence: string, tokens: readonly Token[]): ClauseMatch[] {
  const out: ClauseMatch[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const aux = tokens[i]!.norm;
    if (!c.auxiliaries.has(aux) && !(ELIDED_OBJECT.test(aux) && c.auxiliaries.has(aux.replace(ELIDED_OBJECT, '')))) continue;
    // The participle right after the auxiliary, or after one adverb ("a illégalement abattu").
    let j = i + 1;
    if (c.adverbs.has(tokens[j]?.norm ?? '')) j++;
    let n = phraseAt(c.acts, tokens, j);
    // Any act said to be done knowingly ("Le commerce a vendu à plusieurs reprises des cigarettes
    // électroniques à des élèves …, et ce, en toute connaissance de cause"): the participle, then an intent
    // marker later in the clause.
    let intentEnd = -1;
    if (n === 0 && c.intents.length > 0 && PARTICIPLE.test(tokens[j]?.norm ?? '')) {
      for (let k = j + 1; k < tokens.length && k - j <= INTENT_REACH; k++) {
        const q = phraseAt(c.intents, tokens, k);
        if (q > 0) {
          intentEnd = k + q;
          break;
        }
      }
      if (intentEnd > 0) n = 1;
    }
    if (n === 0) continue;
    // The subject, before up to two object pronouns ("qui les lui a volés"): a pronoun, "qui", a name or a
    // noun, not someone who is nobody in the case.
    let k = i - 1;
    while (k > 0 && i - k <= 2 && c.clitics.has(tokens[k]!.norm)) k--;
    const subj = tokens[k]!;
    if (c.notActors.has(subj.norm) || c.notActors.has(bare(subj))) continue;
    if (/^(?:ne|n'|pas|y|en|l'|le|la|les|lui|leur|me|te|se)$/u.test(subj.norm)) continue;
    if (!(c.actors.has(subj.norm) || isName(subj) || /^\p{Ll}{3,}$/u.test(bare(subj)))) continue;
    if (hedged(c, tokens, k + 1)) continue;
    let end = intentEnd > 0 ? intentEnd : j + n;
    if (intentEnd < 0 && c.adverbs.has(tokens[end]?.norm ?? '')) end++;
    out.push({ start: subj.offset, end: tokens[end - 1]!.endOffset, why: 'states the act as fact' });
  }
  return [...out, ...personClaims(c, tokens)];
}

// How far back a driving verb or a verdict looks for the person it is said of ("Le conducteur qui l'a
// frappée roulait …": the subject before its relative clause).
const SUBJECT_REACH = 8;
/** The nearest person (a person noun, a subject pronoun, a name) in the few words before token `i`, if no one who is nobody in the case is nearer. */
function personBefore(c: Compiled, tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= SUBJECT_REACH; k--) {
    const t = tokens[k]!;
    if (c.notActors.has(t.norm) || c.notActors.has(bare(t))) return -1;
    if (c.persons.has(bare(t)) || (c.actors.has(t.norm) && t.norm !== 'qui') || (k > 0 && isName(t))) return k;
  }
  return -1;
}

/** Conduct ("roulait bien au-delà de la limite") and verdicts ("n'a aucune excuse") said of a person. */
function personClaims(c: Compiled, tokens: readonly Token[]): ClauseMatch[] {
  const out: ClauseMatch[] = [];
  // The end of the last claim: a claim joined to it by "et" shares its subject.
  let chained = -2;
  for (let i = 0; i < tokens.length; i++) {
    let end = -1;
    const v = phraseAt(c.conductVerbs, tokens, i);
    if (v > 0) {
      let j = i + v;
      while (c.intensifiers.has(tokens[j]?.norm ?? '') && j - (i + v) < 2) j++;
      const n = phraseAt(c.manners, tokens, j);
      if (n > 0) end = j + n;
    }
    if (end < 0) {
      const n = phraseAt(c.verdicts, tokens, i);
      if (n > 0) end = i + n;
    }
    if (end < 0) continue;
    const shared = chained === i - 1 && c.coordinators.has(tokens[i - 1]!.norm);
    if ((!shared && personBefore(c, tokens, i) < 0) || hedged(c, tokens, i)) continue;
    out.push({ start: tokens[i]!.offset, end: tokens[end - 1]!.endOffset, why: 'states the act as fact' });
    chained = end;
    i = end - 1;
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
      // The relative particle after a person (or a comma): "an fear, a ghoid", "an bhean a mharaigh", and
      // with a demonstrative between, "an fear seo a dhumpáil".
      const demo = c.demonstratives.has(tokens[i - 2]?.norm ?? '') ? 1 : 0;
      const head = tokens[i - 2 - demo];
      if (!head || !(c.persons.has(head.norm) || isName(head) || (demo === 0 && commaBefore(sentence, prev, head)))) continue;
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

// "i'r lleidr", "mae'r dyn": the article written 'r on the word before.
const articleOn = (c: Compiled, t: Token | undefined): boolean => !!t && [...c.determiners].some((d) => d.startsWith("'") && t.norm.endsWith(d) && t.norm.length > d.length);

function welshActs(c: Compiled, tokens: readonly Token[]): ClauseMatch[] {
  const out: ClauseMatch[] = [];
  const push = (start: number, end: number): void => {
    if (phraseAt(c.notAfter, tokens, end) > 0 || hedged(c, tokens, start)) return;
    out.push({ start: tokens[start]!.offset, end: tokens[end - 1]!.endOffset, why: 'states the act as fact' });
  };
  for (let i = 0; i < tokens.length; i++) {
    // "ar ôl iddo dorri i mewn": the opener says who did it.
    const o = phraseAt(c.openers, tokens, i);
    if (o > 0) {
      const n = phraseAt(c.verbNouns, tokens, i + o);
      if (n > 0) push(i, i + o + n);
      continue;
    }
    // "mae e wedi dwyn", "y dyn sydd wedi ymosod ar": a subject, "wedi", the verb-noun.
    if (c.perfect.has(tokens[i]!.norm) && i > 0) {
      const n = phraseAt(c.verbNouns, tokens, i + 1);
      const subj = tokens[i - 1]!;
      if (n > 0 && !c.notActors.has(subj.norm) && (c.actors.has(subj.norm) || c.persons.has(subj.norm) || isName(subj))) push(i - 1, i + 1 + n);
      continue;
    }
    // "y dyn a dorrodd i mewn", "y dyn hwn a ddygodd": a person noun (and a demonstrative), the particle, the past form.
    if (c.relative.has(tokens[i]!.norm)) {
      const n = phraseAt(c.acts, tokens, i + 1);
      if (n === 0) continue;
      const demo = c.demonstratives.has(tokens[i - 1]?.norm ?? '') ? 1 : 0;
      const head = tokens[i - 1 - demo];
      if (head && (c.persons.has(head.norm) || isName(head))) push(i, i + 1 + n);
    }
  }
  return out;
}

/** Crime acts stated as fact in a sentence of `lang` (offsets within `sentence`). */
export function statedActsIn(lang: string, sentence: string): ClauseMatch[] {
  const c = legalFor(lang);
  if (!c) return [];
  const tokens = tokenize(sentence);
  return lang === 'ga' ? irishActs(c, sentence, tokens) : lang === 'cy' ? welshActs(c, tokens) : frenchActs(c, sentence, tokens);
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
    if (!det || (!elided && !c.determiners.has(det.norm) && !articleOn(c, det))) continue;
    // "le voleur présumé", "an gadaí líomhnaithe": the label hedged after it; "le présumé voleur" is no hit.
    if (phraseAt(c.hedges, tokens, i + 1) > 0) continue;
    out.push({ start: det.offset, end: t.endOffset, why: 'calls the person in the case the offender' });
  }
  return out;
}

/** The languages with stated-act data. */
export const LEGAL_LANGS = ['fr', 'ga', 'cy'] as const;
