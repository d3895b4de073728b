// The published bin (dist/bin/commslint.js): the bundled CLI run through V8's code cache. It must behave
// exactly like the unbundled CLI (dist/src/cli.js), with or without the cache, and survive a bad cache.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'dist/bin/commslint.js');
const unbundled = join(root, 'dist/src/cli.js');
const built = existsSync(bin) && existsSync(unbundled);
// The loader uses the shipped cache only where Node has no compile cache of its own (Node < 22.1).
const usesShippedCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache !== 'function';

let dir: string;
const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [script, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'commslint-bin-'));
  writeFileSync(join(dir, 'clean.md'), '---\nplatform: x\n---\n\nRoadworks on Mill Lane start on Monday and will last about six weeks.\n');
  writeFileSync(join(dir, 'draft.md'), 'URGENT!!! Email jo.bloggs@example.com about Project NIGHTJAR. #bindaychanges\n');
  // A JavaScript config is loaded with import(), which inside the bundle goes through the vm loader hook.
  writeFileSync(join(dir, 'commslint.config.mjs'), "export default { terms: { confidential: ['Project Nightjar'] } };\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!built)('the bin', () => {
  it('reports exactly what the unbundled CLI reports, with and without the code cache', () => {
    const expected = run(unbundled, ['--format', 'json', '.']);
    expect(expected.status).toBe(1);
    expect(expected.stdout).toContain('"confidentiality/code-name"');
    for (const env of [{}, { COMMSLINT_CODE_CACHE: 'off' }] as Array<Record<string, string>>) {
      const r = run(bin, ['--format', 'json', '.'], env);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      expect(r.stdout).toBe(expected.stdout);
    }
  });

  it('prints the version and usage errors like the unbundled CLI', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(run(bin, ['--version']).stdout).toBe(`${pkg.version}\n`);
    const bad = run(bin, ['--format', 'nope', 'clean.md']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(run(unbundled, ['--format', 'nope', 'clean.md']).stderr);
  });

  it('runs mcp, lsp and audit from their own bundles, with help and usage errors as the unbundled CLI', () => {
    // Each case: the command line, and the exit status both must give.
    const cases: Array<[string[], number]> = [
      [['mcp', '--help'], 0],
      [['lsp', '--help'], 0],
      [['audit', '--help'], 0],
      [['mcp', '--no-such-option'], 2],
      [['lsp', 'stray-argument'], 2],
      [['audit'], 2],
      [['audit', '--jsonl', '-', '--concurrency', 'many'], 2],
    ];
    for (const [args, status] of cases) {
      const expected = run(unbundled, args);
      const r = run(bin, args, { COMMSLINT_CODE_CACHE: 'check' });
      expect(expected.status, args.join(' ')).toBe(status);
      expect(r.status, args.join(' ')).toBe(status);
      expect(r.stdout, args.join(' ')).toBe(expected.stdout);
      // The bin loads the command's bundle only (one cache line where the shipped caches are used), never the CLI's.
      expect(r.stderr, args.join(' ')).toBe(`${usesShippedCache ? 'commslint: code cache accepted\n' : ''}${expected.stderr}`);
    }
  });

  it.skipIf(!usesShippedCache)('loads the bundle from a code cache that V8 accepts', () => {
    expect(run(bin, ['clean.md'], { COMMSLINT_CODE_CACHE: 'check' }).stderr).toBe('commslint: code cache accepted\n');
  });

  it('loads the heavy modules a draft needs from their own parts, with the same findings as the unbundled CLI', () => {
    // Each case: a draft, the part it needs (near-miss: a draft that needs none), and a rule it must report.
    const cases: Array<[string, string | undefined, string | undefined, string]> = [
      ['Contact jane@riverside.gov.uk today.\n', 'part-compromise.cjs', 'personal-data/email', 'a first name as a mailbox is looked up in compromise'],
      ['Parking for people who are wheelchair bound is by the library.\n', 'part-retext-equality.cjs', 'tone/insensitive', 'a listed phrase runs retext-equality'],
      ['Contact the bins team at bins@riverside.gov.uk today.\n', undefined, undefined, 'a role mailbox and no listed phrase: no part'],
      ['Call Jane on 07911 123456 or +1 202 555 0143.\n', 'part-compromise.cjs', 'personal-data/phone-number', "a number by a name: libphonenumber's metadata (JSON.parse in the bundle) and compromise"],
    ];
    const parts = mkdtempSync(join(tmpdir(), 'commslint-bin-parts-'));
    try {
      for (const [text, part, ruleId, why] of cases) {
        writeFileSync(join(parts, 'post.md'), text);
        const expected = spawnSync(process.execPath, [unbundled, '--format', 'json', 'post.md'], { cwd: parts, encoding: 'utf8' });
        const r = spawnSync(process.execPath, [bin, '--format', 'json', 'post.md'], { cwd: parts, encoding: 'utf8', env: { ...process.env, COMMSLINT_CODE_CACHE: 'check' } });
        expect(r.stdout, why).toBe(expected.stdout);
        expect(r.status, why).toBe(expected.status);
        if (ruleId) expect(r.stdout, why).toContain(`"ruleId": "${ruleId}"`);
        else expect(r.stdout, why).not.toContain('"ruleId"');
        if (usesShippedCache) expect(r.stderr, why).toBe(`commslint: code cache accepted\n${part ? `commslint: code cache of ${part} accepted\n` : ''}`);
      }
    } finally {
      rmSync(parts, { recursive: true, force: true });
    }
  }, 300_000); // eight CLI runs: generous for a shared, loaded machine (no speed is asserted here)

  it.skipIf(!usesShippedCache)('falls back to compiling when the cache is damaged or missing', () => {
    const copy = mkdtempSync(join(tmpdir(), 'commslint-bin-copy-'));
    try {
      cpSync(join(root, 'dist/bin'), copy, { recursive: true });
      writeFileSync(join(copy, 'commslint.cjs.cache'), Buffer.from('not a code cache'));
      const damaged = run(join(copy, 'commslint.js'), ['draft.md'], { COMMSLINT_CODE_CACHE: 'check' });
      expect(damaged.stderr).toBe('commslint: code cache rejected\n');
      expect(damaged.stdout).toBe(run(unbundled, ['draft.md']).stdout);
      rmSync(join(copy, 'commslint.cjs.cache'));
      expect(run(join(copy, 'commslint.js'), ['clean.md'], { COMMSLINT_CODE_CACHE: 'check' }).stderr).toBe('commslint: code cache missing\n');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
