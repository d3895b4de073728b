// Defence in depth for reports. The engine masks the excerpt and message of a sensitive finding, but
// another finding can cover the same text (a too-long post, a whole sentence): its excerpt would then
// carry the raw value. Every formatter goes through `redactResults`, which masks, by offset, each part
// of an excerpt that a sensitive finding in the same result covers, then every string through the
// shape masker (`redactForReport`). With the draft text at hand, `redactWithText` also scrubs the raw
// values out of every message and suggestion.
import type { Finding, LintResult, SuppressedFinding } from '../types.js';
import type { TextEdit } from '../types.js';
import { maskShapes } from '../text/shapes.js';
import { ValueScrubber } from '../text/value-scrubber.js';

interface SensitiveSpan {
  offset: number;
  endOffset: number;
  masked: string;
}

function sensitiveSpans(findings: readonly Finding[]): SensitiveSpan[] {
  return findings
    .filter((f) => f.sensitive && f.endOffset > f.offset)
    .map((f) => ({ offset: f.offset, endOffset: f.endOffset, masked: f.excerpt ?? '\u2022\u2022\u2022' }))
    .sort((a, b) => a.offset - b.offset);
}

/** Masks the parts of a non-sensitive finding's excerpt that a sensitive span covers. */
function redactExcerpt(f: Finding, spans: readonly SensitiveSpan[]): string | undefined {
  const excerpt = f.excerpt;
  if (excerpt === undefined || f.sensitive) return excerpt;
  // The excerpt starts at f.offset (the engine truncates it at the end with an ellipsis).
  const end = f.offset + excerpt.length;
  let out = '';
  let cursor = 0;
  for (const s of spans) {
    if (s.endOffset <= f.offset || s.offset >= end) continue;
    const from = Math.max(0, s.offset - f.offset);
    const to = Math.min(excerpt.length, s.endOffset - f.offset);
    if (from < cursor) {
      cursor = Math.max(cursor, to);
      continue;
    }
    out += excerpt.slice(cursor, from) + s.masked;
    cursor = to;
  }
  return cursor === 0 && out === '' ? excerpt : out + excerpt.slice(cursor);
}

function redactFindings<T extends Finding>(findings: readonly T[], spans: readonly SensitiveSpan[]): T[] {
  return findings.map((f) => {
    const excerpt = redactExcerpt(f, spans);
    return excerpt === f.excerpt ? f : { ...f, excerpt };
  });
}

/** Offset-based redaction of overlapping excerpts (needs no draft text: used by every formatter). */
export function redactResults<R extends LintResult>(results: readonly R[]): R[] {
  return results.map((r) => {
    const spans = sensitiveSpans([...r.findings, ...(r.suppressed ?? [])]);
    if (spans.length === 0) return r;
    return { ...r, findings: redactFindings(r.findings, spans), suppressed: redactFindings<SuppressedFinding>(r.suppressed ?? [], spans) };
  });
}

/** A sensitive finding with a non-empty range (whose raw value is scrubbed elsewhere). */
function flagsValue(f: Finding): boolean {
  return !!f.sensitive && f.endOffset > f.offset;
}

// Fix texts keep the real text in the library's results (applyFixes and editors need it); the form a
// report may show, with every flagged value scrubbed, is kept beside the edit object (never serialised).
const shownFix = new WeakMap<TextEdit, string>();

/** The fix text as a report may show it: flagged values scrubbed, then every shape masked. */
export function displayFixText(edit: TextEdit): string {
  return maskShapes(shownFix.get(edit) ?? edit.text);
}

function maskFinding<T extends Finding>(f: T, values?: ValueScrubber): T {
  const clean = (s: string): string => maskShapes(values ? values.scrub(s) : s);
  const note = (e: TextEdit | undefined): void => {
    if (e && values && e.text.length >= 3) {
      const shown = values.scrub(e.text);
      if (shown !== e.text) shownFix.set(e, shown);
    }
  };
  note(f.fix);
  for (const s of f.suggestions ?? []) note(s.fix);
  const message = clean(f.message);
  const excerpt = f.excerpt === undefined || f.sensitive ? f.excerpt : maskShapes(values ? values.scrub(f.excerpt, 'aligned') : f.excerpt, 'aligned');
  let suggestions = f.suggestions;
  if (suggestions?.some((s) => clean(s.message) !== s.message)) suggestions = suggestions.map((s) => ({ ...s, message: clean(s.message) }));
  if (message === f.message && excerpt === f.excerpt && suggestions === f.suggestions) return f;
  return { ...f, message, ...(excerpt !== undefined ? { excerpt } : {}), ...(suggestions ? { suggestions } : {}) };
}

/**
 * Full redaction with the draft text: every raw value a sensitive finding flagged is scrubbed from the
 * messages, excerpts and suggestion messages of all findings of the result (one Aho–Corasick pass per
 * string, so the cost is linear in the number of values), then every string goes through the shape
 * masker, which needs no rule to have found anything.
 */
export function redactWithText<R extends LintResult>(result: R, text: string): R {
  const all = [...result.findings, ...(result.suppressed ?? [])];
  const raws = new Set<string>();
  for (const f of all) if (flagsValue(f)) raws.add(text.slice(f.offset, f.endOffset));
  const values = raws.size ? new ValueScrubber(raws) : undefined;
  return {
    ...result,
    findings: result.findings.map((f) => maskFinding(f, values)),
    suppressed: (result.suppressed ?? []).map((f) => maskFinding(f, values)),
    ...(result.error !== undefined ? { error: maskShapes(values ? values.scrub(result.error) : result.error) } : {}),
  };
}

/** What a report may show of a finding: shapes masked in every string, fix texts included. */
function forReport<T extends Finding>(f: T): T {
  const out = maskFinding(f);
  const fix = out.fix && { ...out.fix, text: displayFixText(out.fix) };
  const suggestions = out.suggestions?.map((s) => ({ ...s, ...(s.fix ? { fix: { ...s.fix, text: displayFixText(s.fix) } } : {}) }));
  const reason = (out as Partial<SuppressedFinding>).reason;
  return {
    ...out,
    ...(fix ? { fix } : {}),
    ...(suggestions ? { suggestions } : {}),
    ...(reason !== undefined ? { reason: maskShapes(reason) } : {}),
  };
}

/** Everything a formatter prints: offset redaction of overlapping excerpts, then the shape masker. */
export function redactForReport<R extends LintResult>(results: readonly R[]): R[] {
  return redactResults(results).map((r) => ({
    ...r,
    findings: r.findings.map(forReport),
    suppressed: (r.suppressed ?? []).map(forReport),
    ...(r.error !== undefined ? { error: maskShapes(r.error) } : {}),
  }));
}

/**
 * A line redactor for diffs of drafts (`--fix-dry-run`): the values the sensitive findings of each
 * result flagged in its text are scrubbed, then the shape masker runs over the line.
 */
export function diffRedactor(sources: ReadonlyArray<{ result: LintResult; text: string }>): (line: string) => string {
  const raws = new Set<string>();
  for (const { result, text } of sources) {
    for (const f of [...result.findings, ...(result.suppressed ?? [])]) if (flagsValue(f)) raws.add(text.slice(f.offset, f.endOffset));
  }
  const values = raws.size ? new ValueScrubber(raws) : undefined;
  return (line) => maskShapes(values ? values.scrub(line) : line);
}
