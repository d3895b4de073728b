// CLI tests: spawn the built bin (npm test builds first) and check exit codes, stdin, JSON shape, masking.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CATEGORIES } from '../src/types.js';

const bin = resolve(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
// The repository's copy of the shared labelled set (test/acceptance-shared/README.md).
const acceptance = resolve(import.meta.dirname, 'acceptance-shared');

function run(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd, input: opts.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  expect(existsSync(bin), 'build first: npm run build').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'commslint-cli-'));
  mkdirSync(join(dir, 'drafts'));
  writeFileSync(join(dir, 'drafts', 'clean.md'), '---\nplatform: x\n---\n\nYour bin collection day is changing from Monday 3 March. Check your new day at example.gov.uk/bins\n');
  writeFileSync(join(dir, 'drafts', 'bad.md'), '---\nplatform: x\n---\n\nThe consultation closes on [insert date].\n');
  writeFileSync(join(dir, 'commslint.config.json'), JSON.stringify({ locale: 'en-GB' }));
});

describe('commslint CLI', () => {
  it('prints its version and help', () => {
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--max-warnings');
  });

  it('exits 0 on a clean draft and 1 on a draft with an error', () => {
    expect(run(['drafts/clean.md'], { cwd: dir }).code).toBe(0);
    const bad = run(['drafts/bad.md'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('language/placeholder');
    expect(bad.stdout).toMatch(/5:28\s+error/);
  });

  it('lints the current directory when given no paths', () => {
    const r = run(['--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { results: Array<{ path: string }> };
    expect(doc.results.map((x) => x.path)).toEqual(['drafts/bad.md', 'drafts/clean.md']);
  });

  it('exits 2 on an invalid config, naming the key', () => {
    const cfg = join(dir, 'bad-config.json');
    writeFileSync(cfg, JSON.stringify({ organisation: { name: 'X', domain: ['x.gov.uk'] } }));
    const r = run(['--config', cfg, 'drafts/clean.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('organisation.domain');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a usage error', () => {
    const r = run(['--format', 'xml', 'drafts'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format');
    expect(run(['--bogus'], { cwd: dir }).code).toBe(2);
    expect(run(['nothing-here/*.md'], { cwd: dir }).code).toBe(2);
  });

  it('lints standard input', () => {
    const r = run(['--stdin', '--stdin-filename', 'drafts/post.md', '--format', 'json'], { cwd: dir, input: 'Doors open at XX:XX.\n' });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { results: Array<{ path: string; findings: Array<{ ruleId: string }> }> };
    expect(doc.results[0]!.path).toBe('drafts/post.md');
    expect(doc.results[0]!.findings.map((f) => f.ruleId)).toContain('language/placeholder');
  });

  it('reports a file with bad frontmatter with exit 2 and still lints the others', () => {
    const d = mkdtempSync(join(tmpdir(), 'commslint-fm-'));
    writeFileSync(join(d, 'a.md'), '---\nai:\n  used: perhaps\n---\nHello\n');
    writeFileSync(join(d, 'b.md'), 'Venue TBC.\n');
    const r = run(['--format', 'json', '.'], { cwd: d });
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as { results: Array<{ path: string; error?: string; findings: unknown[] }> };
    expect(doc.results[0]).toMatchObject({ path: 'a.md', findings: [] });
    expect(doc.results[0]!.error).toMatch(/ai\.used/);
    expect(doc.results[1]!.findings.length).toBeGreaterThan(0);
    expect(r.stderr).toContain('a.md');
  });

  it('honours --max-warnings and --quiet', () => {
    const d = mkdtempSync(join(tmpdir(), 'commslint-mw-'));
    writeFileSync(join(d, 'commslint.config.json'), JSON.stringify({ extends: [], rules: { 'language/placeholder': 'warning' } }));
    writeFileSync(join(d, 'a.md'), 'Venue TBC.\n');
    expect(run(['a.md'], { cwd: d }).code).toBe(0);
    expect(run(['--max-warnings', '0', 'a.md'], { cwd: d }).code).toBe(1);
    const q = run(['--quiet', '--format', 'json', 'a.md'], { cwd: d });
    expect((JSON.parse(q.stdout) as { warningCount: number }).warningCount).toBe(0);
  });

  it('fixes files with --fix and shows a diff with --fix-dry-run', () => {
    const d = mkdtempSync(join(tmpdir(), 'commslint-fix-'));
    writeFileSync(join(d, 'commslint.config.json'), JSON.stringify({ extends: [], terms: { deny: [] }, rules: {} }));
    writeFileSync(join(d, 'a.md'), 'Hello.\n');
    expect(run(['--fix-dry-run', 'a.md'], { cwd: d }).code).toBe(0);
    expect(run(['--fix', 'a.md'], { cwd: d }).code).toBe(0);
    expect(readFileSync(join(d, 'a.md'), 'utf8')).toBe('Hello.\n');
  });

  it('follows DESIGN.md on the acceptance drafts: JSON v1, complete findings, masked personal data', () => {
    const r = run(['--format', 'json', '--config', join(acceptance, 'commslint.config.json'), join(acceptance, 'drafts')]);
    expect([0, 1]).toContain(r.code);
    const doc = JSON.parse(r.stdout) as {
      version: number;
      results: Array<{ path: string; findings: Array<Record<string, unknown>>; errorCount: number; warningCount: number; infoCount: number }>;
      errorCount: number;
    };
    expect(doc.version).toBe(1);
    const seen = new Set<string>();
    for (const res of doc.results) {
      expect(typeof res.path).toBe('string');
      for (const f of res.findings) {
        for (const k of ['ruleId', 'category', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset', 'citations']) expect(f, k).toHaveProperty(k);
        expect(CATEGORIES).toContain(f.category);
        expect(String(f.ruleId).startsWith(`${String(f.category)}/`)).toBe(true);
        const citations = f.citations as Array<{ title: string }>;
        expect(citations.length).toBeGreaterThan(0);
        expect(citations[0]!.title.length).toBeGreaterThan(0);
        seen.add(String(f.category));
      }
    }
    // Raw personal data from the acceptance drafts never appears in any output.
    for (const raw of ['07911 123456', 'sarah.jenkins82@gmail.com', 'JG 10 37 26 A', '462 625 0890', '4039 1693 8036 4091', '536-22-1940', 'AKIA4HJKL2MNOP7QRSTU']) {
      expect(r.stdout).not.toContain(raw);
    }
    const stylish = run(['--config', join(acceptance, 'commslint.config.json'), join(acceptance, 'drafts')]);
    for (const raw of ['07911 123456', 'sarah.jenkins82@gmail.com', 'AKIA4HJKL2MNOP7QRSTU']) expect(stylish.stdout).not.toContain(raw);
    expect([...seen].sort()).toEqual([...CATEGORIES].sort());
  });
});
