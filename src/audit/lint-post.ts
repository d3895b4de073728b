// Lints one archived post as it was published: its platform, the date it went out (so an election period
// or an embargo is judged then, not today), reply and media facts. Findings come masked, in the form
// `--format json` prints them.
import type { Linter } from '../engine/linter.js';
import { format } from '../report/index.js';
import '../report/all.js';
import type { DraftMeta, Finding } from '../types.js';
import type { AuditPost } from './post.js';

export interface PostResult {
  findings: Finding[];
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
    const doc = JSON.parse(format([result], 'json')) as { results: Array<{ findings: Finding[] }> };
    return { findings: doc.results[0]!.findings, errorCount: result.errorCount, warningCount: result.warningCount, infoCount: result.infoCount };
  } catch (error) {
    return { findings: [], errorCount: 0, warningCount: 0, infoCount: 0, error: (error as Error).message.split('\n')[0] ?? 'internal error' };
  }
}
