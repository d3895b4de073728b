// JUnit XML for CI dashboards: one <testsuite> per file, one failing <testcase> per finding (its
// severity as the failure type), a passing test case for a clean file and an <error> for a file that
// could not be linted.
import type { LintResult } from '../types.js';
import type { FormatOptions } from './index.js';
import { citationLabel, displayPath, totals } from './util.js';

// Characters XML 1.0 cannot carry at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML attribute or element (newlines kept as character references in attributes). */
export function escapeXml(s: string, attribute = false): string {
  const out = s.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attribute ? out.replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;') : out;
}

export function formatJunit(results: readonly LintResult[], options: FormatOptions = {}): string {
  const t = totals(results);
  const a = (s: string): string => escapeXml(s, true);
  const suites: string[] = [];
  let tests = 0;
  for (const r of results) {
    const name = displayPath(r.path, options.cwd);
    const cases: string[] = [];
    if (r.error) {
      cases.push(`    <testcase classname="${a(name)}" name="commslint" file="${a(name)}">\n      <error message="${a(r.error)}" type="unlintable">${escapeXml(`${name}: ${r.error}`)}</error>\n    </testcase>`);
    }
    for (const f of r.findings) {
      const body = [`${f.severity} at ${name}:${f.line}:${f.column}: ${f.message} (${f.ruleId})`, ...f.citations.map((c) => `Policy: ${citationLabel(c)}${c.url ? ` <${c.url}>` : ''}`)].join('\n');
      cases.push(
        `    <testcase classname="${a(name)}" name="${a(`${f.ruleId} at ${f.line}:${f.column}`)}" file="${a(name)}" line="${f.line}">\n` +
          `      <failure message="${a(f.message)}" type="${a(f.severity)}">${escapeXml(body)}</failure>\n` +
          `    </testcase>`,
      );
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${a(name)}" name="commslint" file="${a(name)}"/>`);
    const failures = r.findings.length;
    const errors = r.error ? 1 : 0;
    tests += cases.length;
    suites.push(`  <testsuite name="${a(name)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  const failures = t.errors + t.warnings + t.infos;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="commslint" tests="${tests}" failures="${failures}" errors="${t.failed}">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}
