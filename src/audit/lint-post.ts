// Lints one published post as it went out: its platform, its date, its reply and media facts. Findings come
// masked, as `--format json` prints them.
import type { Linter } from '../engine/linter.js';
import { redactForReport } from '../engine/redact.js';
import type { DraftMeta } from '../types.js';
import type { AuditPost } from './post.js';
import type { LintOutcome } from './stats.js';

export async function lintPost(linter: Linter, post: AuditPost): Promise<LintOutcome> {
  const meta: DraftMeta = {
    ...(post.platform ? { platform: post.platform } : {}),
    ...(post.date ? { publishAt: post.date } : {}),
    ...(post.replyTo !== undefined ? { replyTo: post.replyTo } : {}),
    ...(post.media?.length ? { media: post.media } : {}),
    ...(post.contentWarning ? { contentWarning: post.contentWarning } : {}),
  };
  try {
    const result = await linter.lintAsync(post.text, { path: 'post.md', meta });
    if (result.findings.length === 0) return { findings: [], errorCount: 0, warningCount: 0, infoCount: 0 };
    // The masking every report format applies (format() does the same before its JSON).
    const findings = redactForReport([result])[0]!.findings;
    return { findings, errorCount: result.errorCount, warningCount: result.warningCount, infoCount: result.infoCount };
  } catch (error) {
    return { findings: [], errorCount: 0, warningCount: 0, infoCount: 0, error: (error as Error).message.split('\n')[0] ?? 'internal error' };
  }
}

/** One line of findings.jsonl / of `--jsonl -`'s output (an AuditLine, with `error` for a post that could not be linted). */
export function auditLine(post: AuditPost, outcome: LintOutcome): string {
  const head = JSON.stringify({ id: post.id, ...(post.date ? { date: post.date } : {}), ...(post.platform ? { platform: post.platform } : {}), ...(post.url ? { url: post.url } : {}) });
  return `${head.slice(0, -1)},"findings":${JSON.stringify(outcome.findings)}${outcome.error ? `,"error":${JSON.stringify(outcome.error)}` : ''}}\n`;
}
