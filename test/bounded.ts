// Bounded time without wall-clock limits: the code runs in a child process (the built modules in dist/,
// `npm test` builds first) that is killed after a generous bound. A hang or a blow-up (catastrophic
// backtracking, quadratic work on 100,000 characters) is caught; a slow or busy machine is not a failure.
// Speed targets live in `npm run bench`, measured as ratios.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect } from 'vitest';

/** Generous: catches a hang, not a loaded 2-core machine. */
export const HANG_MS = 60_000;

const root = fileURLToPath(new URL('..', import.meta.url));

/** A quoted file URL of the built module for a source path: `dist('src/text/words.ts')` → `"file:///…/dist/src/text/words.js"`. */
export function dist(source: string): string {
  const file = `${root}dist/${source.replace(/\.ts$/, '.js')}`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" (npm test builds first)`);
  return JSON.stringify(pathToFileURL(file).href);
}

export interface BoundedRun {
  status: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

/** Runs an ES module script (written to a temporary file: argv is too small for big inputs) in a child process, killed (SIGKILL) after `limitMs`. */
export function runBounded(script: string, limitMs = HANG_MS): BoundedRun {
  const dir = mkdtempSync(join(tmpdir(), 'commslint-bounded-'));
  try {
    const file = join(dir, 'child.mjs');
    writeFileSync(file, script);
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: limitMs, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 });
    const code = (r.error as NodeJS.ErrnoException | undefined)?.code;
    if (r.error && code !== 'ETIMEDOUT') throw r.error;
    return { status: r.status, timedOut: code === 'ETIMEDOUT' || r.signal === 'SIGKILL', stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Asserts the script finishes within the bound without throwing; returns its stdout (for results to check). */
export function expectFinishes(script: string, limitMs = HANG_MS): string {
  const r = runBounded(script, limitMs);
  expect(r.timedOut, `did not finish within ${limitMs / 1000} s (killed)`).toBe(false);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}
