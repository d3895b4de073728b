// Guilt stated by grammar, without compromise: read by legal/prejudicial-statement in a post whose
// proceedings are under way (someone arrested, charged, prosecuted, due in court), never after a verdict.
// - `statedActs`: a crime verb (crime-verbs.json) in a past, perfect or progressive form, active, whose
//   subject is a relative pronoun after a noun ("the man who has been breaking into cars", "the farm that
//   poisoned the stream"), a subject pronoun ("He stole laptops", "after he stabbed a man") or a name,
//   and not governed by a hedge ("accused of", "charged with", "allegedly", "on suspicion of").
// - `offenderLabels`: an offender noun (offender-labels.json) used as the definite name of a person in the
//   case ("The robber will appear", "the coward who bashed"): "a suspected thief", "the alleged robber" and
//   compounds ("burglar alarm", "offender management") are not labels.
// - `outcomeClaims`: the case treated as decided ("he won't be doing it again", "three dealers off our
//   streets", "what this man did", "this one should be straightforward", "the man behind the parties").
// The word lists live in ./lexicons/stated-acts.json; the checks are one pass over a sentence's tokens.
import data from './lexicons/stated-acts.json' with { type: 'json' };
import type { Lexicon } from './lexicon.js';
import { tokenize, type Token } from './tokens.js';
import type { ClauseMatch } from './clauses.js';
import { phraseGate, type WordSet } from '../gate.js';

interface StatedActsData {
  pastForms: string[];
  mannerAdverbs: string[];
  notActors: string[];
  compoundHeads: string[];
  underWay: string[];
  outcomeSubjects: string[];
  finalityNegators: string[];
  finalityTails: string[];
  capacityVerbs: string[];
  removalPhrases: string[];
  removalImperatives: string[];
  personRemovalPhrases: string[];
  actPhrases: string[];
  prejudgements: string[];
  behindExclusions: string[];
  behindPersons: string[];
  perceptionVerbs: string[];
}
const D = data as StatedActsData & { about: string };

/** A phrase list matched over tokens: first word → phrases (word arrays). */
function phraseIndex(list: readonly string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of list) {
    const words = tokenize(p).map((t) => t.norm);
    if (words.length === 0) continue;
    const slot = m.get(words[0]!) ?? [];
    slot.push(words);
    m.set(words[0]!, slot);
  }
  return m;
}
const startsPhrase = (index: Map<string, string[][]>, tokens: readonly Token[], i: number): boolean =>
  (index.get(tokens[i]!.norm) ?? []).some((p) => p.every((w, k) => tokens[i + k]?.norm === w));

const PAST = phraseIndex(D.pastForms);
const NOT_ACTOR = new Set(D.notActors);
const COMPOUND = new Set(D.compoundHeads);
const UNDER_WAY = phraseIndex(D.underWay);

/** False when the draft lacks every phrase of the under-way list (a word-set lookup). */
export const mayBeUnderWay: (words: WordSet) => boolean = phraseGate(D.underWay);

/** True when the text says proceedings are under way: someone arrested, charged, prosecuted or due in court. */
export function proceedingsUnderWay(text: string): boolean {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) if (startsPhrase(UNDER_WAY, tokens, i)) return true;
  return false;
}

// What governs a verb as an allegation, in the words just before it ("accused of", "charged with",
// "allegedly", "on suspicion of", "reports that he", "if they").
const HEDGED = /\b(?:accused|charged|suspected|suspicion|alleged(?:ly)?|alleges?|claims?|claimed|reports?|reported|reportedly|believed|thought|said|appeal\w{0,8}|investigat\w{0,8}|inquir\w{0,8}|enquir\w{0,8}|whether|if|not|never|deny|denies|denied|to|of|with|for|over|into)\W{1,4}(?:\w{1,30}\W{1,4}){0,2}$/iu;
// A clause that states the act itself: "after he stabbed", "when she robbed", "because they dumped".
const SUBORDINATE = /\b(?:after|when|before|because|since|as|once|where)\W{1,4}(?:he|she|they)\W{1,4}(?:(?:had|has|have|also|then|just|repeatedly)\W{1,4}){0,2}$/iu;
// The subject right before the verb (with up to three auxiliaries or adverbs): "who has been", "he", "Pike".
// Not "which": persons are "who" or "that", and "the operation, which targeted dealers" is no one.
// Between the subject and the verb: an appositive that says where the case is ("Gerard Moloney (52) of
// Knockanore, charged yesterday, illegally dumped …", "He, aged 34, stole …"), then auxiliaries and adverbs.
const APPOSITIVE = String.raw`(,\s{1,4}(?:(?:who\s{1,4}(?:was|is|has\s{1,4}been)\s{1,4})?(?:charged|arrested|remanded|detained|bailed|accused)(?:\s{1,4}[\p{L}\p{N}]{1,20}){0,3}|aged\s{1,4}\d{1,3}|\d{1,3})\s{0,4},)?`;
const ACTOR = new RegExp(String.raw`(?:\b(who|that|he|she|they)(?:['’](?:ve|s|d))?|(\p{Lu}\p{Ll}{1,30}))${APPOSITIVE}\s{1,4}(?:(?:has|have|had|been|was|were|is|are|just|then|also|repeatedly|brutally|callously|deliberately|recently|previously|allegedly|${D.mannerAdverbs.join('|')})\s{1,4}){0,3}$`, 'u');
// A passive: "was stabbed", "had been robbed", "got mugged" (the subject is the victim).
const PASSIVE = /\b(?:was|were|is|are|am|be|been|being|get|gets|got|getting)\s{1,4}(?:\w{1,30}ly\s{1,4})?$/iu;
// Denied or quoted, not stated: "we won't be calling him the culprit", "we can't say he stole anything".
const NEGATED_BEFORE = /\b(?:not|never|no|cannot|(?:won|can|don|didn|isn|aren|wasn|weren|couldn|wouldn|shouldn)['’]t)\b[^.,;:!?]{0,40}$/iu;
const NAMING_BEFORE = /\b(?:call|calls|calling|called|label|labels|labell?ing|labell?ed|describe|describes|describing|described|brand|branding|branded)(?:\s{1,4}[\p{L}'’]{1,20}){0,2}\s{1,4}$/iu;
const PROGRESSIVE_AUX = /\b(?:been|was|were|is|are)\s{1,4}(?:\w{1,30}ly\s{1,4})?$/iu;

/** The form of the crime verb at token `i`: 'past' (-ed, an irregular past), 'ing', or 'base' (base or -s). */
function formAt(tokens: readonly Token[], i: number): 'past' | 'ing' | 'base' {
  const w = tokens[i]!.norm;
  if (startsPhrase(PAST, tokens, i)) return 'past';
  if (w.endsWith('ing')) return 'ing';
  if (w.endsWith('ed')) return 'past';
  return 'base';
}

/** Crime verbs stated as fact about someone (see the header). Offsets are within `sentence`. */
export function statedActs(lex: Lexicon, sentence: string): ClauseMatch[] {
  const tokens = tokenize(sentence);
  const out: ClauseMatch[] = [];
  for (const h of lex.match(tokens)) {
    if (h.cls !== 'crime-verb') continue;
    const tok = tokens[h.start]!;
    const form = formAt(tokens, h.start);
    if (form === 'base') continue;
    const before = sentence.slice(Math.max(0, tok.offset - 48), tok.offset);
    if (form === 'ing' && !PROGRESSIVE_AUX.test(before)) continue;
    if (form === 'past' && PASSIVE.test(before)) continue;
    const actor = ACTOR.exec(before);
    if (!actor) continue;
    if (actor[2] !== undefined && NOT_ACTOR.has(actor[2].toLowerCase())) continue;
    const relative = actor[1] !== undefined && /^(?:who|that)$/iu.test(actor[1]);
    // "who" or "that" must follow a noun phrase, not open a question or a sentence ("Who stole …?").
    if (relative && !/[\p{L}\p{N}],?\s{0,4}$/u.test(before.slice(0, actor.index))) continue;
    if (NEGATED_BEFORE.test(before)) continue;
    const subordinate = SUBORDINATE.test(before);
    // After an appositive that says the person is charged ("Moloney (52) of Knockanore, charged yesterday,
    // illegally dumped"), only the words after it can hedge the act ("…, charged yesterday, allegedly dumped").
    const hedgeText = actor[3] ? actor[0].slice(actor[0].indexOf(actor[3]) + actor[3].length) : before.slice(0, actor.index + actor[0].length);
    if (!subordinate && HEDGED.test(hedgeText)) continue;
    // The subject of "who"/"that" is the noun before it: "the victim, who" is a victim, not an actor (and
    // its verb is passive anyway); "officers who" and "crews that" are nobody in the case.
    if (relative) {
      const head = /([\p{L}'’-]{1,40})\W{0,4}$/u.exec(before.slice(0, actor.index));
      if (head && NOT_ACTOR.has(head[1]!.toLowerCase())) continue;
    }
    out.push({ start: tok.offset, end: tokens[h.end - 1]!.endOffset, why: 'states the act as fact' });
  }
  return out;
}

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/** Offender nouns used as the definite name of a person (see the header). Offsets are within `sentence`. */
export function offenderLabels(lex: Lexicon, sentence: string): ClauseMatch[] {
  const tokens = tokenize(sentence);
  const out: ClauseMatch[] = [];
  for (const h of lex.match(tokens)) {
    if (h.cls !== 'offender-label' || h.start === 0) continue;
    if (!DEFINITE.has(tokens[h.start - 1]!.norm)) continue;
    const next = tokens[h.end];
    // "the burglar alarm", "the offender management unit", "the thief's car" is still the thief.
    if (next && COMPOUND.has(next.norm) && !/[,.;:!?]/u.test(sentence.slice(tokens[h.end - 1]!.endOffset, next.offset))) continue;
    // A capitalised label before another capitalised word is the start of a title: "the Criminal Justice
    // Act", "the Criminal Assets Bureau".
    if (next && /^\p{Lu}/u.test(tokens[h.start]!.raw) && /^\p{Lu}/u.test(next.raw) && /^[ \u00a0]+$/u.test(sentence.slice(tokens[h.end - 1]!.endOffset, next.offset))) continue;
    const before = sentence.slice(Math.max(0, tokens[h.start - 1]!.offset - 48), tokens[h.start - 1]!.offset);
    if (NEGATED_BEFORE.test(before) || NAMING_BEFORE.test(before)) continue;
    const label = tokens.slice(h.start, h.end).map((t) => t.norm).join(' ');
    // Words of the lexicon that are not labels when they stand alone after "the" ("the evil", "the guilty"
    // is a label but "the animal", "the monster" may be a pet or a film; "the dealer" a car dealer).
    if (/^(?:evil|animal|animals|monster|monsters|dealer|dealers|the guilty|bad guy|bad guys|predator|predators)$/u.test(label)) continue;
    out.push({ start: tokens[h.start - 1]!.offset, end: tokens[h.end - 1]!.endOffset, why: 'calls the person in the case the offender' });
  }
  return out;
}

const SUBJECTS = phraseIndex(D.outcomeSubjects);
const NEGATORS = phraseIndex(D.finalityNegators);
const TAILS = phraseIndex(D.finalityTails);
const CAPACITY = phraseIndex(D.capacityVerbs);
const REMOVAL = phraseIndex(D.removalPhrases);
const PERSON_REMOVAL = phraseIndex(D.personRemovalPhrases);
const REMOVAL_IMPERATIVE = new Set(D.removalImperatives.map((w) => w.split(' ').at(-1)!));
const ACT_PHRASES = phraseIndex(D.actPhrases);
const PREJUDGEMENTS = phraseIndex(D.prejudgements);
const BEHIND_EXCLUDED = new Set(D.behindExclusions);
const BEHIND_PERSONS = new Set(D.behindPersons);
const PERCEPTION = new Set(D.perceptionVerbs);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
// Within one clause: the text between two tokens holds no sentence or clause stop.
const CLAUSE_STOP = /[.;:!?()]|\s[-–—]\s/u;
// Words a finality claim may span between its negator and its tail ("won't be breaking into anyone's garage again").
const FINALITY_SPAN = 10;

/** The length in tokens of the phrase of `index` starting at `i`, or 0. */
function phraseAt(index: Map<string, string[][]>, tokens: readonly Token[], i: number): number {
  let best = 0;
  for (const p of index.get(tokens[i]!.norm) ?? []) if (p.length > best && p.every((w, k) => tokens[i + k]?.norm === w)) best = p.length;
  return best;
}

/**
 * Claims about the outcome of a case that take the person's guilt as settled, in a post whose proceedings
 * are under way (the caller checks that, and that no verdict is reported). Offsets are within `sentence`.
 * - finality: the person will not do it again ("he won't be doing it again", "she will never work with
 *   children again"): only someone who did it can be stopped from doing it again. A victim's injury
 *   ("she will never walk again") and the organisation's own resolve ("we won't let this happen again")
 *   are not claims about the accused.
 * - removal: offenders taken off the streets ("That's three dealers off our streets"), not the campaign
 *   imperative ("keep drink drivers off our roads").
 * - the act named as theirs by a free relative ("what this man did to our students").
 * - a prejudged case ("this one should be straightforward", "he has no excuse").
 * - a person named by the acts they are accused of ("the man behind the all-night parties").
 * - the evidence stated as what they did ("our team recorded him breaking the notice").
 */
export function outcomeClaims(sentence: string): ClauseMatch[] {
  const tokens = tokenize(sentence);
  const out: ClauseMatch[] = [];
  const sameClause = (a: number, b: number): boolean => !CLAUSE_STOP.test(sentence.slice(tokens[a]!.endOffset, tokens[b]!.offset));
  const negatedBefore = (i: number): boolean => NEGATED_BEFORE.test(sentence.slice(Math.max(0, tokens[i]!.offset - 30), tokens[i]!.offset)) || NAMING_BEFORE.test(sentence.slice(Math.max(0, tokens[i]!.offset - 30), tokens[i]!.offset));
  const push = (a: number, b: number, why: string): void => {
    const start = tokens[a]!.offset;
    const end = tokens[b]!.endOffset;
    if (!out.some((m) => start < m.end && m.start < end)) out.push({ start, end, why });
  };
  for (let i = 0; i < tokens.length; i++) {
    const subj = phraseAt(SUBJECTS, tokens, i);
    // "We'll make sure she never waits this long again": the subject of a promise to someone, not the accused.
    if (subj > 0 && !PROMISED_TO.test(sentence.slice(Math.max(0, tokens[i]!.offset - 24), tokens[i]!.offset))) {
      // "he won't", "she will never", "the man will no longer": the negator right after the subject (an
      // auxiliary or adverb may stand between: "he certainly won't").
      let n = i + subj;
      if (tokens[n] && /ly$/u.test(tokens[n]!.norm)) n++;
      const neg = tokens[n] ? phraseAt(NEGATORS, tokens, n) : 0;
      if (neg > 0 && sameClause(i, n)) {
        const verbAt = n + neg + (tokens[n + neg]?.norm === 'be' ? 1 : 0);
        const capacity = tokens[verbAt] ? phraseAt(CAPACITY, tokens, verbAt) > 0 : false;
        for (let k = n + neg; !capacity && k < tokens.length && k <= n + neg + FINALITY_SPAN && sameClause(n, k); k++) {
          const tail = phraseAt(TAILS, tokens, k);
          if (tail > 0) {
            push(i, k + tail - 1, 'presumes the outcome of the case');
            break;
          }
        }
      }
    }
    const removal = phraseAt(REMOVAL, tokens, i);
    if (removal > 0 && i > 0) {
      // What is taken off the streets: the words before it in the clause, with no imperative among them.
      let a = i;
      while (a > 0 && i - a < 5 && sameClause(a - 1, i) && !REMOVAL_IMPERATIVE.has(tokens[a - 1]!.norm)) a--;
      const imperative = a > 0 && REMOVAL_IMPERATIVE.has(tokens[a - 1]!.norm) && sameClause(a - 1, i);
      if (!imperative && a < i) push(a, i + removal - 1, 'presumes the outcome of the case');
    }
    // "the guy who's been cleaning out your garages is off the street": the singular, only of a person.
    const personRemoval = phraseAt(PERSON_REMOVAL, tokens, i);
    if (personRemoval > 0 && i > 0) {
      let a = i;
      while (a > 0 && i - a < 12 && sameClause(a - 1, i)) a--;
      let person = -1;
      for (let k = a; k < i && person < 0; k++) if (phraseAt(SUBJECTS, tokens, k) > 0 || /^who(?:['’]s)?$/u.test(tokens[k]!.norm)) person = k;
      if (person >= 0) push(person, i + personRemoval - 1, 'presumes the outcome of the case');
    }
    const act = phraseAt(ACT_PHRASES, tokens, i);
    if (act > 0 && !negatedBefore(i) && !HEDGED_ACT.test(sentence.slice(Math.max(0, tokens[i]!.offset - 40), tokens[i]!.offset))) push(i, i + act - 1, 'states the act as fact');
    const pre = phraseAt(PREJUDGEMENTS, tokens, i);
    if (pre > 0 && !negatedBefore(i)) push(i, i + pre - 1, 'presumes the outcome of the case');
    // "recorded him breaking the notice", "CCTV shows them loading the van": a perception verb, the person,
    // then what they are seen doing. ("We saw him at the court" has no -ing act.)
    if (PERCEPTION.has(tokens[i]!.norm) && OBJECT_PRONOUNS.has(tokens[i + 1]?.norm ?? '') && /^\p{L}{3,}ing$/u.test(tokens[i + 2]?.norm ?? '') && !negatedBefore(i) && sameClause(i, i + 2)) push(i, i + 2, 'states the act as fact');
    // "the man behind the all-night parties": a person noun, "behind", a determiner, then what they did.
    if (tokens[i]!.norm === 'the' && BEHIND_PERSONS.has(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm === 'behind' && /^(?:the|this|these|those|that|all)$/u.test(tokens[i + 3]?.norm ?? '')) {
      let k = i + 4;
      while (k < tokens.length && k < i + 8 && sameClause(i, k) && !/^(?:has|have|had|is|are|was|were|will|who|at|in|on|of|for)$/u.test(tokens[k]!.norm)) k++;
      const head = tokens[k - 1];
      if (head && k - 1 > i + 3 && !BEHIND_EXCLUDED.has(head.norm) && !tokens.slice(i + 4, k).some((t) => BEHIND_EXCLUDED.has(t.norm))) push(i, k - 1, 'calls the person in the case the offender');
    }
  }
  return out;
}
const PROMISED_TO = /\b(?:make\s{1,4}sure|ensure|ensuring|so\s{1,4}that|until|promise|promised)\s{1,4}(?:that\s{1,4})?$/iu;
// "we don't know what he did", "asked about what he did", "accused of what she did": not a statement.
const HEDGED_ACT = /\b(?:know|knows|knew|ask|asks|asked|investigat\w{0,6}|establish|determine|find\s{1,4}out|accused\s{1,4}of|alleged|allegedly|whether|if)\W{1,4}(?:\w{1,20}\W{1,4}){0,2}$/iu;
