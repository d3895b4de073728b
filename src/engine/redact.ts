// Defence in depth for reports. The engine masks the excerpt and message of a sensitive finding, but
// another finding can cover the same text (a too-long post, a whole sentence): its excerpt would then
// carry the raw value. Every formatter goes through `redactResults`, which masks, by offset, each part
// of an excerpt that a sensitive finding in the same result covers. With the draft text at hand,
// `redactWithText` also scrubs the raw values out of every message and suggestion.
import type { Finding, LintResult, SuppressedFinding } from '../types.js';
import { scrubber } from '../text/mask.js';

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

/**
 * Full redaction with the draft text: every raw value a sensitive finding flagged is scrubbed from the
 * messages, excerpts and suggestion messages of all findings of the result.
 */
export function redactWithText<R extends LintResult>(result: R, text: string): R {
  // Nearly every result has no sensitive finding: nothing to scrub, nothing to copy.
  if (!result.findings.some(flagsValue) && !(result.suppressed ?? []).some(flagsValue)) return result;
  const all = [...result.findings, ...(result.suppressed ?? [])];
  const raws = [...new Set(all.filter((f) => f.sensitive && f.endOffset > f.offset).map((f) => text.slice(f.offset, f.endOffset)))].filter((v) => v.trim().length >= 3);
  if (raws.length === 0) return result;
  // Longest first, so a value containing another is scrubbed whole.
  raws.sort((a, b) => b.length - a.length);
  // One pass per string over all values (scrubbing string by value is quadratic on long drafts).
  const clean = scrubber(raws);
  const fix = <T extends Finding>(f: T): T => ({
    ...f,
    message: clean(f.message),
    ...(f.excerpt !== undefined ? { excerpt: f.sensitive ? f.excerpt : clean(f.excerpt) } : {}),
    ...(f.suggestions ? { suggestions: f.suggestions.map((s) => ({ ...s, message: clean(s.message) })) } : {}),
  });
  return { ...result, findings: result.findings.map(fix), suppressed: (result.suppressed ?? []).map(fix) };
}

