// The CLI's informational commands: --list-rules, --explain, --init, --print-config. Each returns an
// exit code and writes to the given streams (process.stdout/stderr by default) so tests can call them.
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { builtinRules } from '../rules/index.js';
import { citationsFor } from './policy/index.js';
import { loadConfig, createNodeLinter } from './node.js';
import { parseConfig } from './config/schema.js';
import { LOCALE_JURISDICTION } from './config/settings.js';
import { LOCALES, type Locale } from './types.js';
import type { Rule } from './engine/rule.js';
import { importModule } from './import-module.js';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const processIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

function severityLabel(r: Rule): string {
  return r.recommended ? r.defaultSeverity : `${r.defaultSeverity} (strict only)`;
}

/** `--list-rules`: id, category, default severity, fixable; `--format json` gives the same as data. */
export function listRules(formatName = 'stylish', io: Io = processIo): number {
  if (formatName === 'json') {
    const data = builtinRules.map((r) => ({ id: r.id, category: r.category, defaultSeverity: r.defaultSeverity, recommended: r.recommended, fixable: r.fixable, hasSuggestions: r.hasSuggestions, sensitive: r.sensitive, description: r.description, topics: r.topics }));
    io.out(`${JSON.stringify(data, null, 2)}\n`);
    return 0;
  }
  const header = ['rule', 'category', 'default severity', 'fixable'] as const;
  const rows = builtinRules.map((r) => [r.id, r.category, severityLabel(r), r.fixable ? 'yes' : ''] as const);
  const w = [0, 1, 2].map((i) => rows.reduce((n, r) => Math.max(n, r[i]!.length), header[i]!.length));
  const line = (r: readonly string[]): string => `${r[0]!.padEnd(w[0]!)}  ${r[1]!.padEnd(w[1]!)}  ${r[2]!.padEnd(w[2]!)}  ${r[3]}`.trimEnd();
  const recommended = builtinRules.filter((r) => r.recommended).length;
  io.out(`${[line(header), ...rows.map(line), '', `${builtinRules.length} rules (${recommended} in commslint:recommended, all in commslint:strict). commslint --explain RULE for details.`].join('\n')}\n`);
  return 0;
}

export interface ExplainOptions {
  /** Directory whose config picks the jurisdiction of the citations shown (default: the working directory). */
  cwd?: string;
  configFile?: string;
}

/** `--explain RULE`: description, rationale, examples that are flagged and not, options, citations. */
export async function explain(id: string, options: ExplainOptions = {}, io: Io = processIo): Promise<number> {
  const rule = builtinRules.find((r) => r.id === id);
  if (!rule) {
    const near = builtinRules.filter((r) => r.id.includes(id) || id.includes(r.id.split('/')[1]!)).map((r) => r.id);
    io.err(`commslint: unknown rule "${id}"${near.length ? ` (did you mean ${near.slice(0, 3).join(', ')}?)` : ''}; see --list-rules\n`);
    return 2;
  }
  const cwd = options.cwd ?? process.cwd();
  const loaded = options.configFile ? await loadConfig({ configFile: resolve(cwd, options.configFile) }) : await loadConfig(join(cwd, 'draft.md'));
  const linter = await createNodeLinter(loaded);
  const { settings } = linter.config;
  const flags = [rule.category, `default ${rule.defaultSeverity}`, rule.recommended ? 'recommended' : 'strict only', ...(rule.fixable ? ['fixable'] : []), ...(rule.hasSuggestions ? ['has suggestions'] : []), ...(rule.sensitive ? ['findings masked'] : [])];
  const out = [`${rule.id}  (${flags.join(', ')})`, '', rule.description];
  if (rule.docs.rationale) out.push('', rule.docs.rationale);
  if (rule.docs.flagged?.length) out.push('', 'Flagged:', rule.docs.flagged.map((e) => `  \u2717 ${e}`).join('\n'));
  if (rule.docs.clean?.length) out.push('', 'Not flagged:', rule.docs.clean.map((e) => `  \u2713 ${e}`).join('\n'));
  try {
    const defaults = rule.parseOptions(undefined) ?? rule.parseOptions({});
    if (defaults && typeof defaults === 'object' && Object.keys(defaults).length) out.push('', `Options (defaults): ${JSON.stringify(defaults)}`);
  } catch {
    // A rule whose options have no defaults: nothing to show.
  }
  out.push('', `Citations (${settings.jurisdiction.toUpperCase()}, from locale ${settings.locale}${loaded.file ? ` in ${loaded.file}` : ''}):`);
  for (const c of citationsFor(rule, settings.jurisdiction, settings.policy)) {
    out.push(`  - ${c.title}${c.section ? `, ${c.section}` : ''}${c.url ? ` <${c.url}>` : ''}`);
    if (c.summary) out.push(`    ${c.summary}`);
  }
  if (rule.docs.url) out.push('', `More: ${rule.docs.url}`);
  io.out(`${out.join('\n')}\n`);
  return 0;
}

/** Asks one question; resolves to the answer (empty for the default). */
export type Ask = (question: string) => Promise<string>;

export interface InitOptions {
  /** Ask for locale and organisation (the CLI passes one when stdin and stdout are terminals). */
  ask?: Ask;
}

export interface InitAnswers {
  locale: Locale;
  name?: string;
  domains: string[];
}

async function askAnswers(ask: Ask, io: Io): Promise<InitAnswers> {
  let locale: Locale = 'en-GB';
  for (;;) {
    const a = (await ask(`Locale (${LOCALES.join(', ')}) [en-GB]: `)).trim();
    if (!a) break;
    const match = LOCALES.find((l) => l.toLowerCase() === a.toLowerCase().replace('_', '-'));
    if (match) {
      locale = match;
      break;
    }
    io.err(`Please answer one of ${LOCALES.join(', ')}.\n`);
  }
  const name = (await ask('Organisation name (e.g. Riverside Council) []: ')).trim();
  const domains = (await ask('Organisation web and mail domains, comma-separated (e.g. riverside.gov.uk) []: '))
    .split(/[,\s]+/)
    .map((d) => d.trim().replace(/^https?:\/\//, '').replace(/\/.*$/, '').toLowerCase())
    .filter(Boolean);
  return { locale, ...(name ? { name } : {}), domains };
}

/** The starter config `--init` writes (valid against the config schema). */
export function starterConfig(answers: InitAnswers = { locale: 'en-GB', domains: [] }) {
  return {
    extends: ['commslint:recommended'],
    locale: answers.locale,
    platform: 'generic',
    organisation: { ...(answers.name ? { name: answers.name } : {}), domains: answers.domains, publicContacts: [] as string[] },
    terms: { confidential: [] as string[], allow: [] as string[] },
    electionPeriods: [] as Array<{ name: string; start: string; end: string }>,
    ai: { approvedTools: [] as string[], requireReview: true },
    rules: {} as Record<string, string>,
  };
}

/** `--init`: writes commslint.config.json in `cwd` (never overwrites). */
export async function init(cwd: string, options: InitOptions = {}, io: Io = processIo): Promise<number> {
  const file = join(cwd, 'commslint.config.json');
  if (existsSync(file)) {
    io.err(`commslint: ${file} already exists; not overwriting it\n`);
    return 2;
  }
  const answers = options.ask ? await askAnswers(options.ask, io) : undefined;
  const starter = starterConfig(answers);
  parseConfig(starter, file); // The starter must always be a valid config.
  writeFileSync(file, `${JSON.stringify(starter, null, 2)}\n`, { flag: 'wx' });
  const j = LOCALE_JURISDICTION[starter.locale];
  io.out(`Wrote ${file} (locale ${starter.locale}: ${j.toUpperCase()} citations${answers ? '' : '; edit it to name your organisation, its domains and public contacts'}).\n`);
  return 0;
}

/** A readline-based `ask` for an interactive terminal. */
export async function terminalAsk(): Promise<{ ask: Ask; close: () => void }> {
  const { createInterface } = await importModule<typeof import('node:readline/promises')>('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  return { ask: (q) => rl.question(q), close: () => rl.close() };
}

/** `--print-config FILE`: the config that applies to FILE, resolved (presets, extends, rule severities). */
export async function printConfig(target: string, configFile?: string, io: Io = processIo): Promise<number> {
  const loaded = configFile ? await loadConfig({ configFile: resolve(configFile) }) : await loadConfig(resolve(target));
  const linter = await createNodeLinter(loaded);
  const rules: Record<string, unknown> = Object.fromEntries([...linter.config.rules].map(([id, s]) => [id, s.options === undefined ? s.severity : [s.severity, s.options]]));
  // The overrides whose globs match FILE (relative to the config's directory), applied in order.
  const rel = relative(loaded.dir, resolve(target)).split(sep).join('/');
  const applied = linter.config.overrides.filter((o) => {
    const opts = { dot: true, matchBase: o.files.every((g) => !g.includes('/')) };
    return picomatch(o.files, opts)(rel) && !(o.excludedFiles.length && picomatch(o.excludedFiles, opts)(rel));
  });
  let { settings } = linter.config;
  for (const o of applied) {
    for (const [id, entry] of Object.entries(o.rules)) {
      const prev = rules[id];
      rules[id] = typeof entry === 'string' && Array.isArray(prev) ? [entry, ...prev.slice(1)] : entry;
    }
    if (o.locale) settings = { ...settings, locale: o.locale, jurisdiction: LOCALE_JURISDICTION[o.locale] };
    if (o.platform) settings = { ...settings, platform: o.platform };
  }
  const header = { ...(loaded.file ? { file: loaded.file } : {}), target: rel, ...(applied.length ? { appliedOverrides: applied.map((o) => o.files) } : {}) };
  io.out(`${JSON.stringify({ ...header, ...linter.config.config, settings, rules }, null, 2)}\n`);
  return 0;
}
