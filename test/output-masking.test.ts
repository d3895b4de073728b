// Raw personal data and secrets in every output, whether or not a rule flagged them (issue 21, items
// 8, 9, 10, 11, 12; issue 15 "Excerpts never leak"): --fix-dry-run diffs, the thread-split suggestion's
// fix text, the fancy-text message and fix, frontmatter and config errors (every format and stderr),
// and other findings' excerpts of values no rule detects. Checked through the built CLI.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FORMATS } from '../src/report/index.js';

const bin = resolve(import.meta.dirname, '..', 'dist', 'src', 'cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout + r.stderr };
}

let dir: string;
beforeAll(() => {
  expect(existsSync(bin), 'build first: npm run build').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'commslint-mask-'));
  writeFileSync(join(dir, 'commslint.config.json'), '{}');
});

function draft(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

/** Each raw form (as written and without spaces) that appears in `out`. */
function leaked(out: string, values: readonly string[]): string[] {
  return values.flatMap((v) => [v, v.replace(/\s+/g, '')]).filter((v) => v.length >= 6 && out.includes(v));
}

describe('--fix-dry-run masks the draft lines of its diff (item 8)', () => {
  it('a phone number and an e-mail on a fixed line are masked; the fix itself shows', () => {
    const f = draft('dry.md', 'Call Jane on 07911 123456 about the the bins.\n\nOr write to jane.doe@gmail.com about the the recycling.\n');
    const r = run(['--fix-dry-run', f], dir);
    expect(r.out).toContain('-Call Jane on 07•••••••56 about the the bins.');
    expect(r.out).toContain('+Call Jane on 07•••••••56 about the bins.');
    expect(leaked(r.out, ['07911 123456', 'jane.doe@gmail.com'])).toEqual([]);
  });

  it('a value no rule flags is masked by its shape (an AWS key id in a sentence)', () => {
    const f = draft('dry2.md', 'Our key is AKIAIOSFODNN7EXAMPLE and the the rest.\n');
    const r = run(['--fix-dry-run', f], dir);
    expect(r.out).toMatch(/^\+Our key is AK•+LE and the rest\.$/m);
    expect(r.out).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });
});

describe('the thread-split suggestion carries no raw personal data in any output (item 9)', () => {
  const sentence = 'Our recycling centre on the ring road opens at nine every morning this week for residents.';
  const text = `---\nplatform: x\n---\n\n${sentence} Call 07911 123456 or email jane.doe@gmail.com for help. ${sentence} ${sentence}\n`;
  for (const format of FORMATS) {
    it(format, () => {
      const f = draft(`long-${format}.md`, text);
      const r = run(['--format', format, f], dir);
      expect(r.out).toContain('platform/length');
      expect(leaked(r.out, ['07911 123456', 'jane.doe@gmail.com'])).toEqual([]);
    });
  }
  it('the JSON fix text is the split draft, masked; the library keeps the real text for applyFixes', async () => {
    const f = draft('long-json2.md', text);
    const json = JSON.parse(run(['--format', 'json', f], dir).out.replace(/^commslint:.*$/gm, '')) as { results: Array<{ findings: Array<{ ruleId: string; suggestions?: Array<{ fix?: { text: string } }> }> }> };
    const length = json.results[0]!.findings.find((x) => x.ruleId === 'platform/length')!;
    const fixText = length.suggestions!.find((s) => s.fix)!.fix!.text;
    expect(fixText).toContain('thread: true');
    expect(fixText).toContain('07•••••••56');
    const { createLinter } = await import('../src/index.js');
    const lib = await (await createLinter()).lintAsync(text);
    const raw = lib.findings.find((x) => x.ruleId === 'platform/length')!.suggestions!.find((s) => s.fix)!.fix!.text;
    expect(raw).toContain('07911 123456');
  });
});

describe('fancy text: styled personal data is detected and its de-styled form never printed (item 10)', () => {
  const cases: Array<[string, string, string]> = [
    ['bold digits', 'Call Jane on 𝟎𝟕𝟗𝟏𝟏 𝟏𝟐𝟑𝟒𝟓𝟔', '07911 123456'],
    ['fullwidth digits', 'Call Jane on ０７９１１ １２３４５６', '07911 123456'],
    ['monospace e-mail', 'Write to 𝚓𝚊𝚗𝚎.𝚍𝚘𝚎@𝚐𝚖𝚊𝚒𝚕.𝚌𝚘𝚖 today', 'jane.doe@gmail.com'],
    ['bold password', 'The password is 𝐇𝐮𝐧𝐭𝐞𝐫𝟐𝟎𝟐𝟔!', 'Hunter2026'],
  ];
  for (const format of FORMATS) {
    for (const [why, text, plain] of cases) {
      it(`${why}, ${format}`, () => {
        const f = draft(`fancy-${format}-${why.replace(/ /g, '-')}.md`, `${text}.\n`);
        const r = run(['--format', format, f], dir);
        expect(leaked(r.out, [plain])).toEqual([]);
        expect(r.out).toContain('accessibility/fancy-text');
      });
    }
  }
});

describe('frontmatter and config errors mask the bad value (item 11)', () => {
  const values: Array<[string, string]> = [
    ['a Stripe key', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
    ['an AWS key id', 'AKIAIOSFODNN7EXAMPLE'],
    ['a GitHub token', 'ghp_1A2b3C4d5E6f7G8h9I0jK1lM2nO3pQ4rS5tU'],
    ['a password', 'Hunter2!Secret'],
    ['an obfuscated e-mail', 'jane [at] example [dot] com'],
    ['a date of birth', '1985-05-20'],
    ['a street address', '12 High Street, Leeds'],
  ];
  for (const [why, value] of values) {
    it(`frontmatter: ${why}, every format and stderr`, () => {
      const f = draft(`fm-${why.replace(/ /g, '-')}.md`, `---\nai:\n  tools: "${value}"\n---\n\nHello.\n`);
      for (const format of FORMATS) {
        const r = run(['--format', format, f], dir);
        expect(r.code).toBe(2);
        expect(r.out).toMatch(/ai\.tools/);
        expect(leaked(r.out, [value]), format).toEqual([]);
      }
    });
    it(`config: ${why}`, () => {
      const cfg = join(dir, `cfg-${why.replace(/ /g, '-')}.json`);
      writeFileSync(cfg, JSON.stringify({ ai: { approvedTools: value } }));
      const r = run(['--config', cfg, draft('ok.md', 'Hello.\n')], dir);
      expect(r.code).toBe(2);
      expect(r.out).toMatch(/ai\.approvedTools/);
      expect(leaked(r.out, [value])).toEqual([]);
    });
  }
  it('plain words and dates of date keys stay readable', () => {
    const f = draft('fm-platform.md', '---\nplatform: myspace\npublishAt: 2027-02-30\n---\n\nHello.\n');
    const r = run([f], dir);
    expect(r.out).toContain('myspace');
    const g = draft('fm-date.md', '---\npublishAt: "tomorrow 9am"\n---\n\nHello.\n');
    expect(run([g], dir).out).toMatch(/publishAt/);
  });
  it('unparseable JSON config: the snippet JSON.parse quotes is masked', () => {
    const cfg = join(dir, 'broken.json');
    writeFileSync(cfg, '{"ai": sk_live_4eC39HqLyjWDarjtT1zdp7dc}');
    const r = run(['--config', cfg, draft('ok2.md', 'Hello.\n')], dir);
    expect(r.code).toBe(2);
    expect(leaked(r.out, ['sk_live_4eC39HqLyjWDarjtT1zdp7dc'])).toEqual([]);
  });
});

describe("values no rule detects never appear in other findings' excerpts (item 12, issue 15)", () => {
  // Each value sits inside a sentence another rule flags (too long, shouting, repeated words).
  const hidden: Array<[string, string]> = [
    ['bracketed obfuscated e-mail', 'jane [at] example [dot] com'],
    ['parenthesised obfuscated e-mail', 'jane (at) example (dot) com'],
    ['sort code and account', 'Sort code and account: 12-34-56 12345678'],
    ['upper-case address', 'FLAT 3, 12 HIGH STREET, LEEDS LS1 4AB'],
    ['a random key without a label', 'Xk9vQ2mZ7pL4wR8tY3nB6cJ1'],
  ];
  const long = 'and this sentence keeps going about the bins, the recycling, the garden waste, the libraries and the leisure centres that residents use every single week of the year';
  for (const [why, value] of hidden) {
    for (const format of FORMATS) {
      it(`${why}, ${format}`, () => {
        const f = draft(`hidden-${format}-${why.replace(/ /g, '-')}.md`, `Residents told us ${value} ${long}.\n\nTHE THE ${value.toUpperCase()} NOW.\n`);
        const r = run(['--format', format, f], dir);
        const shown = value.replace(/^Sort code and account: /, '');
        expect(leaked(r.out, [shown, shown.toUpperCase()]), r.out.slice(0, 400)).toEqual([]);
      });
    }
  }
});
