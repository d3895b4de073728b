// `commslint audit`, end to end through the built bin: every export reader on a sample export made to the
// platform's layout (test/fixtures-data/exports; the Bluesky CAR is written here with @atproto/repo), posts
// judged as published (platform, date, reply, media), findings.jsonl / report.html / summary.md, masking,
// malformed exports, `--jsonl -` in input order, resuming after a kill, and the shard recipe with xargs.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'dist', 'bin', 'commslint.js');
const exportsDir = join(root, 'test', 'fixtures-data', 'exports');
let tmp: string;

interface Line {
  id: string;
  date?: string;
  platform?: string;
  url?: string;
  findings: Array<{ ruleId: string; category: string; severity: string; excerpt?: string; message: string }>;
}

function audit(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, 'audit', ...args], { cwd: tmp, input, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function lines(file: string): Line[] {
  return readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
}

const ids = (l: Line): string[] => l.findings.map((f) => f.ruleId);

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'commslint-audit-'));
  writeFileSync(join(tmp, 'commslint.config.json'), JSON.stringify({ locale: 'en-GB', organisation: { name: 'Riverside Council', domains: ['riverside.gov.uk'] }, electionPeriods: [{ name: 'Local elections 2024', start: '2024-03-25', end: '2024-05-02' }] }));
  // A Bluesky repository exported as Bluesky does: a signed repo written to a CAR by the reference implementation.
  const { Repo, MemoryBlockstore, WriteOpAction, getFullRepo } = await import('@atproto/repo');
  const { Secp256k1Keypair } = await import('@atproto/crypto');
  const storage = new MemoryBlockstore();
  const keypair = await Secp256k1Keypair.create();
  const did = 'did:plc:riversidecouncil0000000';
  const post = (rkey: string, record: Record<string, unknown>) => ({ action: WriteOpAction.Create, collection: 'app.bsky.feed.post', rkey, record: { $type: 'app.bsky.feed.post', ...record } });
  const repo = await Repo.create(storage, did, keypair, [
    post('3kaaaaaaaaa22', { text: 'Library opening hours are unchanged this week. riverside.gov.uk/lib…', createdAt: '2024-04-18T09:00:00.000Z', facets: [{ index: { byteStart: 47, byteEnd: 69 }, features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://www.riverside.gov.uk/libraries/opening-hours' }] }] }),
    post('3kaaaaaaaaa23', { text: 'Email our officer directly at p.brown@hotmail.co.uk with your complaint.', createdAt: '2024-04-19T09:00:00.000Z', reply: { root: { uri: `at://${did}/app.bsky.feed.post/3kaaaaaaaaa22`, cid: 'bafyreib2rxk3rybk3aobmv5cjuql3bm2twh4jo5uxgf5oxyiuyfpfcyqn4' }, parent: { uri: 'at://did:plc:resident/app.bsky.feed.post/3kzzz', cid: 'bafyreib2rxk3rybk3aobmv5cjuql3bm2twh4jo5uxgf5oxyiuyfpfcyqn4' } } }),
    post('3kaaaaaaaaa24', { text: 'Our new play area opens on Saturday.', createdAt: '2024-05-20T09:00:00.000Z', embed: { $type: 'app.bsky.embed.images', images: [{ alt: '', image: { $type: 'blob', ref: { $link: 'bafkreib2rxk3rybk3aobmv5cjuql3bm2twh4jo5uxgf5oxyiuyfpfcyqn4' }, mimeType: 'image/jpeg', size: 1000 } }] } }),
    { action: WriteOpAction.Create, collection: 'app.bsky.feed.like', rkey: '3kaaaaaaaaa25', record: { $type: 'app.bsky.feed.like', subject: { uri: 'at://did:plc:x/app.bsky.feed.post/1', cid: 'bafyreib2rxk3rybk3aobmv5cjuql3bm2twh4jo5uxgf5oxyiuyfpfcyqn4' }, createdAt: '2024-04-18T09:00:00.000Z' } },
  ] as Parameters<typeof Repo.create>[3]);
  const chunks: Uint8Array[] = [];
  for await (const c of getFullRepo(storage, repo.cid)) chunks.push(c);
  writeFileSync(join(tmp, 'repo.car'), Buffer.concat(chunks));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readers on sample exports', () => {
  it('X archive: every tweet with its link, date, reply and media; t.co links expanded; judged on its date', () => {
    const r = audit([join(exportsDir, 'x-archive'), '--out', 'out-x', '--quiet']);
    expect(r.status, r.stderr).toBe(1);
    const out = lines(join(tmp, 'out-x', 'findings.jsonl'));
    expect(out.map((l) => l.id)).toEqual(['1780000000000000002', '1780000000000000003']);
    expect(out[0]).toMatchObject({ platform: 'x', date: '2024-04-11T14:30:00.000Z', url: 'https://x.com/RiversideCncl/status/1780000000000000002' });
    expect(ids(out[0]!)).toContain('personal-data/phone-number');
    // Published inside the configured election period: the candidate publicity is flagged as of that date.
    expect(ids(out[1]!)).toContain('impartiality/election-period');
    expect(ids(out[1]!)).toContain('accessibility/alt-text');
    expect(readFileSync(join(tmp, 'out-x', 'findings.jsonl'), 'utf8')).not.toContain('123456');
  });

  it('Facebook: text repaired from the export’s Latin-1 escaping; links from attachments; dates from seconds', () => {
    const r = audit([join(exportsDir, 'facebook'), '--out', 'out-fb', '--quiet']);
    expect(r.status, r.stderr).toBe(1);
    const out = lines(join(tmp, 'out-fb', 'findings.jsonl'));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: 'your_posts__check_ins__photos_and_videos_1.json#2', platform: 'facebook', date: '2024-04-11T09:00:00.000Z' });
    expect(ids(out[0]!)).toContain('personal-data/email');
    expect(JSON.stringify(out)).not.toContain('sarah.jones@gmail.com');
  });

  it('Instagram: captions from media titles, emoji repaired, shouting found', () => {
    const r = audit([join(exportsDir, 'instagram'), '--out', 'out-ig', '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const out = lines(join(tmp, 'out-ig', 'findings.jsonl'));
    expect(out.map((l) => l.id)).toEqual(['posts_1.json#2']);
    expect(out[0]!.platform).toBe('instagram');
    expect(ids(out[0]!)).toContain('tone/shouting');
  });

  it('LinkedIn Shares.csv: commentary, date and share link; an endorsement found', () => {
    const r = audit([join(exportsDir, 'linkedin'), '--out', 'out-li', '--quiet']);
    expect([0, 1]).toContain(r.status);
    const out = lines(join(tmp, 'out-li', 'findings.jsonl'));
    const endorse = out.find((l) => ids(l).includes('impartiality/endorsement'))!;
    expect(endorse).toMatchObject({ platform: 'linkedin', date: '2024-05-02T11:00:00.000Z', url: 'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7180000000000000002' });
  });

  it('Mastodon outbox: notes only (boosts skipped), HTML to text, replies and missing alt text', () => {
    const r = audit([join(exportsDir, 'mastodon', 'outbox.json'), '--out', 'out-m', '--quiet']);
    expect(r.status, r.stderr).toBe(1);
    const out = lines(join(tmp, 'out-m', 'findings.jsonl'));
    expect(out.map((l) => l.id)).toEqual(['https://social.example.gov.uk/users/riverside/statuses/112000000000000003']);
    expect(out[0]).toMatchObject({ platform: 'mastodon', url: 'https://social.example.gov.uk/@riverside/112000000000000003' });
    expect(ids(out[0]!)).toEqual(expect.arrayContaining(['legal/prejudicial-statement', 'accessibility/alt-text']));
  });

  it('Bluesky repository (CAR): post records with their keys and links; likes skipped; facets expanded', () => {
    const r = audit(['repo.car', '--out', 'out-bs', '--quiet']);
    expect(r.status, r.stderr).toBe(1);
    const out = lines(join(tmp, 'out-bs', 'findings.jsonl'));
    expect(out.map((l) => l.id)).toEqual(['at://did:plc:riversidecouncil0000000/app.bsky.feed.post/3kaaaaaaaaa23', 'at://did:plc:riversidecouncil0000000/app.bsky.feed.post/3kaaaaaaaaa24']);
    expect(out[0]).toMatchObject({ platform: 'bluesky', date: '2024-04-19T09:00:00.000Z', url: 'https://bsky.app/profile/did:plc:riversidecouncil0000000/post/3kaaaaaaaaa23' });
    expect(ids(out[0]!)).toContain('personal-data/email');
    expect(ids(out[1]!)).toContain('accessibility/alt-text');
  });

  it('generic CSV through a column mapping; a wrong header is a clear message naming the file', () => {
    const r = audit([join(exportsDir, 'csv', 'scheduler.csv'), '--map', 'id=Post ID,text=Message,date=Sent,url=Link,platform=Network', '--out', 'out-csv', '--quiet']);
    expect(r.status, r.stderr).toBe(1);
    const out = lines(join(tmp, 'out-csv', 'findings.jsonl'));
    expect(out.map((l) => [l.id, l.platform])).toEqual([['sch-2', 'facebook']]);
    const bad = audit([join(exportsDir, 'csv', 'scheduler.csv'), '--map', 'text=Body', '--out', 'out-csv2', '--quiet']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^commslint: scheduler\.csv: header: no column "Body" for text \(columns: Post ID, Network, Sent, Message, Link\)$/m);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('outputs', () => {
  it('writes findings.jsonl, report.html and summary.md for several exports at once, all masked', () => {
    const r = audit([join(exportsDir, 'x-archive'), join(exportsDir, 'facebook'), join(exportsDir, 'mastodon'), 'repo.car', '--out', 'out-all', '--quiet']);
    expect(r.status, r.stderr).toBe(1);
    for (const f of ['findings.jsonl', 'report.html', 'summary.md']) expect(existsSync(join(tmp, 'out-all', f)), f).toBe(true);
    const html = readFileSync(join(tmp, 'out-all', 'report.html'), 'utf8');
    const md = readFileSync(join(tmp, 'out-all', 'summary.md'), 'utf8');
    for (const raw of ['07911 123456', '123456', 'sarah.jones@gmail.com', 'p.brown@hotmail.co.uk']) {
      expect(html, raw).not.toContain(raw);
      expect(md, raw).not.toContain(raw);
    }
    expect(md).toMatch(/^# commslint archive audit\n\n\d+ posts checked; \d+ with findings/);
    expect(md).toContain('## Review first');
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    expect(html).not.toMatch(/<script|<link |src="http/);
  });

  it('exits 0 when nothing is at error level', () => {
    writeFileSync(join(tmp, 'clean.jsonl'), '{"text":"Bins are collected on Monday."}\n{"text":"The library opens at 9am."}\n');
    const r = audit(['clean.jsonl', '--out', 'out-clean', '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(tmp, 'out-clean', 'findings.jsonl'), 'utf8')).toBe('');
    expect(readFileSync(join(tmp, 'out-clean', 'summary.md'), 'utf8')).toContain('2 posts checked; 0 with findings');
  });
});

describe('malformed exports', () => {
  it('a truncated X archive: the posts read before are reported, the message names the file and record, exit 2', () => {
    const dir = join(tmp, 'x-cut', 'data');
    cpSync(join(exportsDir, 'x-archive'), join(tmp, 'x-cut'), { recursive: true });
    const full = readFileSync(join(dir, 'tweets.js'), 'utf8');
    writeFileSync(join(dir, 'tweets.js'), full.slice(0, full.indexOf('"1780000000000000003"') + 10));
    const r = audit(['x-cut', '--out', 'out-cut', '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^commslint: tweets\.js: after record 2: not valid JSON/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(lines(join(tmp, 'out-cut', 'findings.jsonl')).map((l) => l.id)).toEqual(['1780000000000000002']);
    expect(readFileSync(join(tmp, 'out-cut', 'summary.md'), 'utf8')).toContain('Exports that could not be read to the end');
  });

  it('a binary file and a bad JSON line name the file and the line; other exports are still read', () => {
    writeFileSync(join(tmp, 'binary.jsonl'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(tmp, 'badline.jsonl'), '{"text":"Call 07911 123456 now."}\n{"text": oops}\n{"text":"never read"}\n');
    const r = audit(['binary.jsonl', 'badline.jsonl', join(exportsDir, 'mastodon'), '--out', 'out-bad', '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^commslint: binary\.jsonl: line 1: not valid JSON/m);
    expect(r.stderr).toMatch(/^commslint: badline\.jsonl: line 2: not valid JSON/m);
    const out = lines(join(tmp, 'out-bad', 'findings.jsonl'));
    expect(out.map((l) => l.id)).toEqual(['badline.jsonl:1', 'https://social.example.gov.uk/users/riverside/statuses/112000000000000003']);
  });

  it('an unknown export, a missing file, bad options: one line each, exit 2', { timeout: 400_000 }, () => {
    writeFileSync(join(tmp, 'notes.docx'), 'x');
    expect(audit(['notes.docx', '--out', 'o1', '--quiet'])).toMatchObject({ status: 2 });
    expect(audit(['notes.docx', '--out', 'o1', '--quiet']).stderr).toMatch(/notes\.docx: file: not an export commslint knows/);
    expect(audit(['missing.jsonl', '--out', 'o2', '--quiet']).stderr).toMatch(/missing\.jsonl: file: not found/);
    expect(audit(['--jsonl', 'missing.jsonl'])).toMatchObject({ status: 2, stdout: '', stderr: 'commslint: missing.jsonl: file: not found\n' });
    expect(audit(['clean.jsonl'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/--out DIR is required/) });
    expect(audit(['clean.jsonl', '--out', 'o3', '--from', 'myspace'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/--from must be one of x, facebook/) });
    expect(audit(['clean.jsonl', '--out', 'o3', '--map', 'words=Text'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/--map takes FIELD=COLUMN/) });
  });
});

describe('a bad config', () => {
  it('is one line naming the file and the key, exit 2, before any export is read or output written', () => {
    writeFileSync(join(tmp, 'bad-config.json'), JSON.stringify({ locale: 'en-GB', rules: { 'tone/profanity': 'loud' } }));
    // The near-miss: the same config with a valid severity audits as usual.
    writeFileSync(join(tmp, 'good-config.json'), JSON.stringify({ locale: 'en-GB', rules: { 'tone/profanity': 'warning' } }));
    const expected = 'commslint: Invalid config in ' + join(tmp, 'bad-config.json') + ': rules.tone/profanity: Invalid input (got "loud")\n';
    writeFileSync(join(tmp, 'badcfg-posts.jsonl'), '{"id":"1","text":"Bins on Monday."}\n');
    for (const args of [['badcfg-posts.jsonl', '--out', 'out-badcfg', '--quiet'], ['--jsonl', '-', '--concurrency', '2']]) {
      const r = audit([...args, '--config', 'bad-config.json'], '{"id":"1","text":"Bins on Monday."}\n');
      expect(r, args.join(' ')).toMatchObject({ status: 2, stdout: '', stderr: expected });
    }
    expect(existsSync(join(tmp, 'out-badcfg'))).toBe(false);
    const good = audit(['--jsonl', '-', '--config', 'good-config.json'], '{"id":"1","text":"Bins on Monday."}\n');
    expect(good).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(good.stdout)).toMatchObject({ id: '1', findings: [] });
  });
});

describe('--jsonl - (the map step)', () => {
  it('one line per post on stdout, in input order, with two workers', () => {
    const posts = Array.from({ length: 300 }, (_, i) => JSON.stringify(i % 7 === 0 ? { id: `p${i}`, text: `Call Jo on 07700 900${String(i % 1000).padStart(3, '0')} today.` } : { id: `p${i}`, text: `Bins on Monday, round ${i}.` }));
    const r = audit(['--jsonl', '-', '--concurrency', '2'], `${posts.join('\n')}\n`);
    expect(r.status, r.stderr).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
    expect(out.map((l) => l.id)).toEqual(posts.map((_, i) => `p${i}`));
    expect(out.filter((l) => l.findings.length).map((l) => l.id)).toEqual(posts.map((_, i) => `p${i}`).filter((_, i) => i % 7 === 0));
    expect(r.stdout).not.toContain('07700 900');
    expect(r.stderr).toBe('');
  });

  it('a shard recipe (xargs over split files) gives the same lines as one run', { timeout: 400_000 }, () => {
    const posts = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `s${i}`, text: i % 5 ? `Roadworks on Mill Lane, day ${i}.` : `Damn, day ${i}.` }));
    writeFileSync(join(tmp, 'all.jsonl'), `${posts.join('\n')}\n`);
    const whole = audit(['--jsonl', '-'], `${posts.join('\n')}\n`).stdout;
    // The same posts named as a file (--jsonl FILE) give the same lines.
    expect(audit(['--jsonl', 'all.jsonl']).stdout).toBe(whole);
    // README recipe: split into shards, audit them in parallel, concatenate in shard order.
    const script = `set -e; mkdir -p shards; split -l 50 -d all.jsonl shards/part-; ls shards/part-* | xargs -P 2 -I{} sh -c '"${process.execPath}" "${bin}" audit --jsonl - --concurrency 1 < {} > {}.out || [ $? -eq 1 ]'; cat shards/part-*.out`;
    const r = spawnSync('bash', ['-c', script], { cwd: tmp, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(whole);
  });
});

describe('checkpoint and resume', () => {
  // Three audits, each paying a worker's start-up (seconds on a loaded machine): 2,000 posts are enough for
  // a kill mid-way (a checkpoint after every post, the kill within a poll of the first), and the bounds are
  // generous ones on killable children (spawnSync's timeout, the checkpoint wait), not timings.
  it('an audit killed mid-way resumes where it stopped and ends with the same findings as one run', { timeout: 400_000 }, async () => {
    const posts = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `r${i}`, text: i % 3 === 0 ? `Ring Sam on 07700 9${String(i).padStart(5, '0')} about bin ${i}.` : `Bins on Monday, street ${i}.` }));
    writeFileSync(join(tmp, 'big.jsonl'), `${posts.join('\n')}\n`);
    const checkpoint = join(tmp, 'out-resume', '.commslint-audit-checkpoint.json');
    const child = spawn(process.execPath, [bin, 'audit', 'big.jsonl', '--out', 'out-resume', '--quiet', '--concurrency', '1'], { cwd: tmp, env: { ...process.env, COMMSLINT_AUDIT_CHECKPOINT_MS: '0' } });
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        fail(new Error('no checkpoint within 120 s'));
      }, 120_000);
      const poll = setInterval(() => {
        if (existsSync(checkpoint) || child.exitCode !== null) {
          clearInterval(poll);
          clearTimeout(timer);
          done();
        }
      }, 10);
    });
    child.kill('SIGKILL');
    await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));
    const saved = JSON.parse(readFileSync(checkpoint, 'utf8')) as { processed: number };
    expect(saved.processed).toBeGreaterThan(0);
    expect(saved.processed).toBeLessThan(2000);
    const resumed = audit(['big.jsonl', '--out', 'out-resume', '--concurrency', '2']);
    expect(resumed.status, resumed.stderr).toBe(1);
    expect(resumed.stderr).toMatch(/resuming after [\d,]+ posts/);
    const fresh = audit(['big.jsonl', '--out', 'out-fresh', '--quiet', '--concurrency', '1']);
    expect(readFileSync(join(tmp, 'out-resume', 'findings.jsonl'), 'utf8')).toBe(readFileSync(join(tmp, 'out-fresh', 'findings.jsonl'), 'utf8'));
    expect(readFileSync(join(tmp, 'out-resume', 'summary.md'), 'utf8')).toBe(readFileSync(join(tmp, 'out-fresh', 'summary.md'), 'utf8'));
    expect(existsSync(checkpoint)).toBe(false);
  });
});

describe('batches across worker counts', () => {
  // A JSON Lines export of several raw batches (500 lines each) and a CSV export (posts from its reader, in
  // batches of 500), with posts that fire and posts that do not: the outputs with 1 and 2 workers must be
  // byte for byte the same, in input order, and the report's figures equal.
  const posts = Array.from({ length: 1800 }, (_, i) =>
    JSON.stringify(i % 5 === 0 ? { id: `j${i}`, text: `Call Jo on 07700 9${String(i).padStart(5, '0')} about bin ${i}.`, date: `202${i % 4}-0${1 + (i % 9)}-0${1 + (i % 7)}T09:00:00Z` } : i % 7 === 0 ? { id: `j${i}`, text: `Damn, road ${i} is shut.` } : { id: `j${i}`, text: `Bins on Monday, street ${i}.` }),
  );
  const csv = ['Message,Sent', ...Array.from({ length: 700 }, (_, i) => (i % 4 === 0 ? `Email sam.jones${i}@hotmail.co.uk about bay ${i},2023-0${1 + (i % 9)}-01` : `Library open late on day ${i},2023-01-01`))].join('\n');

  it('findings.jsonl, summary.md and report.html are the same with 1 and 2 workers; --jsonl - too, every post in input order', { timeout: 600_000 }, () => {
    writeFileSync(join(tmp, 'many.jsonl'), `${posts.join('\n')}\n`);
    writeFileSync(join(tmp, 'many.csv'), `${csv}\n`);
    const outs = [1, 2].map((c) => {
      const r = audit(['many.jsonl', 'many.csv', '--out', `out-w${c}`, '--quiet', '--concurrency', String(c)]);
      expect(r.status, r.stderr).toBe(1);
      return ['findings.jsonl', 'summary.md', 'report.html'].map((f) => readFileSync(join(tmp, `out-w${c}`, f), 'utf8'));
    });
    expect(outs[1]).toEqual(outs[0]);
    const found = lines(join(tmp, 'out-w2', 'findings.jsonl')).map((l) => l.id);
    const jsonlIds = posts.map((_, i) => `j${i}`).filter((_, i) => i % 5 === 0 || i % 7 === 0);
    expect(found.slice(0, jsonlIds.length)).toEqual(jsonlIds);
    expect(found.length - jsonlIds.length).toBe(175);
    expect(outs[0]![0]).not.toMatch(/07700 9|hotmail\.co\.uk/);
    expect(outs[0]![1]).toContain('2,500 posts checked');
    const stdouts = [1, 2].map((c) => audit(['--jsonl', '-', '--concurrency', String(c)], `${posts.join('\n')}\n`));
    expect(stdouts[0]!.status).toBe(1);
    expect(stdouts[1]!.stdout).toBe(stdouts[0]!.stdout);
    expect(stdouts[0]!.stdout.trim().split('\n').map((l) => (JSON.parse(l) as Line).id)).toEqual(posts.map((_, i) => `j${i}`));
  });
});
