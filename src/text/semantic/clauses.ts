// Clause checks by grammar: compromise finds the verbs of a sentence (infinitive, negation, voice), the
// lexicons say what they mean, and two generic checks read who does what:
// - `assertedActs`: a crime verb stated as fact about a person (active, not negated, not governed by a
//   hedge such as "accused of", "charged with", "alleged"): "the man who stabbed …", "he robbed …".
// - `selfAdmissions`: the organisation as the subject of a liability verb or phrase, not negated and not
//   conditional: "the Trust accepts liability", "our crew caused the damage", "we will pay your costs".
// compromise is loaded lazily (ctx.load) and only asked about sentences the classifier finds borderline.
import type { LazyModule } from '../../engine/lazy.js';
import type { Lexicon } from './lexicon.js';
import { tokenize } from './tokens.js';

type Nlp = LazyModule<'compromise'>;

export interface ClauseMatch {
  /** Offsets within the sentence. */
  start: number;
  end: number;
  why: string;
}

interface Verb {
  start: number;
  end: number;
  infinitive: string;
  negative: boolean;
  passive: boolean;
}

interface VerbJson {
  offset?: { start: number; length: number };
  verb?: { infinitive?: string; negative?: boolean; grammar?: { passive?: boolean } };
}

function verbsOf(nlp: Nlp, text: string): Verb[] {
  const json = nlp(text).verbs().json({ offset: true }) as VerbJson[];
  const out: Verb[] = [];
  for (const v of json) {
    if (!v.offset || !v.verb) continue;
    out.push({
      start: v.offset.start,
      end: v.offset.start + v.offset.length,
      infinitive: (v.verb.infinitive ?? '').toLowerCase(),
      negative: v.verb.negative === true,
      passive: v.verb.grammar?.passive === true,
    });
  }
  return out;
}

/** True when one of `classes` covers the first word of `phrase` (a verb's infinitive, a few words). */
function isClass(lex: Lexicon, phrase: string, cls: string): boolean {
  return lex.match(tokenize(phrase)).some((h) => h.cls === cls && h.start === 0);
}

// What governs a crime verb as an allegation rather than a fact, in the words just before it.
const HEDGED = /\b(?:accused|charged|suspected|suspicion|alleged(?:ly)?|arrested|detained|convicted|investigat\w*|inquir\w*|enquir\w*|reports?|reported|claims?|claimed|appeal\w*|after|following|for|of|over|if|whether|not|never|deny|denies|denied)\W+(?:\w+\W+){0,2}$/iu;
// A person stated to have done it: a relative pronoun after a noun, a subject pronoun, or a name.
const ACTOR = /(?:\b(?:who|that)|\b(?:he|she|they)|\p{Lu}\p{Ll}+)\s+(?:(?:has|have|had|allegedly|just|then|also|repeatedly|brutally)\s+)?$/u;

export function assertedActs(nlp: Nlp, lex: Lexicon, sentence: string): ClauseMatch[] {
  const out: ClauseMatch[] = [];
  for (const v of verbsOf(nlp, sentence)) {
    if (v.negative || v.passive || !isClass(lex, v.infinitive, 'crime-verb')) continue;
    const before = sentence.slice(Math.max(0, v.start - 40), v.start);
    if (HEDGED.test(before) || !ACTOR.test(before)) continue;
    out.push({ start: v.start, end: v.end, why: 'states the act as fact' });
  }
  return out;
}

// Conditional or investigative framing: "if we are found liable", "whether we were at fault".
// ("any" hedges a claim, "any liability"; "reimburse any loss", "cover any costs" is an offer.)
const CONDITIONAL = /\b(?:if|whether|any(?![ \u00a0]+(?:loss|losses|costs?|expenses|bills?)\b)|once|until|unless|may|might|could|investigat\w*|review\w*|assess\w*|determin\w*|establish\w*)\b/iu;

export function selfAdmissions(nlp: Nlp, lex: Lexicon, sentence: string, alsoLiable?: (clause: string) => boolean): ClauseMatch[] {
  const out: ClauseMatch[] = [];
  const tokens = tokenize(sentence);
  const hits = lex.match(tokens);
  const selfEnds = hits.filter((h) => h.cls === 'self').map((h) => tokens[h.end - 1]!.endOffset);
  if (selfEnds.length === 0) return out;
  for (const v of verbsOf(nlp, sentence)) {
    if (v.negative) continue;
    // The organisation is the subject: one of its names ends within a few characters before the verb.
    if (!selfEnds.some((e) => e <= v.start && v.start - e <= 12)) continue;
    const clause = sentence.slice(v.start, Math.min(sentence.length, v.end + 50)).split(/[.;:!?]|,\s+(?:but|and)\b/u)[0]!;
    // (The caller may know more ways to owe than the lexicon: the admission rule's own offers, "cover the repairs".)
    const liable = lex.match(tokenize(clause)).some((h) => h.cls === 'liability') || (alsoLiable?.(clause) ?? false);
    if (!liable) continue;
    const around = sentence.slice(Math.max(0, v.start - 30), v.start + clause.length);
    if (CONDITIONAL.test(around)) continue;
    out.push({ start: v.start, end: v.start + clause.length, why: 'admits fault on the organisation\u2019s behalf' });
  }
  return out;
}
