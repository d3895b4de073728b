// What the report says about an audit. Each lint worker gathers it for its batch of posts (addPost); the
// main thread merges the batches' partial stats in input order (mergeStats) and keeps the total in the
// checkpoint, so a resumed audit reports on every post, not only those after the restart. Every part
// merges exactly: counts add up, and the posts to review first are the top TOP_POSTS of one total order
// (score, then date, then input order), so any split into batches gives the serial result.
import { CATEGORIES, type Category, type Finding } from '../types.js';
import type { AuditPost } from './post.js';

/** Categories whose errors a comms lead reviews first. */
export const REVIEW_FIRST: readonly Category[] = ['personal-data', 'legal', 'confidentiality'];
export const TOP_POSTS = 100;

export interface ReviewPost {
  id: string;
  date?: string;
  platform?: string;
  url?: string;
  score: number;
  findings: Array<Pick<Finding, 'ruleId' | 'category' | 'severity' | 'message' | 'excerpt'> & { citations: string[] }>;
}

export interface AuditStats {
  posts: number;
  postsWithFindings: number;
  unlintable: number;
  errors: number;
  warnings: number;
  infos: number;
  byCategory: Partial<Record<Category, number>>;
  /** "YYYY-MM" (or "undated") → category → findings. */
  byMonth: Record<string, Partial<Record<Category, number>>>;
  byRule: Record<string, number>;
  /** At most TOP_POSTS, first to review first. */
  review: ReviewPost[];
  exportErrors: string[];
}

/** What a post's lint gave: its findings (masked, as `--format json` prints them) and their counts. */
export interface LintOutcome {
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Set when the post could not be linted (an internal error), instead of findings. */
  error?: string;
}

/** Where a review post ranks: a higher score first, then the older (longest exposed). */
export interface ReviewKey {
  score: number;
  date?: string;
}

export function emptyStats(): AuditStats {
  return { posts: 0, postsWithFindings: 0, unlintable: 0, errors: 0, warnings: 0, infos: 0, byCategory: {}, byMonth: {}, byRule: {}, review: [], exportErrors: [] };
}

/** Errors in the review-first categories weigh most, then other errors, then warnings. */
function score(findings: readonly Finding[]): number {
  let s = 0;
  for (const f of findings) s += f.severity === 'error' ? (REVIEW_FIRST.includes(f.category) ? 100 : 10) : f.severity === 'warning' ? 1 : 0;
  return s;
}

/** Negative when `a` ranks before `b`; 0 for the same key (then input order decides: the earlier first). */
function compareKeys(a: ReviewKey, b: ReviewKey): number {
  return b.score - a.score || (a.date ?? '').localeCompare(b.date ?? '');
}

/** The key a post must rank before to enter `stats`' review list from now on (undefined while it has room). */
export function reviewFloor(stats: AuditStats): ReviewKey | undefined {
  const last = stats.review.length >= TOP_POSTS ? stats.review[TOP_POSTS - 1] : undefined;
  return last ? { score: last.score, ...(last.date !== undefined ? { date: last.date } : {}) } : undefined;
}

/** Would a post with this key, later in the input than every post of `list`, stay out of the list? */
function shutOut(list: readonly ReviewPost[], key: ReviewKey, floor: ReviewKey | undefined): boolean {
  if (floor && compareKeys(key, floor) >= 0) return true;
  return list.length >= TOP_POSTS && compareKeys(key, list[list.length - 1]!) >= 0;
}

/** Puts `entry` (later in the input than every post of `list`) in its place: after its equals, so input order stays. */
function insertReview(list: ReviewPost[], entry: ReviewPost): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareKeys(list[mid]!, entry) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, entry);
  if (list.length > TOP_POSTS) list.length = TOP_POSTS;
}

/**
 * Counts one post into `stats`. `floor` (reviewFloor of the stats this batch will be merged into, when it
 * was sent) spares building review entries that could never be in the merged list.
 */
export function addPost(stats: AuditStats, post: AuditPost, outcome: LintOutcome, floor?: ReviewKey): void {
  stats.posts++;
  if (outcome.error) stats.unlintable++;
  const findings = outcome.findings;
  if (findings.length === 0) return;
  stats.postsWithFindings++;
  stats.errors += outcome.errorCount;
  stats.warnings += outcome.warningCount;
  stats.infos += outcome.infoCount;
  const month = post.date?.slice(0, 7) ?? 'undated';
  const m = (stats.byMonth[month] ??= {});
  for (const f of findings) {
    stats.byCategory[f.category] = (stats.byCategory[f.category] ?? 0) + 1;
    m[f.category] = (m[f.category] ?? 0) + 1;
    stats.byRule[f.ruleId] = (stats.byRule[f.ruleId] ?? 0) + 1;
  }
  const s = score(findings);
  if (s < 100) return;
  const key: ReviewKey = { score: s, ...(post.date ? { date: post.date } : {}) };
  if (shutOut(stats.review, key, floor)) return;
  insertReview(stats.review, {
    id: post.id,
    ...(post.date ? { date: post.date } : {}),
    ...(post.platform ? { platform: post.platform } : {}),
    ...(post.url ? { url: post.url } : {}),
    score: s,
    findings: findings.map((f) => ({ ruleId: f.ruleId, category: f.category, severity: f.severity, message: f.message, ...(f.excerpt !== undefined ? { excerpt: f.excerpt } : {}), citations: f.citations.map((c) => `${c.title}${c.section ? `, ${c.section}` : ''}`) })),
  });
}

function addCounts<K extends string>(into: Partial<Record<K, number>>, from: Partial<Record<K, number>>): void {
  for (const k in from) into[k] = (into[k] ?? 0) + from[k]!;
}

/** Adds the stats of the posts that came next in the input (a batch's `part`) to `into`. */
export function mergeStats(into: AuditStats, part: AuditStats): void {
  into.posts += part.posts;
  into.postsWithFindings += part.postsWithFindings;
  into.unlintable += part.unlintable;
  into.errors += part.errors;
  into.warnings += part.warnings;
  into.infos += part.infos;
  addCounts(into.byCategory, part.byCategory);
  addCounts(into.byRule, part.byRule);
  for (const month in part.byMonth) addCounts((into.byMonth[month] ??= {}), part.byMonth[month]!);
  // The part's list is in rank order, its equals in input order: inserted one by one after their equals,
  // they keep the one total order.
  for (const entry of part.review) if (!shutOut(into.review, entry, undefined)) insertReview(into.review, entry);
  for (const e of part.exportErrors) if (!into.exportErrors.includes(e)) into.exportErrors.push(e);
}

export function topRules(stats: AuditStats, n = 15): Array<[string, number]> {
  return Object.entries(stats.byRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
}

export function months(stats: AuditStats): string[] {
  return Object.keys(stats.byMonth).sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : a.localeCompare(b)));
}

export { CATEGORIES };
