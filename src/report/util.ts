// Helpers shared by the formatters (browser-safe).
import type { Citation, LintResult } from '../types.js';

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

/** "Title, section" of a citation. */
export function citationLabel(c: Citation): string {
  return `${c.title}${c.section ? `, ${c.section}` : ''}`;
}

// "info" is uncountable: "3 info", as in "3 errors, 1 warning, 3 info".
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;

export interface Totals {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  fixableErrors: number;
  fixableWarnings: number;
  fixableInfos: number;
  /** Files that could not be linted. */
  failed: number;
}

/** Counts from the findings themselves (so `--quiet` filtering and formatter input always agree). */
export function totals(results: readonly LintResult[]): Totals {
  const t: Totals = { files: results.length, errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0, fixableInfos: 0, failed: 0 };
  for (const r of results) {
    if (r.error) t.failed++;
    for (const f of r.findings) {
      if (f.severity === 'error') {
        t.errors++;
        if (f.fix) t.fixableErrors++;
      } else if (f.severity === 'warning') {
        t.warnings++;
        if (f.fix) t.fixableWarnings++;
      } else {
        t.infos++;
        if (f.fix) t.fixableInfos++;
      }
    }
  }
  return t;
}
