// Writing fixes (issue 21, item 15): setuid/setgid bits survive (chown before chmod: chown clears
// them), a file with several hard links is refused rather than cut off from its other names by the
// rename, and a file whose fixes could not be written is reported with its findings before the fixes.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, statSync, chmodSync, chownSync, linkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const bin = resolve(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
const isRoot = process.getuid?.() === 0;
let dir: string;
const DRAFT = 'Please read the the notice.\n';
const FIXED = 'Please read the notice.\n';

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  expect(existsSync(bin), 'build first: npm run build').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'commslint-fixwrite-'));
  writeFileSync(join(dir, 'commslint.config.json'), '{}');
});

describe('--fix keeps file metadata', () => {
  it('keeps setuid and setgid bits and the owner when run as root on another user\u2019s file', { skip: !isRoot }, () => {
    const f = join(dir, 'suid.md');
    writeFileSync(f, DRAFT);
    chownSync(f, 1234, 1234);
    chmodSync(f, 0o6755);
    expect(run(['--fix', 'suid.md']).code).toBe(0);
    expect(readFileSync(f, 'utf8')).toBe(FIXED);
    const st = statSync(f);
    expect(st.mode & 0o7777).toBe(0o6755);
    expect([st.uid, st.gid]).toEqual([1234, 1234]);
  });

  it('keeps an ordinary mode (near miss: no special bits)', () => {
    const f = join(dir, 'plain.md');
    writeFileSync(f, DRAFT);
    chmodSync(f, 0o640);
    expect(run(['--fix', 'plain.md']).code).toBe(0);
    expect(statSync(f).mode & 0o7777).toBe(0o640);
  });
});

describe('--fix on a hard-linked file', () => {
  it('is refused: exit 2, the file and its links unchanged, the pre-fix findings reported', () => {
    const f = join(dir, 'linked.md');
    writeFileSync(f, DRAFT);
    linkSync(f, join(dir, 'other-name.md.bak'));
    const other = join(dir, 'single.md');
    writeFileSync(other, DRAFT);
    const r = run(['--fix', '--format', 'json', 'linked.md', 'single.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/linked\.md has 2 hard links; not writing fixes/);
    expect(readFileSync(f, 'utf8')).toBe(DRAFT);
    expect(readFileSync(join(dir, 'other-name.md.bak'), 'utf8')).toBe(DRAFT);
    expect(statSync(f).nlink).toBe(2);
    // The other file is still fixed.
    expect(readFileSync(other, 'utf8')).toBe(FIXED);
    const json = JSON.parse(r.stdout) as { results: Array<{ path: string; findings: Array<{ ruleId: string; offset: number }> }> };
    const linked = json.results.find((x) => x.path === 'linked.md')!;
    // What is on disk: the repeated word is still there, so it is still reported.
    expect(linked.findings.map((x) => [x.ruleId, x.offset])).toEqual([['language/repeated-words', 12]]);
    const single = json.results.find((x) => x.path === 'single.md')!;
    expect(single.findings).toEqual([]);
  });

  it('--fix-dry-run on a hard-linked file still shows the diff (nothing is written)', () => {
    const r = run(['--fix-dry-run', 'linked.md']);
    expect(r.stdout).toContain('+Please read the notice.');
  });
});
