// CLI argument handling: unknown and misused options answered like ESLint (the flag, the closest known one,
// --help; exit 2, never Node's parseArgs text), and -o/--output-file writing the report to a file.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closestOption } from '../src/cli.js';

const bin = resolve(import.meta.dirname, '..', 'dist', 'src', 'cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  expect(existsSync(bin), 'build first: npm run build').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'commslint-cli-options-'));
  mkdirSync(join(dir, 'drafts'));
  writeFileSync(join(dir, 'drafts', 'clean.md'), 'The central library reopens on Monday 3 March. Opening hours are on our website.\n');
  writeFileSync(join(dir, 'drafts', 'bad.md'), 'The consultation closes on [insert date].\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('unknown or misused options', () => {
  // Each case: what was typed, the suggestion expected (undefined: none), and why.
  const cases: Array<[string, string | undefined, string]> = [
    ['--fomat', '--format', 'one letter dropped'],
    ['--foramt', '--format', 'two letters swapped'],
    ['--max-warning', '--max-warnings', 'singular for plural'],
    ['--outfile', '--output-file', 'the hyphen-free spelling of another tool'],
    ['--out', '--output-file', 'a prefix of a known option'],
    ['--nocolor', '--no-color', 'hyphen missing'],
    ['--fix-dryrun', '--fix-dry-run', 'hyphen missing in a longer name'],
    ['--stdin-file', '--stdin-filename', 'a prefix'],
    ['--Quiet', '--quiet', 'case'],
    ['--xyzzy', undefined, 'nothing close: no guess'],
    ['--recursive', undefined, 'nothing close: no guess'],
    ['-x', undefined, 'a single unknown letter: no guess'],
  ];
  for (const [typed, hint, why] of cases) {
    it(`${typed}: ${hint ? `suggests ${hint}` : 'no suggestion'} (${why}), exit 2`, () => {
      const r = run([typed, 'drafts/'], dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const first = r.stderr.split('\n')[0];
      expect(first).toBe(`commslint: Invalid option '${typed}'${hint ? ` - perhaps you meant '${hint}'?` : ''}`);
      expect(r.stderr).toContain('Run "commslint --help" for usage.');
      // Never Node's own wording.
      expect(r.stderr).not.toMatch(/Unknown option|positional argument|ERR_PARSE_ARGS/);
      expect(closestOption(typed)).toBe(hint);
    });
  }

  it('a boolean option given a value, and a value option given none, are named', () => {
    expect(run(['--quiet=yes', 'drafts/'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining("Option '--quiet' takes no value") });
    expect(run(['drafts/', '--config'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining("Option '--config' needs a value") });
    expect(run(['drafts/', '-o'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining("Option '-o' needs a value") });
    const ambiguous = run(['--format', '--quiet', 'drafts/'], dir);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain("Option '--format' needs a value");
    expect(ambiguous.stderr).not.toMatch(/ambiguous|Did you forget/);
  });

  it('known options still parse (near-miss: exact names are not "corrected")', () => {
    expect(run(['--format', 'json', '--max-warnings', '0', 'drafts/clean.md'], dir).code).toBe(0);
    expect(run(['--no-color', '--quiet', 'drafts/clean.md'], dir).code).toBe(0);
    expect(closestOption('--format')).toBe('--format');
  });
});

describe('-o / --output-file', () => {
  it('writes the report to the file, creating parent folders, and nothing to stdout; exit code unchanged', () => {
    const r = run(['--format', 'sarif', '-o', 'reports/ci/commslint.sarif', 'drafts/'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(join(dir, 'reports/ci/commslint.sarif'), 'utf8')) as { version: string; runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0]!.results;
    expect(results.map((x) => x.ruleId)).toContain('language/placeholder');
    expect(new Set(results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set(['drafts/bad.md']));
    // Atomic: no temp file left beside it.
    expect(readdirSync(join(dir, 'reports/ci'))).toEqual(['commslint.sarif']);
  });

  it('--output-file=FILE replaces an existing report; the stylish report is plain text', () => {
    writeFileSync(join(dir, 'old.txt'), 'stale report\n');
    const r = run(['--output-file=old.txt', 'drafts/bad.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const text = readFileSync(join(dir, 'old.txt'), 'utf8');
    expect(text).not.toContain('stale');
    expect(text).toMatch(/1:28\s+error .* language\/placeholder/);
    expect(text).not.toMatch(/\x1b\[/);
  });

  it('a clean run writes an empty report and exits 0', () => {
    const r = run(['-o', 'clean.txt', 'drafts/clean.md'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'clean.txt'), 'utf8')).toBe('');
  });

  it('the too-many-warnings note goes to stderr when the report goes to a file', () => {
    writeFileSync(join(dir, 'drafts', 'warn.md'), 'Join us at #riversidepark on Saturday for the summer fair.\n');
    const r = run(['-o', 'warn.txt', '--max-warnings', '0', 'drafts/warn.md'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('too many warnings');
    expect(readFileSync(join(dir, 'warn.txt'), 'utf8')).toContain('accessibility/hashtag-case');
  });

  it('a directory as the output file: a clear message, exit 2, no stack trace', () => {
    mkdirSync(join(dir, 'out-dir'));
    const r = run(['-o', 'out-dir', 'drafts/clean.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('commslint: Cannot write the report to out-dir: it is a directory');
  });

  it('a parent path that is a file: a clear message, exit 2', () => {
    const r = run(['-o', 'drafts/clean.md/report.txt', 'drafts/clean.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^commslint: Cannot write the report to drafts\/clean\.md\/report\.txt: E(EXIST|NOTDIR)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
