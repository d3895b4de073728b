// Probe rules for the formatter tests: real rules run by the real engine (through `plugins`), so the
// results carry every field a formatter can meet — fixes, suggestions, sensitive findings, every
// severity, suppressed findings — whatever the built-in rules flag at the moment.
import { z } from 'zod';
import { createLinter, defineRule, type LintResult } from '../src/index.js';

/** Values the probe treats as personal data or secrets (and which the real rules also catch). */
export const SECRET_VALUES = ['sarah.jenkins82@gmail.com', '07911 123456', 'AKIA4HJKL2MNOP7QRSTU'] as const;

const SECRET_PATTERN = /sarah\.jenkins82@gmail\.com|07911 123456|AKIA4HJKL2MNOP7QRSTU/g;

export const probeSecret = defineRule({
  id: 'personal-data/test-probe',
  category: 'personal-data',
  description: 'Test probe: flags the known test values as personal data.',
  docs: {},
  defaultSeverity: 'error',
  topics: ['personal-data'],
  options: z.object({}).strict(),
  sensitive: true,
  check(ctx) {
    for (const m of ctx.text.matchAll(SECRET_PATTERN)) {
      // A careless message that quotes the value: the engine must scrub it.
      ctx.report({ offset: m.index, endOffset: m.index + m[0].length, message: `Personal data "${m[0]}" in a public post.` });
    }
  },
});

export const probeShout = defineRule({
  id: 'tone/test-shout',
  category: 'tone',
  description: 'Test probe: "WOW" in capitals, with a fix.',
  docs: { rationale: 'Probe rationale.', flagged: ['WOW'], clean: ['wow'] },
  defaultSeverity: 'warning',
  topics: ['conduct'],
  options: z.object({}).strict(),
  fixable: true,
  hasSuggestions: true,
  check(ctx) {
    for (const m of ctx.text.matchAll(/\bWOW\b/g)) {
      const fix = { offset: m.index, endOffset: m.index + 3, text: 'wow' };
      ctx.report({ offset: m.index, endOffset: m.index + 3, message: 'Shouting: "WOW" in capitals.', fix, suggestions: [{ message: 'Write "wow".', fix }] });
    }
  },
});

/** A careless non-sensitive rule whose finding covers a whole line (its excerpt carries any value on it). */
export const probeLine = defineRule({
  id: 'platform/test-line',
  category: 'platform',
  description: 'Test probe: flags lines that start with "Note".',
  docs: {},
  defaultSeverity: 'info',
  topics: ['platform-terms'],
  options: z.object({}).strict(),
  check(ctx) {
    for (const m of ctx.text.matchAll(/^Note[^\n]*/gm)) ctx.report({ offset: m.index, endOffset: m.index + m[0].length, message: 'A line starting with "Note": <b>check</b> | pipes, commas: and\nnewlines %0A.' });
  },
});

export const PROBES = [probeSecret, probeShout, probeLine];

export async function probeLinter(extra: Record<string, unknown> = {}) {
  return createLinter({ extends: [], rules: { 'personal-data/test-probe': 'error', 'tone/test-shout': 'warning', 'platform/test-line': 'info' }, ...extra }, { plugins: PROBES });
}

export const DRAFT = [
  'WOW, the new library opens on Monday!',
  'Note: contact Sarah on 07911 123456 or sarah.jenkins82@gmail.com for the keys.',
  '<!-- commslint-disable-next-line personal-data/test-probe -- published with consent -->',
  'Deploy key AKIA4HJKL2MNOP7QRSTU is in the wiki.',
  '',
].join('\n');

export async function probeResults(): Promise<LintResult[]> {
  const linter = await probeLinter();
  const a = linter.lint(DRAFT, { path: '/repo/drafts/library opening.md' });
  const b = linter.lint('All clear: the library is open.\n', { path: '/repo/drafts/clean.md' });
  const failed: LintResult = { path: '/repo/drafts/binary.md', findings: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0, suppressed: [], meta: { platform: 'generic', lang: 'en-GB' }, error: 'binary file (contains NUL bytes); only Markdown and text drafts can be linted' };
  return [a, b, failed];
}
