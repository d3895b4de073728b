// Files that are not regular files (issue 21, item 13): `commslint /dev/zero ok.md` read forever. A
// device, FIFO or socket named on the command line is refused by its type (fstat of the opened
// descriptor, opened non-blocking), exit 2 naming it, and the other files are still linted. Run in a
// killable child: a hang is a failure at the bound, not a stuck suite.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const bin = resolve(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
let dir: string;

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, '--format', 'json', ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  expect(existsSync(bin), 'build first: npm run build').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'commslint-special-'));
  writeFileSync(join(dir, 'ok.md'), 'Call Jane on 07911 123456.\n');
  writeFileSync(join(dir, 'commslint.config.json'), '{}');
  execFileSync('mkfifo', [join(dir, 'pipe.md')]);
});

function check(target: string, kind: RegExp) {
  const r = run([target, 'ok.md']);
  expect(r.signal, 'killed at the bound: the special file was read').toBeNull();
  expect(r.code).toBe(2);
  const json = JSON.parse(r.stdout) as { results: Array<{ path: string; error?: string; findings: Array<{ ruleId: string }> }> };
  const bad = json.results.find((x) => x.path.endsWith(target.replace(/^.*\//, '')))!;
  expect(bad.error).toMatch(kind);
  expect(bad.error).toMatch(/not a regular file/);
  expect(r.stderr).toContain(target.replace(/^.*\//, ''));
  const ok = json.results.find((x) => x.path === 'ok.md')!;
  expect(ok.findings.map((f) => f.ruleId)).toContain('personal-data/phone-number');
}

describe('special files named on the command line', () => {
  it('/dev/zero (a character device) is refused, ok.md still linted', () => check('/dev/zero', /character device/));
  it('/dev/null is refused too (empty, but not a draft file)', () => check('/dev/null', /character device/));
  it('a FIFO with no writer is refused without blocking', () => check('pipe.md', /FIFO/));
  it('--config naming a device is a config error, exit 2', () => {
    const r = run(['--config', '/dev/zero', 'ok.md']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/dev\/zero.*character device/);
  });
  it('a directory walk skips a FIFO (only regular files are collected)', () => {
    const r = run(['.']);
    expect(r.signal).toBeNull();
    const json = JSON.parse(r.stdout) as { results: Array<{ path: string }> };
    expect(json.results.map((x) => x.path)).not.toContain('pipe.md');
  });
});
