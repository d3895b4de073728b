// CLI completeness for integrations (issue 8): --init, --print-config, --list-rules, --explain,
// --report-unused-directives, --max-warnings, --quiet, atomic --fix, --fix-dry-run, ignore files, and
// every --format through the built bin with DESIGN.md's exit codes.
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, statSync, chmodSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules, parseConfig } from '../src/index.js';
import { writeFileAtomic } from '../src/node.js';
import { init, starterConfig, type Io } from '../src/cli-commands.js';

const cli = new URL('../dist/src/cli.js', import.meta.url).pathname;
const haveCli = existsSync(cli);

function run(args: string[], cwd: string, input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', input: input ?? '', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function capture(): Io & { text: () => string; errors: () => string } {
  let out = '';
  let err = '';
  return { out: (s) => void (out += s), err: (s) => void (err += s), text: () => out, errors: () => err };
}

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'commslint-integration-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function project(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

const UNUSED = '<!-- commslint-disable-next-line tone/profanity -- not needed -->\nThe library opens at 9am on Monday.\n';

describe('--init', () => {
  it('writes a valid starter config with defaults when not interactive', () => {
    const dir = project('init-defaults', {});
    const r = haveCli ? run(['--init'], dir) : undefined;
    if (r) expect(r.code, r.err).toBe(0);
    else expect(init(dir, {}, capture())).resolves.toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'commslint.config.json'), 'utf8'));
    expect(() => parseConfig(written)).not.toThrow();
    expect(written.locale).toBe('en-GB');
    expect(written.extends).toEqual(['commslint:recommended']);
    // A second --init refuses to overwrite.
    if (haveCli) {
      const again = run(['--init'], dir);
      expect(again.code).toBe(2);
      expect(again.err).toMatch(/already exists/);
    }
  });

  it('asks for locale, organisation and domains when interactive', async () => {
    const dir = project('init-ask', {});
    const answers = ['fr-FR', 'en_au', 'Riverside Shire Council', 'https://riverside.nsw.gov.au/, RIVERSIDE.example'];
    const questions: string[] = [];
    const io = capture();
    const code = await init(dir, { ask: async (q) => (questions.push(q), answers.shift()!) }, io);
    expect(code).toBe(0);
    expect(questions[0]).toMatch(/Locale/);
    expect(io.errors()).toMatch(/Please answer one of/);
    const written = JSON.parse(readFileSync(join(dir, 'commslint.config.json'), 'utf8'));
    expect(written.locale).toBe('en-AU');
    expect(written.organisation).toEqual({ name: 'Riverside Shire Council', domains: ['riverside.nsw.gov.au', 'riverside.example'], publicContacts: [] });
    expect(() => parseConfig(written)).not.toThrow();
    expect(io.text()).toMatch(/AU citations/);
  });

  it('the default starter is a valid config', () => {
    expect(() => parseConfig(starterConfig())).not.toThrow();
  });
});

describe.skipIf(!haveCli)('informational commands', () => {
  it('--list-rules lists every rule with category, default severity and fixable', () => {
    const r = run(['--list-rules'], root);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^rule\s+category\s+default severity\s+fixable$/);
    for (const rule of builtinRules) {
      const line = lines.find((l) => l.startsWith(`${rule.id} `))!;
      expect(line, rule.id).toBeDefined();
      expect(line).toContain(rule.category);
      expect(line).toContain(rule.defaultSeverity);
      expect(/\byes$/.test(line)).toBe(rule.fixable);
    }
    const json = JSON.parse(run(['--list-rules', '--format', 'json'], root).out);
    expect(json.map((x: { id: string }) => x.id)).toEqual(builtinRules.map((x) => x.id));
    expect(json[0]).toHaveProperty('fixable');
  });

  it('--explain shows the description, examples and citations for the configured jurisdiction', () => {
    const rule = builtinRules.find((r) => r.docs.flagged?.length && r.docs.clean?.length)!;
    const r = run(['--explain', rule.id], root);
    expect(r.code).toBe(0);
    expect(r.out).toContain(rule.description);
    expect(r.out).toMatch(/Flagged:\n {2}\u2717 /);
    expect(r.out).toMatch(/Not flagged:\n {2}\u2713 /);
    expect(r.out).toMatch(/Citations \(UK, from locale en-GB\):\n {2}- \S/);
    const au = project('explain-au', { 'commslint.config.json': JSON.stringify({ locale: 'en-AU' }) });
    expect(run(['--explain', rule.id], au).out).toMatch(/Citations \(AU, from locale en-AU in /);
    const unknown = run(['--explain', 'tone/nope'], root);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown rule "tone\/nope"/);
  });

  it('--print-config FILE prints the resolved config, overrides for that file applied', () => {
    const dir = project('print-config', {
      'commslint.config.json': JSON.stringify({ locale: 'en-NZ', rules: { 'language/placeholder': 'warning' }, overrides: [{ files: ['police/**'], rules: { 'language/placeholder': 'off' } }] }),
      'police/a.md': 'x\n',
    });
    const general = JSON.parse(run(['--print-config', 'a.md'], dir).out);
    expect(general.settings.locale).toBe('en-NZ');
    expect(general.settings.jurisdiction).toBe('nz');
    expect(general.rules['language/placeholder']).toBe('warning');
    expect(general.file).toBe(join(dir, 'commslint.config.json'));
    const police = JSON.parse(run(['--print-config', 'police/a.md'], dir).out);
    expect(police.rules['language/placeholder']).toBe('off');
    expect(police.appliedOverrides).toEqual([['police/**']]);
  });
});

describe.skipIf(!haveCli)('linting flags', () => {
  it('--report-unused-directives reports a directive that suppresses nothing', () => {
    const dir = project('unused', { 'a.md': UNUSED });
    expect(run(['a.md'], dir).out).toBe('');
    const r = run(['--report-unused-directives', '--format', 'json', 'a.md'], dir);
    const f = JSON.parse(r.out).results[0].findings;
    expect(f.map((x: { ruleId: string }) => x.ruleId)).toEqual(['language/unused-directive']);
    expect(f[0].message).toMatch(/tone\/profanity/);
  });

  it('--max-warnings and --quiet', () => {
    const dir = project('warnings', { 'commslint.config.json': JSON.stringify({ extends: [], rules: { 'language/placeholder': 'warning' } }), 'a.md': 'Doors open at XX:XX on [insert date].\n' });
    expect(run(['a.md'], dir).code).toBe(0);
    const over = run(['--max-warnings', '1', 'a.md'], dir);
    expect(over.code).toBe(1);
    expect(over.out).toMatch(/too many warnings \(2; maximum: 1\)/);
    expect(run(['--max-warnings', '2', 'a.md'], dir).code).toBe(0);
    // Machine formats keep stdout parseable: the note goes to stderr.
    const sarif = run(['--max-warnings', '0', '--format', 'sarif', 'a.md'], dir);
    expect(sarif.code).toBe(1);
    expect(() => JSON.parse(sarif.out)).not.toThrow();
    expect(sarif.err).toMatch(/too many warnings/);
    const quiet = run(['--quiet', 'a.md'], dir);
    expect(quiet.code).toBe(0);
    expect(quiet.out).toBe('');
    expect(run(['--max-warnings', 'x', 'a.md'], dir).code).toBe(2);
  });

  it('every --format works through the bin, with exit code 1 on errors and 2 on an unlintable file', () => {
    const dir = project('formats', { 'a.md': 'Doors open at XX:XX.\n', 'b.md': 'The library opens at 9am.\n' });
    writeFileSync(join(dir, 'c.md'), Buffer.from([0x00, 0x01, 0x02]));
    // One run per format (each spawn costs a Node start): findings shown, the unlintable file named, exit 2.
    for (const name of ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown']) {
      const bad = run(['--format', name, 'a.md', 'b.md', 'c.md'], dir);
      expect(bad.code, `${name}: ${bad.err}`).toBe(2);
      expect(bad.out).toMatch(/language\/placeholder/);
      expect(bad.out + bad.err).toMatch(/c\.md/);
    }
    expect(run(['--format', 'sarif', 'a.md', 'b.md'], dir).code).toBe(1);
    expect(run(['--format', 'junit', 'b.md'], dir).code).toBe(0);
    expect(run(['--format', 'xml', 'a.md'], dir).code).toBe(2);
  });

  it('walks directories honouring .gitignore and .commslintignore at every level', () => {
    const dir = project('ignores', {
      '.gitignore': 'private/\n*.tmp.md\n',
      '.commslintignore': 'archive.md\n',
      'live.md': 'ok\n',
      'archive.md': 'old\n',
      'x.tmp.md': 'tmp\n',
      'private/secret.md': 'no\n',
      'notes.txt': 'ok\n',
      'image.png': 'not a draft\n',
      'team/.commslintignore': 'draft-*.md\n',
      'team/draft-1.md': 'wip\n',
      'team/final.markdown': 'ok\n',
      'node_modules/pkg/readme.md': 'dependency\n',
    });
    const r = run(['--format', 'json'], dir);
    const paths = JSON.parse(r.out).results.map((x: { path: string }) => x.path);
    expect(paths).toEqual(['live.md', 'notes.txt', 'team/final.markdown']);
  });
});

describe('--fix writes atomically', () => {
  it.skipIf(!haveCli)('replaces the file by rename, keeps its permissions, leaves no temp file', () => {
    const dir = project('fix', { 'a.md': UNUSED });
    const file = join(dir, 'a.md');
    chmodSync(file, 0o640);
    const before = statSync(file);
    const dry = run(['--report-unused-directives', '--fix-dry-run', 'a.md'], dir);
    expect(dry.out).toMatch(/^--- a\/a\.md\n\+\+\+ b\/a\.md\n@@ -1,2 \+1,\d @@\n-<!-- commslint-disable-next-line tone\/profanity -- not needed -->\n/);
    expect(readFileSync(file, 'utf8')).toBe(UNUSED);
    const r = run(['--report-unused-directives', '--fix', 'a.md'], dir);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('commslint-disable');
    expect(readFileSync(file, 'utf8')).toContain('The library opens at 9am on Monday.');
    const after = statSync(file);
    expect(after.mode & 0o777).toBe(0o640);
    expect(after.ino).not.toBe(before.ino); // a new file renamed into place, not an in-place rewrite
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('refuses to write when the file changed since it was read', () => {
    const dir = project('fix-race', { 'a.md': 'original\n' });
    const file = join(dir, 'a.md');
    writeFileSync(file, 'edited by someone else\n');
    expect(() => writeFileAtomic(file, 'fixed\n', 'original\n')).toThrow(/changed since it was read/);
    expect(readFileSync(file, 'utf8')).toBe('edited by someone else\n');
    writeFileAtomic(file, 'fixed\n', 'edited by someone else\n');
    expect(readFileSync(file, 'utf8')).toBe('fixed\n');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});
