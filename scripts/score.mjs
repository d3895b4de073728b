#!/usr/bin/env node
// Scores the linter's JSON output against a labelled set of drafts.
//
// Vendored from the project's shared acceptance folder (acceptance/score.mjs, outside this repository, used by
// every session of the project) so that a clone carries everything its tests read. Changes from that copy:
// the default set is test/acceptance-shared/ (a copy of the shared labelled set), and package.json's bin is
// resolved from this repository's root, so it runs from any directory. Scoring is unchanged.
//
// usage (from the project root, after `npm install`, which builds dist/):
//   node scripts/score.mjs [SET_DIR] [--cmd "node dist/bin/commslint.js"] [--quiet] [--category C]
//                          [--min-recall R] [--min-precision P] [--max-noisy N]
//
// SET_DIR holds drafts/*.md, expect.json and commslint.config.json (default: test/acceptance-shared).
// The linter is run once as:  CMD --format json --config SET_DIR/commslint.config.json SET_DIR/drafts
// CMD defaults to `node <bin>` where <bin> is package.json's bin "commslint".
//
// expect.json: { "cases": { "<file>.md": {
//     "expect": [ { "category": "personal-data" | ["tone","accessibility"], "text": "exact substring" | null, "nth": 1 } ],
//     "forbid": [ { "category": ..., "text": ... } ],
//     "clean": true            // no warning or error of any category in this draft
// } } }
// A finding matches an item when its category is one of the item's and its range overlaps the
// item's text (text null: anywhere in the draft). Only findings of severity warning or error count.
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join, basename, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i === -1) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const flag = (name) => {
  const i = args.indexOf(name);
  if (i === -1) return false;
  args.splice(i, 1);
  return true;
};
const cmdArg = opt('--cmd');
const minRecall = Number(opt('--min-recall', '0'));
const minPrecision = Number(opt('--min-precision', '0'));
const maxNoisy = Number(opt('--max-noisy', 'Infinity'));
const quiet = flag('--quiet');
const only = opt('--category'); // score only this category (its items, and its noise on clean drafts)
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const setDir = resolve(args[0] ?? join(repoRoot, 'test', 'acceptance-shared'));

function linterCommand() {
  if (cmdArg) return cmdArg.split(' ').filter(Boolean);
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const relBin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.commslint;
  if (!relBin) throw new Error('package.json has no bin "commslint"; pass --cmd');
  const bin = join(repoRoot, relBin);
  if (!existsSync(bin)) throw new Error(`bin ${bin} does not exist: build the project first`);
  return ['node', bin];
}

const [cmd, ...cmdRest] = linterCommand();
const expect = JSON.parse(readFileSync(join(setDir, 'expect.json'), 'utf8')).cases;
let stdout;
try {
  stdout = execFileSync(cmd, [...cmdRest, '--format', 'json', '--config', join(setDir, 'commslint.config.json'), join(setDir, 'drafts')], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
} catch (err) {
  if (err.status === 1 && err.stdout) stdout = err.stdout;
  else {
    console.log(`linter failed (exit ${err.status}): ${String(err.stderr ?? err.message).trim().split('\n').slice(-3).join(' | ')}`);
    process.exit(1);
  }
}
let report;
try {
  report = JSON.parse(stdout);
} catch {
  console.log('linter output is not JSON: ' + stdout.slice(0, 200));
  process.exit(1);
}
const results = Array.isArray(report) ? report : report.results;
if (!Array.isArray(results)) {
  console.log('JSON output has no results array');
  process.exit(1);
}

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}
function range(f, starts) {
  if (Number.isInteger(f.offset) && Number.isInteger(f.endOffset)) return [f.offset, Math.max(f.endOffset, f.offset + 1)];
  if (Number.isInteger(f.line)) {
    const s = (starts[f.line - 1] ?? 0) + (f.column ?? 1) - 1;
    const e = Number.isInteger(f.endLine) ? (starts[f.endLine - 1] ?? 0) + (f.endColumn ?? 1) - 1 : s + 1;
    return [s, Math.max(e, s + 1)];
  }
  return [0, Infinity];
}

const byFile = new Map();
for (const r of results) byFile.set(basename(r.path ?? r.filePath ?? ''), r.findings ?? r.messages ?? []);

const cats = new Map();
const stat = (c) => {
  if (!cats.has(c)) cats.set(c, { tp: 0, fn: 0, fp: 0 });
  return cats.get(c);
};
const misses = [];
let cleanCases = 0;
let noisy = 0;
for (const [file, spec] of Object.entries(expect)) {
  const text = readFileSync(join(setDir, 'drafts', file), 'utf8');
  const starts = lineStarts(text);
  const counted = (byFile.get(file) ?? []).filter((f) => f.severity === 'error' || f.severity === 'warning');
  // With --category C: an item listing C counts, and is found by a finding in any of its categories
  // (either is right); forbidden ranges and clean-draft noise count only C's findings.
  const findings = counted.filter((f) => !only || f.category === only);
  const mine = (item) => !only || [item.category].flat().includes(only);
  const ranged = counted.map((f) => ({ f, r: range(f, starts) }));
  const locate = (item) => {
    if (item.text == null) return [0, Infinity];
    let at = -1;
    for (let n = 0; n < (item.nth ?? 1); n++) at = text.indexOf(item.text, at + 1);
    if (at === -1) throw new Error(`${file}: text not found: ${item.text}`);
    return [at, at + item.text.length];
  };
  const hits = (item, scoped = false) => {
    const want = [item.category].flat().filter((c) => !scoped || !only || c === only);
    const [s, e] = locate(item);
    return ranged.filter(({ f, r }) => want.includes(f.category) && r[0] < e && s < r[1]);
  };
  for (const item of (spec.expect ?? []).filter(mine)) {
    const c = stat(only ?? [item.category].flat()[0]);
    if (hits(item).length) c.tp++;
    else {
      c.fn++;
      misses.push(`missed   ${file}: ${[item.category].flat().join('|')} "${item.text ?? '(anywhere)'}"`);
    }
  }
  for (const item of (spec.forbid ?? []).filter(mine)) {
    const h = hits(item, true);
    if (h.length) {
      stat(only ?? [item.category].flat()[0]).fp++;
      misses.push(`flagged  ${file}: ${h[0].f.ruleId} on "${item.text}" (should not be)`);
    }
  }
  if (spec.clean) {
    cleanCases++;
    if (findings.length) {
      noisy++;
      for (const f of findings) {
        stat(f.category ?? 'unknown').fp++;
        misses.push(`noise    ${file}: ${f.severity} ${f.ruleId} ${f.line}:${f.column} ${f.message}`);
      }
    }
  }
}

const pct = (x) => (Number.isFinite(x) ? x.toFixed(2) : '-');
let TP = 0, FN = 0, FP = 0;
if (!quiet) {
  console.log('category          tp  fn  fp  recall  precision');
  for (const [c, s] of [...cats].sort()) {
    console.log(`${c.padEnd(16)} ${String(s.tp).padStart(3)} ${String(s.fn).padStart(3)} ${String(s.fp).padStart(3)}  ${pct(s.tp / (s.tp + s.fn)).padStart(6)}  ${pct(s.tp / (s.tp + s.fp)).padStart(9)}`);
  }
  for (const m of misses) console.log(m);
}
for (const s of cats.values()) { TP += s.tp; FN += s.fn; FP += s.fp; }
const recall = TP / (TP + FN);
const precision = TP / (TP + FP);
const f2 = (5 * precision * recall) / (4 * precision + recall);
const ok = recall >= minRecall && precision >= minPrecision && noisy <= maxNoisy;
console.log(`recall ${pct(recall)} precision ${pct(precision)} F2 ${pct(f2)} noisy-clean-drafts ${noisy}/${cleanCases} (tp ${TP} fn ${FN} fp ${FP})`);
process.exit(ok ? 0 : 1);
