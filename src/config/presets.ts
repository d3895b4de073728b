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

// Language-duty presets: a jurisdiction preset in the language the duty names, with the rules of that
// duty on (the Welsh Language Standards schemes put Welsh first and complete).
export const LANGUAGE_PRESETS: Readonly<Record<string, Config & { jurisdiction: Jurisdiction }>> = {
  'commslint:wales': { locale: 'cy-GB', jurisdiction: 'uk', rules: { 'language/bilingual-order': ['warning', { first: 'cy' }] } },
};

export function isPreset(name: string): boolean {
  return (RULE_PRESETS as readonly string[]).includes(name) || name in JURISDICTION_PRESETS || name in LANGUAGE_PRESETS;
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
  const language = LANGUAGE_PRESETS[name];
  if (language) return language;
  throw new Error(`unknown preset "${name}"`);
}
