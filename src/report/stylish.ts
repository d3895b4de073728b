// The default human format, after ESLint's stylish: grouped by file, aligned columns (position,
// severity, message, rule id), the policy each finding cites under it, and a summary with counts and
// fixable counts. Colour only when asked (the CLI asks on a TTY, never with --no-color or NO_COLOR).
import type { Finding, LintResult } from '../types.js';
import type { FormatOptions } from './index.js';
import { citationLabel, displayPath, plural, totals } from './util.js';

const codes = { red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24], green: [32, 39] } as const;
type Style = keyof typeof codes;

function painter(enabled: boolean) {
  return (style: Style, text: string): string => (enabled ? `\u001b[${codes[style][0]}m${text}\u001b[${codes[style][1]}m` : text);
}

// Messages longer than this are not padded (the rule id follows after two spaces instead), so one long
// message does not push every rule id off the screen.
const MAX_PAD = 72;
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'blue' } as const satisfies Record<Finding['severity'], Style>;

/** Strips terminal control sequences a message could carry (defence against escape injection). */
function safe(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '').replace(/\r?\n/g, ' ');
}

export function formatStylish(results: readonly LintResult[], options: FormatOptions = {}): string {
  const paint = painter(options.color ?? false);
  const lines: string[] = [];
  for (const r of results) {
    if (r.findings.length === 0 && !r.error) continue;
    lines.push(paint('underline', safe(displayPath(r.path, options.cwd))));
    if (r.error) lines.push(`  ${paint('red', 'error')}  ${safe(r.error)}  ${paint('dim', '(file not linted)')}`);
    const rows = r.findings.map((f) => ({ f, pos: `${f.line}:${f.column}`, msg: safe(f.message) + (f.fix ? ' (fixable)' : '') }));
    // (Loops, not Math.max(...rows): a spread of 100,000+ arguments overflows the stack.)
    let wPos = 0;
    let wSev = 0;
    let wMsg = 0;
    for (const x of rows) {
      wPos = Math.max(wPos, x.pos.length);
      wSev = Math.max(wSev, x.f.severity.length);
      wMsg = Math.max(wMsg, x.msg.length);
    }
    wMsg = Math.min(MAX_PAD, wMsg);
    const indent = `  ${' '.repeat(wPos)}  ${' '.repeat(wSev)}  `;
    for (const { f, pos, msg } of rows) {
      lines.push(`  ${paint('dim', pos.padEnd(wPos))}  ${paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(wSev))}  ${msg.padEnd(wMsg)}  ${paint('dim', f.ruleId)}`);
      const [first, ...more] = f.citations;
      if (first) lines.push(`${indent}${paint('dim', `\u21b3 ${safe(citationLabel(first))}${more.length ? ` (+${more.length} more)` : ''}`)}`);
    }
    lines.push('');
  }
  const t = totals(results);
  const total = t.errors + t.warnings + t.infos;
  if (total === 0 && t.failed === 0) return '';
  const mark = t.errors || t.failed ? paint('red', '\u2716') : t.warnings ? paint('yellow', '\u26a0') : paint('blue', '\u2139');
  const summary = `${mark} ${plural(total, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${plural(t.infos, 'info')})${t.failed ? `, ${plural(t.failed, 'file')} could not be linted` : ''}`;
  lines.push(paint('bold', summary));
  const fixable = t.fixableErrors + t.fixableWarnings + t.fixableInfos;
  if (fixable > 0) {
    const counts = t.fixableInfos
      ? `${plural(t.fixableErrors, 'error')}, ${plural(t.fixableWarnings, 'warning')} and ${plural(t.fixableInfos, 'info')}`
      : `${plural(t.fixableErrors, 'error')} and ${plural(t.fixableWarnings, 'warning')}`;
    lines.push(`  ${counts} potentially fixable with the \`--fix\` option.`);
  }
  return `${lines.join('\n')}\n`;
}
