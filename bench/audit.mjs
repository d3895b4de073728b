// Audit rows of `npm run bench` (issue 19): `commslint audit` over AUDIT_POSTS generated posts (default
// 1,000,000; JSON Lines, one in seven with personal data or a swear word) with 1 and 2 workers. Prints the
// time, posts per second and peak memory of the whole process (main thread and workers: VmHWM, polled).
// Also runnable alone: node bench/audit.mjs
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    const child = spawn(process.execPath, [bin, 'audit', file, '--out', out, '--quiet', '--concurrency', String(concurrency)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const poll = setInterval(() => (peak = Math.max(peak, peakOf(child.pid))), 100);
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0 && code !== 1) return fail(new Error(`audit exited ${code}: ${stderr}`));
      done({ seconds: (performance.now() - t0) / 1000, peakMb: peak / 1048576 });
    });
  });
}

export async function benchAudit(posts = Number(process.env.AUDIT_POSTS ?? 1_000_000)) {
  const dir = mkdtempSync(join(tmpdir(), 'commslint-bench-audit-'));
  try {
    const file = join(dir, 'posts.jsonl');
    await writePosts(file, posts);
    const one = await run(file, join(dir, 'out1'), 1);
    const two = await run(file, join(dir, 'out2'), 2);
    return { posts, one, two, speedup: one.seconds / two.seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchAudit();
  for (const [k, v] of [['1 worker', r.one], ['2 workers', r.two]]) console.log(`${k}: ${r.posts} posts in ${v.seconds.toFixed(1)} s (${Math.round(r.posts / v.seconds)}/s), peak ${v.peakMb.toFixed(0)} MB`);
  console.log(`2 workers / 1 worker: ${r.speedup.toFixed(2)}×`);
}
