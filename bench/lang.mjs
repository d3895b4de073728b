// Language identification (issue 17) on English drafts: its cost as a share of the lint time, and the
// throughput against alex with it. An upper bound: the spans are computed on fresh documents, so the
// sentences and the word set they read are built on their account here, though rules build them anyway.
// Also run alone, without the rest of the bench: `node bench/lang.mjs` (after `npm run build`).
import { performance } from 'node:perf_hooks';
import { markdown as alexMarkdown } from 'alex';
import { createLinter, Document } from '../dist/src/index.js';
import { languageHint } from '../dist/src/lang/index.js';
import { makeCorpus } from './corpus.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};

/** Median times (ms) over `rounds` interleaved rounds: lint, alex, and language spans alone. */
export async function benchLanguage(corpus, rounds = 5) {
  const linter = await createLinter();
  const hint = languageHint(undefined, 'en-GB');
  for (const d of corpus) await linter.lintAsync(d);
  for (const d of corpus.slice(0, 200)) alexMarkdown(d);
  const lint = [];
  const alex = [];
  const spans = [];
  for (let round = 0; round < rounds; round++) {
    let t0 = performance.now();
    for (const d of corpus) linter.lint(d);
    lint.push(performance.now() - t0);
    t0 = performance.now();
    for (const d of corpus) alexMarkdown(d);
    alex.push(performance.now() - t0);
    const docs = corpus.map((d) => new Document(d));
    t0 = performance.now();
    for (const doc of docs) doc.languageSpans(hint);
    spans.push(performance.now() - t0);
  }
  const l = median(lint);
  return { lintMs: l, alexMs: median(alex), spansMs: median(spans), share: median(spans) / l, vsAlex: median(alex) / l };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchLanguage(makeCorpus(1000), Number(process.env.BENCH_ROUNDS ?? 5));
  console.log(`1,000 English drafts: lint ${r.lintMs.toFixed(0)} ms, alex ${r.alexMs.toFixed(0)} ms, language spans ${r.spansMs.toFixed(1)} ms`);
  console.log(`  language identification / lint  ${(100 * r.share).toFixed(1)}%   (target ≤ 10%)`);
  console.log(`  commslint / alex                ${r.vsAlex.toFixed(2)}×   (target ≥ 10)`);
}
