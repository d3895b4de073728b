// GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff.
// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::<message>`; info findings are notices.
// Data and properties are escaped as @actions/core does, so a message can never end the command early
// or inject another one (a newline in a message becomes %0A).
import type { LintResult, ReportSeverity } from '../types.js';
import type { FormatOptions } from './index.js';
import { citationLabel, displayPath } from './util.js';

const COMMAND: Record<ReportSeverity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes the message part of a workflow command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (also `:` and `,`, which delimit properties). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(results: readonly LintResult[], options: FormatOptions = {}): string {
  const lines: string[] = [];
  for (const r of results) {
    const file = escapeProperty(displayPath(r.path, options.cwd));
    if (r.error) lines.push(`::error file=${file},title=${escapeProperty('commslint: file not linted')}::${escapeData(r.error)}`);
    for (const f of r.findings) {
      const props = [`file=${file}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${escapeProperty(f.ruleId)}`];
      const cite = f.citations[0];
      const message = cite ? `${f.message} (${citationLabel(cite)})` : f.message;
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
