// Lints one archived post as it was published: its platform, the date it went out (so an election period
// or an embargo is judged then, not today), reply and media facts. Findings come masked, in the form
// `--format json` prints them.
import type { Linter } from '../engine/linter.js';
import { format } from '../report/index.js';
import '../report/all.js';
import type { DraftMeta, Finding } from '../types.js';
import type { AuditPost } from './post.js';

/**
 * What a worker sends back for a post: compact, so the structured clone between threads stays cheap and
 * the main thread re-serialises nothing. The findings travel as the JSON text findings.jsonl embeds as it
 * is; the report's counts read `facts`; the findings are parsed only for a post that enters the report's
 * review list.
 */
export interface PostResult {
  /** The findings as `--format json` prints them (masked): a JSON array. */
  findingsJson: string;
  /** Per finding, flat: category, rule id, severity. */
  facts: string[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Set when the post could not be linted (an internal error), instead of findings. */
  error?: string;
}

export async function lintPost(linter: Linter, post: AuditPost): Promise<PostResult> {
  const meta: DraftMeta = {
    ...(post.platform ? { platform: post.platform } : {}),
    ...(post.date ? { publishAt: post.date } : {}),
    ...(post.replyTo !== undefined ? { replyTo: post.replyTo } : {}),
    ...(post.media?.length ? { media: post.media } : {}),
    ...(post.contentWarning ? { contentWarning: post.contentWarning } : {}),
  };
  try {
    const result = await linter.lintAsync(post.text, { path: 'post.md', meta });
    if (result.findings.length === 0) return { findingsJson: '[]', facts: [], errorCount: 0, warningCount: 0, infoCount: 0 };
    const findings = (JSON.parse(format([result], 'json')) as { results: Array<{ findings: Finding[] }> }).results[0]!.findings;
    const facts: string[] = [];
    for (const f of findings) facts.push(f.category, f.ruleId, f.severity);
    return { findingsJson: JSON.stringify(findings), facts, errorCount: result.errorCount, warningCount: result.warningCount, infoCount: result.infoCount };
  } catch (error) {
    return { findingsJson: '[]', facts: [], errorCount: 0, warningCount: 0, infoCount: 0, error: (error as Error).message.split('\n')[0] ?? 'internal error' };
  }
}
