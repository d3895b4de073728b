// The static ReDoS check (issue 21, "Done means"): every regex in src/ and rules/ (literals from the syntax
// tree, built ones caught as they are constructed; scripts/regex-inventory.mjs) is either bounded (no
// unbounded repetition) or analysed by recheck on its pure JavaScript backend (scripts/redos-audit.mjs,
// verdicts cached in test/redos-audit.json by source and flags, so a new or changed pattern is analysed
// afresh). Any pattern recheck does not call safe (vulnerable, or unknown when it times out) must be in
// test/redos-allowlist.json, which names the test that bounds its time: the pumped-input test below runs
// every allowlisted pattern on recheck's own attack string and on long runs of each character class our
// patterns repeat, each in a child killed after a generous bound.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { runChild } from './bounded.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const PUMP_TEST = 'allowlisted patterns stay linear on pumped input';

interface Audited {
  source: string;
  flags: string;
  where: string;
  status: 'bounded' | 'safe' | 'vulnerable' | 'unknown' | 'error';
  attack?: string;
  complexity?: string;
}
interface AllowEntry {
  where: string;
  verdict: string;
  /** `file > test title` of the test that bounds the pattern's time. */
  test: string;
  /** Longest input the call site gives the pattern (the pump test pumps to this size instead of 100 KB). */
  maxInput?: number;
  /** Where that bound comes from. */
  why?: string;
}

const allowlist = JSON.parse(readFileSync(join(root, 'test/redos-allowlist.json'), 'utf8')) as { patterns: Record<string, AllowEntry> };
const key = (p: { flags: string; source: string }): string => `${p.flags}/${p.source}`;

let audited: Audited[] | undefined;
function audit(): Audited[] {
  // Patterns not in the cache are analysed here (seconds each): bounded generously.
  audited ??= JSON.parse(execFileSync(process.execPath, [join(root, 'scripts/redos-audit.mjs'), '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 1_500_000 })) as Audited[];
  return audited;
}

describe('every regex in src/ and rules/ is linear or bounded by a test', () => {
  it('the inventory finds literal and built patterns in both trees', () => {
    const all = audit();
    expect(all.length).toBeGreaterThan(500);
    for (const where of ['src/text/', 'rules/', '(built']) expect(all.some((p) => p.where.includes(where)), where).toBe(true);
  }, 1_600_000);

  it('recheck calls every pattern safe, or the allowlist names the test that bounds it', () => {
    const missing = audit()
      .filter((p) => p.status !== 'safe' && p.status !== 'bounded' && !allowlist.patterns[key(p)])
      .map((p) => `${p.status} ${p.where} ${p.complexity ?? ''} /${p.source.slice(0, 120)}/${p.flags}`);
    expect(missing).toEqual([]);
  }, 1_600_000);

  it('each entry with a call-site bound says where it comes from', () => {
    for (const e of Object.values(allowlist.patterns)) if (e.maxInput !== undefined) expect(e.why, e.where).toBeTruthy();
  });

  it('no entry is left open: each is pumped at 100 KB or bounded at its call site', () => {
    const open = Object.values(allowlist.patterns).filter((e) => 'open' in e).map((e) => e.where);
    expect(open).toEqual([]);
  });

  it('the allowlist has no stale entries, and each names a test that exists', () => {
    const current = new Set(audit().map(key));
    expect(Object.entries(allowlist.patterns).filter(([k]) => !current.has(k)).map(([, v]) => v.where)).toEqual([]);
    for (const entry of Object.values(allowlist.patterns)) {
      const [file, title] = entry.test.split(' > ');
      expect(existsSync(join(root, file!)), entry.test).toBe(true);
      expect(readFileSync(join(root, file!), 'utf8'), entry.test).toContain(title);
    }
  }, 1_600_000);

  it('recheck (pure backend) does flag a super-linear pattern', () => {
    process.env.RECHECK_SYNC_BACKEND = 'pure';
    const { checkSync } = createRequire(import.meta.url)('recheck') as { checkSync: (s: string, f: string, o?: object) => { status: string } };
    expect(checkSync('^(a+)+$', '', { timeout: 20_000 }).status).toBe('vulnerable');
    expect(checkSync('^a+$', '', { timeout: 20_000 }).status).toBe('safe');
  }, 60_000);
});

// Long runs of what our patterns repeat: white space of each kind, letters, capitals, digits, word
// punctuation, and the pattern's own words (a trigger repeated, then a run).
const PUMP_SIZE = 100_000;
const CHILD = `
const entries = JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'));
const runs = [' ', '\\u00a0', '\\t', '\\n', ' \\n', 'a', 'A', 'Aa ', '0', '0 ', '.', '-', ', ', "'", 'a.', 'A-'];
for (const e of entries) {
  process.stdout.write('start ' + e.where + '\\n');
  const SIZE = e.size;
  const re = new RegExp(e.source, e.flags.includes('g') ? e.flags : e.flags + 'g');
  const words = (e.source.match(/[A-Za-z]{2,}/g) ?? []).slice(0, 6);
  const inputs = runs.map((r) => r.repeat(Math.ceil(SIZE / r.length)) + '\\u0000');
  for (const w of words) {
    inputs.push(w + ' '.repeat(SIZE) + '!');
    inputs.push((w + '  ').repeat(Math.ceil(SIZE / (w.length + 2))));
  }
  if (e.attack) {
    try {
      const a = new Function('return (' + e.attack.replace(/\\.repeat\\((\\d+)\\)/g, (_, n) => '.repeat(' + Math.max(Number(n), 1) + ')') + ')')();
      // recheck's attack at (about) the pump size, its failing tail kept.
      inputs.push(a.length <= SIZE ? a : a.slice(0, SIZE - 8) + a.slice(-8));
    } catch {}
  }
  for (const input of inputs) {
    re.lastIndex = 0;
    let n = 0;
    for (const m of input.matchAll(re)) if (++n > 1e6) break;
  }
  process.stdout.write('done ' + e.where + '\\n');
}
`;

describe('allowlisted patterns', () => {
  it(PUMP_TEST, async () => {
    const entries = audit()
      .filter((p) => allowlist.patterns[key(p)])
      .map((p) => ({ ...p, size: allowlist.patterns[key(p)]!.maxInput ?? PUMP_SIZE }));
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'commslint-pump-')), 'entries.json');
    writeFileSync(file, JSON.stringify(entries));
    const r = await runChild(`import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\n${CHILD}`, 1_500_000, { args: [file], stallMs: 30_000 });
    const lines = r.stdout.trim().split('\n');
    const done = new Set(lines.filter((l) => l.startsWith('done ')).map((l) => l.slice(5)));
    const stuck = lines.filter((l) => l.startsWith('start ')).map((l) => l.slice(6)).find((w) => !done.has(w));
    expect(r.killed ? `killed on ${stuck}` : 'finished').toBe('finished');
    expect(r.stderr).toBe('');
    expect(lines.filter((l) => l.startsWith('done ')).length).toBe(entries.length);
  }, 1_600_000);
});
