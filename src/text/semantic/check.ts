// Judgement by meaning: the classifier of one family (src/text/semantic/model.ts) run over a draft's
// posts, for the rule that owns the family. The rule calls `judge` after its own patterns: sentences it
// already flagged are skipped, so the classifier only adds recall. Cheap gates first (a word of the
// family's lexicon classes in the draft), then the lazily loaded model; scores are cached per document
// and shared by every family (one feature extraction per window).
import type { z } from 'zod';
import type { RuleContext, RuleDefinition } from '../../engine/rule.js';
import type { Document, Range } from '../../engine/document.js';
import type { ReportSeverity } from '../../types.js';
import type { LazyModule } from '../../engine/lazy.js';
import { phraseTokens, type WordSet } from '../gate.js';
import { LEXICON_FILES, classEntries, lexicon } from './lexicon.js';
import { modelFrom } from './model.js';
import { tokenize } from './tokens.js';
import { assertedActs, selfAdmissions, type ClauseMatch } from './clauses.js';
import type { Family } from './features.js';

// The lexicon classes whose words a draft needs before a family's classifier runs: sound gates for the
// recall measured on the training writers (scripts/train-classifier.mjs reports what they let through).
const GATE_CLASSES: Record<Family, readonly string[]> = {
  guilt: ['proceedings'],
  admission: ['liability', 'harm'],
  identification: ['identification', 'detail:victim', 'detail:child'],
  endorsement: ['endorsement', 'business'],
  partisanship: ['partisanship', 'party'],
  condescension: ['condescension'],
  'special-category': ['special-category'],
};

const gates = new Map<Family, (words: WordSet) => boolean>();
function gate(family: Family): (words: WordSet) => boolean {
  let g = gates.get(family);
  if (!g) {
    // A superset of the lexicon matches, in one lookup: the draft has the first word of some entry.
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
const windowCache = new WeakMap<Document, Map<number, Window[]>>();
function windowsOf(doc: Document, post: Range & { index: number }): Window[] {
  let byPost = windowCache.get(doc);
  if (!byPost) windowCache.set(doc, (byPost = new Map()));
  let ws = byPost.get(post.index);
  if (!ws) byPost.set(post.index, (ws = windows(doc, post)));
  return ws;
}

type Scores = Record<Family, number>;
type ClauseCheck = (nlp: LazyModule<'compromise'>, lex: ReturnType<typeof lexicon>, sentence: string) => ClauseMatch[];
// The families whose borderline windows the clause checks decide.
const CLAUSE_CHECKS: Partial<Record<Family, ClauseCheck>> = { guilt: assertedActs, admission: selfAdmissions };
const cache = new WeakMap<Document, Map<string, Map<number, Scores>>>();

function scoreOf(ctx: RuleContext, range: Range): Scores | undefined {
  const data = ctx.load('semantic-model');
  if (!data) return undefined;
  const model = modelFrom(data);
  let byOrg = cache.get(ctx.doc);
  if (!byOrg) cache.set(ctx.doc, (byOrg = new Map()));
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
}

/**
 * Windows of the draft the family's classifier judges positive, each located at its most telling
 * sentence, with a severity from the classifier's confidence: at or above the family's `error` cut-off the
 * rule's own severity, above `warning` (or borderline and confirmed by a clause check) at most a warning.
 * `undefined` while the model is loading (lintAsync lints again once it is).
 */
export function judge(ctx: RuleContext, family: Family): Judgement[] | undefined {
  if (!gate(family)(ctx.doc.words())) return [];
  const out: Judgement[] = [];
  const at = new Map<number, Judgement>();
  for (const post of ctx.posts) {
    for (const w of windowsOf(ctx.doc, post)) {
      if (w.endOffset - w.offset > MAX_WINDOW_CHARS || w.endOffset - w.offset < MIN_WINDOW_CHARS) continue;
      const s = scoreOf(ctx, w);
      if (!s) return undefined;
      const th = modelFrom(ctx.load('semantic-model')!).thresholds(family);
      const p = s[family];
      if (p < th.info) continue;
      // The sentence that scores highest on its own carries the finding.
      let best = w.sentences[0]!;
      let bestP = -1;
      if (w.sentences.length > 1) {
        for (const sent of w.sentences) {
          const sp = scoreOf(ctx, sent)![family];
          if (sp > bestP) [best, bestP] = [sent, sp];
        }
      }
      // Grammar's veto: an admission whose every liability word is negated ("it was not our fault, and we do
      // not accept that …") denies liability.
      if (family === 'admission' && deniesAll(ctx, w)) continue;
      let tier: 'high' | 'mid' | 'low' = p >= th.error ? 'high' : p >= th.warning ? 'mid' : 'low';
      // Borderline: the grammar decides. A clause that states the act or admits fault makes it a warning.
      if (tier === 'low' && CLAUSE_CHECKS[family]) {
        const nlp = ctx.load('compromise');
        if (!nlp) return undefined;
        const lex = lexicon(ctx.settings.organisation.name || undefined);
        const sent = w.sentences.find((x) => CLAUSE_CHECKS[family]!(nlp, lex, ctx.doc.prose.slice(x.offset, x.endOffset)).length > 0);
        if (sent) [best, tier] = [sent, 'mid'];
      }
      // Below the warning cut-off and unconfirmed by grammar, the classifier stays silent: an info finding
      // on every near-miss would be noise (the fixtures' clean drafts are such near-misses).
      if (tier === 'low') continue;
      const severity = tier === 'high' ? ctx.severity : lower(ctx.severity, 'warning');
      const prior = at.get(best.offset);
      if (prior) {
        if (RANK[severity] > RANK[prior.severity] || (severity === prior.severity && p > prior.probability)) Object.assign(prior, { probability: p, severity });
        continue;
      }
      const j: Judgement = { offset: best.offset, endOffset: best.endOffset, window: { offset: w.offset, endOffset: w.endOffset }, probability: p, severity, post: post.index };
      at.set(best.offset, j);
      out.push(j);
    }
  }
  return out;
}

/**
 * The rule's context with its reports recorded, so `reportJudgements` can leave alone the sentences the
 * rule's own patterns already flagged.
 */
export function trackReports<O>(ctx: RuleContext<O>): RuleContext<O> & { reported: Range[] } {
  const reported: Range[] = [];
  return {
    ...ctx,
    reported,
    report(d) {
      reported.push({ offset: d.offset, endOffset: d.endOffset });
      ctx.report(d);
    },
  };
}

/** Reports the family's judgements that the rule's own findings (`reported`) do not already cover. */
export function reportJudgements(ctx: RuleContext & { reported: Range[] }, family: Family, message: string): void {
  const found = judge(ctx, family);
  if (!found || found.length === 0) return;
  // The rule's findings by start, with the furthest end so far: an overlap test in O(log n).
  const reported = [...ctx.reported].sort((a, b) => a.offset - b.offset);
  const maxEnd: number[] = [];
  for (const r of reported) maxEnd.push(Math.max(r.endOffset, maxEnd.at(-1) ?? -1));
  for (const j of found) {
    // The rule's own patterns already found something in what the classifier read: nothing to add.
    const before = lowerBound(reported, j.window.endOffset) - 1;
    if (before >= 0 && maxEnd[before]! > j.window.offset) continue;
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
