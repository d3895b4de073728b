// Built-in shareable configs. Rule presets are computed from rule metadata, so a new rule joins them
// by being registered; jurisdiction presets set the locale and the policy pack.
import type { Jurisdiction } from '../types.js';
import type { Rule } from '../engine/rule.js';
import type { Config, RuleEntry } from './schema.js';
import { JURISDICTION_LOCALE } from './settings.js';

export const RULE_PRESETS = ['commslint:recommended', 'commslint:strict'] as const;
export const JURISDICTION_PRESETS: Readonly<Record<string, Jurisdiction>> = {
  'commslint:uk': 'uk',
  'commslint:au': 'au',
  'commslint:us': 'us',
  'commslint:ca': 'ca',
  'commslint:nz': 'nz',
  'commslint:eu': 'eu',
};

export function isPreset(name: string): boolean {
  return (RULE_PRESETS as readonly string[]).includes(name) || name in JURISDICTION_PRESETS;
}

/** The config a preset stands for, given the registered rules. */
export function presetConfig(name: string, rules: readonly Rule[]): Config & { jurisdiction?: Jurisdiction } {
  if (name === 'commslint:recommended') {
    const entries: Record<string, RuleEntry> = {};
    for (const rule of rules) entries[rule.id] = rule.recommended ? rule.defaultSeverity : 'off';
    return { rules: entries };
  }
  if (name === 'commslint:strict') {
    const entries: Record<string, RuleEntry> = {};
    for (const rule of rules) entries[rule.id] = rule.defaultSeverity === 'info' ? 'warning' : 'error';
    return { rules: entries };
  }
  const jurisdiction = JURISDICTION_PRESETS[name];
  if (jurisdiction) return { locale: JURISDICTION_LOCALE[jurisdiction], jurisdiction };
  throw new Error(`unknown preset "${name}"`);
}
