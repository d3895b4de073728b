// A lint worker of the audit pool (worker_threads): builds the linter once from the audit's config, then
// lints batches (raw JSON Lines or posts a reader gave) and sends back their output lines and stats,
// tagged with the batch's sequence number (see batch.ts). The config is loaded (and checked) here only:
// the audit's main thread reads exports and writes results, and never loads the linter. A bad config is
// sent back as the worker's first message.
import { parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { createNodeLinter, loadConfig } from '../node.js';
import { runBatch, type LintJob } from './batch.js';
import { threadCpuMs } from './cpu.js';
import type { ReviewKey } from './stats.js';

export interface WorkerSetup {
  cwd: string;
  configFile?: string;
  /** A line for every post (`--jsonl`), not only those with findings. */
  every: boolean;
}

const setup = workerData as WorkerSetup;
// No top-level await: the bin ships this worker as a CommonJS bundle.
const linter = (setup.configFile ? loadConfig({ configFile: setup.configFile }) : loadConfig(join(setup.cwd, 'post.md'))).then(createNodeLinter);

// One batch at a time, in the order sent (the pool queues a few per worker).
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (m: { seq: number; job: LintJob; floor?: ReviewKey } | { cpu: true }) => {
  queue = queue.then(async () => {
    if ('cpu' in m) return parentPort!.postMessage({ cpuMs: threadCpuMs() });
    const result = await runBatch(await linter, m.job, { every: setup.every, ...(m.floor ? { floor: m.floor } : {}) });
    parentPort!.postMessage({ seq: m.seq, result }, [result.out.buffer as ArrayBuffer]);
  });
});
linter.then(
  () => parentPort!.postMessage({ ready: true }),
  (error: unknown) => parentPort!.postMessage({ setupError: { name: (error as Error).name, message: (error as Error).message } }),
);
