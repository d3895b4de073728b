// legal/admission-of-liability: the organisation admitting legal fault in public ("we accept full
// liability", "we admit we were negligent", "this was entirely our fault and we will compensate").
// Apologies and sympathy are fine and encouraged ("we apologise for the disruption", "we're sorry for the
// delay"), as is owning a duty ("we take responsibility for keeping roads safe"): only fault, negligence
// and liability for harm are admissions that a claim or an insurer can hold the organisation to.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { withJudgement } from '../../src/text/semantic/check.js';
import { phraseGate, type WordSet } from '../../src/text/gate.js';
import { sentenceAt } from '../../src/text/sentence-at.js';
import type { Document } from '../../src/engine/document.js';
import { lexicon } from '../../src/text/semantic/lexicon.js';
import { tokenize } from '../../src/text/semantic/tokens.js';
import { selfAdmissions } from '../../src/text/semantic/clauses.js';
import { escapeRegExp } from '../../src/text/terms.js';
import grammar from './admission-grammar.json' with { type: 'json' };

const W = String.raw`[ \u00a0]+`;
// The organisation's generic names, in either case ("the Department", "the council"), and its people as a
// body ("our staff were negligent"): the organisation speaks through them.
const ORG_NOUNS = ['council', 'department', 'trust', 'service', 'board', 'authority', 'city', 'county', 'district', 'shire', 'ministry', 'agency', 'force'];
const OUR_PEOPLE = ['staff', 'team', 'teams', 'crew', 'crews', 'officers', 'engineers', 'contractors', 'nurses', 'doctors', 'clinicians', 'employees', 'workers'];
// One of its people ("our contractor's crew", "our driver"), for the clauses that name a person, not a body.
const OUR_PERSON = [...OUR_PEOPLE, 'crew', 'officer', 'engineer', 'contractor', 'nurse', 'doctor', 'clinician', 'employee', 'worker', 'driver', 'drivers', 'operator', 'operators', 'deputy', 'deputies', 'firefighter', 'firefighters', 'paramedic', 'paramedics', 'ranger', 'rangers', 'inspector', 'inspectors'];
const either = (w: string): string => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`;
const WE = String.raw`(?:we|We|${either('the')}${W}(?:${ORG_NOUNS.map(either).join('|')})|${either('our')}${W}(?:own${W})?(?:${OUR_PEOPLE.join('|')}))`;
const FULLY = String.raw`(?:(?:fully|entirely|completely|wholly|totally|openly|freely|now|must|have${W}to|do|also)${W})?`;
// Harm an organisation can be liable for: an apology for "the delay" or "the error in our post" is not an admission.
const HARM = String.raw`(?:accident|accidents|injury|injuries|damage|damages|collision|crash|fall|falls|death|deaths|flood|flooding|fire|leak|explosion|outbreak|harm|losses|loss|incident|collapse|poisoning|contamination|spill|failure${W}to${W}(?:maintain|repair|inspect|warn))`;

// Word gates: the whole words (bounded by spaces or `\b`) that some alternative of a pattern's part needs.
const hasAdmitVerb = phraseGate(['accept', 'accepts', 'accepted', 'admit', 'admits', 'admitted', 'acknowledge', 'acknowledges', 'acknowledged', 'concede', 'concedes', 'conceded']);
const hasHarm = phraseGate(['accident', 'accidents', 'injury', 'injuries', 'damage', 'damages', 'collision', 'crash', 'fall', 'falls', 'death', 'deaths', 'flood', 'flooding', 'fire', 'leak', 'explosion', 'outbreak', 'harm', 'losses', 'loss', 'incident', 'collapse', 'poisoning', 'contamination', 'spill', 'failure']);
const all =
  (...gates: ReadonlyArray<(words: WordSet) => boolean>) =>
  (words: WordSet): boolean =>
    gates.every((g) => g(words));

// `gate`: false when the draft lacks a word every match needs (each part's alternatives, as whole words).
// `harm`: the pattern is an admission only in a post about damage, injury or a claim (HARM_CONTEXT).
// `negates`: false when the pattern's words include a negation ("never"), so NEGATED must not cancel it.
// `negatedBefore`: a denial may stand before the match in its sentence ("we don't think it was our mistake").
const PATTERNS: ReadonlyArray<{ re: RegExp; gate: (words: WordSet) => boolean; harm?: boolean; negates?: false; negatedBefore?: true }> = [
  // "we accept full liability", "the council admits liability", "we accept we were negligent".
  {
    re: new RegExp(String.raw`\b${WE}${W}${FULLY}(?:accept|accepts|accepted|admit|admits|admitted|acknowledge|acknowledges|acknowledged|concede|concedes|conceded)${W}(?:(?:full|total|complete|all|sole|legal|our|its)${W}){0,2}(?:liability|legal${W}responsibility|fault|negligence|culpability)\b`, 'gu'),
    gate: all(hasAdmitVerb, phraseGate(['liability', 'responsibility', 'fault', 'negligence', 'culpability'])),
  },
  {
    re: new RegExp(String.raw`\b${WE}${W}${FULLY}(?:accept|accepts|accepted|admit|admits|admitted|acknowledge|acknowledges|acknowledged|concede|concedes|conceded)${W}(?:that${W})?(?:we|it|the${W}council)${W}(?:was|were|are|is|had${W}been|have${W}been|has${W}been|acted)${W}(?:(?:entirely|completely|wholly|totally|partly)${W})?(?:negligent|negligently|liable|at${W}fault|to${W}blame|in${W}breach|careless)\b`, 'gu'),
    gate: all(hasAdmitVerb, phraseGate(['negligent', 'negligently', 'liable', 'fault', 'blame', 'breach', 'careless'])),
  },
  // "we accept full responsibility for the accident" (harm, not a duty: "for keeping roads safe").
  {
    re: new RegExp(String.raw`\b${WE}${W}${FULLY}(?:accept|accepts|accepted|admit|admits|admitted|take|takes|took)${W}(?:(?:full|total|complete|all|sole)${W})?(?:responsibility|blame)${W}for${W}(?:the|this|that|your|their|his|her|these|all${W}the)${W}(?:[\p{L}-]+${W}){0,2}?${HARM}\b`, 'gu'),
    gate: all(phraseGate(['responsibility', 'blame']), hasHarm),
  },
  // "we were negligent", "the council was at fault", "through our negligence".
  {
    re: new RegExp(String.raw`\b${WE}${W}(?:was|were|have${W}been|has${W}been|had${W}been)${W}(?:(?:clearly|entirely|completely|wholly|totally|partly)${W})?(?:negligent|liable|at${W}fault|in${W}breach${W}of${W}(?:our|its|the)${W}(?:duty|statutory${W}duty|duty${W}of${W}care))\b|\b(?:through|by|due${W}to|because${W}of)${W}(?:our|the${W}council['’]s)${W}(?:own${W})?(?:negligence|carelessness)\b`, 'gu'),
    gate: phraseGate(['negligent', 'liable', 'fault', 'breach', 'negligence', 'carelessness']),
  },
  // "this was entirely our fault", "the flooding is the council's fault".
  {
    re: new RegExp(String.raw`\b(?:this|it|that|the${W}(?:[\p{L}-]+${W}){0,2}?${HARM}(?:${W}(?:on|in|at|near|along|outside)${W}[\p{L}'’-]+(?:${W}[\p{L}'’-]+){0,3}?)?)${W}(?:was|is|were)${W}(?:(?:entirely|completely|wholly|totally|all|partly|solely|clearly)${W})?(?:our|the${W}council['’]s|the${W}department['’]s)${W}(?:own${W})?fault\b`, 'giu'),
    gate: phraseGate(['fault']),
  },
  // A mistake or failing owned in a post about harm: "missing the fracture was our mistake", "that was
  // entirely our error". (An apology for a typo, "the wrong date was our mistake", has no harm near it.)
  {
    re: new RegExp(String.raw`(?:['’]s|\b(?:was|is|were))${W}(?:(?:entirely|completely|wholly|totally|all|partly|solely|clearly|definitely|absolutely)${W})?(?:our|my|the${W}(?:council|department|trust|hospital|service|city|county)['’]s)${W}(?:own${W})?(?:mistake|error|failing|failure|oversight)\b`, 'giu'),
    gate: phraseGate(['mistake', 'error', 'failing', 'failure', 'oversight']),
    harm: true,
    negatedBefore: true,
  },
  // Plain-spoken admissions in replies about damage or injury: "this one's on us", "that's on the
  // council". A duty ("it's on us to keep roads safe") is not fault; a free offer ("the coffee's on us")
  // has no harm in its post (see HARM_CONTEXT).
  {
    // (The subject may be the harm itself: "so the damage to your hull is on us", "the repair bill's on us",
    // or the failing that led to it: "that delay is on us and it allowed the virus to spread".)
    re: new RegExp(String.raw`\b(?:this|that|it|(?:the|this|that)${W}(?:damage|repairs?|repair${W}bill|bill|cost|costs|fault|blame|mistake|error|delay|lapse|oversight|failure|miss)(?:${W}(?:to|of|for)${W}(?:your|the|his|her|their)${W}[\p{L}-]+)?)(?:${W}one)?(?:['’]s|${W}is|${W}was)${W}(?:(?:all|entirely|totally|completely|squarely|fully|100%)${W})?on${W}(?:us|the${W}(?:council|department|city|county|state|trust|authority))\b(?!${W}(?:to|all)\b)`, 'giu'),
    gate: phraseGate(['on us', 'on the council', 'on the department', 'on the city', 'on the county', 'on the state', 'on the trust', 'on the authority']),
    harm: true,
    negates: false,
  },
  // Knowing of a defect and not acting on it, the heart of a highways or premises claim: "we never got to
  // it", "we never got round to fixing it", "we failed to repair the pothole".
  {
    re: new RegExp(String.raw`\b(?:we|We)${W}(?:just${W}|simply${W}|then${W})?(?:(?:never|didn['’]t|did${W}not)${W}(?:got|get)${W}(?:a?round${W})?to${W}(?:it|them|that|fixing${W}it|repairing${W}it|fixing${W}them|repairing${W}them)|(?:never|failed${W}to)${W}(?:fix|fixed|repair|repaired|inspect|inspected|mend|mended|patch|patched|fill|filled|act${W}on|acted${W}on|deal${W}with|dealt${W}with|follow${W}up${W}on|followed${W}up${W}on)${W}(?:it|them|that|this|the${W}(?:[\p{L}-]+${W}){0,2}?(?:pothole|defect|hazard|leak|problem|issue|fault|crack|hole|report|damage)s?))\b`, 'gu'),
    gate: phraseGate(['never', 'failed to', "didn't", 'didn t', 'did not']),
    harm: true,
    negates: false,
  },
  // Fault owned as what should not have happened: "our contractor's crew shouldn't have been sweeping loose
  // chip seal with traffic still moving", "we should never have left the barrier open". ("We shouldn't have
  // to wait" is an obligation; "you shouldn't have been charged" is not the organisation speaking.)
  {
    re: new RegExp(String.raw`\b(?:we|We|${either('our')}${W}(?:[\p{L}'’-]+${W}){0,3}?(?:${OUR_PERSON.join('|')}))${W}(?:should${W}(?:not|never)|shouldn['’]t)${W}have${W}(?:been|[\p{L}]+(?:ed|en|t))\b`, 'gu'),
    gate: phraseGate(["shouldn't", 'shouldn t', 'should not', 'should never']),
    harm: true,
    negates: false,
    negatedBefore: true,
  },
  // An omission owned, with when it should have been done: "we should have closed the boardwalk then", "we
  // ought to have acted sooner". ("We should have more news tomorrow" has no past participle; "you should
  // have received a letter" is not the organisation speaking.)
  {
    re: new RegExp(String.raw`\b(?:we|We|${either('our')}${W}(?:[\p{L}'’-]+${W}){0,3}?(?:${OUR_PERSON.join('|')}))${W}(?:should|ought${W}to)${W}have${W}(?:[\p{L}]+(?:ed|en|t)|done|shut|put|set|cut|rung|told|known|seen|taken)(?:${W}[\p{L}'’-]+){0,6}?${W}(?:then|sooner|earlier|straight${W}away|right${W}away|at${W}the${W}time|months${W}ago|weeks${W}ago|years${W}ago|long${W}ago|before${W}(?:now|this|then|it${W}happened))\b`, 'gu'),
    gate: all(phraseGate(['should have', 'ought to have']), phraseGate(['then', 'sooner', 'earlier', 'straight away', 'right away', 'at the time', 'ago', 'before'])),
    harm: true,
    negates: false,
    negatedBefore: true,
  },
  // The harm accepted as caused by what the organisation did or failed to do: "we accept that this happened
  // because of how long he was left waiting", "the trust acknowledges the fall was caused by the delay".
  {
    re: new RegExp(String.raw`\b${WE}${W}${FULLY}(?:accept|accepts|accepted|acknowledge|acknowledges|acknowledged|admit|admits|admitted|recognise|recognises|recognize|recognizes)${W}(?:that${W})?(?:[\p{L}'’-]+${W}){1,4}?(?:happened|occurred|was${W}caused|were${W}caused|came${W}about|resulted|was${W}made${W}worse)${W}(?:because${W}of|due${W}to|as${W}a${W}result${W}of|by|through)\b`, 'gu'),
    gate: all(phraseGate(['accept', 'accepts', 'accepted', 'acknowledge', 'acknowledges', 'acknowledged', 'admit', 'admits', 'admitted', 'recognise', 'recognises', 'recognize', 'recognizes']), phraseGate(['happened', 'occurred', 'caused', 'came about', 'resulted', 'made worse'])),
    harm: true,
    negatedBefore: true,
  },
];
// "We don't think it was our mistake": a denial before the words. (A bare "not" is often the failure
// owned: "not clearing it was our mistake".)
const DENIED_BEFORE = /\b(?:don['’]t|do[ \u00a0]+not|doesn['’]t|does[ \u00a0]+not|didn['’]t|did[ \u00a0]+not|never|deny|denies|denied|disagree)\b/iu;
// "The resident says the council was negligent": someone else's claim, reported, owns nothing.
const REPORTED_BEFORE = /\b(?:says|say|said|claims|claimed|claim|alleges|alleged|allege|argues|argued|believes|believe|thinks|think|suggests|suggested|accuses|accused)\b[^.!?]*$/iu;
// "It was not our fault", "we do not accept liability": denials are not admissions.
const NEGATED = /\b(?:not|never|no|deny|denies|denied|don['’]t|doesn['’]t|didn['’]t|wasn['’]t|weren['’]t|isn['’]t)\b/iu;

// Damage, injury or a claim somewhere in the draft: what turns "this one's on us" from a courtesy
// (a free coffee, a typo in our post) into an admission an insurer can hold the organisation to. The
// gate asks the whole draft; HARM_NEAR then asks the text around the admission.
// (The words are data: ./admission-grammar.json harmWords.)
const HARM_WORDS: readonly string[] = grammar.harmWords;
const HARM_CONTEXT = phraseGate(HARM_WORDS);
// The same words searched in the admission's sentence and the one before ("So sorry about your tire.
// Honestly, this one's on us"): a draft that thanks crews for clearing storm damage and also owns a typo
// ("that's on us") admits nothing about the damage.
const HARM_NEAR = new RegExp(String.raw`\b(?:${HARM_WORDS.join('|')})\b`, 'iu');
// The harm itself, without the words of a claim or its payment ("reimburse", "compensation", "receipt"): what
// an offer pays for must be a loss ("We will reimburse travel costs for volunteers" pays for none).
const CLAIM_WORDS = new Set(['claim', 'claims', 'compensation', 'compensate', 'reimburse', 'receipt', 'insurance', 'insurer']);
const HARM_ITSELF = new RegExp(String.raw`\b(?:${HARM_WORDS.filter((w) => !CLAIM_WORDS.has(w)).join('|')})\b`, 'iu');

export default defineRule(withJudgement('admission', 'Read as a whole, this admits fault or liability on the organisation\u2019s behalf: apologise for what happened and say how it is being put right, without accepting liability or offering payment outside the claims process.', {
  id: 'legal/admission-of-liability',
  category: 'legal',
  description: 'The organisation admitting fault, negligence or liability in public ("we accept full liability", "this was entirely our fault").',
  docs: {
    rationale: 'An apology is courteous and usually protected by law, but an express admission of fault or liability can be used in a claim and can breach the insurer’s conditions: apologise and explain what happens next, and leave liability to the people who handle claims.',
    flagged: ['We accept full liability for the damage to your car.', 'We admit we were negligent.', 'This was entirely our fault and we will compensate everyone affected.'],
    clean: ['We apologise for the disruption caused by the burst water main.', 'We’re sorry for the delay.', 'We take responsibility for keeping roads safe and will inspect the site today.'],
  },
  defaultSeverity: 'warning',
  topics: ['legal-liability'],
  languages: ['en'],
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, text } = ctx.doc;
    const words = ctx.doc.words();
    // A reply owns the harm its resident describes ("Blew a tire on that crater … Who is paying?"):
    // the message answered counts as context.
    const answered = typeof ctx.meta.replyTo === 'string' ? ctx.meta.replyTo : '';
    const reply = ctx.meta.replyTo !== undefined;
    // A fault clause of the organisation's own names the harm itself ("our officer reversed into your car").
    const harmed = HARM_CONTEXT(words) || HARM_NEAR.test(answered) || OWN_FAULT.test(prose.slice(ctx.doc.bodyOffset));
    const live = PATTERNS.filter(({ gate, harm }) => gate(words) && (!harm || harmed));
    if (live.length === 0 && !harmed) return;
    const from = ctx.doc.bodyOffset;
    const body = prose.slice(from);
    const taken: Array<[number, number]> = [];
    for (const { re, negates, harm, negatedBefore } of live) {
      re.lastIndex = 0;
      for (const m of body.matchAll(re)) {
        const s = from + m.index;
        const e = s + m[0].length;
        if (taken.some(([a, b]) => s < b && a < e)) continue;
        if (negates !== false && NEGATED.test(m[0])) continue;
        const before = prose.slice(Math.max(sentenceAt(ctx.doc, s)?.offset ?? s - 40, s - 40), s);
        if (negatedBefore && DENIED_BEFORE.test(before)) continue;
        if (REPORTED_BEFORE.test(before)) continue;
        if (harm && !HARM_NEAR.test(nearby(ctx.doc, s, e, reply)) && !OWN_FAULT.test(nearby(ctx.doc, s, e, reply)) && !(answered && isOpening(ctx.doc, s, from) && HARM_NEAR.test(answered))) continue;
        taken.push([s, e]);
        ctx.report({
          offset: s,
          endOffset: e,
          message: `"${text.slice(s, e)}" admits legal fault or liability: apologise and say what happens next, but leave liability to the claims or legal team before posting.`,
        });
      }
    }
    // By grammar, in a draft about damage or injury: the organisation (any of its names, ./self-names.json)
    // as the subject of a liability verb or phrase, not negated or conditional ("the county will pay for all
    // of the repairs", "our deputy … caused the damage to your fence"). Read wherever the patterns above
    // found nothing in the sentence: an offer to pay after an apology and an explanation is diluted in the
    // classifier's window, but its clause says the same thing. ("We will pay for parking at the event" has
    // no harm in its draft; "if we are found liable" is conditional.)
    if (!harmed) return;
    const lex = lexicon(ctx.settings.organisation.name || undefined);
    for (const sent of ctx.doc.sentences()) {
      if (sent.offset < from) continue;
      // A sentence reported in part ("That's on us, and the county will cover the repairs") is read again
      // for an offer or fault clause outside what was reported.
      const partly = taken.some(([a, b]) => sent.offset < b && a < sent.endOffset);
      if (partly && taken.some(([a, b]) => a <= sent.offset && b >= sent.endOffset)) continue;
      const t = prose.slice(sent.offset, sent.endOffset);
      const tokens = tokenize(t);
      const hits = lex.match(tokens);
      // (A liability phrase may hold the name itself: "we will pay". An offer of this file's own list counts
      // as one: "the county will cover the repairs".)
      const offersAfter = (a: { end: number }): boolean => OWN_HARM.test(t.slice(tokens[a.end - 1]!.endOffset, tokens[a.end - 1]!.endOffset + 40));
      if (!hits.some((a) => a.cls === 'self' && !REPORTED_BEFORE.test(t.slice(0, tokens[a.start]!.offset)) && (hits.some((b) => b.cls === 'liability' && b.start >= a.start && b.end > a.end && b.start - a.end < 8) || offersAfter(a)))) continue;
      // (In a draft about damage, an offer for the reader's loss or "the repairs" names the harm itself,
      // however many sentences after the damage it comes.)
      if (!HARM_NEAR.test(nearby(ctx.doc, sent.offset, sent.endOffset, reply)) && !OWED.test(t) && !(answered && HARM_NEAR.test(answered))) continue;
      // What is paid for or caused must be the harm or the reader's loss ("all of the repairs", "your
      // costs"), not a project ("the cost of the new playground").
      if (!HARM_ITSELF.test(t) && !OWED.test(t)) continue;
      const nlp = ctx.load('compromise');
      if (!nlp) return;
      const found = selfAdmissions(nlp, lex, t, (clause) => OWN_HARM.test(clause)).find((m) => OWN_HARM.test(t.slice(m.start, m.end)) && !(partly && taken.some(([a, b]) => sent.offset + m.start < b && a < sent.offset + m.end)));
      if (!found) continue;
      // ("doesn't mean the council is liable": the denial may stand before the organisation's name.)
      if (NEGATED.test(t.slice(Math.max(0, found.start - 30), found.end))) continue;
      // The sentence is reported: what it admits is read as a whole, as the classifier reads it; in a
      // sentence reported in part, the clause from the organisation's name to the sentence's end.
      const s = partly ? sent.offset + found.start : sent.offset;
      const e = sent.offset + t.trimEnd().length;
      if (partly && taken.some(([a, b]) => s < b && a < e)) continue;
      taken.push([s, e]);
      ctx.report({
        offset: s,
        endOffset: e,
        message: 'This sentence admits fault or offers payment on the organisation\u2019s behalf: apologise and say what happens next, but leave liability and payment to the claims or legal team before posting.',
      });
    }
  },
}));

// The organisation's clause offers to pay for the harm or owns it (./admission-grammar.json).
const OWN_HARM = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${[...grammar.offers, ...grammar.faults].map((p) => p.split(' ').map((w) => escapeRegExp(w).replace(/'/gu, "['’]")).join('[ \u00a0]+')).join('|')})(?![\p{L}\p{N}])`,
  'iu',
);
// The organisation's people doing the harm, or owning it ("reversed into", "our fault").
const OWN_FAULT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${grammar.faults.map((p) => p.split(' ').map((w) => escapeRegExp(w).replace(/'/gu, "['’]")).join('[ \u00a0]+')).join('|')})(?![\p{L}\p{N}])`,
  'iu',
);
// A loss that is someone's: the reader's or a third party's repairs, costs or bills.
// ("Oliver's medical and physio costs": a named person's; "any loss": whoever suffers it.)
const OWED = /(?:\b(?:[Yy]our|[Tt]heir|[Hh]is|[Hh]er)|\p{Lu}\p{Ll}+['’]s)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,3}?(?:costs?|bills?|repairs?|expenses?|losses|fees|excess|medical|treatment)\b|\brepairs?\b|\bany[ \u00a0]+(?:loss|losses|costs|expenses|bills)\b/u;

/**
 * The sentence holding [s, e), the two sentences before it and the one after ("That one's on us. Our crews knew
 * about that pothole"); in a reply, the whole reply: a reply answers one matter, so "so sorry, that's on
 * us" two sentences (or a paragraph) before "a photo of the windshield" owns that damage.
 */
function nearby(doc: Document, s: number, e: number, reply = false): string {
  const here = sentenceAt(doc, s);
  if (!here) return doc.prose.slice(Math.max(0, s - 120), e + 120);
  if (reply) return doc.prose.slice(doc.bodyOffset);
  const list = doc.sentences();
  const i = list.indexOf(here);
  // (Two sentences back: an incident update says what happened, then owns it in the next paragraph: "…
  // the hiker was taken to hospital. ¶ Our inspection found rot, and we should have closed it then. That
  // is on us.")
  const before = list[i - 2] ?? list[i - 1];
  const after = list[i + 1];
  return doc.prose.slice(before?.offset ?? here.offset, Math.max(after?.endOffset ?? here.endOffset, e));
}

/** True when [s, …) lies in the first two sentences of the body: the reply's answer to what it quotes. */
function isOpening(doc: Document, s: number, bodyOffset: number): boolean {
  const list = doc.sentences().filter((x) => x.endOffset > bodyOffset);
  const second = list[1];
  return second === undefined || s < second.endOffset;
}
