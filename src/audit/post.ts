// A published post as an archive audit sees it: its text and the facts that rules judge it by (platform,
// the date it went out, reply, media), and where it came from, for messages about a bad record.
import type { MediaMeta, Platform } from '../types.js';

export interface AuditPost {
  /** The platform's id for the post (or the line number for exports without one). */
  id: string;
  text: string;
  /** ISO 8601 date-time it was published. */
  date?: string;
  platform?: Platform;
  url?: string;
  replyTo?: string | true;
  media?: MediaMeta[];
  /** A content warning (Mastodon), counted with the text. */
  contentWarning?: string;
}

/** One line of findings.jsonl (DESIGN-stable: scripts and engines read it). */
export interface AuditLine {
  id: string;
  date?: string;
  platform?: string;
  url?: string;
  findings: import('../types.js').Finding[];
}

/** A malformed export: names the file and the record, never a stack trace. */
export class ExportError extends Error {
  override name = 'ExportError';
  constructor(
    readonly file: string,
    readonly record: string,
    message: string,
  ) {
    super(`${file}: ${record}: ${message}`);
  }
}

/** A date the platform wrote in any of the usual forms, as ISO 8601 (undefined when there is none). */
export function isoDate(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const d = typeof value === 'number' ? new Date(value < 1e12 ? value * 1000 : value) : new Date(String(value));
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/**
 * Facebook and Instagram exports write UTF-8 text as if each byte were a Latin-1 character ("cafÃ©");
 * re-reading those code units as bytes restores it. Text with a character above U+00FF was not mangled.
 */
export function fixMojibake(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text) || /[^\u0000-\u00ff]/.test(text)) return text;
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

/** Mastodon's status HTML (p, br, a, span) as the plain text a reader sees. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^<>]*>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z0-9]{2,8});/gi, (m, e: string) => {
      const lower = e.toLowerCase();
      if (lower.startsWith('#x')) return String.fromCodePoint(Math.min(parseInt(lower.slice(2), 16), 0x10ffff));
      if (lower.startsWith('#') && ENTITIES[lower] === undefined) return String.fromCodePoint(Math.min(parseInt(lower.slice(1), 10), 0x10ffff));
      return ENTITIES[lower] ?? m;
    })
    .trim();
}
