// A batch of posts, as the audit's main thread sends it to a lint worker, and what the worker sends back.
// The main thread only reads and writes bytes: a JSON Lines export travels as its raw lines (cut at line
// ends, the buffer transferred, not copied), and the worker parses them, lints, masks, writes the output
// lines and counts the report's stats; it sends back the output as UTF-8 (transferred too) and its
// batch's stats, which the main thread merges in input order.
import type { Linter } from '../engine/linter.js';
import type { Platform } from '../types.js';
import { auditLine, lintPost } from './lint-post.js';
import { ExportError, type AuditPost } from './post.js';
import { parseJsonlLine } from './readers/jsonl.js';
import { addPost, emptyStats, type AuditStats, type ReviewKey } from './stats.js';

/** Posts an export reader gave (X, Facebook, Instagram, LinkedIn, Mastodon, Bluesky, CSV). */
export interface PostsJob {
  kind: 'posts';
  /** Which export (its index in the audit's list). */
  source: number;
  posts: AuditPost[];
}

/** Whole lines of a JSON Lines export, as bytes. */
export interface LinesJob {
  kind: 'lines';
  source: number;
  /** The export's name, for ids of posts without one and for messages. */
  name: string;
  bytes: Uint8Array;
  /** The number (from 1) of the batch's first line, counted as readline counts them (\n, \r\n, \r). */
  firstLine: number;
  /** Posts (non-blank lines) at the start of the batch already audited before a resume. */
  skip: number;
  platform?: Platform;
}

/** An export that could not be read to the end (found by the main thread's reader): passes through in order. */
export interface FailedJob {
  kind: 'failed';
  source: number;
  error: string;
}

export type Job = PostsJob | LinesJob | FailedJob;
export type LintJob = PostsJob | LinesJob;

export interface BatchOptions {
  /** A line for every post (`--jsonl`), not only for posts with findings or an error (findings.jsonl). */
  every: boolean;
  /** The review list's floor when the batch was sent (see reviewFloor). */
  floor?: ReviewKey;
}

export interface BatchResult {
  /** The batch's output lines, UTF-8. */
  out: Uint8Array;
  /** The batch's stats (posts counts the posts audited). */
  stats: AuditStats;
  /** The ExportError's message when a line of the batch was malformed: the posts before it are in `out` and `stats`. */
  error?: string;
}

const encoder = new TextEncoder();

/** The lines of a LinesJob's bytes, split as readline splits them. */
export function splitLines(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const lines = text.split(/\r\n|\n|\r/);
  // A batch ends at a line end (or is the export's last line): no line after it.
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Lints a batch (in a worker). */
export async function runBatch(linter: Linter, job: LintJob, options: BatchOptions): Promise<BatchResult> {
  const stats = emptyStats();
  let out = '';
  let error: string | undefined;
  const one = async (post: AuditPost): Promise<void> => {
    const outcome = await lintPost(linter, post);
    addPost(stats, post, outcome, options.floor);
    if (options.every || outcome.findings.length || outcome.error) out += auditLine(post, outcome);
  };
  if (job.kind === 'posts') {
    for (const post of job.posts) await one(post);
  } else {
    const lines = splitLines(job.bytes);
    let skip = job.skip;
    const platform = job.platform ? { platform: job.platform } : {};
    for (let i = 0; i < lines.length; i++) {
      let post: AuditPost | undefined;
      try {
        post = parseJsonlLine(lines[i]!, job.name, job.firstLine + i, platform);
      } catch (e) {
        if (!(e instanceof ExportError)) throw e;
        error = e.message;
        break;
      }
      if (!post) continue;
      if (skip > 0) skip--;
      else await one(post);
    }
  }
  return { out: encoder.encode(out), stats, ...(error !== undefined ? { error } : {}) };
}
