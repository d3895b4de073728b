// A worker_threads pool that lints posts in batches and gives the results back in input order. At most
// two batches per worker are in flight, so memory stays bounded whatever the export's size.
import { Worker } from 'node:worker_threads';
import type { PostResult } from './lint-post.js';
import type { AuditPost } from './post.js';
import type { WorkerSetup } from './worker.js';

interface Pending {
  resolve: (r: PostResult[]) => void;
  reject: (e: Error) => void;
}

class PoolWorker {
  readonly worker: Worker;
  readonly pending = new Map<number, Pending>();
  readonly ready: Promise<void>;

  constructor(file: URL, setup: WorkerSetup) {
    // An audit's memory grows with its workers, not its export: a smaller young generation per worker, and
    // an old generation held near what a worker keeps alive (~35 MB with compromise loaded; a 63,000-
    // character post, Facebook's longest, fits in it), or V8 lets each worker's heap grow with the garbage
    // of every post linted and the peak with the export's size.
    this.worker = new Worker(file, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 } });
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('error', (e: unknown) => reject(e as Error));
      this.worker.on('message', (m: { ready?: true; setupError?: { name: string; message: string }; seq?: number; results?: PostResult[] }) => {
        if (m.ready) return resolve();
        if (m.setupError) return reject(Object.assign(new Error(m.setupError.message), { name: m.setupError.name }));
        const p = this.pending.get(m.seq!);
        this.pending.delete(m.seq!);
        p?.resolve(m.results!);
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

  lint(seq: number, posts: AuditPost[]): Promise<PostResult[]> {
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.worker.postMessage({ seq, posts });
    });
  }
}

export interface PoolOptions {
  concurrency: number;
  workerFile: URL;
  setup: WorkerSetup;
  batchSize?: number;
}

export class LintPool {
  private readonly workers: PoolWorker[];
  private readonly batchSize: number;

  constructor(options: PoolOptions) {
    this.workers = Array.from({ length: Math.max(1, options.concurrency) }, () => new PoolWorker(options.workerFile, options.setup));
    this.batchSize = options.batchSize ?? 50;
  }

  /** Every worker has its linter (rejects with the config's error, e.g. a ConfigError, when it has none). */
  ready(): Promise<void> {
    return Promise.all(this.workers.map((w) => w.ready)).then(() => undefined);
  }

  /** Lints every post of `source`; yields each post with its result, in the source's order. */
  async *run(source: AsyncIterable<AuditPost>): AsyncGenerator<{ post: AuditPost; result: PostResult }> {
    await this.ready();
    const it = source[Symbol.asyncIterator]();
    const inFlight: Array<{ posts: AuditPost[]; results: Promise<PostResult[]> }> = [];
    const max = this.workers.length * 2;
    let seq = 0;
    let exhausted = false;
    let readError: unknown;
    const readBatch = async (): Promise<AuditPost[]> => {
      const batch: AuditPost[] = [];
      while (batch.length < this.batchSize) {
        const next = await it.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        batch.push(next.value);
      }
      return batch;
    };
    for (;;) {
      while (!exhausted && readError === undefined && inFlight.length < max) {
        let batch: AuditPost[];
        try {
          batch = await readBatch();
        } catch (error) {
          // The export broke off: what was read before is still linted and reported, then the error.
          readError = error;
          break;
        }
        if (batch.length === 0) break;
        const worker = this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
        const results = worker.lint(seq++, batch);
        results.catch(() => undefined);
        inFlight.push({ posts: batch, results });
      }
      const head = inFlight.shift();
      if (!head) break;
      const results = await head.results;
      for (let i = 0; i < head.posts.length; i++) yield { post: head.posts[i]!, result: results[i]! };
    }
    if (readError !== undefined) throw readError;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
