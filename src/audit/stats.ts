// What the report says about an audit, gathered post by post (and kept in the checkpoint, so a resumed
// audit reports on every post, not only those after the restart).
import { CATEGORIES, type Category, type Finding } from '../types.js';
import type { AuditPost } from './post.js';
import type { PostResult } from './lint-post.js';

/** Categories whose errors a comms lead reviews first. */
export const REVIEW_FIRST: readonly Category[] = ['personal-data', 'legal', 'confidentiality'];
const TOP_POSTS = 100;

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
  review: ReviewPost[];
  exportErrors: string[];
}

export function emptyStats(): AuditStats {
  return { posts: 0, postsWithFindings: 0, unlintable: 0, errors: 0, warnings: 0, infos: 0, byCategory: {}, byMonth: {}, byRule: {}, review: [], exportErrors: [] };
}

/** Errors in the review-first categories weigh most, then other errors, then warnings (facts: see PostResult). */
function score(facts: readonly string[]): number {
  let s = 0;
  for (let i = 0; i < facts.length; i += 3) {
    const severity = facts[i + 2];
    s += severity === 'error' ? (REVIEW_FIRST.includes(facts[i] as Category) ? 100 : 10) : severity === 'warning' ? 1 : 0;
  }
  return s;
}

export function addPost(stats: AuditStats, post: AuditPost, result: PostResult): void {
  stats.posts++;
  if (result.error) stats.unlintable++;
  const facts = result.facts;
  if (facts.length === 0) return;
  stats.postsWithFindings++;
  stats.errors += result.errorCount;
  stats.warnings += result.warningCount;
  stats.infos += result.infoCount;
  const month = post.date?.slice(0, 7) ?? 'undated';
  const m = (stats.byMonth[month] ??= {});
  for (let i = 0; i < facts.length; i += 3) {
    const category = facts[i] as Category;
    const ruleId = facts[i + 1]!;
    stats.byCategory[category] = (stats.byCategory[category] ?? 0) + 1;
    m[category] = (m[category] ?? 0) + 1;
    stats.byRule[ruleId] = (stats.byRule[ruleId] ?? 0) + 1;
  }
  const s = score(facts);
  if (s < 100) return;
  const list = stats.review;
  if (list.length >= TOP_POSTS && s <= list[list.length - 1]!.score) return;
  const findings = JSON.parse(result.findingsJson) as Finding[];
  const entry: ReviewPost = {
    id: post.id,
    ...(post.date ? { date: post.date } : {}),
    ...(post.platform ? { platform: post.platform } : {}),
    ...(post.url ? { url: post.url } : {}),
    score: s,
    findings: findings.map((f) => ({ ruleId: f.ruleId, category: f.category, severity: f.severity, message: f.message, ...(f.excerpt !== undefined ? { excerpt: f.excerpt } : {}), citations: f.citations.map((c) => `${c.title}${c.section ? `, ${c.section}` : ''}`) })),
  };
  // A bounded list, highest score first (older first among equals: longest exposed).
  list.push(entry);
  list.sort((a, b) => b.score - a.score || (a.date ?? '').localeCompare(b.date ?? ''));
  if (list.length > TOP_POSTS) list.length = TOP_POSTS;
}

export function topRules(stats: AuditStats, n = 15): Array<[string, number]> {
  return Object.entries(stats.byRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
}

export function months(stats: AuditStats): string[] {
  return Object.keys(stats.byMonth).sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : a.localeCompare(b)));
}

export { CATEGORIES };
