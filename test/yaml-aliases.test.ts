// YAML aliases (issue 21, item 1): `yaml` refuses to expand more than 100 aliases (its guard against
// billion-laughs bombs) by throwing from toJS, which aborted the whole run ("internal error", exit 2, no
// file named, no other file linted). Now it is that file's error, with its line; other files are linted.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from '../src/index.js';
import { parseFrontmatter } from '../src/engine/frontmatter.js';
import { runCli } from './bounded.js';

/** Frontmatter with `n` references to one anchor (a legitimate-looking 1 KB file at n = 120). */
const manyAliases = (n: number): string => `platform: x\ntag: &t council\ntags:\n${'  - *t\n'.repeat(n)}`;
/** The classic bomb: each level holds ten aliases of the level before. */
const bomb = (): string => {
  let s = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const cur = String.fromCharCode(97 + i);
    s += `${cur}: &${cur} [${Array(10).fill(`*${prev}`).join(',')}]\n`;
  }
  return s;
};

describe('frontmatter with too many aliases is the file\'s own error', () => {
  for (const [name, yaml, line] of [
    ['120 aliases', manyAliases(120), 4],
    ['a billion-laughs bomb', bomb(), 2],
  ] as const) {
    it(`${name}: parseFrontmatter reports it at the first alias; lint and lintAsync return it`, async () => {
      const p = parseFrontmatter(yaml);
      expect(p.ok).toBe(false);
      if (p.ok) return;
      expect(p.problem.message).toMatch(/^invalid YAML: Excessive alias count/);
      expect(yaml.slice(0, p.problem.offset).split('\n').length).toBe(line);
      const linter = await createLinter();
      const draft = `---\n${yaml}---\nBins are collected on Monday.\n`;
      // The frontmatter opens on line 1, so the YAML's line N is the draft's line N + 1.
      expect(linter.lint(draft).error).toBe(`invalid YAML: Excessive alias count indicates a resource exhaustion attack (line ${line + 1})`);
      expect((await linter.lintAsync(draft)).error).toMatch(new RegExp(`\\(line ${line + 1}\\)$`));
    });
  }

  it('up to 99 aliases are read as before (yaml refuses from 100)', () => {
    const p = parseFrontmatter(manyAliases(99));
    expect(p.ok).toBe(true);
    if (p.ok) expect((p.data as { tags?: unknown[] }).tags).toHaveLength(99);
  });

  it('the CLI names the file and line, exits 2, and still lints the other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'commslint-alias-'));
    writeFileSync(join(dir, 'bomb.md'), `---\n${bomb()}---\nHello.\n`);
    writeFileSync(join(dir, 'aliases.md'), `---\n${manyAliases(150)}---\nHello.\n`);
    writeFileSync(join(dir, 'ok.md'), 'Call Jane on 07911 123456.\n');
    const r = await runCli(['--format', 'json', 'bomb.md', 'aliases.md', 'ok.md'], dir, 120_000);
    expect(r.killed).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
    expect(r.stderr).toContain('commslint: bomb.md: invalid YAML: Excessive alias count indicates a resource exhaustion attack (line 3)');
    expect(r.stderr).toContain('commslint: aliases.md: invalid YAML: Excessive alias count indicates a resource exhaustion attack (line 5)');
    const doc = JSON.parse(r.stdout) as { results: Array<{ path: string; findings: Array<{ ruleId: string }> }> };
    expect(doc.results.find((x) => x.path === 'ok.md')?.findings.map((f) => f.ruleId)).toContain('personal-data/phone-number');
  }, 130_000);

  it('a config file with too many aliases is a config error naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'commslint-alias-config-'));
    writeFileSync(join(dir, 'commslint.config.yaml'), `terms:\n  allow: &a [one]\n  confidential:\n${'    - *a\n'.repeat(150)}`);
    writeFileSync(join(dir, 'ok.md'), 'Hello.\n');
    const r = await runCli(['ok.md'], dir, 120_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/commslint: Invalid config in .*commslint\.config\.yaml: cannot parse: Excessive alias count/);
    expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
  }, 130_000);
});
