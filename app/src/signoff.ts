// The sign-off record for the approver: the draft (personal data masked), its findings, the reasons given for
// suppressed findings, the config's name and version, the post's details and a SHA-256 of the exact text.
// Masking never depends on a rule alone: every sensitive finding's range is masked with the library's
// `mask`, then the whole record goes through `maskShapes` (phone, card and account numbers, e-mails …).
import { mask, maskShapes, type DraftMeta, type Finding, type LintResult, type Platform, type SuppressedFinding } from '../../src/index.js';
import { orderCitations } from './findings.js';
import { bySeverity, platformName, positionInWords, SEVERITY_LABEL } from './words.js';

export interface RecordInput {
  text: string;
  result: LintResult;
  meta: DraftMeta & { platform: Platform };
  config: { name: string; version: string };
  ownPolicy?: string;
  preparedBy?: string;
  /** When the record was made (ISO 8601). */
  at: string;
}

export interface SignoffRecord {
  sha256: string;
  markdown: string;
  maskedDraft: string;
}

/** Hex SHA-256 of the text's UTF-8 bytes (WebCrypto). */
export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The draft with every sensitive range masked (findings and suppressed findings), then every shape masked. */
export function maskDraft(text: string, sensitive: ReadonlyArray<Pick<Finding, 'offset' | 'endOffset' | 'sensitive' | 'category'>>): string {
  const ranges = sensitive
    .filter((f) => f.sensitive || f.category === 'personal-data')
    .map((f) => [f.offset, f.endOffset] as const)
    .filter(([a, b]) => b > a)
    .sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  for (const [a, b] of ranges) {
    if (b <= cursor) continue;
    const from = Math.max(a, cursor);
    out += text.slice(cursor, from) + mask(text.slice(from, b));
    cursor = b;
  }
  return maskShapes(out + text.slice(cursor));
}

const cell = (s: string): string => s.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]|<>]/g, (c) => `\\${c}`);

function findingRow(f: Finding, ownPolicy: string | undefined): string {
  const c = orderCitations(f.citations, ownPolicy)[0];
  const cite = c ? `${c.title}${c.section ? `, ${c.section}` : ''}` : '';
  return `| ${SEVERITY_LABEL[f.severity]} | ${positionInWords(f)} | \`${f.ruleId}\` | ${cell(f.message)} | ${cell(cite)} |`;
}

function metaLines(meta: DraftMeta & { platform: Platform }): string[] {
  const lines = [`- Platform: ${platformName(meta.platform)}`];
  if (meta.publishAt) lines.push(`- Publish time: ${meta.publishAt}`);
  if (meta.replyTo) lines.push('- A reply');
  if (meta.thread) lines.push('- A thread');
  if (meta.ai) {
    const ai = meta.ai;
    lines.push(`- AI used: ${ai.used ? 'yes' : 'no'}${ai.role ? ` (${ai.role})` : ''}${ai.tools?.length ? `, tools: ${ai.tools.join(', ')}` : ''}${ai.reviewedBy ? `, reviewed by ${ai.reviewedBy}` : ''}`);
  }
  for (const m of meta.media ?? []) lines.push(`- ${m.type ?? 'image'}${m.file ? ` ${m.file}` : ''}: ${m.alt ? `alt text “${m.alt}”` : 'no alt text'}${m.aiGenerated ? ', made with AI' : ''}${m.captions ? ', captioned' : ''}`);
  return lines;
}

export async function buildRecord(input: RecordInput): Promise<SignoffRecord> {
  const { text, result, meta, config } = input;
  const hash = await sha256(text);
  const maskedDraft = maskDraft(text, [...result.findings, ...result.suppressed]);
  const findings = bySeverity(result.findings);
  const suppressed: SuppressedFinding[] = bySeverity(result.suppressed);
  const out: string[] = [
    '# Sign-off record',
    '',
    `- Checked: ${input.at}`,
    ...(input.preparedBy ? [`- Prepared by: ${input.preparedBy}`] : []),
    `- Config: ${config.name}`,
    `- Config version: ${config.version}`,
    `- SHA-256 of the text: \`${hash}\``,
    `- Result: ${result.errorCount} to fix, ${result.warningCount} warnings, ${result.infoCount} suggestions, ${result.suppressed.length} switched off`,
    ...metaLines(meta),
    '',
    '## Draft (personal data masked)',
    '',
    '````text',
    maskedDraft.replace(/`{4,}/g, '```'),
    '````',
    '',
    '## Findings',
    '',
  ];
  if (findings.length === 0) out.push('None.');
  else out.push('| Severity | Where | Rule | What to change | Policy |', '| --- | --- | --- | --- | --- |', ...findings.map((f) => findingRow(f, input.ownPolicy)));
  out.push('', '## Switched off in the draft', '');
  if (suppressed.length === 0) out.push('None.');
  else for (const f of suppressed) out.push(`- \`${f.ruleId}\` at ${positionInWords(f)}: ${cell(f.message)} — reason given: ${f.reason ? cell(f.reason) : 'none given'}`);
  out.push('', '## Approval', '', '- Approved by: ', '- Date: ', '');
  // Names and text typed into the form are masked too: the record is shared beyond the author. (Not the
  // hash line: a SHA-256 is shaped like a token, and it is what the approver compares.)
  return { sha256: hash, maskedDraft, markdown: out.map((l) => (l.startsWith('- SHA-256') ? l : maskShapes(l))).join('\n') };
}

/** The print-friendly page: the same record as HTML (built with DOM nodes, never from markup strings). */
export function renderRecord(article: HTMLElement, input: RecordInput, record: SignoffRecord): void {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, raw = false): HTMLElementTagNameMap[K] => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = raw ? text : maskShapes(text);
    return e;
  };
  article.replaceChildren();
  article.append(el('h1', 'Sign-off record'));
  const dl = el('ul');
  for (const line of [`Checked: ${input.at}`, ...(input.preparedBy ? [`Prepared by: ${input.preparedBy}`] : []), `Config: ${input.config.name}`, `Config version: ${input.config.version}`, ...metaLines(input.meta).map((l) => l.slice(2))]) dl.append(el('li', line));
  dl.append(el('li', `SHA-256 of the text: ${record.sha256}`, true));
  article.append(dl, el('h2', 'Draft (personal data masked)'));
  const pre = el('pre');
  pre.textContent = record.maskedDraft;
  article.append(pre, el('h2', 'Findings'));
  const findings = bySeverity(input.result.findings);
  if (findings.length === 0) article.append(el('p', 'None.'));
  else {
    const table = el('table');
    const head = el('tr');
    for (const h of ['Severity', 'Where', 'Rule', 'What to change', 'Policy']) {
      const th = el('th', h);
      th.scope = 'col';
      head.append(th);
    }
    table.append(el('thead'), el('tbody'));
    table.tHead!.append(head);
    for (const f of findings) {
      const c = orderCitations(f.citations, input.ownPolicy)[0];
      const tr = el('tr');
      for (const v of [SEVERITY_LABEL[f.severity], positionInWords(f), f.ruleId, f.message, c ? `${c.title}${c.section ? `, ${c.section}` : ''}${c.summary ? `: ${c.summary}` : ''}` : '']) tr.append(el('td', v));
      table.tBodies[0]!.append(tr);
    }
    article.append(table);
  }
  article.append(el('h2', 'Switched off in the draft'));
  if (input.result.suppressed.length === 0) article.append(el('p', 'None.'));
  else {
    const ul = el('ul');
    for (const f of input.result.suppressed) ul.append(el('li', `${f.ruleId} at ${positionInWords(f)}: ${f.message} — reason given: ${f.reason ?? 'none given'}`));
    article.append(ul);
  }
  article.append(el('h2', 'Approval'), el('p', 'Approved by: ______________________   Date: ____________'));
}
