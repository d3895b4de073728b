// The side list: each finding in plain words, where it is (in words), what the policy says (the citations
// with their summaries, the organisation's clause first), why it matters (the rule's rationale, with the
// examples `--explain` shows) and one-click fixes and suggestions, each showing the text it would leave.
import { applyFixes, maskShapes, type Citation, type Finding, type Rule, type TextEdit } from '../../src/index.js';
import { bySeverity, counted, positionInWords, SEVERITY_LABEL } from './words.js';

export interface FindingsView {
  render(text: string, findings: readonly Finding[], ownPolicy: string | undefined): void;
}

export interface FindingsActions {
  apply(edit: TextEdit): void;
  reveal(offset: number, endOffset: number): void;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string } = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (props.className) e.className = props.className;
  if (props.text !== undefined) e.textContent = props.text;
  e.append(...children);
  return e;
};

/** Citations with the organisation's own clause first (the engine orders them so; kept when a config reorders packs). */
export function orderCitations(citations: readonly Citation[], ownPolicy: string | undefined): Citation[] {
  if (!ownPolicy) return [...citations];
  return [...citations].sort((a, b) => Number(b.policy === ownPolicy) - Number(a.policy === ownPolicy));
}

/** The sentence around an edit, as it would read after it: what a suggestion button shows. */
export function resultPreview(text: string, edit: TextEdit): string {
  const after = applyFixes(text, [{ fix: edit }]);
  const start = Math.max(0, edit.offset - 40);
  const end = Math.min(after.length, edit.offset + edit.text.length + 40);
  const snippet = after.slice(start, end).replace(/\s+/g, ' ').trim();
  // Personal data and secrets elsewhere in the sentence are never echoed on a button.
  return maskShapes(`${start > 0 ? '…' : ''}${snippet}${end < after.length ? '…' : ''}`);
}

export function createFindingsView(list: HTMLOListElement, summary: HTMLElement, rules: ReadonlyMap<string, Rule>, actions: FindingsActions): FindingsView {
  return {
    render(text, findings, ownPolicy) {
      const ordered = bySeverity(findings);
      const errors = findings.filter((f) => f.severity === 'error').length;
      const warnings = findings.filter((f) => f.severity === 'warning').length;
      const infos = findings.length - errors - warnings;
      summary.textContent = findings.length === 0 ? '' : `${counted(errors, 'thing')} you must fix, ${counted(warnings, 'thing')} you should fix, ${counted(infos, 'suggestion')}.`;
      list.replaceChildren();
      if (findings.length === 0) {
        list.append(el('li', { className: 'nothing', text: text.trim() ? 'Nothing to change: this draft meets the policy.' : 'Start typing to check a draft.' }));
        return;
      }
      ordered.forEach((f, i) => list.append(item(text, f, i, rules.get(f.ruleId), ownPolicy, actions)));
    },
  };
}

function item(text: string, f: Finding, index: number, rule: Rule | undefined, ownPolicy: string | undefined, actions: FindingsActions): HTMLLIElement {
  const li = el('li', { className: `finding ${f.severity}` });
  li.dataset.ruleId = f.ruleId;
  const titleId = `finding-${index}`;
  li.setAttribute('aria-labelledby', titleId);
  const title = el('h3', {}, el('span', { className: 'severity', text: SEVERITY_LABEL[f.severity] }), f.message);
  title.id = titleId;
  li.append(title);
  // A finding with no extent is about the post as a whole (its details: AI use, media, platform).
  const place = f.endOffset > f.offset ? `${positionInWords(f)}${f.post ? ` (post ${f.post})` : ''}` : 'the post as a whole';
  const where = el('p', { className: 'where' }, `${place} · `, el('span', { className: 'rule-id', text: f.ruleId }));
  li.append(where);

  const cites = orderCitations(f.citations, ownPolicy);
  li.append(el('h4', { text: 'What the policy says' }));
  const ul = el('ul', { className: 'citations' });
  for (const c of cites) {
    const label = `${c.title}${c.section ? `, ${c.section}` : ''}`;
    const source = c.url && /^https?:\/\//.test(c.url) ? Object.assign(el('a', { className: 'source', text: label }), { href: c.url, rel: 'noopener noreferrer' }) : el('span', { className: 'source', text: label });
    const citation = el('li', { className: `citation${ownPolicy && c.policy === ownPolicy ? ' own' : ''}` }, source);
    citation.dataset.policy = c.policy;
    if (c.summary) citation.append(el('span', { className: 'summary-text', text: c.summary }));
    ul.append(citation);
  }
  li.append(ul);

  if (rule?.docs.rationale) li.append(el('h4', { text: 'Why it matters' }), el('p', { className: 'why', text: rule.docs.rationale }));
  if (rule && (rule.docs.flagged?.length || rule.docs.clean?.length)) {
    const d = el('details', { className: 'examples' }, el('summary', { text: 'Examples' }));
    if (rule.docs.flagged?.length) d.append(el('p', { text: 'Flagged:' }), el('ul', {}, ...rule.docs.flagged.map((x) => el('li', { text: maskShapes(x) }))));
    if (rule.docs.clean?.length) d.append(el('p', { text: 'Fine as written:' }), el('ul', {}, ...rule.docs.clean.map((x) => el('li', { text: x }))));
    li.append(d);
  }

  const buttons = el('div', { className: 'fix-actions' });
  const show = el('button', { className: 'secondary', text: 'Show in the draft' });
  show.type = 'button';
  show.setAttribute('aria-describedby', titleId);
  show.addEventListener('click', () => actions.reveal(f.offset, f.endOffset));
  buttons.append(show);
  const edits: Array<{ label: string; edit: TextEdit; kind: string }> = [];
  if (f.fix) edits.push({ label: f.fix.text ? 'Fix it' : 'Fix it (remove)', edit: f.fix, kind: 'fix' });
  for (const s of f.suggestions ?? []) {
    if (!s.fix || (f.fix && s.fix.offset === f.fix.offset && s.fix.endOffset === f.fix.endOffset && s.fix.text === f.fix.text)) continue;
    edits.push({ label: s.message, edit: s.fix, kind: 'suggestion' });
  }
  for (const { label, edit, kind } of edits) {
    const b = el('button', { className: kind }, label, el('span', { className: 'result-preview', text: `Result: ${resultPreview(text, edit)}` }));
    b.type = 'button';
    b.addEventListener('click', () => actions.apply(edit));
    buttons.append(b);
  }
  for (const s of f.suggestions ?? []) if (!s.fix) buttons.append(el('p', { className: 'why', text: s.message }));
  li.append(buttons);
  return li;
}
