// A lint worker of the audit pool (worker_threads): builds the linter once from the audit's config, then
// lints batches of posts and sends back their results, tagged with the batch's sequence number. The
// config is loaded (and checked) here only: the audit's main thread reads exports and writes results,
// and never loads the linter. A bad config is sent back as the worker's first message.
import { parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { createNodeLinter, loadConfig } from '../node.js';
import { lintPost, type PostResult } from './lint-post.js';
import type { AuditPost } from './post.js';

export interface WorkerSetup {
  cwd: string;
  configFile?: string;
}

const setup = workerData as WorkerSetup;
// No top-level await: the bin ships this worker as a CommonJS bundle.
const linter = (setup.configFile ? loadConfig({ configFile: setup.configFile }) : loadConfig(join(setup.cwd, 'post.md'))).then(createNodeLinter);

parentPort!.on('message', (batch: { seq: number; posts: AuditPost[] }) => {
  void (async () => {
    const l = await linter;
    const results: PostResult[] = [];
    for (const post of batch.posts) results.push(await lintPost(l, post));
    parentPort!.postMessage({ seq: batch.seq, results });
  })();
});
linter.then(
  () => parentPort!.postMessage({ ready: true }),
  (error: unknown) => parentPort!.postMessage({ setupError: { name: (error as Error).name, message: (error as Error).message } }),
);
