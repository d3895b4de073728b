// node scripts/redos-audit.mjs [--update] [--json]: the ReDoS audit of every regex in src/ and rules/
// (scripts/regex-inventory.mjs collects them; `npm run build` first).
// - A pattern with no unbounded repetition (`*`, `+`, `{n,}`) does a bounded amount of work at each start
//   position, so its time is linear in the text: it is classed `bounded` without analysis.
// - Every other pattern is analysed by recheck (https://makenowjust-labs.github.io/recheck/) on its pure
//   JavaScript backend: first its automaton checker (a proof either way, when it finishes within a second),
//   then its fuzzer. Verdicts: safe, vulnerable (with recheck's attack string), unknown (timed out), error.
// recheck's pure backend takes seconds per pattern, so verdicts are kept in test/redos-audit.json, keyed
// by flags and source (and the recheck version): a new or changed pattern is analysed afresh on every
// run; --update writes the new verdicts there and drops those of patterns that no longer exist.
// test/redos-static.test.ts fails on any pattern that is not bounded or safe unless
// test/redos-allowlist.json names the test that bounds its time.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

process.env.RECHECK_SYNC_BACKEND = 'pure';
const require = createRequire(import.meta.url);
const { checkSync } = require('recheck');
const RECHECK_VERSION = require('recheck/package.json').version;

const root = resolve(import.meta.dirname, '..');
const cacheFile = join(root, 'test/redos-audit.json');
const update = process.argv.includes('--update');
const asJson = process.argv.includes('--json');

/** True when the pattern has `*`, `+` or `{n,}` outside a character class. */
function hasUnboundedRepeat(source) {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (source[i + 1] === '^') i++;
      if (source[i + 1] === ']') i++;
      continue;
    }
    if (c === '*' || c === '+') return true;
    if (c === '{' && /^\{\d+,\}/.test(source.slice(i, i + 16))) return true;
  }
  return false;
}

function analyse(source, flags) {
  // recheck knows the flags that change matching; `v` (sets) is read as `u`.
  const f = flags.replace(/[gyd]/g, '').replace('v', 'u');
  try {
    let d = checkSync(source, f, { checker: 'automaton', timeout: 1000 });
    if (d.status === 'unknown') d = checkSync(source, f, { checker: 'fuzz', seeder: 'static', maxIteration: 3, timeout: 10_000 });
    return { status: d.status, checker: d.checker, ...(d.complexity ? { complexity: d.complexity.summary } : {}), ...(d.attack ? { attack: d.attack.pattern } : {}), ...(d.error ? { error: d.error.kind ?? String(d.error) } : {}) };
  } catch (error) {
    return { status: 'error', error: String(error).slice(0, 200) };
  }
}

const patterns = JSON.parse(execFileSync(process.execPath, [join(root, 'scripts/regex-inventory.mjs')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
const cache = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : {};
const verdicts = cache.recheck === RECHECK_VERSION ? (cache.verdicts ?? {}) : {};
const next = {};
const report = [];
for (const p of patterns) {
  const key = `${p.flags}/${p.source}`;
  let v;
  if (!hasUnboundedRepeat(p.source)) v = { status: 'bounded' };
  else {
    v = verdicts[key] ?? analyse(p.source, p.flags);
    next[key] = v;
    if (update && !verdicts[key]) {
      verdicts[key] = v;
      writeFileSync(cacheFile, `${JSON.stringify({ recheck: RECHECK_VERSION, verdicts }, null, 1)}\n`);
    }
  }
  report.push({ ...p, ...v });
}
if (update) writeFileSync(cacheFile, `${JSON.stringify({ recheck: RECHECK_VERSION, verdicts: next }, null, 1)}\n`);

if (asJson) process.stdout.write(`${JSON.stringify(report)}\n`);
else {
  const counts = {};
  for (const r of report) counts[r.status] = (counts[r.status] ?? 0) + 1;
  console.log(`${report.length} patterns: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}`);
  for (const r of report) if (r.status !== 'safe' && r.status !== 'bounded') console.log(`${r.status.padEnd(10)} ${r.where}  ${r.complexity ?? r.error ?? ''}  /${r.source.slice(0, 100)}${r.source.length > 100 ? '…' : ''}/${r.flags}${r.attack ? `\n           attack: ${r.attack.slice(0, 120)}` : ''}`);
}
