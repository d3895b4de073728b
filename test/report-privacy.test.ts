// No format ever shows raw personal data or secrets. Two layers:
// 1. probe rules (always present) flag the values as sensitive, and a careless non-sensitive rule covers
//    them with its excerpt and quotes them in a message: every format must still show only masks;
// 2. the built-in rules through the Node API and the CLI, on drafts full of personal data and secrets:
//    every value a built-in rule flags must never appear raw in any format; the values are ones the
//    personal-data and confidentiality rules are meant to catch, so when those rules are registered
//    the test also requires that they do.
import { mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules, format, FORMATS, type LintResult } from '../src/index.js';
import { lintFiles } from '../src/node.js';
import { probeResults, SECRET_VALUES } from './report-helpers.js';

const cli = new URL('../dist/src/cli.js', import.meta.url).pathname;

// Each value in a few spellings a formatter could re-create (raw, without spaces, JSON-escaped).
function spellings(value: string): string[] {
  return [...new Set([value, value.replace(/\s+/g, ''), JSON.stringify(value).slice(1, -1), encodeURIComponent(value)])].filter((s) => s.length >= 6);
}

function expectNoRaw(output: string, values: readonly string[], label: string): void {
  for (const v of values) for (const s of spellings(v)) expect(output.includes(s), `${label} shows "${v}"`).toBe(false);
}

describe('privacy: probe rules', () => {
  it('every format masks sensitive values, even inside other findings', async () => {
    const results = await probeResults();
    for (const name of FORMATS) {
      const out = format(results, name, { cwd: '/repo', color: name === 'stylish' });
      expect(out.length, name).toBeGreaterThan(0);
      expectNoRaw(out, SECRET_VALUES, name);
    }
    // The masked forms are shown, so a reviewer can still find the spot.
    expect(format(results, 'json')).toContain('07\u2022\u2022\u2022\u2022\u2022\u2022\u202256');
  });
});

const EMAIL = 'sarah.jenkins82@gmail.com';
const PHONE = '07911 123456';
const AWS = 'AKIA4HJKL2MNOP7QRSTU';
const EXPECTED: Array<{ value: string; rule: string }> = [
  { value: EMAIL, rule: 'personal-data/email' },
  { value: PHONE, rule: 'personal-data/phone-number' },
  { value: AWS, rule: 'confidentiality/credential' },
];

const DRAFTS: Record<string, string> = {
  'resident.md': `---\nplatform: facebook\n---\nThanks for getting in touch! Sarah Jenkins can help: email ${EMAIL} or call ${PHONE}.\n`,
  'thread.md': `---\nthread: true\nplatform: x\n---\nOur new permit system is live.\n\n---\n\nNote for the team: the deploy key is ${AWS} and the contact is ${EMAIL}.\n`,
  'plain.txt': `URGENT!!! Ring ${PHONE} now. Key ${AWS}. Mail ${EMAIL}\n`,
};

describe('privacy: built-in rules, Node API and CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'commslint-privacy-'));
    writeFileSync(join(dir, 'commslint.config.json'), JSON.stringify({ extends: ['commslint:strict'] }));
    for (const [name, text] of Object.entries(DRAFTS)) writeFileSync(join(dir, name), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Values some built-in sensitive finding covers (only those can be masked). */
  function detected(results: readonly LintResult[]): Set<string> {
    const out = new Set<string>();
    for (const r of results) {
      const text = DRAFTS[r.path!.split('/').pop()!]!;
      for (const f of [...r.findings, ...r.suppressed]) {
        if (!f.sensitive) continue;
        for (const { value } of EXPECTED) {
          const at = text.indexOf(value);
          if (at >= 0 && f.offset <= at + value.length - 2 && f.endOffset >= at + 2) out.add(value);
        }
      }
    }
    return out;
  }

  it('through format(): no raw value a rule flagged, in any format', async () => {
    const results = await lintFiles(['.'], { cwd: dir });
    expect(results.map((r) => r.path).sort()).toEqual(['plain.txt', 'resident.md', 'thread.md']);
    const found = detected(results);
    for (const { value, rule } of EXPECTED) {
      if (builtinRules.some((r) => r.id === rule)) expect(found.has(value), `${rule} should flag ${value}`).toBe(true);
    }
    const shown = results.map(({ source: _s, output: _o, ...r }) => r);
    for (const name of FORMATS) expectNoRaw(format(shown, name, { cwd: dir }), [...found], name);
  });

  it.skipIf(!existsSync(cli))('through the CLI: no raw value a rule flagged, in any format', async () => {
    const found = detected(await lintFiles(['.'], { cwd: dir }));
    for (const name of FORMATS) {
      const run = spawnSync(process.execPath, [cli, '--format', name, '.'], { cwd: dir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '1' } });
      expect(run.status, `${name}: ${run.stderr}`).not.toBe(2);
      expectNoRaw(run.stdout + run.stderr, [...found], `--format ${name}`);
    }
  });
});
