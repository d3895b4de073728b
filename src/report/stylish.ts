// The default human format, after ESLint's stylish: grouped by file, aligned columns, the first citation
// under each finding, a summary with counts and fixable counts. Colour only when asked (a TTY).
import type { LintResult } from '../types.js';
import { displayPath, type FormatOptions } from './index.js';

const codes = { red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24], green: [32, 39] } as const;
type Style = keyof typeof codes;

function painter(enabled: boolean) {
  return (style: Style, text: string): string => (enabled ? `\u001b[${codes[style][0]}m${text}\u001b[${codes[style][1]}m` : text);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatStylish(results: readonly LintResult[], options: FormatOptions = {}): string {
  const paint = painter(options.color ?? false);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  let failed = 0;
  for (const r of results) {
    if (r.error) failed++;
    if (r.findings.length === 0 && !r.error) continue;
    lines.push(paint('underline', displayPath(r.path, options.cwd)));
    if (r.error) lines.push(`  ${paint('red', 'error')}  ${r.error}`);
    const rows = r.findings.map((f) => [`${f.line}:${f.column}`, f.severity, f.message, f.ruleId] as const);
    const w0 = Math.max(0, ...rows.map((x) => x[0].length));
    const w1 = Math.max(0, ...rows.map((x) => x[1].length));
    r.findings.forEach((f, i) => {
      const [pos, sev, msg, id] = rows[i]!;
      const colour: Style = sev === 'error' ? 'red' : sev === 'warning' ? 'yellow' : 'blue';
      lines.push(`  ${paint('dim', pos.padEnd(w0))}  ${paint(colour, sev.padEnd(w1))}  ${msg}  ${paint('dim', id)}`);
      const c = f.citations[0];
      if (c) lines.push(`  ${' '.repeat(w0)}  ${' '.repeat(w1)}  ${paint('dim', `\u21b3 ${c.title}${c.section ? `, ${c.section}` : ''}`)}`);
      if (f.severity === 'error') {
        errors++;
        if (f.fix) fixableErrors++;
      } else if (f.severity === 'warning') {
        warnings++;
        if (f.fix) fixableWarnings++;
      } else infos++;
    });
    lines.push('');
  }
  const total = errors + warnings + infos;
  if (total === 0 && failed === 0) return '';
  const mark = errors || failed ? paint('red', '\u2716') : warnings ? paint('yellow', '\u26a0') : paint('blue', '\u2139');
  const summary = `${mark} ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})${failed ? `, ${plural(failed, 'file')} could not be linted` : ''}`;
  lines.push(paint('bold', summary));
  if (fixableErrors + fixableWarnings > 0) {
    lines.push(`  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`);
  }
  return `${lines.join('\n')}\n`;
}
