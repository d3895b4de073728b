// The audit's Markdown summary, for a ticket or a briefing note.
import { CATEGORIES } from '../types.js';
import { months, REVIEW_FIRST, topRules, type AuditStats } from './stats.js';

const n = (x: number): string => x.toLocaleString('en-GB');
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function summaryMarkdown(stats: AuditStats, title = 'commslint archive audit'): string {
  const out = [`# ${title}`, ''];
  out.push(`${n(stats.posts)} posts checked; ${n(stats.postsWithFindings)} with findings: ${n(stats.errors)} errors, ${n(stats.warnings)} warnings, ${n(stats.infos)} info.`);
  if (stats.unlintable) out.push('', `${n(stats.unlintable)} posts could not be checked (see findings.jsonl).`);
  if (stats.exportErrors.length) {
    out.push('', '**Exports that could not be read to the end:**');
    for (const e of stats.exportErrors) out.push(`- ${e}`);
  }
  out.push('', '## Findings by category', '', '| category | findings |', '|---|---:|');
  for (const c of CATEGORIES) if (stats.byCategory[c]) out.push(`| ${c} | ${n(stats.byCategory[c]!)} |`);
  const ms = months(stats);
  if (ms.length) {
    out.push('', '## By month', '', '| month | findings | of which personal data, legal, confidentiality |', '|---|---:|---:|');
    for (const m of ms) {
      const row = stats.byMonth[m]!;
      const total = Object.values(row).reduce((a, b) => a + (b ?? 0), 0);
      out.push(`| ${m} | ${n(total)} | ${n(REVIEW_FIRST.reduce((a, c) => a + (row[c] ?? 0), 0))} |`);
    }
  }
  const rules = topRules(stats, 10);
  if (rules.length) {
    out.push('', '## Rules that fire most', '', '| rule | findings |', '|---|---:|');
    for (const [r, c] of rules) out.push(`| ${r} | ${n(c)} |`);
  }
  if (stats.review.length) {
    out.push('', '## Review first', '', 'Posts with errors in personal data, legal or confidentiality (masked).', '');
    for (const p of stats.review.slice(0, 20)) {
      const where = p.url ? `[${cell(p.id)}](${p.url})` : cell(p.id);
      out.push(`- ${where}${p.date ? ` (${p.date.slice(0, 10)})` : ''}${p.platform ? `, ${p.platform}` : ''}`);
      for (const f of p.findings.filter((x) => x.severity === 'error')) out.push(`  - **${f.ruleId}**: ${cell(f.message)}${f.excerpt ? ` — "${cell(f.excerpt)}"` : ''}${f.citations[0] ? ` (${cell(f.citations[0])})` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}
