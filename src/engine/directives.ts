// Inline directives in HTML comments:
//   <!-- commslint-disable-next-line rule-a, rule-b -- reason -->
//   <!-- commslint-disable rule -- reason --> ... <!-- commslint-enable rule -->
//   <!-- commslint-disable --> ... <!-- commslint-enable -->
//   <!-- commslint-lang cy --> ... <!-- commslint-lang auto -->   (language of the following blocks)
import type { Document, Range } from './document.js';
import { langOfTag, type Lang } from '../lang/index.js';

export interface Directive extends Range {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids or categories named; empty means every rule. */
  rules: string[];
  reason?: string;
}

export interface Suppression {
  directive: Directive;
  /** Region of the original text where the directive applies. */
  from: number;
  to: number;
  used: boolean;
}

const DIRECTIVE = /^commslint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

export function parseDirectives(doc: Document): Directive[] {
  const out: Directive[] = [];
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(c.value);
    if (!m) continue;
    const rest = m[2] ?? '';
    const sep = rest.indexOf('--');
    const names = (sep === -1 ? rest : rest.slice(0, sep)).split(/[\s,]+/).filter(Boolean);
    const reason = sep === -1 ? undefined : rest.slice(sep + 2).trim() || undefined;
    out.push({ offset: c.offset, endOffset: c.endOffset, kind: m[1] as Directive['kind'], rules: names, ...(reason ? { reason } : {}) });
  }
  return out;
}

function matches(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.some((r) => r === ruleId || ruleId.startsWith(`${r}/`));
}

/** Turns directives into suppressed regions. */
export function suppressions(doc: Document, directives: Directive[]): Suppression[] {
  const out: Suppression[] = [];
  const open: Suppression[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-next-line') {
      const { line } = doc.lines.position(d.endOffset);
      const from = doc.lines.offset(line + 1, 1);
      const to = from === doc.text.length ? from : doc.lines.lineEnd(from);
      out.push({ directive: d, from, to: Math.max(to, from), used: false });
    } else if (d.kind === 'disable-line') {
      out.push({ directive: d, from: doc.lines.lineStart(d.offset), to: doc.lines.lineEnd(d.offset), used: false });
    } else if (d.kind === 'disable') {
      const s: Suppression = { directive: d, from: d.endOffset, to: doc.text.length, used: false };
      open.push(s);
      out.push(s);
    } else {
      for (const s of open) {
        if (s.to !== doc.text.length) continue;
        const names = s.directive.rules;
        if (d.rules.length === 0 || names.length === 0 || names.some((n) => d.rules.includes(n))) s.to = d.offset;
      }
    }
  }
  return out;
}

/** The suppression that silences a finding, if any (marking it used). */
export function findSuppression(list: readonly Suppression[], ruleId: string, offset: number): Suppression | undefined {
  for (const s of list) {
    if (offset >= s.from && offset <= s.to && matches(s.directive, ruleId)) {
      s.used = true;
      return s;
    }
  }
  return undefined;
}

export interface LanguageDirective extends Range {
  /** The tag as written (`cy`, `en-GB`, `auto`). */
  tag: string;
  /** Its supported language, `auto` (back to identification), or undefined for a language without a pack (ignored). */
  lang: Lang | 'auto' | undefined;
}

const LANG_DIRECTIVE = /^commslint-lang(?:\s+(\S+))?\s*$/;
const LANG_TAG = /^(?:auto|[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)$/;

/**
 * `<!-- commslint-lang <tag> -->` comments, in document order: each sets the language of the blocks that
 * start after it, up to the next one. A malformed one (no tag, two tags) is not a language directive.
 */
export function parseLanguageDirectives(doc: Document): LanguageDirective[] {
  const out: LanguageDirective[] = [];
  for (const c of doc.comments) {
    const m = LANG_DIRECTIVE.exec(c.value);
    if (!m || !m[1] || !LANG_TAG.test(m[1])) continue;
    const tag = m[1];
    out.push({ offset: c.offset, endOffset: c.endOffset, tag, lang: tag.toLowerCase() === 'auto' ? 'auto' : langOfTag(tag) });
  }
  return out;
}
