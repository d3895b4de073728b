// `--fix` never loses text (issue 10): temp file + rename, permissions kept, no write when the file changed
// since it was read, and a failure or crash mid-run leaves every file either old or new.
//
// Fixes come from unused-directive removal (`--report-unused-directives`), which does not depend on any
// rule's detection, so these tests stay valid whatever rules are registered.
import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Lets a test make `renameSync` fail inside src/node.ts (which imports it by name).
const hooks = vi.hoisted(() => ({ failRename: undefined as undefined | ((to: string) => boolean) }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    renameSync(from: fs.PathLike, to: fs.PathLike): void {
      if (hooks.failRename?.(String(to))) throw Object.assign(new Error(`EXDEV: simulated rename failure, rename '${String(from)}' -> '${String(to)}'`), { code: 'EXDEV' });
      real.renameSync(from, to);
    },
  };
});

const { lintFiles, writeFixes, writeFileAtomic } = await import('../src/node.js');

const CLI = fileURLToPath(new URL('../dist/src/cli.js', import.meta.url));
const UNUSED = '<!-- commslint-disable-next-line tone/profanity -- not needed -->\n';
const draft = (n: number): string => `Bins are collected on Tuesday (route ${n}).\n\n${UNUSED}The depot opens at 9am.\n`;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(join(tmpdir(), 'commslint-fix-'));
  hooks.failRename = undefined;
});
afterEach(() => {
  hooks.failRename = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const temps = (): string[] => fs.readdirSync(dir).filter((n) => n.includes('.commslint-'));
const write = (name: string, text: string | Buffer, mode = 0o644): string => {
  const f = join(dir, name);
  fs.writeFileSync(f, text);
  fs.chmodSync(f, mode);
  return f;
};

describe('writeFixes / writeFileAtomic', () => {
  it('fixes through lintFiles, keeps the permissions, leaves no temp file', async () => {
    const a = write('a.md', draft(1), 0o640);
    const b = write('b.md', draft(2), 0o600);
    const results = await lintFiles(['.'], { cwd: dir, fix: true, reportUnusedDirectives: true });
    expect(results.filter((r) => r.output !== undefined)).toHaveLength(2);
    expect(writeFixes(results, dir).sort()).toEqual(['a.md', 'b.md']);
    for (const [f, n, mode] of [[a, 1, 0o640], [b, 2, 0o600]] as const) {
      const text = fs.readFileSync(f, 'utf8');
      expect(text).not.toContain('commslint-disable');
      expect(text).toContain(`route ${n}`);
      expect(text).toContain('The depot opens at 9am.');
      expect(fs.statSync(f).mode & 0o777).toBe(mode);
    }
    expect(temps()).toEqual([]);
  });

  it('keeps a BOM and CRLF line endings byte for byte outside the fix', async () => {
    const original = `\uFEFFLine one.\r\n\r\n${UNUSED.replace('\n', '\r\n')}Line two.\r\n`;
    const f = write('crlf.md', original);
    const results = await lintFiles(['crlf.md'], { cwd: dir, fix: true, reportUnusedDirectives: true });
    writeFixes(results, dir);
    const after = fs.readFileSync(f);
    expect(after.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    // Only the directive comment goes; the BOM, every CRLF and the rest of the text stay as they were.
    // (The fix removes the comment, or its whole line with that line's own CRLF.)
    expect([original.replace(UNUSED.trimEnd(), ''), original.replace(UNUSED.replace('\n', '\r\n'), '')]).toContain(after.toString('utf8'));
  });

  it('does not write a file that changed since it was read, and still writes the others', async () => {
    const a = write('a.md', draft(1));
    const b = write('b.md', draft(2));
    const results = await lintFiles(['.'], { cwd: dir, fix: true, reportUnusedDirectives: true });
    const edited = `${draft(1)}An edit saved meanwhile.\n`;
    fs.writeFileSync(a, edited);
    expect(() => writeFixes(results, dir)).toThrow(/a\.md changed since it was read/);
    expect(fs.readFileSync(a, 'utf8')).toBe(edited);
    expect(fs.readFileSync(b, 'utf8')).not.toContain('commslint-disable');
    expect(temps()).toEqual([]);
  });

  it('a failed rename leaves the file byte-identical, removes the temp file, and the other files are written', async () => {
    const a = write('a.md', draft(1));
    const b = write('b.md', draft(2));
    const before = fs.readFileSync(a);
    const results = await lintFiles(['.'], { cwd: dir, fix: true, reportUnusedDirectives: true });
    hooks.failRename = (to) => to.endsWith('a.md');
    expect(() => writeFixes(results, dir)).toThrow(/a\.md: cannot write fixes: EXDEV/);
    expect(fs.readFileSync(a).equals(before)).toBe(true);
    expect(fs.readFileSync(b, 'utf8')).not.toContain('commslint-disable');
    expect(temps()).toEqual([]);
  });

  it('writes through a symlink to its target, keeping the link', async () => {
    const target = write('real.md', draft(1));
    fs.symlinkSync(target, join(dir, 'link.md'));
    writeFileAtomic(join(dir, 'link.md'), 'fixed\n', draft(1));
    expect(fs.lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('fixed\n');
  });

  it('refuses a read-only draft (as an in-place write would) unless running as root', () => {
    const f = write('ro.md', draft(1), 0o444);
    const root = process.getuid?.() === 0;
    if (root) {
      writeFileAtomic(f, 'fixed\n', draft(1));
      expect(fs.statSync(f).mode & 0o777).toBe(0o444);
    } else {
      expect(() => writeFileAtomic(f, 'fixed\n', draft(1))).toThrow(/EACCES|EPERM/);
      expect(fs.readFileSync(f, 'utf8')).toBe(draft(1));
    }
    expect(temps()).toEqual([]);
  });
});

describe('the CLI under --fix', () => {
  const cli = (args: string[], preload?: string) =>
    spawnSync(process.execPath, [...(preload ? ['--import', preload] : []), CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });

  it('fixes files, still reports them, and keeps their modes', () => {
    const a = write('a.md', draft(1), 0o640);
    const r = cli(['--fix', '--report-unused-directives', 'a.md']);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect([0, 1]).toContain(r.status);
    expect(fs.readFileSync(a, 'utf8')).not.toContain('commslint-disable');
    expect(fs.statSync(a).mode & 0o777).toBe(0o640);
    expect(temps()).toEqual([]);
  });

  it('a rename failure: exit 2 naming the file, the report still printed, every file old or new', () => {
    const files = [1, 2, 3].map((n) => ({ name: `d${n}.md`, old: draft(n) }));
    for (const f of files) write(f.name, f.old);
    const preload = join(dir, 'fail-rename.mjs');
    fs.writeFileSync(preload, `import fs from 'node:fs'; import { syncBuiltinESMExports } from 'node:module';
const real = fs.renameSync;
fs.renameSync = (from, to) => { if (String(to).endsWith('d2.md')) { const e = new Error('EIO: simulated'); e.code = 'EIO'; throw e; } return real(from, to); };
syncBuiltinESMExports();\n`);
    const r = cli(['--fix', '--report-unused-directives', '--format', 'json', '.'], preload);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('d2.md');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(JSON.parse(r.stdout).results).toHaveLength(3);
    const texts = files.map((f) => fs.readFileSync(join(dir, f.name), 'utf8'));
    expect(texts[1]).toBe(files[1]!.old);
    expect(texts[0]).not.toContain('commslint-disable');
    expect(texts[2]).not.toContain('commslint-disable');
    expect(temps()).toEqual([]);
  });

  it('a crash (SIGKILL) mid-run leaves every file either old or new; a leftover temp file is inert', () => {
    const files = [1, 2, 3].map((n) => ({ name: `d${n}.md`, old: draft(n) }));
    for (const f of files) write(f.name, f.old);
    const preload = join(dir, 'crash.mjs');
    // Killed just before the second rename: the first file is new, the rest old, one temp file written.
    fs.writeFileSync(preload, `import fs from 'node:fs'; import { syncBuiltinESMExports } from 'node:module';
const real = fs.renameSync; let n = 0;
fs.renameSync = (from, to) => { if (String(from).includes('.commslint-') && ++n === 2) process.kill(process.pid, 'SIGKILL'); return real(from, to); };
syncBuiltinESMExports();\n`);
    const r = cli(['--fix', '--report-unused-directives', '.'], preload);
    expect(r.signal).toBe('SIGKILL');
    let changed = 0;
    for (const f of files) {
      const now = fs.readFileSync(join(dir, f.name), 'utf8');
      const fixed = !now.includes('commslint-disable');
      if (fixed) changed++;
      // Either exactly the old bytes or the complete new text (nothing lost, nothing half-written).
      if (!fixed) expect(now).toBe(f.old);
      else expect([f.old.replace(UNUSED.trimEnd(), ''), f.old.replace(UNUSED, '')]).toContain(now);
    }
    expect(changed).toBe(1);
    // The temp file of the interrupted write: a complete copy of the new text, a dot-file with a `.tmp`
    // extension, so it is never linted or mistaken for a draft; deleting it is always safe.
    const left = temps();
    expect(left.length).toBeLessThanOrEqual(1);
    for (const t of left) {
      expect(t).toMatch(/^\.d\d\.md\.commslint-\d+-\d+\.tmp$/);
      expect(fs.readFileSync(join(dir, t), 'utf8')).not.toContain('commslint-disable');
    }
    const again = cli(['--format', 'json', '.']);
    expect(JSON.parse(again.stdout).results.map((x: { path: string }) => x.path).sort()).toEqual(['d1.md', 'd2.md', 'd3.md']);
  });
});
