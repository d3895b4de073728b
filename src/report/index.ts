// Formatters: results in, text out. Findings are already masked by the engine; formatters only show
// `message` and `excerpt`, never the draft's text, and every result passes through `redactForReport`
// first (another finding's excerpt can cover a masked value; every string, fix texts included, goes
// through the shape masker). All six formats are browser-safe and
// registered here, so `format()` from the library offers each of them.
import type { LintResult } from '../types.js';
import type { Rule } from '../engine/rule.js';
import { formatStylish } from './stylish.js';
import { formatJson, formatJsonChunks } from './json.js';
import { formatSarif } from './sarif.js';
import { formatGithub } from './github.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { redactForReport } from '../engine/redact.js';
import { InputError } from '../config/schema.js';

export { displayPath } from './util.js';
export { redactResults, redactWithText, redactForReport } from '../engine/redact.js';

export interface FormatOptions {
  /** ANSI colour (stylish only). */
  color?: boolean;
  /** Directory paths are shown relative to (SARIF: the %SRCROOT% base). */
  cwd?: string;
  /** Extra rule metadata (plugins) for formats that describe rules (SARIF). */
  rules?: readonly Rule[];
}

export type Formatter = (results: readonly LintResult[], options: FormatOptions) => string;

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'markdown';

const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  markdown: formatMarkdown,
};

export const FORMATS = Object.keys(formatters) as FormatName[];

/** Adds or replaces a formatter (for integrations that need another format). */
export function registerFormatter(name: FormatName, formatter: Formatter): void {
  formatters[name] = formatter;
  if (!FORMATS.includes(name)) FORMATS.push(name);
}

/** The report in pieces to write one after another (JSON streams a finding at a time; other formats are one piece). */
export function* formatChunks(results: readonly LintResult[], name: FormatName = 'stylish', options: FormatOptions = {}): Generator<string> {
  if (name === 'json' && formatters.json === formatJson) yield* formatJsonChunks(redactForReport(results));
  else yield format(results, name, options);
}

export function format(results: readonly LintResult[], name: FormatName = 'stylish', options: FormatOptions = {}): string {
  if (!Array.isArray(results)) throw new InputError(`results: expected an array of lint results (got ${results === null ? 'null' : typeof results})`, 'results');
  const formatter = Object.hasOwn(formatters, name) ? formatters[name] : undefined;
  if (!formatter) throw new InputError(`Unknown format "${name}" (known: ${Object.keys(formatters).join(', ')})`, 'format');
  return formatter(redactForReport(results), options);
}
