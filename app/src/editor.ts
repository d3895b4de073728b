// The draft editor: a textarea over a mirror that draws each finding's range as an underlined <mark> at the
// same place as the text (same font, padding, wrapping and scroll). The mirror is hidden from assistive
// technology: the list of findings is the accessible form, and "Show in the draft" selects the range.
import type { Finding, ReportSeverity } from '../../src/index.js';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The draft as HTML with each finding's range in a <mark> naming its rule ids (overlaps split into segments). */
export function highlight(text: string, findings: readonly Finding[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const f of findings) {
    if (f.endOffset <= f.offset) continue;
    cuts.add(f.offset);
    cuts.add(f.endOffset);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // One sweep: findings sorted by start; the active set changes only at cut points.
  const sorted = findings.filter((f) => f.endOffset > f.offset).sort((a, b) => a.offset - b.offset);
  let next = 0;
  let active: Finding[] = [];
  let html = '';
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    active = active.filter((f) => f.endOffset > from);
    while (next < sorted.length && sorted[next]!.offset <= from) active.push(sorted[next++]!);
    const piece = escapeHtml(text.slice(from, to));
    if (active.length === 0) {
      html += piece;
      continue;
    }
    const ids = [...new Set(active.map((f) => f.ruleId))].join(' ');
    const worst: ReportSeverity = active.some((f) => f.severity === 'error') ? 'error' : active.some((f) => f.severity === 'warning') ? 'warning' : 'info';
    html += `<mark class="${worst}" data-rule-id="${escapeHtml(ids)}" data-from="${from}">${piece}</mark>`;
  }
  // A trailing newline needs a character after it or the mirror is one line shorter than the textarea.
  return `${html}${text.endsWith('\n') ? ' ' : ''}`;
}

export interface Editor {
  readonly textarea: HTMLTextAreaElement;
  render(findings: readonly Finding[]): void;
  /** Selects and scrolls to a range (from the findings list). */
  reveal(offset: number, endOffset: number): void;
  /** Replaces a range as one undoable edit, keeping the rest of the text. */
  replace(offset: number, endOffset: number, text: string): void;
}

export function createEditor(textarea: HTMLTextAreaElement, mirror: HTMLElement): Editor {
  const sync = (): void => {
    mirror.scrollTop = textarea.scrollTop;
    mirror.scrollLeft = textarea.scrollLeft;
  };
  textarea.addEventListener('scroll', sync);
  // The mirror follows the textarea when it is resized by its handle.
  new ResizeObserver(() => {
    mirror.style.height = `${textarea.offsetHeight}px`;
    sync();
  }).observe(textarea);
  return {
    textarea,
    render(findings) {
      mirror.innerHTML = highlight(textarea.value, findings);
      sync();
    },
    reveal(offset, endOffset) {
      textarea.focus();
      textarea.setSelectionRange(offset, endOffset);
      // Scroll the selection into view: place the caret's line near the top via the mirror's mark.
      const mark = mirror.querySelector<HTMLElement>(`mark[data-from="${offset}"]`);
      if (mark) textarea.scrollTop = Math.max(0, mark.offsetTop - textarea.clientHeight / 3);
      sync();
    },
    replace(offset, endOffset, text) {
      textarea.focus();
      textarea.setSelectionRange(offset, endOffset);
      // execCommand keeps the browser's undo history; setRangeText where it is not supported.
      if (!document.execCommand('insertText', false, text)) {
        textarea.setRangeText(text, offset, endOffset, 'end');
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
      }
    },
  };
}
