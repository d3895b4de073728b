// Packaging and embedding: what `npm pack` ships, publint and arethetypeswrong on the tarball, and the
// browser-safety of the main entry (an esbuild browser bundle that fails on any `node:` import).
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Plugin } from 'esbuild';
import { VERSION } from '../src/report/version.js';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const built = existsSync(join(root, 'dist/src/index.js'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let tmp: string;
let tarball: string;
let files: string[] = [];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'commslint-pack-'));
  if (!built) return;
  const r = spawnSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp, '--loglevel=error'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
  const [info] = JSON.parse(r.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(tmp, info!.filename);
  files = info!.files.map((f) => f.path);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!built)('npm pack', () => {
  it('ships the compiled library, rules, CLI, types, README and LICENSE, and nothing else', () => {
    for (const f of ['package.json', 'README.md', 'LICENSE', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/node.js', 'dist/src/node.d.ts', 'dist/src/cli.js', 'dist/bin/commslint.js', 'dist/bin/commslint.cjs', 'dist/bin/commslint-mcp.cjs', 'dist/bin/commslint-lsp.cjs', 'dist/bin/servers-load.cjs', 'dist/rules/index.js']) expect(files, f).toContain(f);
    expect(files.some((f) => f.startsWith('dist/rules/personal-data/'))).toBe(true);
    // The servers (`commslint mcp`, `commslint lsp`) are bundles of their own, loaded by servers-load.cjs;
    // heavy modules some drafts need are parts (part-*.cjs), loaded on first use through cache-load.cjs.
    // The bin's code cache ships when the build's Node wrote one (see scripts/bundle-cli.mjs).
    const stray = files.filter((f) => !/^(package\.json|README\.md|LICENSE|dist\/(src|rules|bin)\/.+\.(js|d\.ts)|dist\/src\/text\/(semantic|data)\/.+\.json|dist\/rules\/[a-z-]+\/[a-z-]+\.json|dist\/src\/lang\/[a-z]{2,3}\/.+\.json|dist\/bin\/((commslint(-mcp|-lsp|-audit|-audit-worker)?|part-[a-z-]+)\.cjs(\.cache)?|import-module\.cjs|servers-load\.cjs|cache-load\.cjs|semantic-weights\.json))$/.test(f));
    expect(stray).toEqual([]);
  });

  it('declares typed exports for . and ./node, and a bin with a shebang', () => {
    expect(pkg.exports['.']).toEqual({ types: './dist/src/index.d.ts', default: './dist/src/index.js' });
    expect(pkg.exports['./node']).toEqual({ types: './dist/src/node.d.ts', default: './dist/src/node.js' });
    // The bin is the CLI bundled by scripts/bundle-cli.mjs (faster start-up); dist/src/cli.js is the same code unbundled.
    expect(pkg.bin.commslint).toBe('dist/bin/commslint.js');
    expect(readFileSync(join(root, pkg.bin.commslint), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('reports its version in SARIF as package.json says', () => {
    expect(VERSION).toBe(pkg.version);
  });

  it('publint reports nothing', async () => {
    const { publint } = await import('publint');
    const { messages } = await publint({ pkgDir: root, level: 'suggestion', pack: 'npm' });
    expect(messages).toEqual([]);
  });

  it('arethetypeswrong reports nothing (esm-only profile)', () => {
    const bin = join(root, 'node_modules/.bin/attw');
    const r = spawnSync(bin, [tarball, '--profile', 'esm-only', '--format', 'json'], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const { analysis } = JSON.parse(r.stdout) as { analysis: { problems: Array<{ kind: string; resolutionKind?: string }> } };
    // esm-only: a package without CommonJS is not judged for node10 or require(); nothing else may fail.
    const real = analysis.problems.filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs');
    expect(real).toEqual([]);
  });
});

describe('browser bundle', () => {
  it('bundles src/index.ts for the browser without reaching any node: module', async () => {
    const reached: string[] = [];
    const noNode: Plugin = {
      name: 'no-node-builtins',
      setup(b) {
        b.onResolve({ filter: /^node:|^(fs|path|os|url|util|crypto|stream|child_process|module|worker_threads|process|buffer)(\/.*)?$/ }, (args) => {
          reached.push(`${args.path} (from ${args.importer.replace(root, '')})`);
          return { errors: [{ text: `node built-in "${args.path}" reached from ${args.importer}` }] };
        });
      },
    };
    const result = await build({
      entryPoints: [join(root, 'src/index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      splitting: true,
      outdir: join(tmp, 'bundle'),
      write: false,
      logLevel: 'silent',
      plugins: [noNode],
    }).catch((error: Error) => ({ error }));
    expect(reached).toEqual([]);
    expect('error' in result ? result.error.message : '').toBe('');
    if ('error' in result) return;
    const main = result.outputFiles.find((f) => f.path.endsWith('/index.js'))!;
    const total = result.outputFiles.reduce((n, f) => n + f.contents.length, 0);
    // Reported in CI logs; the budget catches an accidental heavyweight dependency.
    console.log(`browser bundle: index.js ${(main.contents.length / 1024).toFixed(0)} KiB minified, ${(gzipSync(main.contents).length / 1024).toFixed(0)} KiB gzip; all chunks ${(total / 1024).toFixed(0)} KiB (lazy chunks load on demand)`);
    expect(main.contents.length).toBeLessThan(4 * 1024 * 1024);
  });
});
