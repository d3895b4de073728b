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

const indent = (json: string, by: string): string => json.replace(/\n/g, `\n${by}`);

/**
 * The same text as formatJson, a finding at a time, so that a large report is written out without ever
 * being one string (a 5 MB draft's report ran to 255 MB, built in memory twice).
 */
export function* formatJsonChunks(results: readonly LintResult[]): Generator<string> {
  const report = toJsonReport(results);
  if (report.results.length === 0) {
    yield JSON.stringify(report, null, 2);
    return;
  }
  yield '{\n  "version": 1,\n  "results": [\n';
  for (let r = 0; r < report.results.length; r++) {
    const item = report.results[r]!;
    const shell = `    ${indent(JSON.stringify({ ...item, findings: [] }, null, 2), '    ')}`;
    const at = shell.indexOf('\n      "findings": []');
    if (item.findings.length === 0 || at === -1) yield shell;
    else {
      yield `${shell.slice(0, at)}\n      "findings": [\n`;
      for (let i = 0; i < item.findings.length; i++) {
        yield `        ${indent(JSON.stringify(item.findings[i], null, 2), '        ')}${i + 1 < item.findings.length ? ',' : ''}\n`;
      }
      yield `      ]${shell.slice(at + '\n      "findings": []'.length)}`;
    }
    yield r + 1 < report.results.length ? ',\n' : '\n';
  }
  yield `  ],\n  "errorCount": ${report.errorCount},\n  "warningCount": ${report.warningCount},\n  "infoCount": ${report.infoCount}\n}`;
}
