// No leaks (issue 10): reports end up in CI logs, so no formatter may print the personal data or secrets a
// draft contains. Every registered formatter runs on drafts full of them; no raw value may appear.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter, format, FORMATS, type LintResult, type FormatName } from '../src/index.js';
import '../src/report/all.js';

const CLI = fileURLToPath(new URL('../dist/src/cli.js', import.meta.url));

// Raw values that must never be printed (each also checked without its spaces).
const SECRETS = {
  mobile: '07911 123456',
  // Not an Ofcom drama number (020 7946 0xxx is fictional, and rules rightly leave those alone).
  landline: '0113 243 8765',
  intlPhone: '+44 7700 900123',
  email: 'john.smith@gmail.com',
  email2: 'sarah_jones84@hotmail.co.uk',
  ni: 'QQ 12 34 56 C',
  nhs: '943 476 5919',
  card: '4111 1111 1111 1111',
  iban: 'GB82 WEST 1234 5698 7654 32',
  sortAccount: '12-34-56 12345678',
  awsKey: 'AKIAIOSFODNN7EXAMPLE',
  githubToken: 'ghp_1A2b3C4d5E6f7G8h9I0jK1lM2nO3pQ4rS5tU',
  slackToken: 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx',
  password: 'Hunter2!Secret#2026',
  ssn: '078-05-1120',
  taxFileNumber: '123 456 782',
  dob: '14/03/1987',
};

const DRAFTS: Record<string, string> = {
  'contacts.md': `Call John on ${SECRETS.mobile} or ${SECRETS.landline}, or ${SECRETS.intlPhone}. Email ${SECRETS.email} or ${SECRETS.email2}.\n`,
  'ids.md': `Her NI number is ${SECRETS.ni} and NHS number ${SECRETS.nhs}. SSN ${SECRETS.ssn}. TFN ${SECRETS.taxFileNumber}. Born ${SECRETS.dob}.\n`,
  'money.md': `Pay with card ${SECRETS.card}, IBAN ${SECRETS.iban}, sort code and account ${SECRETS.sortAccount}.\n`,
  'creds.md': `Deploy with AWS key ${SECRETS.awsKey} and token ${SECRETS.githubToken}.\n\nSlack: ${SECRETS.slackToken}\n\npassword: ${SECRETS.password}\n`,
  // Personal data inside other findings' ranges: placeholders, shouting, long sentences, headings, links.
  'mixed.md': `# CALL ${SECRETS.mobile} NOW\n\n[name ${SECRETS.mobile}] TBC. URGENT!!! EMAIL ${SECRETS.email.toUpperCase()} TODAY OR CALL ${SECRETS.intlPhone} FOR HELP WITH YOUR COUNCIL TAX BILL AND ANY OTHER QUESTIONS YOU MAY HAVE ABOUT THE SERVICES WE PROVIDE TO RESIDENTS.\n\n[Email me](mailto:${SECRETS.email}) · <${SECRETS.email}>\n`,
  'thread.md': `---\nthread: true\nplatform: x\n---\nContact ${SECRETS.email} about the case.\n\n---\n\nOr text ${SECRETS.mobile}. Card ${SECRETS.card}.\n`,
  'directives.md': `<!-- commslint-disable-next-line personal-data/phone-number -- published with consent -->\nCall ${SECRETS.mobile}.\n\nEmail ${SECRETS.email}.\n`,
};

function leaks(output: string): string[] {
  const found: string[] = [];
  for (const [name, raw] of Object.entries(SECRETS)) {
    for (const form of new Set([raw, raw.replace(/\s+/g, ''), raw.toUpperCase()])) {
      if (form.length >= 6 && output.includes(form)) found.push(`${name} (${form})`);
    }
  }
  return found;
}

describe('no formatter prints raw personal data or secrets', () => {
  const results: Record<string, LintResult[]> = {};
  beforeAll(async () => {
    for (const preset of ['commslint:recommended', 'commslint:strict']) {
      const linter = await createLinter({ extends: [preset] });
      results[preset] = [];
      for (const [path, text] of Object.entries(DRAFTS)) results[preset]!.push({ ...(await linter.lintAsync(text, { path, reportUnusedDirectives: true })), path });
    }
  });

  it('the drafts do produce findings (so the check can fail)', () => {
    const all = results['commslint:recommended']!.flatMap((r) => r.findings);
    expect(all.length).toBeGreaterThan(0);
    // The raw values are really in the drafts.
    expect(leaks(Object.values(DRAFTS).join('\n')).length).toBeGreaterThanOrEqual(Object.keys(SECRETS).length);
  });

  it('formats are registered (iterates over whatever is registered)', () => {
    expect(FORMATS).toContain('stylish');
    expect(FORMATS).toContain('json');
  });

  for (const preset of ['commslint:recommended', 'commslint:strict']) {
    it(`${preset}: every format, with and without colour`, () => {
      const problems: string[] = [];
      for (const name of FORMATS) {
        for (const color of [false, true]) {
          const out = format(results[preset]!, name as FormatName, { color, cwd: '/work' });
          const found = leaks(out);
          if (found.length) problems.push(`${name}${color ? ' (colour)' : ''}: ${found.join(', ')}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it(`${preset}: findings themselves (message, excerpt, suggestions, suppressed) carry no raw value`, () => {
      const problems: string[] = [];
      for (const r of results[preset]!) {
        for (const f of [...r.findings, ...r.suppressed]) {
          const shown = JSON.stringify({ m: f.message, e: f.excerpt, s: f.suggestions?.map((x) => x.message), c: f.citations });
          const found = leaks(shown);
          if (found.length) problems.push(`${r.path} ${f.ruleId}: ${found.join(', ')}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('the CLI output (stdout and stderr) carries no raw value, in every format', () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build"`);
    const dir = mkdtempSync(join(tmpdir(), 'commslint-leaks-'));
    try {
      for (const [name, text] of Object.entries(DRAFTS)) writeFileSync(join(dir, name), text);
      // A file that cannot be linted: its error message must not echo the frontmatter value either.
      writeFileSync(join(dir, 'bad-fm.md'), `---\nplatform: ${SECRETS.email}\naccount: ${SECRETS.mobile}\n---\nHello\n`);
      const problems: string[] = [];
      for (const name of FORMATS) {
        const r = spawnSync(process.execPath, [CLI, '--format', name, '.'], { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
        const found = leaks(`${r.stdout}${r.stderr}`);
        if (found.length) problems.push(`${name}: ${found.join(', ')}`);
      }
      expect(problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
