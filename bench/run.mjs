// npm run bench: commslint against alex and remark-parse alone, in one process, interleaved over rounds,
// on the same synthetic corpus; long documents and size scaling; CLI cold start against alex's CLI;
// peak RSS. Prints drafts per second, ratios and whether each target is met.
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { markdown as alexMarkdown } from 'alex';
import { createLinter } from '../dist/src/index.js';
import { makeCorpus, makeLongPost, makeBigDraft } from './corpus.mjs';
import { benchServers, describeServerRow } from './servers.mjs';
import { benchAudit, describeAudit } from './audit.mjs';
import { benchReplies } from './replies.mjs';
import { benchLanguage } from './lang.mjs';
import { benchApp } from './app.mjs';
import { benchHostileInput } from './hostile-input.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const root = resolve(import.meta.dirname, '..');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (n, d = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });
const results = [];
const check = (name, ok, detail) => results.push({ name, ok, detail });
// BENCH_ONLY=throughput,long,rss,hostile (also lang, replies, cli, servers, app, audit, hostile-input): only those rows.
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : undefined;
const want = (row) => !only || only.has(row);

const corpus = makeCorpus(1000);
const linter = await createLinter();
const parser = unified().use(remarkParse);

// Warm up: the first pass loads any lazy module a prefilter asks for, as a long-running process would.
for (const d of corpus) await linter.lintAsync(d);
for (const d of corpus.slice(0, 200)) alexMarkdown(d);

const contenders = {
  commslint: () => {
    for (const d of corpus) linter.lint(d);
  },
  alex: () => {
    for (const d of corpus) alexMarkdown(d);
  },
  'remark-parse': () => {
    for (const d of corpus) parser.parse(d);
  },
};
const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
if (want('throughput')) {
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, fn] of Object.entries(contenders)) {
    const t0 = performance.now();
    fn();
    times[name].push(performance.now() - t0);
  }
}
const rate = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, corpus.length / (median(v) / 1000)]));
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; corpus ${corpus.length} drafts (${fmt(corpus.reduce((n, d) => n + d.length, 0) / corpus.length)} chars avg), ${ROUNDS} interleaved rounds`);
console.log('\nThroughput (median of rounds)');
for (const [k, v] of Object.entries(rate)) console.log(`  ${k.padEnd(14)} ${fmt(v).padStart(8)} drafts/s`);
const vsAlex = rate.commslint / rate.alex;
const vsParse = rate.commslint / rate['remark-parse'];
console.log(`  commslint / alex          ${fmt(vsAlex, 2)}×   (target ≥ 10)`);
console.log(`  commslint / remark-parse  ${fmt(vsParse, 2)}×   (target ≥ 0.5)`);
check('throughput ≥ 10× alex', vsAlex >= 10, `${fmt(vsAlex, 2)}×`);
check('throughput ≥ 0.5× remark-parse', vsParse >= 0.5, `${fmt(vsParse, 2)}×`);
}

// Language identification (issue 17): its share of the lint time on English drafts (bench/lang.mjs).
if (want('lang')) {
  const l = await benchLanguage(corpus, ROUNDS);
  console.log(`  language identification / lint  ${fmt(100 * l.share, 1)}%   (target ≤ 10%; commslint / alex in that run ${fmt(l.vsAlex, 2)}×)`);
  check('language identification ≤ 10% of lint time (English drafts)', l.share <= 0.1, `${fmt(100 * l.share, 1)}%`);
}

// Long documents and scaling: doubling the size must at most 2.2× the time, up to 5 MB.
if (want('long')) {
console.log('\nLong documents');
const timeOne = async (text, reps = 3) => {
  await linter.lintAsync(text);
  const ts = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    linter.lint(text);
    ts.push(performance.now() - t0);
  }
  return median(ts);
};
const words3000 = makeLongPost(3000);
console.log(`  3,000-word post        ${fmt(await timeOne(words3000), 1)} ms`);
let prev;
let worst = 0;
for (const mb of [0.625, 1.25, 2.5, 5]) {
  const text = makeBigDraft(mb * 1024 * 1024);
  // The median of several runs at every size, so that one garbage collection does not skew a ratio.
  const ms = await timeOne(text, { 0.625: 5, 1.25: 5, 2.5: 3, 5: 3 }[mb]);
  const ratio = prev ? ms / prev : undefined;
  if (ratio) worst = Math.max(worst, ratio);
  console.log(`  ${String(mb).padEnd(5)} MB draft          ${fmt(ms).padStart(6)} ms${ratio ? `   ×${fmt(ratio, 2)} for double the size` : ''}`);
  prev = ms;
}
check('doubling the size ≤ 2.2× the time (to 5 MB)', worst <= 2.2, `worst ×${fmt(worst, 2)}`);
}

// Worst case for the personal-data rules (bench/replies.mjs).
if (want('replies')) await benchReplies(linter, check, fmt);

// CLI cold start on one file, against alex's CLI.
if (want('cli')) {
console.log('\nCLI cold start, one file (median of runs)');
const dir = mkdtempSync(join(tmpdir(), 'commslint-bench-'));
const file = join(dir, 'post.md');
writeFileSync(file, corpus[0]);
const spawnTime = (args) => {
  const ts = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { cwd: dir, stdio: 'ignore' });
    ts.push(performance.now() - t0);
  }
  return median(ts.slice(1));
};
const ours = spawnTime([join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.commslint), file]);
const theirs = spawnTime([join(root, 'node_modules/alex/cli.js'), file]);
const version = spawnTime([join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.commslint), '--version']);
const empty = spawnTime(['-e', '0']);
console.log(`  commslint  ${fmt(ours).padStart(5)} ms\n  alex       ${fmt(theirs).padStart(5)} ms\n  commslint --version ${fmt(version).padStart(5)} ms\n  empty node ${fmt(empty).padStart(5)} ms`);
console.log(`  commslint / alex  ${fmt(ours / theirs, 2)}   (target ≤ 0.4)`);
check('one-file CLI ≤ 0.4× alex', ours / theirs <= 0.4, `${fmt(ours / theirs, 2)}`);
}

// Peak RSS: commslint alone, in a child process (the target), and this whole process for reference
// (it also holds alex, remark-parse, the corpus and every long draft).
if (want('rss')) {
console.log('\nPeak RSS');
const child = spawnSync(process.execPath, [join(root, 'bench/rss-child.mjs')], { encoding: 'utf8' });
const steps = child.status === 0 ? JSON.parse(child.stdout) : [];
for (const [what, bytes] of steps) console.log(`  commslint alone, after ${what.padEnd(27)} ${fmt(bytes / 1048576).padStart(5)} MB`);
const rssMb = steps.length ? steps[steps.length - 1][1] / 1048576 : NaN;
const benchMb = process.resourceUsage().maxRSS / 1024;
console.log(`  this bench process (commslint + alex + remark-parse + all drafts) ${fmt(benchMb)} MB`);
console.log(`  commslint alone, peak    ${fmt(rssMb)} MB   (target ≤ 300)`);
check('peak RSS ≤ 300 MB (commslint alone, drafts up to 5 MB)', rssMb <= 300, `${fmt(rssMb)} MB`);
}

// Pathological drafts, as ratios to ordinary drafts of their length (the test suite only checks they finish).
if (want('hostile')) {
  const { benchHostile } = await import('./hostile.mjs');
  for (const r of await benchHostile()) check(r.name, r.ok, r.detail);
}

// The MCP and language servers (issue 18): start-up to the answer to initialize, then the first check.
if (want('servers')) console.log('\nServers (median of runs)');
if (want('servers')) for (const r of await benchServers()) {
  console.log(`  ${describeServerRow(r)}   (targets < 300 ms, < 50 ms)`);
  check(`commslint ${r.kind} starts in < 300 ms`, r.startup < 300, `${fmt(r.startup)} ms`);
  check(`commslint ${r.kind} answers the first 300-word check in < 50 ms`, r.first < 50, `${fmt(r.first)} ms`);
}

// The comms officer's checker (issue 20): keystroke to first findings on a 300-word draft, in Chromium.
if (want('app')) {
console.log('\nApp (Chromium)');
  const a = await benchApp();
  if (a.skipped) console.log(`  skipped: ${a.skipped}`);
  else {
    console.log(`  keystroke → first findings, ${a.words}-word draft: median ${fmt(a.median)} ms, worst ${fmt(a.worst)} ms over ${a.runs} keystrokes (target < 300)`);
    check('app: keystroke → first findings < 300 ms (300-word draft)', a.median < 300, `${fmt(a.median)} ms`);
  }
}

// Archive audit (issue 19): a million generated posts with 1 and 2 workers (AUDIT_POSTS to change).
if (want('audit')) {
console.log('\nArchive audit');
  const a = await benchAudit();
  for (const line of describeAudit(a)) console.log(`  ${line}`);
  check('audit peak memory ≤ 300 MB', Math.max(a.one.peakMb, a.two.peakMb) <= 300, `${fmt(Math.max(a.one.peakMb, a.two.peakMb))} MB`);
  check('audit with 2 workers ≥ 1.7× one worker', a.speedup >= 1.7, `${fmt(a.speedup, 2)}×`);
}
// Hostile input (issue 21): the slowest attack of each class, per 100 KB (bench/hostile-input.mjs).
if (want('hostile-input')) await benchHostileInput(createLinter, check, fmt);

console.log('\nTargets');
for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}: ${r.detail}`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
