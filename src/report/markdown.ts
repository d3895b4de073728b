// A Markdown summary for a pull-request comment: a headline with the counts, then one table row per
// finding (severity, file and position, rule, message, the first citation linked). Cells are escaped
// so a message cannot break the table or inject markup; the comment stays under GitHub's 65,536
// character limit by cutting rows and saying how many were left out.
import type { Finding, LintResult } from '../types.js';
import type { FormatOptions } from './index.js';
import { citationLabel, displayPath, plural, totals } from './util.js';

const MAX_CHARS = 60_000;
const ICON = { error: '\u274C error', warning: '\u26A0\uFE0F warning', info: '\u2139\uFE0F info' } as const;

/** Escapes text for a GFM table cell: pipes, markup characters, HTML and line breaks. */
export function escapeCell(s: string): string {
  return s
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*)-/, '$1\\-');
}

function codeCell(s: string): string {
  // Inline code cannot be escaped inside; fall back to escaped text if it holds a backtick.
  return s.includes('`') ? escapeCell(s) : `\`${s.replace(/\|/g, '\\|').replace(/\r\n?|\n/g, ' ')}\``;
}

function citationCell(f: Finding): string {
  const c = f.citations[0];
  if (!c) return '';
  const label = escapeCell(citationLabel(c));
  const more = f.citations.length > 1 ? ` (+${f.citations.length - 1})` : '';
  const url = c.url && /^https?:\/\/[^\s<>"]+$/.test(c.url) ? c.url.replace(/[()|]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`) : undefined;
  return `${url ? `[${label}](${url})` : label}${more}`;
}

export function formatMarkdown(results: readonly LintResult[], options: FormatOptions = {}): string {
  const t = totals(results);
  const total = t.errors + t.warnings + t.infos;
  const out: string[] = [];
  const files = plural(t.files, 'draft');
  if (total === 0 && t.failed === 0) {
    out.push('### \u2705 commslint', '', `No problems found in ${files}.`);
    return `${out.join('\n')}\n`;
  }
  const mark = t.errors || t.failed ? '\u274C' : t.warnings ? '\u26A0\uFE0F' : '\u2139\uFE0F';
  out.push(`### ${mark} commslint`, '');
  const parts = [`**${plural(t.errors, 'error')}**`, plural(t.warnings, 'warning'), plural(t.infos, 'info')];
  out.push(`${plural(total, 'problem')} (${parts.join(', ')}) in ${files}.`);
  const fixable = t.fixableErrors + t.fixableWarnings + t.fixableInfos;
  if (fixable) out.push(`${plural(fixable, 'problem')} can be fixed automatically with \`commslint --fix\`.`);
  if (t.failed) out.push(`${plural(t.failed, 'draft')} could not be linted.`);
  out.push('', '| Severity | File | Rule | Message | Policy |', '| --- | --- | --- | --- | --- |');
  let size = out.join('\n').length;
  let shown = 0;
  const rows: string[] = [];
  const all: string[] = [];
  for (const r of results) {
    const name = displayPath(r.path, options.cwd);
    if (r.error) all.push(`| \u26D4 not linted | ${codeCell(name)} | | ${escapeCell(r.error)} | |`);
    for (const f of r.findings) {
      all.push(`| ${ICON[f.severity]} | ${codeCell(`${name}:${f.line}:${f.column}`)} | ${codeCell(f.ruleId)} | ${escapeCell(f.message)}${f.fix ? ' _(fixable)_' : ''} | ${citationCell(f)} |`);
    }
  }
  for (const row of all) {
    if (size + row.length + 1 > MAX_CHARS) break;
    rows.push(row);
    size += row.length + 1;
    shown++;
  }
  for (const row of rows) out.push(row);
  if (shown < all.length) out.push('', `_\u2026and ${all.length - shown} more rows not shown (comment size limit); run commslint locally for the full report._`);
  return `${out.join('\n')}\n`;
}
