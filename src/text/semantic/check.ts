// Judgement by meaning: the classifier of one family (src/text/semantic/model.ts) run over a draft's
// posts, for the rule that owns the family. The rule calls `judge` after its own patterns: sentences it
// already flagged are skipped, so the classifier only adds recall. Cheap gates first (a word of the
// family's lexicon classes in the draft), then the lazily loaded model; scores are cached per document
// and shared by every family (one feature extraction per window). Inside a borderline window each sentence
// is also judged on its own, so a put-down or an admission next to a sentence the rule already flagged is
// still reported.
import type { z } from 'zod';
import type { RuleContext, RuleDefinition } from '../../engine/rule.js';
import type { Document, Range } from '../../engine/document.js';
import type { ReportSeverity } from '../../types.js';
import type { LazyModule } from '../../engine/lazy.js';
import { phraseGate, phraseTokens, type WordSet } from '../gate.js';
import { PARTY_NAMES } from '../parties.js';
import politicalAnchors from '../data/political-anchors.json' with { type: 'json' };
import { LEXICON_FILES, classEntries, lexicon } from './lexicon.js';
import { modelFrom, type FamilyWeights } from './model.js';
import { tokenize } from './tokens.js';
import { assertedActs, selfAdmissions, type ClauseMatch } from './clauses.js';
import type { Family } from './features.js';
import { documentMemo } from '../../engine/memo.js';

// The lexicon classes whose words a draft needs before a family's classifier runs: sound gates for the
// recall measured on the training writers (scripts/train-classifier.mjs reports what they let through).
const GATE_CLASSES: Record<Family, readonly string[]> = {
  guilt: ['proceedings'],
  admission: ['liability', 'harm'],
  identification: ['identification', 'detail:victim', 'detail:child'],
  endorsement: ['endorsement', 'business'],
  partisanship: ['partisanship', 'party', 'campaign:continuity', 'campaign:beneficiary'],
  condescension: ['condescension', 'put-down:sarcasm', 'put-down:mock-promise', 'put-down:mock-praise', 'put-down:mock-sympathy', 'put-down:minimiser', 'put-down:exasperation', 'put-down:blame', 'put-down:endearment', 'put-down:gloat', 'put-down:belittle', 'put-down:scorn'],
  'special-category': ['special-category'],
};

// The classes a sentence judged on its own must have a word of: the evidence it is positive for what it
// says itself, not for the company it keeps in the corpus ("He's charged with robbery." alone scores as
// guilt because most positives include the charge; a lone "Not sure which day is yours?" as a put-down).
const EVIDENCE_CLASSES: Record<Family, readonly string[]> = {
  guilt: ['guilt-assertion', 'offender-label'],
  admission: ['liability'],
  identification: ['identification', 'detail:victim', 'detail:child'],
  endorsement: ['endorsement'],
  partisanship: ['partisanship', 'party', 'campaign:continuity', 'campaign:beneficiary'],
  condescension: ['put-down:sarcasm', 'put-down:mock-promise', 'put-down:mock-praise', 'put-down:mock-sympathy', 'put-down:minimiser', 'put-down:exasperation', 'put-down:blame', 'put-down:endearment', 'put-down:gloat', 'put-down:belittle', 'put-down:scorn'],
  'special-category': ['special-category'],
};

// The families that judge a draft only when it is about their subject at all: praise and blame words are
// party-political only in a draft about a party, a candidate, an elected member, a government or an
// election (src/text/data/political-anchors.json). "The student has our full support." is not.
// (Or a word of the family's lexicon other than its praise and blame words: "the other lot", "reckless".)
const WEAK = new Set(politicalAnchors.weak);
const SUBJECT_GATES: Partial<Record<Family, (words: WordSet) => boolean>> = {
  partisanship: phraseGate([...politicalAnchors.entries, ...PARTY_NAMES, ...classEntries(LEXICON_FILES.find((f) => f.class === 'partisanship')!).flatMap(([, e]) => e).filter((e) => !WEAK.has(e))]),
};

const gates = new Map<Family, (words: WordSet) => boolean>();
function gate(family: Family): (words: WordSet) => boolean {
  let g = gates.get(family);
  if (!g) {
    // A superset of the lexicon matches, in one lookup: the draft has the first word of some entry. (Not a
    // rarer word of each entry: the classifier also judges windows no entry matches, and a stricter gate
    // loses that recall on the held-out writers.)
    const classes = GATE_CLASSES[family];
    const entries = LEXICON_FILES.flatMap(classEntries).filter(([c]) => classes.includes(c)).flatMap(([, e]) => e);
    const firsts = entries.map((e) => phraseTokens(e)[0]);
    const words = [...new Set(firsts.filter((w): w is string => w !== undefined))];
    g = firsts.includes(undefined) ? () => true : (set) => set.hasAny(words);
    gates.set(family, g);
  }
  return g;
}

/** A window of a post: up to three consecutive sentences, and the sentences it is made of. */
interface Window extends Range {
  sentences: Range[];
}

// A corpus item is a short post of one to three sentences: the classifier reads windows of that size.
const WINDOW = 3;
// A window longer than this is not a post's sentences (a table, a pasted document, a hostile draft): it is
// not read, so a window's cost stays bounded.
const MAX_WINDOW_CHARS = 2_000;
// Nor is a window shorter than the shortest corpus post: "a", "TBC", "Thanks!" judge nothing.
const MIN_WINDOW_CHARS = 20;

/** The first index of `list` (sorted by offset) whose offset is at least `offset`. */
function lowerBound(list: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function windows(doc: Document, post: Range): Window[] {
  const all = doc.sentences();
  const sents: Range[] = [];
  for (let i = lowerBound(all, post.offset); i < all.length && all[i]!.offset < post.endOffset; i++) if (all[i]!.endOffset <= post.endOffset) sents.push(all[i]!);
  // Consecutive windows overlapping by one sentence: each sentence is read with a neighbour, and a long
  // post costs about half a read per sentence more than reading it once.
  const out: Window[] = [];
  for (let i = 0; i < sents.length; i += WINDOW - 1) {
    const part = sents.slice(i, i + WINDOW);
    out.push({ offset: part[0]!.offset, endOffset: part.at(-1)!.endOffset, sentences: part });
    if (i + WINDOW >= sents.length) break;
  }
  return out;
}

// Windows per document and post: seven families read the same windows.
const WINDOWS = documentMemo<Map<number, Window[]>>('semantic windows');
function windowsOf(doc: Document, post: Range & { index: number }): Window[] {
  const byPost = doc.memo(WINDOWS, () => new Map());
  let ws = byPost.get(post.index);
  if (!ws) byPost.set(post.index, (ws = windows(doc, post)));
  return ws;
}

type Scores = Record<Family, number>;
type ClauseCheck = (nlp: LazyModule<'compromise'>, lex: ReturnType<typeof lexicon>, sentence: string) => ClauseMatch[];
// The families whose borderline windows the clause checks decide.
const CLAUSE_CHECKS: Partial<Record<Family, ClauseCheck>> = { guilt: assertedActs, admission: selfAdmissions };
const SCORES = documentMemo<Map<string, Map<number, Scores>>>('semantic scores');

function scoreOf(ctx: RuleContext, range: Range): Scores | undefined {
  const data = ctx.load('semantic-model');
  if (!data) return undefined;
  const model = modelFrom(data);
  const byOrg = ctx.doc.memo(SCORES, () => new Map());
  const org = ctx.settings.organisation.name ?? '';
  let memo = byOrg.get(org);
  if (!memo) byOrg.set(org, (memo = new Map()));
  // (Offsets are below 2^26 and windows shorter than 2^21: one exact number per range.)
  const key = range.offset * 2 ** 21 + (range.endOffset - range.offset);
  let s = memo.get(key);
  if (!s) {
    s = model.score(ctx.doc.prose.slice(range.offset, range.endOffset), lexicon(org || undefined));
    memo.set(key, s);
  }
  return s;
}

const NEGATION_SPAN = 4;
function deniesAll(ctx: RuleContext, w: Range): boolean {
  const tokens = tokenize(ctx.doc.prose.slice(w.offset, w.endOffset));
  const hits = lexicon(ctx.settings.organisation.name || undefined).match(tokens);
  const liable = hits.filter((h) => h.cls === 'liability');
  const negs = hits.filter((h) => h.cls === 'negation');
  return liable.length > 0 && liable.every((h) => negs.some((n) => n.end <= h.start && h.start - n.end < NEGATION_SPAN));
}

const RANK: Record<ReportSeverity, number> = { info: 0, warning: 1, error: 2 };
const lower = (a: ReportSeverity, b: ReportSeverity): ReportSeverity => (RANK[a] <= RANK[b] ? a : b);

export interface Judgement extends Range {
  /** The window the classifier read (the finding is its most telling sentence). */
  window: Range;
  probability: number;
  severity: ReportSeverity;
  post: number;
  /**
   * Judged on its own (the sentence alone is positive), not only as the most telling sentence of a
   * positive window: a rule finding elsewhere in the window does not cover it.
   */
  own: boolean;
}

type Tier = 'high' | 'mid' | 'low';
const tierOf = (p: number, th: { warning: number; error: number }): Tier => (p >= th.error ? 'high' : p >= th.warning ? 'mid' : 'low');

// The clause checks are asked about a sentence only when its lexicon hits make them possible: compromise
// costs a millisecond a sentence, and most sentences with "costs" or "claim" are not the organisation's.
function hasEvidence(family: Family, lex: ReturnType<typeof lexicon>, text: string): boolean {
  const want = EVIDENCE_CLASSES[family];
  return lex.match(tokenize(text)).some((h) => want.includes(h.cls));
}

// After a conviction the act may be stated ("This was a determined offender who caused misery"): a post
// that reports a verdict or sentence asserts no guilt before trial (lexicon class "concluded").
const CONCLUDED = documentMemo<Map<number, boolean>>('semantic concluded');
function concluded(ctx: RuleContext, post: Range & { index: number }, lex: ReturnType<typeof lexicon>): boolean {
  const byPost = ctx.doc.memo(CONCLUDED, () => new Map());
  let c = byPost.get(post.index);
  if (c === undefined) {
    c = lex.match(tokenize(ctx.doc.prose.slice(post.offset, post.endOffset))).some((h) => h.cls === 'concluded');
    byPost.set(post.index, c);
  }
  return c;
}

function clauseMay(family: Family, lex: ReturnType<typeof lexicon>, text: string): boolean {
  const hits = lex.match(tokenize(text));
  if (family === 'guilt') return hits.some((h) => h.cls === 'crime-verb');
  return hits.some((a) => a.cls === 'self' && hits.some((b) => b.cls === 'liability' && b.start >= a.end && b.start - a.end < 8));
}

/**
 * Windows of the draft the family's classifier judges positive, each located at its most telling
 * sentence, and the sentences judged positive on their own, with a severity from the classifier's
 * confidence: at or above the family's `error` cut-off the rule's own severity, above `warning` (or
 * borderline and confirmed by a clause check) at most a warning.
 * `undefined` while the model is loading (lintAsync lints again once it is).
 */
export function judge(ctx: RuleContext, family: Family): Judgement[] | undefined {
  if (!gate(family)(ctx.doc.words())) return [];
  if (SUBJECT_GATES[family]?.(ctx.doc.words()) === false) return [];
  const out: Judgement[] = [];
  const at = new Map<number, Judgement>();
  const th = (): FamilyWeights['thresholds'] => modelFrom(ctx.load('semantic-model')!).thresholds(family);
  const lex = lexicon(ctx.settings.organisation.name || undefined);
  // Borderline: the grammar decides. A clause that states the act or admits fault makes it a warning.
  // (`null`: compromise is still loading.)
  const confirmed = (sent: Range): boolean | null => {
    const check = CLAUSE_CHECKS[family];
    if (!check) return false;
    const text = ctx.doc.prose.slice(sent.offset, sent.endOffset);
    if (!clauseMay(family, lex, text)) return false;
    const nlp = ctx.load('compromise');
    if (!nlp) return null;
    return check(nlp, lex, text).length > 0;
  };
  const add = (sent: Range, w: Range, p: number, tier: Tier, post: number, own: boolean): void => {
    const severity = tier === 'high' ? ctx.severity : lower(ctx.severity, 'warning');
    const prior = at.get(sent.offset);
    if (prior) {
      if (RANK[severity] > RANK[prior.severity] || (severity === prior.severity && p > prior.probability)) Object.assign(prior, { probability: p, severity });
      prior.own ||= own;
      return;
    }
    const j: Judgement = { offset: sent.offset, endOffset: sent.endOffset, window: { offset: w.offset, endOffset: w.endOffset }, probability: p, severity, post, own };
    at.set(sent.offset, j);
    out.push(j);
  };
  for (const post of ctx.posts) {
    for (const w of windowsOf(ctx.doc, post)) {
      if (w.endOffset - w.offset > MAX_WINDOW_CHARS || w.endOffset - w.offset < MIN_WINDOW_CHARS) continue;
      const s = scoreOf(ctx, w);
      if (!s) return undefined;
      const t = th();
      const p = s[family];
      // Each sentence is judged on its own as well: a put-down or an admission inside an ordinary reply
      // is diluted in its window, and a rule finding on a neighbour says nothing about it.
      let best = w.sentences[0]!;
      let bestP = p;
      // (Only where the window itself is at least borderline: a sentence that spikes alone in an ordinary
      // window is more often a short apology or a result than a put-down or an admission.)
      if (w.sentences.length > 1 && p >= t.info) {
        bestP = -1;
        for (const sent of w.sentences) {
          if (sent.endOffset - sent.offset < MIN_WINDOW_CHARS / 2) continue;
          const sp = scoreOf(ctx, sent)![family];
          if (sp > bestP) [best, bestP] = [sent, sp];
          if (sp < t.info || (family === 'admission' && deniesAll(ctx, sent))) continue;
          const text = ctx.doc.prose.slice(sent.offset, sent.endOffset);
          // A sentence alone is short and its score less sure than a window's: on its own it counts only
          // at the family's error cut-off (99% precision across writers), or confirmed by grammar.
          let tier: Tier = hasEvidence(family, lex, text) && sp >= t.error ? 'high' : 'low';
          if (family === 'guilt' && tier === 'high' && concluded(ctx, post, lex)) continue;
          if (tier === 'low') {
            const ok = confirmed(sent);
            if (ok === null) return undefined;
            if (ok) tier = 'mid';
          }
          if (tier !== 'low') add(sent, sent, sp, tier, post.index, true);
        }
      }
      if (p < t.info) continue;
      // Grammar's veto: an admission whose every liability word is negated ("it was not our fault, and we do
      // not accept that …") denies liability.
      if (family === 'admission' && deniesAll(ctx, w)) continue;
      let tier = tierOf(p, t);
      if (tier === 'low') {
        for (const sent of w.sentences) {
          const ok = confirmed(sent);
          if (ok === null) return undefined;
          if (ok) {
            [best, tier] = [sent, 'mid'];
            break;
          }
        }
      }
      // Below the warning cut-off and unconfirmed by grammar, the classifier stays silent: an info finding
      // on every near-miss would be noise (the fixtures' clean drafts are such near-misses).
      if (tier === 'low') continue;
      // After a verdict the act may be stated, whether the window is one sentence or three.
      if (family === 'guilt' && concluded(ctx, post, lex)) continue;
      add(best, w, p, tier, post.index, w.sentences.length === 1);
    }
  }
  return out;
}

/**
 * The rule's context with its reports recorded, so `reportJudgements` can leave alone the sentences the
 * rule's own patterns already flagged.
 */
export function trackReports<O>(ctx: RuleContext<O>): RuleContext<O> & { reported: Range[] } {
  // The engine makes a context for each rule and draft, so the rule's own may be recorded in place: a copy
  // of its fields (or the context as a prototype) for every draft and judgement rule costs more.
  const tracked = ctx as RuleContext<O> & { reported: Range[] };
  const reported: Range[] = [];
  const report = ctx.report;
  tracked.reported = reported;
  tracked.report = (d) => {
    reported.push({ offset: d.offset, endOffset: d.endOffset });
    report(d);
  };
  return tracked;
}

/** Reports the family's judgements that the rule's own findings (`reported`) do not already cover. */
const ADDRESS = /\b(?:you|your|yours|yourself|yourselves|ya|u)\b/i;

export function reportJudgements(ctx: RuleContext & { reported: Range[] }, family: Family, message: string): void {
  const found = judge(ctx, family);
  if (!found || found.length === 0) return;
  // The rule's findings by start, with the furthest end so far: an overlap test in O(log n).
  const reported = [...ctx.reported].sort((a, b) => a.offset - b.offset);
  const maxEnd: number[] = [];
  for (const r of reported) maxEnd.push(Math.max(r.endOffset, maxEnd.at(-1) ?? -1));
  // Condescension is said to someone: outside a reply (or a post opening with an @mention), the window
  // must address its reader ("you", "your"). "Please read the notice." on its own is an instruction.
  const body = ctx.doc.text.slice(ctx.doc.bodyOffset);
  const addressed = family !== 'condescension' || ctx.meta.replyTo !== undefined || /^\s*@/.test(body);
  for (const j of found) {
    if (!addressed && !ADDRESS.test(ctx.doc.text.slice(j.window.offset, j.window.endOffset))) continue;
    // The rule's own patterns already found something in what the classifier read: nothing to add.
    // A sentence judged on its own is covered only by a finding inside it.
    const span = j.own ? j : j.window;
    const before = lowerBound(reported, span.endOffset) - 1;
    if (before >= 0 && maxEnd[before]! > span.offset) continue;
    ctx.report({
      offset: j.offset,
      endOffset: j.endOffset,
      severity: j.severity,
      message: `${message} (judged by meaning, confidence ${j.probability.toFixed(2)})`,
      post: j.post,
    });
  }
}

/**
 * A rule definition whose check is followed by the family's classifier: the rule's own patterns run
 * first, then `reportJudgements` adds what they missed, with `message`.
 */
export function withJudgement<S extends z.ZodType>(family: Family, message: string, definition: RuleDefinition<S>): RuleDefinition<S> {
  return {
    ...definition,
    check(ctx) {
      const tracked = trackReports(ctx);
      definition.check(tracked);
      reportJudgements(tracked, family, message);
    },
  };
}
