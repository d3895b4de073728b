// DESIGN.md's JSON document, version 1.
import type { Finding, LintResult } from '../types.js';
import type { FormatOptions } from './index.js';

export interface JsonResult {
  path?: string;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
  error?: string;
}

export interface JsonReport {
  version: 1;
  results: JsonResult[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

export function toJsonReport(results: readonly LintResult[]): JsonReport {
  const out: JsonReport = { version: 1, results: [], errorCount: 0, warningCount: 0, infoCount: 0 };
  for (const r of results) {
    const item: JsonResult = {
      ...(r.path !== undefined ? { path: r.path } : {}),
      findings: r.error && r.findings.length === 0 ? [] : r.findings,
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      infoCount: r.infoCount,
      fixableCount: r.fixableCount,
      ...(r.error ? { error: r.error } : {}),
    };
    out.results.push(item);
    out.errorCount += r.errorCount;
    out.warningCount += r.warningCount;
    out.infoCount += r.infoCount;
  }
  return out;
}

export function formatJson(results: readonly LintResult[], _options: FormatOptions = {}): string {
  return JSON.stringify(toJsonReport(results), null, 2);
}
