// The `commslint` key in package.json (README: Configuration): used when present, skipped during discovery
// when absent (as ESLint skips a package.json without `eslintConfig`), refused with a clear message when
// named explicitly without the key.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findConfigFile, loadConfig, lintFiles } from '../src/node.js';

const bin = resolve(import.meta.dirname, '..', 'dist', 'src', 'cli.js');
let dir: string;

// A draft with a hashtag-case warning and a placeholder error: the config decides what is reported.
const DRAFT = 'Our summer fair is on [insert date] at #riversidepark.\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'commslint-pkgjson-'));
  // with-key/: package.json with other keys (name, scripts) and a commslint key turning one rule off.
  mkdirSync(join(dir, 'with-key', 'drafts'), { recursive: true });
  writeFileSync(join(dir, 'with-key', 'package.json'), JSON.stringify({ name: 'comms', version: '1.0.0', private: true, scripts: { lint: 'commslint' }, commslint: { rules: { 'accessibility/hashtag-case': 'off' } } }, null, 2));
  writeFileSync(join(dir, 'with-key', 'drafts', 'fair.md'), DRAFT);
  // without-key/inner/: a package.json without the key, inside a folder whose config file must be found.
  mkdirSync(join(dir, 'without-key', 'inner', 'drafts'), { recursive: true });
  writeFileSync(join(dir, 'without-key', 'commslint.config.json'), JSON.stringify({ rules: { 'language/placeholder': 'off' } }));
  writeFileSync(join(dir, 'without-key', 'inner', 'package.json'), JSON.stringify({ name: 'inner', version: '1.0.0' }));
  writeFileSync(join(dir, 'without-key', 'inner', 'drafts', 'fair.md'), DRAFT);
  // bad-key/: the key holds an invalid config: named file and key path.
  mkdirSync(join(dir, 'bad-key'));
  writeFileSync(join(dir, 'bad-key', 'package.json'), JSON.stringify({ name: 'bad', commslint: { locale: 'en-XX' } }));
  writeFileSync(join(dir, 'bad-key', 'fair.md'), DRAFT);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ids = (results: Awaited<ReturnType<typeof lintFiles>>) => results.flatMap((r) => r.findings.map((f) => f.ruleId)).sort();

describe('package.json "commslint" key', () => {
  it('is found and applied; the other keys of package.json are not config', async () => {
    expect(findConfigFile(join(dir, 'with-key', 'drafts', 'fair.md'))).toBe(join(dir, 'with-key', 'package.json'));
    const loaded = await loadConfig(join(dir, 'with-key', 'drafts', 'fair.md'));
    expect(loaded.file).toBe(join(dir, 'with-key', 'package.json'));
    const found = ids(await lintFiles(['drafts/'], { cwd: join(dir, 'with-key') }));
    expect(found).toContain('language/placeholder');
    expect(found).not.toContain('accessibility/hashtag-case');
  });

  it('a package.json without the key is skipped: discovery goes on upward', async () => {
    expect(findConfigFile(join(dir, 'without-key', 'inner', 'drafts', 'fair.md'))).toBe(join(dir, 'without-key', 'commslint.config.json'));
    const found = ids(await lintFiles(['drafts/'], { cwd: join(dir, 'without-key', 'inner') }));
    expect(found).toContain('accessibility/hashtag-case');
    expect(found).not.toContain('language/placeholder');
  });

  it('--config package.json without the key: a message naming the file, not its other keys', async () => {
    await expect(loadConfig({ configFile: join(dir, 'without-key', 'inner', 'package.json') })).rejects.toThrow(`Invalid config in ${join(dir, 'without-key', 'inner', 'package.json')}: no "commslint" key`);
  });

  it('--config package.json with the key works like discovery', async () => {
    const loaded = await loadConfig({ configFile: join(dir, 'with-key', 'package.json') });
    expect(loaded.config.rules?.['accessibility/hashtag-case']).toBe('off');
  });

  it('an invalid value under the key names the file and the key path', async () => {
    await expect(loadConfig(join(dir, 'bad-key', 'fair.md'))).rejects.toThrow(/package\.json.*locale/);
  });

  it.skipIf(!existsSync(bin))('the CLI: exit 1 for the placeholder error only, not exit 2 for "name"', () => {
    const r = spawnSync(process.execPath, [bin, '--format', 'json', 'drafts/'], { cwd: join(dir, 'with-key'), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { results: Array<{ findings: Array<{ ruleId: string }> }> };
    const found = out.results.flatMap((x) => x.findings.map((f) => f.ruleId));
    expect(found).toContain('language/placeholder');
    expect(found).not.toContain('accessibility/hashtag-case');
  });
});
