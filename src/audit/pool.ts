// A worker_threads pool that lints batches of posts and gives the results back in input order. A few
// batches per worker are in flight (so none waits for work while the main thread writes), no more: the
// reorder buffer and memory stay bounded whatever the export's size.
import { Worker } from 'node:worker_threads';
import type { BatchResult, Job, LintJob } from './batch.js';
import { emptyStats, type ReviewKey } from './stats.js';
import type { WorkerSetup } from './worker.js';

interface Pending {
  resolve: (r: BatchResult) => void;
  reject: (e: Error) => void;
}

type WorkerMessage = { ready?: true; setupError?: { name: string; message: string }; seq?: number; result?: BatchResult; cpuMs?: number };

class PoolWorker {
  readonly worker: Worker;
  readonly pending = new Map<number, Pending>();
  readonly ready: Promise<void>;
  private cpuWaiter: ((ms: number) => void) | undefined;

  constructor(file: URL, setup: WorkerSetup) {
    // An audit's memory grows with its workers, not its export: a smaller young generation per worker, and
    // an old generation held near what a worker keeps alive (~35 MB with compromise loaded; a 63,000-
    // character post, Facebook's longest, fits in it), or V8 lets each worker's heap grow with the garbage
    // of every post linted and the peak with the export's size.
    this.worker = new Worker(file, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 } });
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('error', (e: unknown) => reject(e as Error));
      this.worker.on('message', (m: WorkerMessage) => {
        if (m.ready) return resolve();
        if (m.setupError) return reject(Object.assign(new Error(m.setupError.message), { name: m.setupError.name }));
        if (m.cpuMs !== undefined) return this.cpuWaiter?.(m.cpuMs);
        const p = this.pending.get(m.seq!);
        this.pending.delete(m.seq!);
        p?.resolve(m.result!);
      });
    });
    this.worker.on('error', (e: unknown) => this.failAll(e as Error));
    this.worker.on('exit', (code) => {
      if (this.pending.size) this.failAll(new Error(`a lint worker stopped (exit ${code})`));
    });
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  lint(seq: number, job: LintJob, floor: ReviewKey | undefined): Promise<BatchResult> {
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      // A batch of lines is handed over, not copied (the main thread made it for this worker alone).
      this.worker.postMessage({ seq, job, floor }, job.kind === 'lines' ? [job.bytes.buffer as ArrayBuffer] : []);
    });
  }

  cpu(): Promise<number> {
    return new Promise((resolve) => {
      this.cpuWaiter = resolve;
      this.worker.postMessage({ cpu: true });
    });
  }
}

export interface PoolOptions {
  concurrency: number;
  workerFile: URL;
  setup: WorkerSetup;
  /** Batches in flight per worker (default 3). */
  depth?: number;
}

export interface RunOptions {
  /** The review list's floor now (asked as each batch is sent). */
  floor?: () => ReviewKey | undefined;
}

const EMPTY = new Uint8Array(0);

export class LintPool {
  private readonly workers: PoolWorker[];
  private readonly depth: number;

  constructor(options: PoolOptions) {
    this.workers = Array.from({ length: Math.max(1, options.concurrency) }, () => new PoolWorker(options.workerFile, options.setup));
    this.depth = options.depth ?? 3;
  }

  /** Every worker has its linter (rejects with the config's error, e.g. a ConfigError, when it has none). */
  ready(): Promise<void> {
    return Promise.all(this.workers.map((w) => w.ready)).then(() => undefined);
  }

  /** Lints every batch of `source`; yields each job with its result, in the source's order. */
  async *run(source: AsyncIterable<Job>, options: RunOptions = {}): AsyncGenerator<{ job: Job; result: BatchResult }> {
    await this.ready();
    const it = source[Symbol.asyncIterator]();
    const inFlight: Array<{ job: Job; result: Promise<BatchResult> }> = [];
    const max = this.workers.length * this.depth;
    let seq = 0;
    let exhausted = false;
    let readError: unknown;
    for (;;) {
      while (!exhausted && readError === undefined && inFlight.length < max) {
        let next: IteratorResult<Job>;
        try {
          next = await it.next();
        } catch (error) {
          // The export broke off: what was read before is still linted and reported, then the error.
          readError = error;
          break;
        }
        if (next.done) {
          exhausted = true;
          break;
        }
        const job = next.value;
        if (job.kind === 'failed') {
          inFlight.push({ job, result: Promise.resolve({ out: EMPTY, stats: emptyStats(), error: job.error }) });
          continue;
        }
        const worker = this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
        const result = worker.lint(seq++, job, options.floor?.());
        result.catch(() => undefined);
        inFlight.push({ job, result });
      }
      const head = inFlight.shift();
      if (!head) break;
      yield { job: head.job, result: await head.result };
    }
    if (readError !== undefined) throw readError;
  }

  /** Each worker's CPU time so far, in ms (see threadCpuMs). */
  cpu(): Promise<number[]> {
    return Promise.all(this.workers.map((w) => w.cpu()));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
