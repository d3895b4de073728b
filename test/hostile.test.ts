// Pathological drafts (issue 10): every draft finishes in under 5 s through every registered rule, a 5 MB
// draft in under 20 s. The timing bounds are generous guards against hangs, not benchmarks.
//
// A catastrophic regex blocks the thread, so no in-process timeout could stop it: the drafts are linted in
// a child process (the built library, `npm test` builds first) that is killed if it hangs. The child
// times each rule separately, so a failure names the slow or throwing rule.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../src/index.js';

const DIST = fileURLToPath(new URL('../dist/src/index.js', import.meta.url));
const LAZY = fileURLToPath(new URL('../dist/src/engine/lazy.js', import.meta.url));
const DRAFT_LIMIT_MS = 5_000;
const BIG_LIMIT_MS = 20_000;

// Generated in the child (a 5 MB draft does not travel through argv). Each is a function body returning text.
const DRAFTS: Record<string, string> = {
  'a 200,000-character word': `return 'a'.repeat(200000)`,
  'a 200,000-character mixed word': `return 'Supercalifragilistic1x_'.repeat(8700).slice(0, 200000)`,
  '200,000 digits': `return '4'.repeat(200000)`,
  '20,000 digit groups': `return '1234 '.repeat(20000)`,
  '20,000 phone-like groups': `return '07911 123456, '.repeat(20000)`,
  '5,000 nested quotes': `return '> '.repeat(5000) + 'Quoted text with a name, John Smith, 07911 123456.'`,
  '50,000 brackets': `return '['.repeat(50000)`,
  '50,000 mixed brackets': `return '[('.repeat(12500) + '])'.repeat(12500) + '[x]('.repeat(12500)`,
  '50,000 emoji': `return '😀'.repeat(25000) + '👩‍👩‍👧🇬🇧'.repeat(6250)`,
  '20,000 hashtags': `return Array.from({ length: 20000 }, (_, i) => i % 2 ? '#bincollectionday' : '#Hashtag' + i).join(' ')`,
  '50,000 "a@"': `return 'a@'.repeat(50000)`,
  '50,000 "a@b."': `return 'a@b.'.repeat(50000)`,
  '50,000 mentions': `return '@a '.repeat(50000)`,
  // micromark's emphasis resolution is quadratic in unmatched markers (50,000 take minutes): 10,000 here.
  '10,000 emphasis markers': `return '*_'.repeat(5000)`,
  '50,000 angle brackets': `return '<'.repeat(50000)`,
  '50,000 backticks': `return '\`'.repeat(50000)`,
  'a 100,000-character URL': `return 'https://www.example.gov.uk/' + 'a/'.repeat(50000)`,
  '50,000 dots and spaces': `return '. '.repeat(50000)`,
  '100,000 exclamation marks': `return '!'.repeat(100000)`,
  '40,000 capitalised words': `return 'URGENT NOTICE '.repeat(20000)`,
  '100,000 line breaks': `return 'a\\r\\n'.repeat(50000)`,
  'a 20,000-word sentence': `return 'the council will consider the report and '.repeat(2500)`,
  // A health word makes rules look for names: compromise must not read 110 KB of names in one go.
  '8,000 names after a health word': `return 'Mary Jones has cancer and ' + 'Tom Brown and '.repeat(8000)`,
  // Each phrase asks for names around it (compromise): the work must stay bounded.
  '20,000 named information requests': `return 'FOI request by '.repeat(20000) + 'Jane Smith. ' + 'Jane Smith made an FOI request. '.repeat(5000)`,
  '10,000 thread breaks': `return '---\\nthread: true\\nplatform: x\\n---\\n' + 'Post text TBC\\n\\n---\\n\\n'.repeat(10000)`,
  '4,000 table cells': `return '| a | b |\\n|---|---|\\n' + '| 07911 123456 | x@y.com |\\n'.repeat(2000)`,
  '5,000 links': `return '[click here](https://example.com) '.repeat(5000)`,
  '50,000 HTML comments': `return '<!-- commslint-disable -->'.repeat(25000) + '<!--'.repeat(25000)`,
  '50,000 unpaired surrogates': `return '\\uD800a\\uDC00'.repeat(25000)`,
  'frontmatter with 5,000 keys': `return '---\\n' + Array.from({ length: 5000 }, (_, i) => 'k' + i + ': v').join('\\n') + '\\n---\\nBody'`,
  'deep YAML nesting': `return '---\\nai: ' + '['.repeat(5000) + '\\n---\\nBody'`,
};

const BIG = `
  const paragraph = [
    '## Bin collections this week',
    'Residents of Riverside: collections move to Tuesday. Contact john.smith@gmail.com or 07911 123456 with questions, or visit https://www.riverside.gov.uk/bins?ref=post.',
    'The council will consider the report and publish its decision [insert date]. CLOSED TODAY!!! #BinCollectionDay #riversidecouncil @RiversideCouncil',
    '> "Thanks to everyone who came along," said Cllr Jones. Vote Labour at the by-election.',
    '- Item one with **bold** and _emphasis_ and \`code\`\\n- Item two 😀🇬🇧\\n',
    '| Ward | Day |\\n|---|---|\\n| North | Monday |\\n',
  ].join('\\n\\n') + '\\n\\n';
  return '---\\nplatform: x\\n---\\n' + paragraph.repeat(Math.ceil(5e6 / paragraph.length)).slice(0, 5e6);
`;

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
  // A hang is cut off well past the bound so a slow machine still reports a time instead of a kill.
  await runDrafts(DRAFTS, DRAFT_LIMIT_MS * 4);
  await runDrafts({ 'a 5 MB draft': BIG }, BIG_LIMIT_MS * 2);
}, 900_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function slowest(r: DraftReport): string {
  return Object.entries(r.rules)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([id, ms]) => `${id} ${Math.round(ms)} ms`)
    .join(', ');
}

describe('pathological drafts finish in bounded time through every rule', () => {
  for (const name of Object.keys(DRAFTS)) {
    it(`${name}: under ${DRAFT_LIMIT_MS / 1000} s, no rule throws, ranges inside the text`, () => {
      expect(hung, `the linter hung on ${name} in ${hungIn.get(name)}`).not.toContain(name);
      const r = reports.get(name);
      expect(r, `no report for ${name}`).toBeDefined();
      expect(r!.ms, `${name} took ${Math.round(r!.ms)} ms; slowest rules: ${slowest(r!)}`).toBeLessThan(DRAFT_LIMIT_MS);
      expect(r!.errors, `rules threw on ${name}`).toEqual({});
      expect(r!.error ?? '', `result error on ${name}`).not.toMatch(/internal error/);
      expect(r!.bad).toEqual([]);
    });
  }

  it(`a 5 MB draft: under ${BIG_LIMIT_MS / 1000} s, no rule throws`, () => {
    expect(hung, `the linter hung on the 5 MB draft in ${hungIn.get('a 5 MB draft')}`).not.toContain('a 5 MB draft');
    const r = reports.get('a 5 MB draft');
    expect(r).toBeDefined();
    expect(r!.length).toBeGreaterThanOrEqual(5e6);
    expect(r!.ms, `5 MB draft took ${Math.round(r!.ms)} ms; slowest rules: ${slowest(r!)}`).toBeLessThan(BIG_LIMIT_MS);
    expect(r!.errors).toEqual({});
    expect(r!.error ?? '').not.toMatch(/internal error/);
    expect(r!.bad).toEqual([]);
  });
});

describe('every registered rule, on every pathological draft', () => {
  // Iterates over the registry, so rules added later are covered too.
  for (const rule of builtinRules) {
    it(`${rule.id}: never throws, under ${DRAFT_LIMIT_MS / 1000} s per draft`, () => {
      const problems: string[] = [];
      for (const [name, id] of hungIn) if (id === rule.id) problems.push(`${name}: hung (killed)`);
      for (const [name, r] of reports) {
        if (r.errors[rule.id]) problems.push(`${name}: threw ${r.errors[rule.id]}`);
        const limit = name === 'a 5 MB draft' ? BIG_LIMIT_MS : DRAFT_LIMIT_MS;
        if ((r.rules[rule.id] ?? 0) > limit) problems.push(`${name}: ${Math.round(r.rules[rule.id]!)} ms`);
        const bad = r.bad.filter((b) => b.startsWith(`${rule.id} `));
        if (bad.length) problems.push(`${name}: ${bad.join('; ')}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
