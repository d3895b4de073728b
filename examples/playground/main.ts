// The playground: the browser build of commslint linting a textarea as you type (debounced), with the
// findings highlighted in a preview, listed with their rule ids, citations and fixes. Nothing leaves
// the page.
import { applyFixes, createLinter, type Finding, type Linter, type Locale, type Platform } from '../../src/index.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const draft = $<HTMLTextAreaElement>('draft');
const preview = $<HTMLDivElement>('preview');
const list = $<HTMLUListElement>('findings');
const status = $<HTMLSpanElement>('status');
const platform = $<HTMLSelectElement>('platform');
const locale = $<HTMLSelectElement>('locale');

const DEBOUNCE_MS = 250;
let linter: Linter | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The draft as HTML with every finding's range in a <mark> carrying its rule ids (overlaps split into segments). */
export function highlight(text: string, findings: readonly Finding[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const f of findings) {
    cuts.add(f.offset);
    cuts.add(f.endOffset);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const piece = escapeHtml(text.slice(from, to));
    const covering = findings.filter((f) => f.offset <= from && f.endOffset >= to && f.endOffset > f.offset);
    if (covering.length === 0) {
      html += piece;
      continue;
    }
    const ids = [...new Set(covering.map((f) => f.ruleId))].join(' ');
    const worst = covering.some((f) => f.severity === 'error') ? 'error' : covering.some((f) => f.severity === 'warning') ? 'warning' : 'info';
    const title = covering.map((f) => `${f.ruleId}: ${f.message}`).join('\n');
    html += `<mark class="${worst}" data-rule-id="${escapeHtml(ids)}" title="${escapeHtml(title)}">${piece}</mark>`;
  }
  return html;
}

function replaceRange(offset: number, endOffset: number, text: string): void {
  draft.value = draft.value.slice(0, offset) + text + draft.value.slice(endOffset);
  schedule(0);
}

function renderFindings(findings: readonly Finding[]): void {
  list.replaceChildren();
  for (const f of findings) {
    const li = document.createElement('li');
    li.className = f.severity;
    li.dataset.ruleId = f.ruleId;
    const head = document.createElement('div');
    head.innerHTML = `<strong>${escapeHtml(f.severity)}</strong> ${f.line}:${f.column} ${escapeHtml(f.message)} <span class="rule">${escapeHtml(f.ruleId)}</span>`;
    li.append(head);
    const cites = document.createElement('ul');
    cites.className = 'citations';
    for (const c of f.citations) {
      const item = document.createElement('li');
      const label = `${c.title}${c.section ? `, ${c.section}` : ''}`;
      if (c.url && /^https?:\/\//.test(c.url)) {
        const a = document.createElement('a');
        a.href = c.url;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        a.textContent = label;
        item.append(a);
      } else item.textContent = label;
      cites.append(item);
    }
    li.append(cites);
    if (f.fix) {
      const fix = f.fix;
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'fix';
      b.textContent = fix.text ? `Fix: replace with “${fix.text}”` : 'Fix: remove';
      b.addEventListener('click', () => replaceRange(fix.offset, fix.endOffset, fix.text));
      li.append(b);
    }
    for (const s of f.suggestions ?? []) {
      if (!s.fix || (f.fix && s.fix.offset === f.fix.offset && s.fix.text === f.fix.text)) continue;
      const sfix = s.fix;
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'suggestion';
      b.textContent = s.message;
      b.addEventListener('click', () => replaceRange(sfix.offset, sfix.endOffset, sfix.text));
      li.append(b);
    }
    list.append(li);
  }
}

async function lintNow(): Promise<void> {
  if (!linter) return;
  const mine = ++generation;
  const text = draft.value;
  const started = performance.now();
  const result = await linter.lintAsync(text, { meta: { platform: platform.value as Platform } });
  if (mine !== generation) return; // a newer keystroke won
  preview.innerHTML = highlight(text, result.findings);
  renderFindings(result.findings);
  const fixable = result.fixableCount ? `, ${result.fixableCount} fixable` : '';
  status.textContent = result.error
    ? `Cannot lint: ${result.error}`
    : `${result.errorCount} errors, ${result.warningCount} warnings, ${result.infoCount} info${fixable} (${Math.round(performance.now() - started)} ms)`;
  document.body.dataset.linted = String(mine);
}

function schedule(delay = DEBOUNCE_MS): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void lintNow(), delay);
}

async function setup(): Promise<void> {
  linter = await createLinter({ locale: locale.value as Locale });
  status.textContent = 'Ready';
  document.body.dataset.ready = 'true';
  schedule(0);
}

draft.addEventListener('input', () => schedule());
platform.addEventListener('change', () => schedule(0));
locale.addEventListener('change', () => void setup());
// Apply-all for convenience: every safe fix at once.
document.addEventListener('keydown', async (e) => {
  if (e.key === 'F' && e.altKey && e.shiftKey && linter) {
    const result = await linter.lintAsync(draft.value, { meta: { platform: platform.value as Platform } });
    draft.value = applyFixes(draft.value, result.findings);
    schedule(0);
  }
});
void setup();
