// The audit's HTML report: one self-contained file (inline CSS and SVG charts, no script, a
// Content-Security-Policy that forbids every outside request), findings by category and month, the
// rules that fire most, and the posts to review first with their links, masked excerpts and citations.
import { CATEGORIES, type Category } from '../types.js';
import { months, REVIEW_FIRST, topRules, type AuditStats } from './stats.js';

const COLOURS: Record<Category, string> = {
  'personal-data': '#b3261e',
  legal: '#7d2e8e',
  confidentiality: '#8a4b00',
  impartiality: '#005a9c',
  tone: '#2e6b30',
  'ai-disclosure': '#00626b',
  accessibility: '#5c4a00',
  language: '#4a4a4a',
  platform: '#3d4f7a',
};

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
const n = (x: number): string => x.toLocaleString('en-GB');

function categoryChart(stats: AuditStats): string {
  const rows = CATEGORIES.filter((c) => stats.byCategory[c]).map((c) => [c, stats.byCategory[c]!] as const);
  if (rows.length === 0) return '<p>No findings.</p>';
  const max = rows.reduce((m, r) => Math.max(m, r[1]), 1);
  const h = rows.length * 28 + 10;
  const bars = rows
    .map(([c, v], i) => {
      const w = Math.max(2, Math.round((v / max) * 440));
      return `<text x="150" y="${i * 28 + 24}" text-anchor="end">${esc(c)}</text><rect x="160" y="${i * 28 + 8}" width="${w}" height="20" fill="${COLOURS[c]}"><title>${esc(c)}: ${n(v)}</title></rect><text x="${166 + w}" y="${i * 28 + 24}">${n(v)}</text>`;
    })
    .join('');
  return `<svg role="img" aria-labelledby="cat-title" viewBox="0 0 680 ${h}" width="680" height="${h}" class="chart" id="chart-categories"><title id="cat-title">Findings by category</title>${bars}</svg>`;
}

function monthChart(stats: AuditStats): string {
  const ms = months(stats);
  if (ms.length === 0) return '';
  const totals = ms.map((m) => CATEGORIES.reduce((a, c) => a + (stats.byMonth[m]![c] ?? 0), 0));
  const max = totals.reduce((m, t) => Math.max(m, t), 1);
  const width = Math.min(960, Math.max(320, ms.length * 48 + 60));
  const colW = Math.max(3, Math.floor((width - 60) / ms.length) - 4);
  // Labels at least 56 px apart, so they never overlap.
  const step = Math.max(1, Math.ceil(56 / (colW + 4)));
  const cols = ms
    .map((m, i) => {
      let y = 210;
      const x = 50 + i * (colW + 4);
      const parts = CATEGORIES.filter((c) => stats.byMonth[m]![c])
        .map((c) => {
          const hgt = Math.max(1, Math.round((stats.byMonth[m]![c]! / max) * 190));
          y -= hgt;
          return `<rect x="${x}" y="${y}" width="${colW}" height="${hgt}" fill="${COLOURS[c]}"><title>${esc(m)} ${esc(c)}: ${n(stats.byMonth[m]![c]!)}</title></rect>`;
        })
        .join('');
      const label = i % step === 0 ? `<text x="${x + colW / 2}" y="228" text-anchor="middle" font-size="10">${esc(m)}</text>` : '';
      return parts + label;
    })
    .join('');
  const legend = CATEGORIES.filter((c) => stats.byCategory[c])
    .map((c) => `<li><span class="swatch" style="background:${COLOURS[c]}"></span>${esc(c)}</li>`)
    .join('');
  return `<svg role="img" aria-labelledby="month-title" viewBox="0 0 ${width} 240" width="${width}" height="240" class="chart" id="chart-months"><title id="month-title">Findings by month</title><line x1="46" y1="210" x2="${width}" y2="210" stroke="#888"/><text x="40" y="24" text-anchor="end" font-size="10">${n(max)}</text>${cols}</svg><ul class="legend">${legend}</ul>`;
}

export function reportHtml(stats: AuditStats, title = 'commslint archive audit'): string {
  const rules = topRules(stats);
  const review = stats.review
    .map((p) => {
      const link = p.url ? `<a href="${esc(p.url)}">${esc(p.id)}</a>` : esc(p.id);
      const items = p.findings
        .map((f) => `<li class="sev-${f.severity}"><strong>${esc(f.ruleId)}</strong> (${f.severity}): ${esc(f.message)}${f.excerpt ? ` <q>${esc(f.excerpt)}</q>` : ''}${f.citations.length ? `<div class="cite">${f.citations.map(esc).join(' · ')}</div>` : ''}</li>`)
        .join('');
      return `<article class="post"><h3>${link}</h3><p class="meta">${p.date ? esc(p.date.slice(0, 10)) : 'undated'}${p.platform ? ` · ${esc(p.platform)}` : ''}</p><ul>${items}</ul></article>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1000px;padding:1rem 1.5rem;color:#1a1a1a;background:#fff}
h1{font-size:1.6rem;margin-bottom:.2rem} h2{margin-top:2rem;border-bottom:1px solid #ccc}
.totals{display:flex;gap:1rem;flex-wrap:wrap;padding:0;list-style:none} .totals li{background:#f3f3f3;padding:.5rem .8rem;border-radius:6px}
.totals b{display:block;font-size:1.4rem} .chart text{font-size:12px;fill:#1a1a1a} .legend{list-style:none;display:flex;flex-wrap:wrap;gap:.8rem;padding:0}
.swatch{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
table{border-collapse:collapse} td,th{padding:.25rem .6rem;border-bottom:1px solid #ddd;text-align:left} td.n{text-align:right}
.post{border:1px solid #ddd;border-radius:6px;padding:.4rem 1rem;margin:.8rem 0} .post h3{margin:.3rem 0;font-size:1rem;word-break:break-all}
.meta{color:#555;margin:0} .sev-error{border-left:4px solid #b3261e;padding-left:.5rem;margin:.4rem 0;list-style:none}
.sev-warning{border-left:4px solid #8a5a00;padding-left:.5rem;margin:.4rem 0;list-style:none} .sev-info{border-left:4px solid #666;padding-left:.5rem;list-style:none}
.post ul{padding-left:0} .cite{color:#444;font-size:.85rem} q{background:#f6f0e0}
</style>
</head>
<body>
<h1>${esc(title)}</h1>
<p>Personal data and secrets are masked throughout this report.</p>
<ul class="totals"><li><b>${n(stats.posts)}</b>posts checked</li><li><b>${n(stats.postsWithFindings)}</b>with findings</li><li><b>${n(stats.errors)}</b>errors</li><li><b>${n(stats.warnings)}</b>warnings</li><li><b>${n(stats.review.length)}</b>to review first</li></ul>
${stats.exportErrors.length ? `<p role="alert"><strong>Exports not read to the end:</strong> ${stats.exportErrors.map(esc).join('; ')}</p>` : ''}
<h2>Findings by category</h2>
${categoryChart(stats)}
<h2>Findings by month</h2>
${monthChart(stats) || '<p>No dated findings.</p>'}
<h2>Rules that fire most</h2>
${rules.length ? `<table><thead><tr><th>rule</th><th>findings</th></tr></thead><tbody>${rules.map(([r, c]) => `<tr><td>${esc(r)}</td><td class="n">${n(c)}</td></tr>`).join('')}</tbody></table>` : '<p>None.</p>'}
<h2 id="review">Posts to review first</h2>
<p>Errors in ${REVIEW_FIRST.join(', ')}; highest first, older first among equals.</p>
${review || '<p>None.</p>'}
</body>
</html>
`;
}
