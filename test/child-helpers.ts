// A killable child process for tests where time is the point: the built library (`npm test` builds
// first) runs the script in a fresh Node; if it has not finished within the (generous) bound it is killed
// and the test fails on `killed`, not on a wall-clock assertion a busy machine can miss by a little.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../dist/src/index.js', import.meta.url));
export const CLI = fileURLToPath(new URL('../dist/src/cli.js', import.meta.url));

export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the child ran past the bound and was killed. */
  killed: boolean;
}

/**
 * Runs `script` (an ES module body; `DIST` is the built library's path) in a child killed after `boundMs`,
 * or after `stallMs` without output (a child that reports each step gets that long per step).
 */
export function runChild(script: string, boundMs: number, options: { args?: string[]; cwd?: string; stallMs?: number } = {}): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', `const DIST = ${JSON.stringify(DIST)};\n${script}`, ...(options.args ?? [])], {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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

/** Runs the built CLI with `args` in `cwd`, killed after `boundMs`. */
export function runCli(args: string[], cwd: string, boundMs: number): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, boundMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, killed });
    });
  });
}
