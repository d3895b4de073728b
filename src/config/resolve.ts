// Resolution of a config: `extends` layers (presets, or files loaded by the Node API), merged in order,
// then the config itself; rule entries validated against the registry and their option schemas.
import { z } from 'zod';
import type { Jurisdiction, Platform, Locale, Severity } from '../types.js';
import type { Rule } from '../engine/rule.js';
import { ConfigError, parseConfig, type Config, type ConfigInput, type RuleEntry } from './schema.js';
import { maskEchoedValue } from '../text/shapes.js';
import { isPreset, presetConfig, RULE_PRESETS, JURISDICTION_PRESETS, LANGUAGE_PRESETS } from './presets.js';
import { DEFAULT_DISCLOSURE_TEXT, DEFAULT_MAX_FINDINGS_PER_RULE, LOCALE_JURISDICTION, type Settings } from './settings.js';

export interface RuleSetting {
  severity: Severity;
  options: unknown;
}

export interface ResolvedOverride {
  files: string[];
  excludedFiles: string[];
  platform?: Platform;
  locale?: Locale;
  rules: Record<string, RuleEntry>;
}

export interface ResolvedConfig {
  settings: Settings;
  rules: Map<string, RuleSetting>;
  overrides: ResolvedOverride[];
  ignores: string[];
  /** The merged config, as `--print-config` shows it. */
  config: Config;
}

export interface ResolveOptions {
  /** File the config came from, for error messages. */
  file?: string;
  /** Loads a non-preset `extends` entry (a path) into an already-flattened config. Node only. */
  resolveExtends?: (name: string, from?: string) => Config;
}

type Layer = Config & { jurisdiction?: Jurisdiction };

const union = (a: string[] | undefined, b: string[] | undefined): string[] | undefined =>
  a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined;

function mergeRules(into: Record<string, RuleEntry>, from: Record<string, RuleEntry> | undefined): void {
  for (const [id, entry] of Object.entries(from ?? {})) {
    const prev = into[id];
    if (typeof entry === 'string' && Array.isArray(prev) && prev.length > 1) into[id] = [entry, ...prev.slice(1)] as RuleEntry;
    else into[id] = entry;
  }
}

/** Merges config layers, later layers winning; lists are united, rule entries keep earlier options when only a severity is given. */
export function mergeConfigs(layers: Layer[]): Layer {
  const out: Layer = { rules: {} };
  for (const l of layers) {
    if (l.locale) out.locale = l.locale;
    if (l.platform) out.platform = l.platform;
    if (l.maxFindingsPerRule !== undefined) out.maxFindingsPerRule = l.maxFindingsPerRule;
    if (l.jurisdiction) out.jurisdiction = l.jurisdiction;
    if (l.policy) out.policy = l.policy;
    if (l.organisation) {
      const o = out.organisation ?? {};
      out.organisation = {
        ...o,
        ...(l.organisation.name ? { name: l.organisation.name } : {}),
        domains: union(o.domains, l.organisation.domains),
        publicContacts: union(o.publicContacts, l.organisation.publicContacts),
      };
    }
    if (l.terms) {
      const t = out.terms ?? {};
      out.terms = {
        confidential: union(t.confidential, l.terms.confidential),
        allow: union(t.allow, l.terms.allow),
        deny: [...(t.deny ?? []), ...(l.terms.deny ?? [])],
      };
    }
    if (l.electionPeriods) out.electionPeriods = [...(out.electionPeriods ?? []), ...l.electionPeriods];
    if (l.ai) {
      const a = out.ai ?? {};
      out.ai = {
        ...a,
        ...(l.ai.requireReview !== undefined ? { requireReview: l.ai.requireReview } : {}),
        approvedTools: union(a.approvedTools, l.ai.approvedTools),
        disclosure: { ...a.disclosure, ...l.ai.disclosure, patterns: union(a.disclosure?.patterns, l.ai.disclosure?.patterns) },
      };
    }
    mergeRules(out.rules!, l.rules);
    if (l.overrides) out.overrides = [...(out.overrides ?? []), ...l.overrides];
    if (l.ignores) out.ignores = [...(out.ignores ?? []), ...l.ignores];
  }
  return out;
}

/** Expands `extends` into layers (presets and loaded files), the config itself last. */
export function expandLayers(config: Config, rules: readonly Rule[], options: ResolveOptions = {}): Layer[] {
  const names = config.extends === undefined ? ['commslint:recommended'] : [config.extends].flat();
  const layers: Layer[] = [];
  const hasRulePreset = names.some((n) => (RULE_PRESETS as readonly string[]).includes(n) || !isPreset(n));
  if (names.length > 0 && !hasRulePreset && names.every((n) => n in JURISDICTION_PRESETS || n in LANGUAGE_PRESETS)) {
    layers.push(presetConfig('commslint:recommended', rules));
  }
  for (const name of names) {
    if (isPreset(name)) layers.push(presetConfig(name, rules));
    else if (name.startsWith('commslint:')) {
      throw new ConfigError(`Invalid config${options.file ? ` in ${options.file}` : ''}: extends: unknown preset "${maskEchoedValue(name)}" (known: ${[...RULE_PRESETS, ...Object.keys(JURISDICTION_PRESETS), ...Object.keys(LANGUAGE_PRESETS)].join(', ')})`, 'extends', options.file);
    } else if (options.resolveExtends) layers.push(options.resolveExtends(name, options.file));
    else {
      throw new ConfigError(`Invalid config: extends: "${name}" is a file; only presets can be extended here (use loadConfig from commslint/node to load files)`, 'extends', options.file);
    }
  }
  layers.push({ ...config, extends: undefined });
  return layers;
}

function toSetting(entry: RuleEntry): { severity: Severity; options?: unknown; hasOptions: boolean } {
  if (typeof entry === 'string') return { severity: entry, hasOptions: false };
  return { severity: entry[0], options: entry[1], hasOptions: entry.length > 1 };
}

/** Validates rule entries against the registry: unknown ids and bad options name the key path. */
export function validateRuleEntries(entries: Record<string, RuleEntry>, registry: ReadonlyMap<string, Rule>, prefix: string, file?: string): void {
  for (const [id, entry] of Object.entries(entries)) {
    const rule = registry.get(id);
    const where = `${prefix}.${id}`;
    if (!rule) throw new ConfigError(`Invalid config${file ? ` in ${file}` : ''}: ${where}: unknown rule "${maskEchoedValue(id)}" (see --list-rules)`, where, file);
    const s = toSetting(entry);
    if (!s.hasOptions) continue;
    try {
      rule.parseOptions(s.options);
    } catch (error) {
      if (error instanceof z.ZodError) {
        const issue = error.issues[0]!;
        const path = [where, ...issue.path.map(String)].join('.');
        throw new ConfigError(`Invalid config${file ? ` in ${file}` : ''}: ${path}: ${issue.message}`, path, file);
      }
      throw error;
    }
  }
}

export function resolveConfig(input: ConfigInput | Config | undefined, rules: readonly Rule[], options: ResolveOptions = {}): ResolvedConfig {
  const config = parseConfig(input ?? {}, options.file);
  const merged = mergeConfigs(expandLayers(config, rules, options));
  const registry = new Map(rules.map((r) => [r.id, r]));
  validateRuleEntries(merged.rules ?? {}, registry, 'rules', options.file);
  (merged.overrides ?? []).forEach((o, i) => validateRuleEntries(o.rules ?? {}, registry, `overrides.${i}.rules`, options.file));

  const locale = merged.locale ?? 'en-GB';
  const jurisdiction = merged.jurisdiction ?? LOCALE_JURISDICTION[locale];
  const settings: Settings = {
    locale,
    jurisdiction,
    platform: merged.platform ?? 'generic',
    organisation: {
      ...(merged.organisation?.name ? { name: merged.organisation.name } : {}),
      domains: (merged.organisation?.domains ?? []).map((d) => d.toLowerCase()),
      publicContacts: merged.organisation?.publicContacts ?? [],
    },
    terms: { confidential: merged.terms?.confidential ?? [], allow: merged.terms?.allow ?? [], deny: merged.terms?.deny ?? [] },
    electionPeriods: merged.electionPeriods ?? [],
    ai: {
      approvedTools: merged.ai?.approvedTools ?? [],
      requireReview: merged.ai?.requireReview ?? true,
      disclosure: {
        required: merged.ai?.disclosure?.required ?? 'always',
        patterns: merged.ai?.disclosure?.patterns ?? [],
        text: merged.ai?.disclosure?.text ?? DEFAULT_DISCLOSURE_TEXT,
      },
    },
    ...(merged.policy ? { policy: merged.policy } : {}),
    maxFindingsPerRule: merged.maxFindingsPerRule ?? DEFAULT_MAX_FINDINGS_PER_RULE,
  };
  const ruleSettings = new Map<string, RuleSetting>();
  for (const [id, entry] of Object.entries(merged.rules ?? {})) {
    const s = toSetting(entry);
    ruleSettings.set(id, { severity: s.severity, options: s.options });
  }
  const overrides: ResolvedOverride[] = (merged.overrides ?? []).map((o) => ({
    files: [o.files].flat(),
    excludedFiles: o.excludedFiles ? [o.excludedFiles].flat() : [],
    ...(o.platform ? { platform: o.platform } : {}),
    ...(o.locale ? { locale: o.locale } : {}),
    rules: o.rules ?? {},
  }));
  const { jurisdiction: _j, ...printable } = merged;
  return { settings, rules: ruleSettings, overrides, ignores: merged.ignores ?? [], config: { ...printable, locale, jurisdiction } as Config };
}

export { toSetting };
