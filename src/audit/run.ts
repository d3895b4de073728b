// `commslint audit`: lints everything an organisation has already published, from the platforms' own
// exports, streamed through a worker pool. Writes DIR/findings.jsonl as results come (in input order),
// then DIR/report.html and DIR/summary.md; a checkpoint lets an interrupted audit resume where it stopped.
// `--jsonl -` is the map step for engines that shard an archive: posts in on stdin, results out on stdout.
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync, ftruncateSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PLATFORMS, type Platform } from '../types.js';
import { reportHtml } from './html.js';
import type { Job } from './batch.js';
import { threadCpuMs } from './cpu.js';
import { BATCH_BYTES, BATCH_LINES, lineBatches, type Skipper } from './line-batches.js';
import { LintPool } from './pool.js';
import { ExportError, type AuditPost } from './post.js';
import { detectKind, EXPORT_KINDS, readExport, type ExportKind } from './readers/index.js';
import { parseColumnMap, type ColumnMap } from './readers/csv.js';
import type { Progress } from './readers/source.js';
import { emptyStats, mergeStats, reviewFloor, type AuditStats } from './stats.js';
import { summaryMarkdown } from './summary.js';

export const AUDIT_HELP = `Usage: commslint audit EXPORT... --out DIR [options]
       commslint audit --jsonl - [options]

Checks posts already published, from the platforms' exports: an X archive (data/tweets.js), Facebook and
Instagram JSON exports, LinkedIn's Shares.csv, a Mastodon outbox.json, a Bluesky repository (.car), or CSV /
JSON Lines from a scheduling tool. Each post is judged as it was: on its platform, on the date it went out.

  --out DIR            write DIR/findings.jsonl, DIR/report.html and DIR/summary.md
  --from KIND          the export's kind (default: detected): ${EXPORT_KINDS.join(', ')}
  --map F=COL,...      CSV columns for the post fields id, text, date, platform, url, replyTo
  --platform NAME      platform for posts whose export names none
  --config FILE        config for every post (default: discovered from the working directory)
  --concurrency N      lint workers (default: the number of cores)
  --restart            ignore a checkpoint in DIR and start again
  --jsonl FILE|-       read posts as JSON Lines ({ id?, text, date?, platform?, url?, replyTo?, media? })
                       and write one JSON line per post to stdout, in input order
  --quiet              no progress

Exit codes: 0 nothing at error level; 1 errors found; 2 an export that could not be read.`;

class AuditUsage extends Error {
  override name = 'UsageError';
}

interface Options {
  exports: string[];
  out?: string;
  from?: ExportKind;
  map?: ColumnMap;
  platform?: Platform;
  configFile?: string;
  concurrency: number;
  restart: boolean;
  jsonl?: string;
  quiet: boolean;
  cwd: string;
}

function parse(argv: string[], cwd: string): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string', short: 'o' }, from: { type: 'string' }, map: { type: 'string' }, platform: { type: 'string' }, config: { type: 'string', short: 'c' }, concurrency: { type: 'string' }, restart: { type: 'boolean' }, jsonl: { type: 'string' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new AuditUsage(`audit: ${(error as Error).message.split('\n')[0]}`);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  if (v.from !== undefined && !(EXPORT_KINDS as readonly string[]).includes(v.from)) throw new AuditUsage(`audit: --from must be one of ${EXPORT_KINDS.join(', ')}, got "${v.from}"`);
  const platform = v.platform === 'twitter' ? 'x' : v.platform;
  if (platform !== undefined && !(PLATFORMS as readonly string[]).includes(platform)) throw new AuditUsage(`audit: --platform must be one of ${PLATFORMS.join(', ')}, got "${v.platform}"`);
  const concurrency = v.concurrency === undefined ? availableParallelism() : Number(v.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new AuditUsage(`audit: --concurrency takes a whole number from 1 to 64, got "${v.concurrency}"`);
  let map: ColumnMap | undefined;
  if (v.map !== undefined) {
    try {
      map = parseColumnMap(v.map);
    } catch (error) {
      throw new AuditUsage(`audit: ${(error as Error).message}`);
    }
  }
  if (v.jsonl === undefined) {
    if (parsed.positionals.length === 0) throw new AuditUsage('audit: name at least one export (a file or an unpacked folder), or use --jsonl -');
    if (v.out === undefined) throw new AuditUsage('audit: --out DIR is required (where findings.jsonl, report.html and summary.md go)');
  } else if (parsed.positionals.length) throw new AuditUsage('audit: --jsonl reads posts from one place; name no exports with it');
  return {
    exports: parsed.positionals.map((p) => resolve(cwd, p)),
    ...(v.out !== undefined ? { out: resolve(cwd, v.out) } : {}),
    ...(v.from ? { from: v.from as ExportKind } : {}),
    ...(map ? { map } : {}),
    ...(platform ? { platform: platform as Platform } : {}),
    ...(v.config ? { configFile: resolve(cwd, v.config) } : {}),
    concurrency,
    restart: !!v.restart,
    ...(v.jsonl !== undefined ? { jsonl: v.jsonl } : {}),
    quiet: !!v.quiet,
    cwd,
  };
}

/** The worker script next to this module (the bundled bin ships it as its own bundle). */
function workerFile(): URL {
  const here = new URL(import.meta.url);
  return here.pathname.endsWith('.cjs') ? new URL('./commslint-audit-worker.cjs', here) : new URL('./worker.js', here);
}

// ---------------------------------------------------------------------------------------------------
// Checkpoint: the number of posts whose results are in findings.jsonl, that file's length then, and the
// stats so far; valid only for the same exports (path, size, mtime) and options.

interface Checkpoint {
  version: 1;
  key: string;
  processed: number;
  bytes: number;
  stats: AuditStats;
}

// How often the checkpoint is written (COMMSLINT_AUDIT_CHECKPOINT_MS, for tests: 0 = after every post).
const CHECKPOINT_MS = Number(process.env.COMMSLINT_AUDIT_CHECKPOINT_MS ?? 2000);

function checkpointKey(o: Options): string {
  const inputs = o.exports.map((p) => {
    if (!existsSync(p)) return `${p}:missing`;
    const st = statSync(p);
    return `${p}:${st.size}:${st.mtimeMs}`;
  });
  return JSON.stringify({ inputs, from: o.from, map: o.map, platform: o.platform, config: o.configFile });
}

function readCheckpoint(file: string, key: string): Checkpoint | undefined {
  try {
    const c = JSON.parse(readFileSync(file, 'utf8')) as Checkpoint;
    return c.version === 1 && c.key === key ? c : undefined;
  } catch {
    return undefined;
  }
}

function writeCheckpoint(file: string, c: Checkpoint): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(c));
  renameSync(`${file}.tmp`, file);
}

// ---------------------------------------------------------------------------------------------------
// Progress: a bar with an ETA on a terminal (by bytes read), a quiet line every 10 s otherwise.

function progressReporter(progress: Progress, quiet: boolean): { tick: (posts: number) => void; done: (posts: number) => void } {
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let last = 0;
  const line = (posts: number): string => {
    const secs = (Date.now() - started) / 1000;
    const frac = progress.totalBytes ? Math.min(1, progress.bytesRead / progress.totalBytes) : 0;
    const eta = frac > 0.01 ? Math.round((secs / frac) * (1 - frac)) : undefined;
    const rate = secs > 0 ? Math.round(posts / secs) : 0;
    return `${posts.toLocaleString('en-GB')} posts, ${rate.toLocaleString('en-GB')}/s, ${Math.round(frac * 100)}%${eta !== undefined ? `, about ${eta < 90 ? `${eta} s` : `${Math.round(eta / 60)} min`} left` : ''}`;
  };
  return {
    tick(posts) {
      if (quiet) return;
      const now = Date.now();
      if (tty && now - last > 200) {
        const frac = progress.totalBytes ? Math.min(1, progress.bytesRead / progress.totalBytes) : 0;
        const bar = '#'.repeat(Math.round(frac * 30)).padEnd(30, '-');
        process.stderr.write(`\r[${bar}] ${line(posts)}\u001b[K`);
        last = now;
      } else if (!tty && now - last > 10_000) {
        if (last !== 0) process.stderr.write(`commslint audit: ${line(posts)}\n`);
        last = now;
      }
    },
    done(posts) {
      if (quiet) return;
      if (tty) process.stderr.write(`\r\u001b[K`);
      process.stderr.write(`commslint audit: ${posts.toLocaleString('en-GB')} posts checked in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    },
  };
}

// ---------------------------------------------------------------------------------------------------

/** Posts a reader gave, in batches of about BATCH_LINES posts or BATCH_BYTES of text. */
async function* postJobs(posts: AsyncIterable<AuditPost>, source: number, skipper: Skipper): AsyncGenerator<Job> {
  let batch: AuditPost[] = [];
  let chars = 0;
  try {
    for await (const post of posts) {
      if (skipper.remaining > 0) {
        skipper.remaining--;
        continue;
      }
      batch.push(post);
      chars += post.text.length;
      if (batch.length >= BATCH_LINES || chars >= BATCH_BYTES) {
        yield { kind: 'posts', source, posts: batch };
        batch = [];
        chars = 0;
      }
    }
  } catch (error) {
    // The export broke off: the posts read before it are still audited (then the error, in order).
    if (batch.length) yield { kind: 'posts', source, posts: batch };
    throw error;
  }
  if (batch.length) yield { kind: 'posts', source, posts: batch };
}

/**
 * Every export's posts as batches, in order: a JSON Lines export as raw lines (the workers parse them), the
 * others through their readers. An export that cannot be read to the end stops only itself (a FailedJob
 * in its place in the order); `failed` holds the exports a worker found a malformed line in.
 */
async function* allJobs(o: Options, progress: Progress, skipper: Skipper, failed: Set<number>): AsyncGenerator<Job> {
  for (const [source, path] of o.exports.entries()) {
    try {
      if (!existsSync(path)) throw new ExportError(basename(path), 'file', 'not found');
      if ((o.from ?? detectKind(path)) === 'jsonl') {
        progress.totalBytes += statSync(path).size;
        yield* lineBatches(createReadStream(path), { source, name: basename(path), ...(o.platform ? { platform: o.platform } : {}) }, skipper, progress, () => failed.has(source));
      } else {
        yield* postJobs(readExport(path, progress, { ...(o.from ? { from: o.from } : {}), ...(o.map ? { map: o.map } : {}), ...(o.platform ? { platform: o.platform } : {}) }), source, skipper);
      }
    } catch (error) {
      if (!(error instanceof ExportError)) throw error;
      yield { kind: 'failed', source, error: error.message };
    }
  }
}

/** With COMMSLINT_AUDIT_CPU set (the benchmark): the CPU time of the main thread, the workers and the whole process, on stderr. */
async function reportCpu(pool: LintPool): Promise<void> {
  if (!process.env.COMMSLINT_AUDIT_CPU) return;
  const main = threadCpuMs();
  const workers = await pool.cpu();
  const usage = process.cpuUsage();
  process.stderr.write(`commslint audit: cpu ms main ${main.toFixed(0)}, workers ${workers.map((w) => w.toFixed(0)).join(' ')}, process ${((usage.user + usage.system) / 1000).toFixed(0)}\n`);
}

async function auditExports(o: Options, pool: LintPool): Promise<number> {
  const out = o.out!;
  mkdirSync(out, { recursive: true });
  const findingsFile = join(out, 'findings.jsonl');
  const checkpointFile = join(out, '.commslint-audit-checkpoint.json');
  const key = checkpointKey(o);
  const resumed = o.restart ? undefined : readCheckpoint(checkpointFile, key);
  const stats = resumed?.stats ?? emptyStats();
  const fd = openSync(findingsFile, resumed ? 'r+' : 'w');
  // What was written after the last checkpoint is written again: cut it off.
  if (resumed) ftruncateSync(fd, resumed.bytes);
  let bytes = resumed?.bytes ?? 0;
  const progress: Progress = { bytesRead: 0, totalBytes: 0 };
  const reporter = progressReporter(progress, o.quiet);
  const readErrors: string[] = [];
  let processed = resumed?.processed ?? 0;
  let lastCheckpoint = Date.now();
  const save = (): void => writeCheckpoint(checkpointFile, { version: 1, key, processed, bytes, stats });
  let interrupted = false;
  const onSignal = (): void => {
    interrupted = true;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const failed = new Set<number>();
  try {
    if (resumed && !o.quiet) process.stderr.write(`commslint audit: resuming after ${processed.toLocaleString('en-GB')} posts\n`);
    const jobs = allJobs(o, progress, { remaining: processed }, failed);
    for await (const { job, result } of pool.run(jobs, { floor: () => reviewFloor(stats) })) {
      // Batches of an export already found malformed, read before that was known: not reported.
      if (failed.has(job.source)) continue;
      mergeStats(stats, result.stats);
      if (result.out.length) bytes += writeSync(fd, result.out, 0, result.out.length, bytes);
      processed += result.stats.posts;
      if (result.error !== undefined) {
        // One broken export stops only itself: the posts read before it stay reported, the others are read.
        failed.add(job.source);
        readErrors.push(result.error);
        process.stderr.write(`commslint: ${result.error}\n`);
      }
      reporter.tick(processed);
      if (Date.now() - lastCheckpoint >= CHECKPOINT_MS) {
        save();
        lastCheckpoint = Date.now();
      }
      if (interrupted) break;
    }
    await reportCpu(pool);
  } finally {
    closeSync(fd);
    await pool.close();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  if (interrupted) {
    save();
    process.stderr.write(`commslint audit: stopped after ${processed.toLocaleString('en-GB')} posts; run the same command again to resume\n`);
    return 130;
  }
  stats.exportErrors = [...new Set([...stats.exportErrors, ...readErrors])];
  writeFileSync(join(out, 'report.html'), reportHtml(stats));
  writeFileSync(join(out, 'summary.md'), summaryMarkdown(stats));
  // Finished: the next run is a new audit.
  rmSync(checkpointFile, { force: true });
  reporter.done(processed);
  if (readErrors.length) return 2;
  return stats.errors > 0 ? 1 : 0;
}

async function auditJsonl(o: Options, pool: LintPool): Promise<number> {
  const name = o.jsonl === '-' ? '<stdin>' : basename(o.jsonl!);
  if (o.jsonl !== '-' && !existsSync(resolve(o.cwd, o.jsonl!))) {
    process.stderr.write(`commslint: ${new ExportError(name, 'file', 'not found').message}\n`);
    await pool.close();
    return 2;
  }
  const stream = o.jsonl === '-' ? process.stdin : createReadStream(resolve(o.cwd, o.jsonl!));
  let errors = 0;
  let status = 0;
  // A reader that stops early (`| head`): stop linting, quietly, as any Unix filter does.
  let readerGone = false;
  const onStdoutError = (e: NodeJS.ErrnoException): void => {
    if (e.code !== 'EPIPE') throw e;
    readerGone = true;
    process.stdout.emit('drain');
  };
  process.stdout.on('error', onStdoutError);
  let malformed = false;
  try {
    const jobs = lineBatches(stream as AsyncIterable<Buffer>, { source: 0, name, ...(o.platform ? { platform: o.platform } : {}) }, { remaining: 0 }, undefined, () => malformed);
    for await (const { result } of pool.run(jobs)) {
      if (malformed) continue;
      errors += result.stats.errors;
      if (result.out.length) {
        const ok = process.stdout.write(result.out);
        if (!ok && !readerGone) await new Promise((r) => process.stdout.once('drain', r));
      }
      if (readerGone) break;
      if (result.error !== undefined) {
        malformed = true;
        process.stderr.write(`commslint: ${result.error}\n`);
        status = 2;
      }
    }
    await reportCpu(pool);
  } finally {
    await pool.close();
  }
  return status || (errors > 0 ? 1 : 0);
}

export async function runAudit(argv: string[], cwd = process.cwd()): Promise<number> {
  const o = parse(argv, cwd);
  if (o === 'help') {
    process.stdout.write(`${AUDIT_HELP}\n`);
    return 0;
  }
  // The workers load the config: a bad one is one clear message (exit 2) before any export is read or
  // any output written.
  const pool = new LintPool({ concurrency: o.concurrency, workerFile: workerFile(), setup: { cwd: o.cwd, ...(o.configFile ? { configFile: o.configFile } : {}), every: o.jsonl !== undefined } });
  try {
    await pool.ready();
    return await (o.jsonl !== undefined ? auditJsonl(o, pool) : auditExports(o, pool));
  } finally {
    await pool.close(); // (again: terminating a stopped worker does nothing)
  }
}
