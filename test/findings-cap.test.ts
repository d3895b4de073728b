// The findings cap (issue 21, item 7): at most `maxFindingsPerRule` findings (default 100) of each rule per
// draft, then one summary finding for the rest, in the engine; and the JSON report streamed a finding at a
// time. A 5 MB draft dense with e-mails and phone numbers took 54.6 s, 2.0 GB and wrote 255 MB before.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter, format, ConfigError } from '../src/index.js';
import { formatJsonChunks } from '../src/report/json.js';
import { runCli } from './bounded.js';

/** `n` lines, each with one distinct phone number and one distinct e-mail address. */
function dense(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += `Call 07911 ${String(100000 + i)} or email user${i}@example.com today.\n\n`;
  return out;
}

describe('findings per rule per draft are capped, with a summary finding', () => {
  it('the default cap is 100 per rule: 100 findings, then one summary at the first one not shown', async () => {
    const linter = await createLinter();
    const text = dense(250);
    const r = await linter.lintAsync(text);
    for (const ruleId of ['personal-data/phone-number', 'personal-data/email']) {
      const of = r.findings.filter((f) => f.ruleId === ruleId);
      expect(of).toHaveLength(101);
      const summary = of.filter((f) => /not shown/.test(f.message));
      expect(summary).toHaveLength(1);
      expect(summary[0]!.message).toBe(`150 more findings of ${ruleId} in this draft not shown (at most 100 per rule; config maxFindingsPerRule).`);
      // At the 101st value: the line of the 101st number or address.
      expect(summary[0]!.line).toBe(201);
      // No excerpt, no fix: the range holds personal data.
      expect(summary[0]!.excerpt).toBeUndefined();
      expect(summary[0]!.fix).toBeUndefined();
      expect(summary[0]!.severity).toBe(of[0]!.severity);
    }
    expect(r.errorCount + r.warningCount + r.infoCount).toBe(r.findings.length);
  });

  it('exactly at the cap there is no summary; one past it, a summary for one', async () => {
    const linter = await createLinter({ maxFindingsPerRule: 10 });
    const at = await linter.lintAsync(dense(10));
    expect(at.findings.filter((f) => f.ruleId === 'personal-data/email')).toHaveLength(10);
    expect(at.findings.some((f) => /not shown/.test(f.message))).toBe(false);
    const past = await linter.lintAsync(dense(11));
    const summary = past.findings.filter((f) => /not shown/.test(f.message));
    expect(summary.map((f) => f.message)).toContain('1 more finding of personal-data/email in this draft not shown (at most 10 per rule; config maxFindingsPerRule).');
  });

  it('maxFindingsPerRule: 0 shows every finding; suppressed findings do not count towards the cap', async () => {
    const all = await (await createLinter({ maxFindingsPerRule: 0 })).lintAsync(dense(150));
    expect(all.findings.filter((f) => f.ruleId === 'personal-data/email')).toHaveLength(150);
    const text = `<!-- commslint-disable personal-data/email -->\n${dense(5)}<!-- commslint-enable personal-data/email -->\n\n${dense(3)}`;
    const r = await (await createLinter({ maxFindingsPerRule: 3 })).lintAsync(text);
    expect(r.findings.filter((f) => f.ruleId === 'personal-data/email')).toHaveLength(3);
    expect(r.suppressed.filter((f) => f.ruleId === 'personal-data/email')).toHaveLength(5);
  });

  it('a bad maxFindingsPerRule is a config error naming the key', async () => {
    for (const bad of [-1, 2.5, 'many']) {
      await expect(createLinter({ maxFindingsPerRule: bad } as never)).rejects.toThrow(ConfigError);
      await expect(createLinter({ maxFindingsPerRule: bad } as never)).rejects.toThrow(/maxFindingsPerRule/);
    }
  });
});

describe('the JSON report is streamed', () => {
  it('its pieces join to exactly the formatted report', async () => {
    const linter = await createLinter({ maxFindingsPerRule: 0 });
    const results = [
      { ...(await linter.lintAsync(dense(30), { path: 'a.md' })), path: 'a.md' },
      { ...(await linter.lintAsync('Nothing to see.\n', { path: 'clean.md' })), path: 'clean.md' },
      { ...(await linter.lintAsync('---\nplatform: [\n---\nx', { path: 'bad.md' })), path: 'bad.md' },
      { ...(await linter.lintAsync('The the council "quoted" \\ path.\n', { path: 'we"ird\\.md' })), path: 'we"ird\\.md' },
    ];
    for (const set of [results, results.slice(1, 2), results.slice(2), []]) {
      expect([...formatJsonChunks(set)].join('')).toBe(format(set, 'json'));
    }
  });

  it('the CLI on a 5 MB draft dense with phone numbers and e-mails: a small, valid report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'commslint-cap-'));
    let text = '';
    for (let i = 0; text.length < 5 * 1024 * 1024; i++) text += `Call 07911 ${String(100000 + (i % 900000))} or email user${i}@example.com today.\n\n`;
    writeFileSync(join(dir, 'dense.md'), text);
    const r = await runCli(['--format', 'json', 'dense.md'], dir, 600_000);
    expect(r.killed).toBe(false);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { results: Array<{ findings: Array<{ ruleId: string; message: string }> }> };
    const findings = doc.results[0]!.findings;
    expect(findings.filter((f) => f.ruleId === 'personal-data/phone-number')).toHaveLength(101);
    expect(findings.filter((f) => f.ruleId === 'personal-data/email')).toHaveLength(101);
    expect(findings.filter((f) => /not shown/.test(f.message)).length).toBeGreaterThanOrEqual(2);
    // 255 MB before; now a few hundred KB.
    expect(r.stdout.length).toBeLessThan(5 * 1024 * 1024);
  }, 620_000);
});
