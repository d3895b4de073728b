// Bounded time without wall-clock limits: the code runs in a child process (the built modules in dist/,
// `npm test` builds first) that is killed after a generous bound. A hang or a blow-up (catastrophic
// backtracking, quadratic work on 100,000 characters) is caught, and the test fails on the kill; a slow or
// busy machine is not a failure. Speed targets live in `npm run bench`, measured as ratios.
// `runBounded`/`expectFinishes` run a script synchronously; `runChild`/`runCli` asynchronously (a stall
// bound per step for a child that reports its steps; the CLI with its real argv).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect } from 'vitest';

/** Generous: catches a hang, not a loaded 2-core machine. */
export const HANG_MS = 60_000;

const root = fileURLToPath(new URL('..', import.meta.url));
/** The built library and CLI. */
export const DIST = join(root, 'dist/src/index.js');
export const CLI = join(root, 'dist/src/cli.js');

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

export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the child ran past the bound and was killed. */
  killed: boolean;
}

/** Spawns Node with `argv`, killed after `boundMs`, or after `stallMs` without output on stdout. */
function spawnBounded(argv: string[], boundMs: number, options: { cwd?: string; stallMs?: number; env?: NodeJS.ProcessEnv }): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const kill = (): void => {
      killed = true;
      child.kill('SIGKILL');
    };
    let stall = options.stallMs ? setTimeout(kill, options.stallMs) : undefined;
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stall) {
        clearTimeout(stall);
        stall = setTimeout(kill, options.stallMs);
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(kill, boundMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (stall) clearTimeout(stall);
      resolve({ code, stdout, stderr, killed });
    });
  });
}

/**
 * Runs `script` (an ES module body; `DIST` is the built library's path) in a child killed after `boundMs`,
 * or after `stallMs` without output (a child that reports each step gets that long per step).
 */
export function runChild(script: string, boundMs: number, options: { args?: string[]; cwd?: string; stallMs?: number } = {}): Promise<ChildRun> {
  return spawnBounded(['--input-type=module', '-e', `const DIST = ${JSON.stringify(DIST)};\n${script}`, ...(options.args ?? [])], boundMs, options);
}

/** Runs the built CLI with `args` in `cwd`, killed after `boundMs`. */
export function runCli(args: string[], cwd: string, boundMs: number): Promise<ChildRun> {
  return spawnBounded([CLI, ...args], boundMs, { cwd, env: { ...process.env, NO_COLOR: '1' } });
}
