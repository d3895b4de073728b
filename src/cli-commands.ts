// The CLI's informational commands: --list-rules, --explain, --init, --print-config.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtinRules } from '../rules/index.js';
import { citationsFor } from './policy/index.js';
import { loadConfig, createNodeLinter } from './node.js';

export function listRules(): number {
  const rows = builtinRules.map((r) => [r.id, r.category, r.recommended ? r.defaultSeverity : `${r.defaultSeverity} (strict only)`, r.fixable ? 'fixable' : ''] as const);
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), 4));
  const lines = [`${'rule'.padEnd(w[0]!)}  ${'category'.padEnd(w[1]!)}  ${'severity'.padEnd(w[2]!)}  fix`];
  for (const r of rows) lines.push(`${r[0].padEnd(w[0]!)}  ${r[1].padEnd(w[1]!)}  ${r[2].padEnd(w[2]!)}  ${r[3]}`.trimEnd());
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export function explain(id: string): number {
  const rule = builtinRules.find((r) => r.id === id);
  if (!rule) {
    process.stderr.write(`commslint: unknown rule "${id}" (see --list-rules)\n`);
    return 2;
  }
  const out = [`${rule.id}  (${rule.category}, default ${rule.defaultSeverity}${rule.recommended ? '' : ', strict only'}${rule.fixable ? ', fixable' : ''})`, '', rule.description];
  if (rule.docs.rationale) out.push('', rule.docs.rationale);
  if (rule.docs.flagged?.length) out.push('', 'Flagged:', ...rule.docs.flagged.map((e) => `  ✗ ${e}`));
  if (rule.docs.clean?.length) out.push('', 'Not flagged:', ...rule.docs.clean.map((e) => `  ✓ ${e}`));
  out.push('', 'Citations (UK default; the configured locale selects the jurisdiction):');
  for (const c of citationsFor(rule, 'uk')) out.push(`  - ${c.title}${c.section ? `, ${c.section}` : ''}${c.url ? ` <${c.url}>` : ''}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

export function init(cwd: string): number {
  const file = join(cwd, 'commslint.config.json');
  if (existsSync(file)) {
    process.stderr.write(`commslint: ${file} already exists; not overwriting it\n`);
    return 2;
  }
  const starter = {
    extends: ['commslint:recommended'],
    locale: 'en-GB',
    platform: 'generic',
    organisation: { name: 'Your organisation', domains: ['example.gov.uk'], publicContacts: [] as string[] },
    terms: { confidential: [] as string[], allow: [] as string[] },
    electionPeriods: [] as unknown[],
    ai: { approvedTools: [] as string[], requireReview: true },
    rules: {},
  };
  writeFileSync(file, `${JSON.stringify(starter, null, 2)}\n`);
  process.stdout.write(`Wrote ${file}\n`);
  return 0;
}

export async function printConfig(target: string, configFile?: string): Promise<number> {
  const loaded = configFile ? await loadConfig({ configFile: resolve(configFile) }) : await loadConfig(resolve(target));
  const linter = await createNodeLinter(loaded);
  const rules = Object.fromEntries([...linter.config.rules].map(([id, s]) => [id, s.options === undefined ? s.severity : [s.severity, s.options]]));
  process.stdout.write(`${JSON.stringify({ ...(loaded.file ? { file: loaded.file } : {}), ...linter.config.config, settings: linter.config.settings, rules }, null, 2)}\n`);
  return 0;
}
