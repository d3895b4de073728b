// The `CLI cold start` row of `npm run bench`: one file linted by the bin, spawned afresh each time, against
// alex's CLI on the same file, with `commslint --version` (the bin's own floor) and an empty `node -e 0`
// (the machine's). Medians of several runs after one warm-up; wall ms and, on Linux, each child's CPU ms
// (user + system, from /proc/self/stat's waited-for-children times), and the load average, so a figure from
// a busy machine reads as one. Also runnable alone: node bench/cli-start.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeCorpus } from './corpus.mjs';

const root = resolve(import.meta.dirname, '..');
// COMMSLINT_BENCH_BIN: another build's bin, to compare two builds on the same machine at the same load.
const bin = process.env.COMMSLINT_BENCH_BIN ?? join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.commslint);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** CPU ms of every waited-for child so far (cutime + cstime); NaN where /proc is not there. */
function childrenCpuMs() {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return ((Number(f[13]) + Number(f[14])) * 1000) / 100; // clock ticks (USER_HZ, 100 on Linux)
  } catch {
    return Number.NaN;
  }
}

/**
 * Spawns each command `runs` + 1 times, interleaved (the first round is a warm-up); returns, per command,
 * the median wall and CPU ms. `text`: the one file linted (default: the first draft of the bench corpus).
 */
export function benchCliStart({ runs = 7, text = makeCorpus(1)[0] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'commslint-bench-'));
  try {
    const file = join(dir, 'post.md');
    writeFileSync(file, text);
    const commands = {
      commslint: [bin, file],
      alex: [join(root, 'node_modules/alex/cli.js'), file],
      version: [bin, '--version'],
      node: ['-e', '0'],
    };
    const wall = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
    const cpu = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
    const load = loadavg()[0];
    for (let i = 0; i <= runs; i++) {
      for (const [k, args] of Object.entries(commands)) {
        const c0 = childrenCpuMs();
        const t0 = performance.now();
        spawnSync(process.execPath, args, { cwd: dir, stdio: 'ignore' });
        if (i === 0) continue;
        wall[k].push(performance.now() - t0);
        cpu[k].push(childrenCpuMs() - c0);
      }
    }
    const row = (k) => ({ wall: median(wall[k]), cpu: median(cpu[k]) });
    return { commslint: row('commslint'), alex: row('alex'), version: row('version'), node: row('node'), load: (load + loadavg()[0]) / 2 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The row's lines, for this script and bench/run.mjs. */
export function describeCliStart(r) {
  const f = (x) => (Number.isNaN(x) ? '?' : x.toFixed(0));
  const line = (name, x) => `  ${name.padEnd(20)} ${f(x.wall).padStart(5)} ms (cpu ${f(x.cpu)} ms, ${(x.wall / r.node.wall).toFixed(1)}× node -e 0)`;
  return [
    line('commslint', r.commslint),
    line('alex', r.alex),
    line('commslint --version', r.version),
    line('empty node', r.node),
    `  commslint / alex  ${(r.commslint.wall / r.alex.wall).toFixed(2)} wall, ${(r.commslint.cpu / r.alex.cpu).toFixed(2)} cpu   (target ≤ 0.4); load average ${r.load.toFixed(1)}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(describeCliStart(benchCliStart({ runs: Number(process.argv[2] ?? 7) })));
