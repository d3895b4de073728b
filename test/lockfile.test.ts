// package-lock.json matches package.json: `npm install` on a fresh clone must not rewrite it (a stale bin
// entry once left every clone dirty). Checked by `npm install --package-lock-only` in a temporary copy,
// offline (npm needs only the lockfile and its cache for this; no script runs).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs `npm install --package-lock-only` on a copy of package.json and the given lockfile text; returns the lockfile after. */
function relock(lock: string): { status: number | null; lock: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'commslint-lock-'));
  try {
    copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
    writeFileSync(join(dir, 'package-lock.json'), lock);
    const r = spawnSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' }, timeout: 120_000 });
    return { status: r.status, lock: readFileSync(join(dir, 'package-lock.json'), 'utf8'), stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('package-lock.json', () => {
  const lock = readFileSync(join(root, 'package-lock.json'), 'utf8');

  it('npm install --package-lock-only changes nothing', () => {
    const r = relock(lock);
    expect(r.status, r.stderr).toBe(0);
    expect(r.lock).toBe(lock);
  });

  it('records the bin and engines of package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: unknown; engines: unknown };
    const own = (JSON.parse(lock) as { packages: Record<string, { bin?: unknown; engines?: unknown }> }).packages['']!;
    expect(own.bin).toEqual(pkg.bin);
    expect(own.engines).toEqual(pkg.engines);
  });

  it('a stale bin entry is rewritten, so the check above can fail', () => {
    const stale = lock.replace('"commslint": "dist/bin/commslint.js"', '"commslint": "dist/src/cli.js"');
    expect(stale).not.toBe(lock);
    const r = relock(stale);
    expect(r.status, r.stderr).toBe(0);
    expect(r.lock).toBe(lock);
  });
});
