// node bench/profile-rules.mjs [--long] [--top N]: milliseconds per rule over the bench corpus (after a
// warm-up pass that loads lazy modules), plus the Document parse itself, so slow rules stand out.
// Run `npx tsc -p tsconfig.build.json` first. `--long` profiles the 3,000-word post and a 1 MB draft instead.
import { performance } from 'node:perf_hooks';
import { builtinRules, createLinter, Document } from '../dist/src/index.js';
import { makeCorpus, makeLongPost, makeBigDraft } from './corpus.mjs';

const args = process.argv.slice(2);
const long = args.includes('--long');
const topArg = args.indexOf('--top');
const top = topArg >= 0 ? Number(args[topArg + 1]) : Infinity;
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

const drafts = long ? [makeLongPost(3000), makeBigDraft(1024 * 1024)] : makeCorpus(1000);
const spent = new Map();
const timed = builtinRules.map((rule) => ({
  ...rule,
  check(ctx) {
    const t0 = performance.now();
    try {
      rule.check(ctx);
    } finally {
      spent.set(rule.id, (spent.get(rule.id) ?? 0) + performance.now() - t0);
    }
  },
}));
const linter = await createLinter(undefined, { rules: timed });
for (const d of drafts) await linter.lintAsync(d);
spent.clear();

let parse = 0;
let total = 0;
for (let r = 0; r < rounds; r++) {
  for (const d of drafts) {
    let t0 = performance.now();
    new Document(d);
    parse += performance.now() - t0;
    t0 = performance.now();
    linter.lint(d);
    total += performance.now() - t0;
  }
}
const per = (ms) => ms / rounds;
const rows = [...spent].sort((a, b) => b[1] - a[1]);
const ruleSum = rows.reduce((n, [, ms]) => n + ms, 0);
console.log(`${drafts.length} drafts × ${rounds} rounds; ms per round`);
console.log(`  ${'lint() total'.padEnd(40)} ${per(total).toFixed(1).padStart(9)}`);
console.log(`  ${'Document parse (separately)'.padEnd(40)} ${per(parse).toFixed(1).padStart(9)}`);
console.log(`  ${'all rule checks'.padEnd(40)} ${per(ruleSum).toFixed(1).padStart(9)}`);
console.log('');
for (const [id, ms] of rows.slice(0, top)) console.log(`  ${id.padEnd(40)} ${per(ms).toFixed(1).padStart(9)}`);
