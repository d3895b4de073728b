// The audit's batching (src/audit/line-batches.ts, batch.ts, stats.ts): JSON Lines cut into raw batches on
// the main thread keep every line, its number (as readline counts them) and the input order, whatever the
// chunking; a resume skips exactly the posts already audited; a worker's batch names a malformed line by
// its number in the whole export; and the report's stats merged from batches equal the serial computation.
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BATCH_BYTES, BATCH_LINES, lineBatches } from '../src/audit/line-batches.js';
import { runBatch, splitLines, type LinesJob } from '../src/audit/batch.js';
import { addPost, emptyStats, mergeStats, reviewFloor, TOP_POSTS, type AuditStats, type LintOutcome } from '../src/audit/stats.js';
import type { AuditPost } from '../src/audit/post.js';
import { createNodeLinter, loadConfig } from '../src/node.js';
import type { Linter } from '../src/engine/linter.js';
import type { Category, Finding, Severity } from '../src/types.js';
import { seededRandom } from './seeded-random.js';


/** `bytes` as a stream of chunks of the given sizes (cycled). */
function chunked(bytes: Buffer, sizes: number[]): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const n = sizes[i % sizes.length]!;
    chunks.push(bytes.subarray(at, at + n));
    at += n;
  }
  return Readable.from(chunks);
}

async function readlineLines(bytes: Buffer): Promise<string[]> {
  const out: string[] = [];
  for await (const l of createInterface({ input: Readable.from([bytes]), crlfDelay: Infinity })) out.push(l);
  return out;
}

async function collect(stream: Readable, skip = 0): Promise<LinesJob[]> {
  const jobs: LinesJob[] = [];
  for await (const j of lineBatches(stream, { source: 0, name: 'posts.jsonl' }, { remaining: skip })) jobs.push(j);
  return jobs;
}

/** Every line of every batch, each with the number the batch gives it. */
function numbered(jobs: LinesJob[]): Array<[number, string]> {
  return jobs.flatMap((j) => splitLines(j.bytes).map((l, i): [number, string] => [j.firstLine + i, l]));
}

describe('raw line batches', () => {
  // Dimensions: line end (\n, \r\n, lone \r, mixed) × last line with or without an end × chunk sizes
  // (1 byte, odd sizes that cut a \r\n and multi-byte characters, larger than a batch) × blank lines and a
  // line longer than a batch. readline is the oracle: the worker's lines and numbers must be its own.
  const ends = { lf: ['\n'], crlf: ['\r\n'], cr: ['\r'], mixed: ['\n', '\r\n', '\r'] };
  const chunkings = { bytes: [1], odd: [7, 13, 1, 4093], big: [BATCH_BYTES * 2 + 17] };
  for (const [endName, endings] of Object.entries(ends)) {
    for (const final of [true, false]) {
      for (const [chunkName, sizes] of Object.entries(chunkings)) {
        it(`${endName} line ends, ${final ? 'an end after the last line' : 'no end after the last line'}, chunks of ${chunkName}: every line, numbered as readline numbers it`, async () => {
          const rnd = seededRandom(endName.length * 100 + (final ? 1 : 0) * 10 + chunkName.length);
          const lines = Array.from({ length: 1300 }, (_, i) => (i % 97 === 5 ? '' : i % 211 === 7 ? '   ' : i === 600 ? `{"text":"${'é'.repeat(BATCH_BYTES)}"}` : JSON.stringify({ id: `p${i}`, text: `Caf\u00e9 na\u00efve \u{1F600} post ${i}` })));
          let text = '';
          lines.forEach((l, i) => (text += l + (i < lines.length - 1 || final ? endings[Math.floor(rnd() * endings.length)]! : '')));
          const bytes = Buffer.from(text);
          const jobs = await collect(chunked(bytes, sizes));
          const expected = (await readlineLines(bytes)).map((l, i): [number, string] => [i + 1, l]);
          expect(numbered(jobs)).toEqual(expected);
          // The batches are the input, cut only at line ends, in order: nothing lost or repeated.
          expect(Buffer.concat(jobs.map((j) => j.bytes)).equals(bytes)).toBe(true);
          for (const j of jobs) expect(splitLines(j.bytes).length <= BATCH_LINES || j.bytes.length > BATCH_BYTES).toBe(true);
          expect(jobs.length).toBeGreaterThan(2);
        });
      }
    }
  }

  it('a resume skips exactly the posts already audited (blank lines are not posts), in the batch where the skip ends', async () => {
    const lines = Array.from({ length: 1700 }, (_, i) => (i % 10 === 3 ? '' : JSON.stringify({ id: `p${i}`, text: `Post ${i}` })));
    const bytes = Buffer.from(`${lines.join('\n')}\n`);
    const posts = lines.filter((l) => l !== '');
    for (const skip of [0, 1, 449, 450, 451, 1000, posts.length - 1, posts.length]) {
      const jobs = await collect(chunked(bytes, [65536]), skip);
      const kept = jobs.flatMap((j) => splitLines(j.bytes).filter((l) => l.trim() !== '').slice(j.skip));
      expect(kept, `skip ${skip}`).toEqual(posts.slice(skip));
      // Line numbers stay those of the whole export.
      for (const j of jobs) expect(numbered([j])[0]![1]).toBe(lines[j.firstLine - 1]);
    }
  });
});

describe('a worker batch', () => {
  let linter: Linter;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'commslint-audit-batch-'));
    writeFileSync(join(dir, 'commslint.config.json'), JSON.stringify({ locale: 'en-GB' }));
    linter = await createNodeLinter(await loadConfig(join(dir, 'post.md')));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const job = (lines: string[], firstLine: number, skip = 0): LinesJob => ({ kind: 'lines', source: 0, name: 'shard-7.jsonl', bytes: new Uint8Array(Buffer.from(`${lines.join('\n')}\n`)), firstLine, skip });
  const good = ['{"id":"a","text":"Call Jo on 07700 900123 today."}', '', '{"text":"Bins are collected on Monday."}', '{"id":"c","text":"Damn, the road is shut."}'];

  it('names a malformed line by its number in the whole export; the posts before it are in its output and stats', async () => {
    for (const [bad, message] of [
      ['{"text": oops}', /^shard-7\.jsonl: line 1005: not valid JSON \(/],
      ['["a list"]', /^shard-7\.jsonl: line 1005: a post must be a JSON object$/],
      ['{"text": 7}', /^shard-7\.jsonl: line 1005: "text" must be a string$/],
      ['{"text":"x","date":"the 5th"}', /^shard-7\.jsonl: line 1005: "date" is not a date$/],
    ] as const) {
      const r = await runBatch(linter, job([...good, bad, '{"text":"never read"}'], 1001), { every: true });
      expect(r.error, bad).toMatch(message);
      const out = Buffer.from(r.out).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string });
      expect(out.map((l) => l.id)).toEqual(['a', 'shard-7.jsonl:1003', 'c']);
      expect(r.stats.posts).toBe(3);
    }
    // The near-miss: the same batch without the bad line has no error, and every post.
    const ok = await runBatch(linter, job([...good, '{"text":"read"}'], 1001), { every: true });
    expect(ok.error).toBeUndefined();
    expect(ok.stats.posts).toBe(4);
  });

  it('writes every post for --jsonl, only posts with findings for findings.jsonl; masked either way', async () => {
    const all = Buffer.from((await runBatch(linter, job(good, 1), { every: true })).out).toString('utf8');
    const some = Buffer.from((await runBatch(linter, job(good, 1), { every: false })).out).toString('utf8');
    expect(all.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'shard-7.jsonl:3', 'c']);
    expect(some.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'c']);
    expect(all).not.toContain('07700 900123');
    expect(all).not.toContain('900123');
  });

  it('skips the posts a resume has already audited, by post (blank lines are not posts)', async () => {
    const r = await runBatch(linter, job(good, 1, 2), { every: true });
    expect(Buffer.from(r.out).toString('utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['c']);
    expect(r.stats.posts).toBe(1);
  });
});

describe('stats merged from batches', () => {
  const categories: Category[] = ['personal-data', 'legal', 'confidentiality', 'tone', 'platform', 'accessibility'];
  const severities: Severity[] = ['error', 'warning', 'info'];

  /** Posts and lint outcomes with many ties (a few dates, scores from a few findings) and more review candidates than the list holds. */
  function corpus(seed: number, n: number): Array<[AuditPost, LintOutcome]> {
    const rnd = seededRandom(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    return Array.from({ length: n }, (_, i): [AuditPost, LintOutcome] => {
      const findings: Finding[] = Array.from({ length: rnd() < 0.4 ? 0 : 1 + Math.floor(rnd() * 3) }, (_, k) => {
        const category = pick(categories);
        const severity = pick(severities);
        return { ruleId: `${category}/rule-${k % 2}`, category, severity, message: `m${i}.${k}`, line: 1, column: 1, endLine: 1, endColumn: 2, citations: [{ title: 'Policy', section: `${k}` }], ...(rnd() < 0.5 ? { excerpt: `e${i}` } : {}) } as unknown as Finding;
      });
      const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
      const date = rnd() < 0.1 ? undefined : `20${20 + Math.floor(rnd() * 3)}-0${1 + Math.floor(rnd() * 3)}-01T00:00:00.000Z`;
      const post: AuditPost = { id: `p${i}`, text: '', ...(date ? { date } : {}), ...(i % 3 ? { platform: 'x' as const } : {}) };
      return [post, { findings, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info'), ...(i % 250 === 9 ? { error: 'internal' } : {}) }];
    });
  }

  function serial(posts: Array<[AuditPost, LintOutcome]>): AuditStats {
    const s = emptyStats();
    for (const [p, o] of posts) addPost(s, p, o);
    return s;
  }

  /** As the audit does it: each batch counted apart with the floor of the total when it was sent (a few batches ahead), merged in order. */
  function batched(posts: Array<[AuditPost, LintOutcome]>, sizes: number[], ahead: number): AuditStats {
    const total = emptyStats();
    const parts: AuditStats[] = [];
    let merged = 0;
    for (let at = 0, i = 0; at < posts.length; i++) {
      const size = sizes[i % sizes.length]!;
      // Batches up to `ahead` in flight: the floor a batch sees lags the merges.
      while (parts.length - merged >= ahead) mergeStats(total, parts[merged++]!);
      const floor = reviewFloor(total);
      const part = emptyStats();
      for (const [p, o] of posts.slice(at, at + size)) addPost(part, p, o, floor);
      parts.push(part);
      at += size;
    }
    while (merged < parts.length) mergeStats(total, parts[merged++]!);
    return total;
  }

  for (const [seed, n] of [
    [1, 3000],
    [2, 5000],
    [3, 150],
  ] as const) {
    it(`equal the serial computation for ${n} posts, whatever the batch sizes and the batches in flight (seed ${seed})`, () => {
      const posts = corpus(seed, n);
      const expected = serial(posts);
      // The case is one that tests the review list: more candidates than it holds, ties in score and date.
      if (n > 1000) expect(expected.review.length).toBe(TOP_POSTS);
      expect(new Set(expected.review.map((r) => `${r.score} ${r.date}`)).size).toBeLessThan(expected.review.length);
      for (const [sizes, ahead] of [
        [[1], 1],
        [[500], 6],
        [[7, 300, 1, 64], 3],
        [[n], 1],
      ] as const) {
        expect(batched(posts, [...sizes], ahead), `sizes ${sizes.join(',')}, ${ahead} ahead`).toEqual(expected);
      }
    });
  }

  it('keeps the review list in rank order: higher score first, then older, then earlier in the input', () => {
    const s = serial(corpus(4, 4000));
    for (let i = 1; i < s.review.length; i++) {
      const [a, b] = [s.review[i - 1]!, s.review[i]!];
      expect(a.score > b.score || (a.score === b.score && (a.date ?? '') <= (b.date ?? '')), `${i}`).toBe(true);
      if (a.score === b.score && a.date === b.date) expect(Number(a.id.slice(1))).toBeLessThan(Number(b.id.slice(1)));
    }
  });
});
