// Formatters: results in, text out. Findings are already masked by the engine; formatters only show
// `message` and `excerpt`, never the draft's text, so no format can leak what a rule masked.
import type { LintResult } from '../types.js';
import { formatStylish } from './stylish.js';
import { formatJson } from './json.js';

export interface FormatOptions {
  /** ANSI colour (stylish only). */
  color?: boolean;
  /** Directory paths are shown relative to. */
  cwd?: string;
}

export type Formatter = (results: readonly LintResult[], options: FormatOptions) => string;

const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
};

export const FORMATS = Object.keys(formatters) as FormatName[];
export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'markdown';

export function registerFormatter(name: FormatName, formatter: Formatter): void {
  formatters[name] = formatter;
  if (!FORMATS.includes(name)) FORMATS.push(name);
}

export function format(results: readonly LintResult[], name: FormatName = 'stylish', options: FormatOptions = {}): string {
  const formatter = formatters[name];
  if (!formatter) throw new Error(`Unknown format "${name}" (known: ${Object.keys(formatters).join(', ')})`);
  return formatter(results, options);
}

/** Path shown for a result: relative to `cwd` when inside it. */
export function displayPath(path: string | undefined, cwd?: string): string {
  if (!path) return '<text>';
  const p = path.replace(/\\/g, '/');
  if (cwd) {
    const c = cwd.replace(/\\/g, '/').replace(/\/$/, '');
    if (p.startsWith(`${c}/`)) return p.slice(c.length + 1);
  }
  return p;
}
