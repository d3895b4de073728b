// commslint: the browser-safe public API. Nothing reachable from here may import `node:` modules.
import { builtinRules } from '../rules/index.js';
import { buildLinter, type Linter, type LinterOptions, type LintOptions } from './engine/linter.js';
import type { Config, ConfigInput } from './config/schema.js';
import type { LintResult } from './types.js';
import { checkLintInput } from './engine/input.js';

export * from './types.js';
export { defineRule } from './engine/rule.js';
export type { Rule, RuleDefinition, RuleContext, ReportDescriptor, RuleDocs } from './engine/rule.js';
export type { Linter, LinterOptions, LintOptions } from './engine/linter.js';
export { Document, DocumentParseError } from './engine/document.js';
export type { Range, Post, Link, Image, Block } from './engine/document.js';
export { applyFixes } from './engine/fixes.js';
export { ConfigError, InputError, configSchema, parseConfig } from './config/schema.js';
export type { Config, ConfigInput } from './config/schema.js';
export type { Settings } from './config/settings.js';
export type { ResolvedConfig } from './config/resolve.js';
export { citationsFor, POLICY_PACKS, TOPICS } from './policy/index.js';
export type { Topic, PolicyPack } from './policy/index.js';
export { format, FORMATS, type FormatName, type FormatOptions } from './report/index.js';
export { mask } from './text/mask.js';
export { countCharacters, type CharacterCount, type CountOptions, type CountedPlatform, type LengthUnit } from './text/counting.js';
export { maskShapes } from './text/shapes.js';
export { builtinRules };

/** Identity helper that type-checks a config object. */
export function defineConfig(config: ConfigInput): ConfigInput {
  return config;
}

/** Resolves presets, rules and policy packs once; the returned linter lints synchronously. */
export async function createLinter(config?: ConfigInput | Config, options?: LinterOptions): Promise<Linter> {
  return buildLinter(builtinRules, config, options);
}

/** One-shot convenience: create a linter and lint one text. */
export async function lint(text: string, options: LintOptions & { config?: ConfigInput | Config } = {}): Promise<LintResult> {
  const { config, ...lintOptions } = checkLintInput(text, options);
  const linter = await createLinter(config);
  return linter.lintAsync(text, lintOptions);
}
