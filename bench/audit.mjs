// Audit rows of `npm run bench` (issue 19): `commslint audit` over AUDIT_POSTS generated posts (default
// 1,000,000; JSON Lines, one in seven with personal data or a swear word) with 1 and 2 workers, on the same
// file. Prints the time, the steady throughput (start-up and report excluded), the peak memory of the whole
// process (main thread and workers: VmHWM) and the 2-worker speed-up; and, as a figure a busy machine does
// not skew, the CPU time per post of the main thread, of the workers and of the process's other threads
// (V8's GC and compiler helpers), with the 2-worker speed-up they predict on 2 cores. Also runnable alone:
// AUDIT_POSTS=20000 AUDIT_ROUNDS=3 node bench/audit.mjs (AUDIT_WORKERS=2 for one worker count only).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { once } from 'node:events';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.commslint);

async function writePosts(file, n) {
  const out = createWriteStream(file);
  const texts = [
    (i) => `Bins are collected as usual this week on round ${i}. Check your day at riverside.gov.uk/bins`,
    (i) => `Roadworks on Mill Lane start on Monday ${1 + (i % 28)} April and last about six weeks.`,
    (i) => `Our libraries are open as usual. Story time for under-fives is at 10am on Tuesdays (${i}).`,
    (i) => `Call Jo on 07700 9${String(i % 100000).padStart(5, '0')} about the lost dog found near the park.`,
    (i) => `Damn, the recycling centre is closed again today, sorry (${i}).`,
    (i) => `Thank you to everyone who came to the consultation event at the town hall. Results in May. #Riverside${i % 50}`,
    (i) => `Flu vaccinations are available at your GP surgery and local pharmacies from ${1 + (i % 28)} October.`,
  ];
  for (let i = 0; i < n; i++) {
    const date = new Date(Date.UTC(2015 + (i % 10), i % 12, 1 + (i % 28))).toISOString();
    if (!out.write(`${JSON.stringify({ id: `p${i}`, text: texts[i % texts.length](i), date, platform: i % 3 ? 'x' : 'facebook' })}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function peakOf(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function run(file, out, concurrency) {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    // COMMSLINT_AUDIT_CPU: the audit prints its threads' CPU time at the end (main, each worker, process).
    const child = spawn(process.execPath, [bin, 'audit', file, '--out', out, '--quiet', '--concurrency', String(concurrency)], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, COMMSLINT_AUDIT_CPU: '1' } });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // VmHWM is the process's high-water mark (main thread and workers): the last reading before exit is the peak.
    const poll = setInterval(() => (peak = Math.max(peak, peakOf(child.pid))), 100);
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0 && code !== 1) return fail(new Error(`audit exited ${code}: ${stderr}`));
      const cpu = /cpu ms main (\d+), workers ([\d ]+), process (\d+)/.exec(stderr);
      if (!cpu) return fail(new Error(`audit printed no CPU times: ${stderr}`));
      const main = Number(cpu[1]);
      const workers = cpu[2].trim().split(' ').reduce((a, b) => a + Number(b), 0);
      done({ seconds: (performance.now() - t0) / 1000, peakMb: peak / 1048576, cpu: { main, workers, other: Number(cpu[3]) - main - workers } });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// The fixed cost of an audit (start-up, workers loading the linter, V8 compiling its hot code, the report at
// the end), measured in the same round on the first `warm` posts of the same generator (AUDIT_WARM; default
// a fifth of the posts, from 200 to 20,000: V8 is still optimising new code after 10,000 posts): throughput
// is (posts - warm) / (time - warm time), and so is the CPU per post.
const warmPosts = (posts) => Number(process.env.AUDIT_WARM ?? Math.min(20_000, Math.max(200, Math.round(posts / 5))));

/**
 * `posts` generated posts (AUDIT_POSTS, default 1,000,000), audited with 1 and 2 workers in `rounds` rounds
 * (AUDIT_ROUNDS; default 3, or 1 from 100,000 posts), the order of the two alternating from round to round.
 * Returns, per worker count, the median time and steady throughput and the highest peak, and their ratio.
 */
export async function benchAudit(
  posts = Number(process.env.AUDIT_POSTS ?? 1_000_000),
  rounds = Number(process.env.AUDIT_ROUNDS ?? (posts >= 100_000 ? 1 : 3)),
  counts = (process.env.AUDIT_WORKERS ?? '1,2').split(',').map(Number),
) {
  const dir = mkdtempSync(join(tmpdir(), 'commslint-bench-audit-'));
  try {
    const file = join(dir, 'posts.jsonl');
    const tiny = join(dir, 'tiny.jsonl');
    const warm = warmPosts(posts);
    await writePosts(file, posts);
    await writePosts(tiny, warm);
    const load = [loadavg()[0]];
    await run(tiny, join(dir, 'warm'), 2); // warm-up: the bundles and the file in the page cache
    const by = { 1: [], 2: [] };
    for (let r = 0; r < rounds; r++) {
      for (const c of (r % 2 ? [2, 1] : [1, 2]).filter((w) => counts.includes(w))) {
        const fixed = await run(tiny, join(dir, `t${c}-${r}`), c);
        const full = await run(file, join(dir, `o${c}-${r}`), c);
        // CPU per post, start-up and report excluded as for the throughput: (full - tiny) / (posts - warm), in µs.
        const per = (k) => ((full.cpu[k] - fixed.cpu[k]) * 1000) / (posts - warm);
        by[c].push({ ...full, fixed: fixed.seconds, rate: (posts - warm) / Math.max(1e-3, full.seconds - fixed.seconds), cpuUs: { main: per('main'), workers: per('workers'), other: per('other') } });
        rmSync(join(dir, `o${c}-${r}`), { recursive: true, force: true });
      }
      load.push(loadavg()[0]);
    }
    const sum = (xs) =>
      xs.length === 0
        ? undefined
        : {
            seconds: median(xs.map((x) => x.seconds)),
            fixed: median(xs.map((x) => x.fixed)),
            rate: median(xs.map((x) => x.rate)),
            peakMb: Math.max(...xs.map((x) => x.peakMb)),
            cpuUs: { main: median(xs.map((x) => x.cpuUs.main)), workers: median(xs.map((x) => x.cpuUs.workers)), other: median(xs.map((x) => x.cpuUs.other)) },
          };
    const one = sum(by[1]);
    const two = sum(by[2]);
    return { posts, warm, rounds, one, two, ...(one && two ? { speedup: two.rate / one.rate } : {}), load: median(load) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lines for this script and bench/run.mjs. */
export function describeAudit(r) {
  const row = (k, v) => `${k}: ${r.posts} posts in ${v.seconds.toFixed(1)} s (${r.warm} posts: ${v.fixed.toFixed(1)} s), ${Math.round(v.rate)} posts/s steady, peak ${v.peakMb.toFixed(0)} MB`;
  const cpu = (k, v) => {
    const { main, workers, other } = v.cpuUs;
    // On 2 cores, the main thread's share against the workers' predicts the 2-worker speed-up
    // (2 / (1 + 2·main/workers)); counting the other threads too: 2·workers / (main + workers + other).
    return `${k} CPU per post: main thread ${main.toFixed(1)} µs, workers ${workers.toFixed(0)} µs, other threads ${other.toFixed(0)} µs (main ${((100 * main) / (main + workers + other)).toFixed(1)}% of the total); predicted 2-worker speed-up ${(2 / (1 + (2 * main) / workers)).toFixed(2)}× (${((2 * workers) / (main + workers + other)).toFixed(2)}× counting the other threads)`;
  };
  const lines = [];
  for (const [k, v] of [['1 worker ', r.one], ['2 workers', r.two]]) if (v) lines.push(row(k, v), cpu(k, v));
  if (r.speedup !== undefined) lines.push(`2 workers / 1 worker: ${r.speedup.toFixed(2)}× (steady throughput; medians of ${r.rounds} round(s), load average ${r.load.toFixed(1)})`);
  else lines.push(`(one worker count only; medians of ${r.rounds} round(s), load average ${r.load.toFixed(1)})`);
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of describeAudit(await benchAudit())) console.log(line);
}
