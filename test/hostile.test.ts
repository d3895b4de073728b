// Pathological drafts (issue 10): every draft finishes through every registered rule, no rule throws, every
// range lies inside the text. No wall-clock limit is asserted (a loaded machine may be slow); a child that
// hangs is killed after a generous bound and the test names the rule it was in.
//
// A catastrophic regex blocks the thread, so no in-process timeout could stop it: the drafts are linted in
// a child process (the built library, `npm test` builds first) that is killed if it hangs. The child
// times each rule separately, so a failure names the slow or throwing rule.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../src/index.js';

const DIST = fileURLToPath(new URL('../dist/src/index.js', import.meta.url));
const LAZY = fileURLToPath(new URL('../dist/src/engine/lazy.js', import.meta.url));
// Generous bounds that catch a hang or a blow-up, never a busy machine: the child is killed when one draft
// takes this long. How fast each draft is (as a ratio to ordinary drafts of the same length) is measured
// by `npm run bench` (bench/hostile.mjs), not here.
const DRAFT_HANG_MS = 120_000;
const BIG_HANG_MS = 300_000;

// The drafts are data (test/hostile-drafts.json), shared with the benchmark.
interface HostileData {
  drafts: Record<string, { body: string; why?: string }>;
  big: { name: string; body: string };
}
const DATA = JSON.parse(readFileSync(fileURLToPath(new URL('./hostile-drafts.json', import.meta.url)), 'utf8')) as HostileData;
const DRAFTS: Record<string, string> = Object.fromEntries(Object.entries(DATA.drafts).map(([name, d]) => [name, d.body]));
const BIG_NAME = DATA.big.name;
const BIG = DATA.big.body;

// The child: lints each named draft with every registered rule (strict), timing each rule.
const CHILD = `
import { createLinter, builtinRules } from ${JSON.stringify(DIST)};
import { loadModules, LAZY_MODULES } from ${JSON.stringify(LAZY)};
const drafts = JSON.parse(process.env.COMMSLINT_DRAFTS);
const times = new Map();
const errors = new Map();
const wrap = (rule) => ({ ...rule, check(ctx) {
  process.stdout.write(JSON.stringify({ rule: rule.id }) + '\\n');
  const t = performance.now();
  try { rule.check(ctx); }
  catch (e) { errors.set(rule.id, String(e && e.message || e)); throw e; }
  finally { times.set(rule.id, (times.get(rule.id) ?? 0) + performance.now() - t); }
} });
await loadModules(Object.keys(LAZY_MODULES));
const linter = await createLinter({ extends: ['commslint:strict'] }, { rules: builtinRules.map(wrap) });
for (const [name, body] of Object.entries(drafts)) {
  const text = new Function(body)();
  times.clear(); errors.clear();
  process.stdout.write(JSON.stringify({ start: name }) + '\\n');
  const t = performance.now();
  const result = await linter.lintAsync(text);
  const ms = performance.now() - t;
  const bad = [];
  for (const f of [...result.findings, ...result.suppressed]) {
    if (!(f.offset >= 0 && f.endOffset >= f.offset && f.endOffset <= text.length)) bad.push(f.ruleId + ' range ' + f.offset + '-' + f.endOffset + ' outside ' + text.length);
  }
  process.stdout.write(JSON.stringify({ name, ms, length: text.length, findings: result.findings.length, error: result.error, rules: Object.fromEntries(times), errors: Object.fromEntries(errors), bad: bad.slice(0, 20) }) + '\\n');
}
`;

interface DraftReport {
  name: string;
  ms: number;
  length: number;
  findings: number;
  error?: string;
  rules: Record<string, number>;
  errors: Record<string, string>;
  bad: string[];
}

let dir: string;
const reports = new Map<string, DraftReport>();
const hung: string[] = [];
/** The rule that was running when the child was killed, per hung draft. */
const hungIn = new Map<string, string>();

/** Runs the child on the drafts; if it hangs, the draft it was on is recorded and the rest run in a new child. */
async function runDrafts(drafts: Record<string, string>, hangMs: number): Promise<void> {
  let pending = Object.entries(drafts);
  while (pending.length) {
    const current = Object.fromEntries(pending);
    const lines = await new Promise<string[]>((resolvePromise) => {
      const child = spawn(process.execPath, [join(dir, 'child.mjs')], { env: { ...process.env, COMMSLINT_DRAFTS: JSON.stringify(current) }, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      // The watchdog restarts with every draft, so one hang costs `hangMs`, not the whole run.
      let timer = setTimeout(() => child.kill('SIGKILL'), hangMs);
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('"start"')) {
          clearTimeout(timer);
          timer = setTimeout(() => child.kill('SIGKILL'), hangMs);
        }
      });
      child.on('close', () => {
        clearTimeout(timer);
        if (err.trim() && !out.trim()) out += `${JSON.stringify({ crash: err.slice(0, 2000) })}\n`;
        resolvePromise(out.split('\n').filter(Boolean));
      });
    });
    let started: string | undefined;
    let lastRule = '';
    for (const line of lines) {
      const msg = JSON.parse(line) as { start?: string; name?: string; crash?: string; rule?: string } & DraftReport;
      if (msg.crash) throw new Error(`lint child crashed: ${msg.crash}`);
      if (msg.rule) lastRule = msg.rule;
      else if (msg.start) {
        started = msg.start;
        lastRule = '(parsing the document)';
      }
      else if (msg.name) {
        reports.set(msg.name, msg);
        started = undefined;
      }
    }
    const done = new Set(reports.keys());
    if (started) {
      hung.push(started);
      hungIn.set(started, lastRule);
    }
    pending = pending.filter(([n]) => !done.has(n) && n !== started);
    if (!started && pending.length) throw new Error(`lint child stopped early; unfinished: ${pending.map(([n]) => n).join(', ')}`);
  }
}

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run "npm run build" (npm test builds first)`);
  dir = mkdtempSync(join(tmpdir(), 'commslint-hostile-'));
  writeFileSync(join(dir, 'child.mjs'), CHILD);
  await runDrafts(DRAFTS, DRAFT_HANG_MS);
  await runDrafts({ [BIG_NAME]: BIG }, BIG_HANG_MS);
}, 1_800_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function slowest(r: DraftReport): string {
  return Object.entries(r.rules)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([id, ms]) => `${id} ${Math.round(ms)} ms`)
    .join(', ');
}

describe('pathological drafts finish through every rule', () => {
  for (const name of Object.keys(DRAFTS)) {
    it(`${name}: finishes (killed after ${DRAFT_HANG_MS / 1000} s), no rule throws, ranges inside the text`, () => {
      expect(hung, `the linter hung on ${name} in ${hungIn.get(name)}`).not.toContain(name);
      const r = reports.get(name);
      expect(r, `no report for ${name}`).toBeDefined();
      expect(r!.errors, `rules threw on ${name}`).toEqual({});
      expect(r!.error ?? '', `result error on ${name}`).not.toMatch(/internal error/);
      expect(r!.bad).toEqual([]);
    });
  }

  it(`${BIG_NAME}: finishes (killed after ${BIG_HANG_MS / 1000} s), no rule throws`, () => {
    expect(hung, `the linter hung on the 5 MB draft in ${hungIn.get(BIG_NAME)}`).not.toContain(BIG_NAME);
    const r = reports.get(BIG_NAME);
    expect(r).toBeDefined();
    expect(r!.length).toBeGreaterThanOrEqual(5e6);
    // The 5 MB draft is ordinary posts with problems in them: it has findings.
    expect(r!.findings, `slowest rules: ${slowest(r!)}`).toBeGreaterThan(0);
    expect(r!.errors).toEqual({});
    expect(r!.error ?? '').not.toMatch(/internal error/);
    expect(r!.bad).toEqual([]);
  });
});

describe('every registered rule, on every pathological draft', () => {
  // Iterates over the registry, so rules added later are covered too.
  for (const rule of builtinRules) {
    it(`${rule.id}: never hangs or throws, ranges inside the text`, () => {
      const problems: string[] = [];
      for (const [name, id] of hungIn) if (id === rule.id) problems.push(`${name}: hung (killed)`);
      for (const [name, r] of reports) {
        if (r.errors[rule.id]) problems.push(`${name}: threw ${r.errors[rule.id]}`);
        const bad = r.bad.filter((b) => b.startsWith(`${rule.id} `));
        if (bad.length) problems.push(`${name}: ${bad.join('; ')}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
