// Plain words for what the linter returns: severities, positions, platform names, ordering.
import type { Finding, Platform, ReportSeverity } from '../../src/index.js';

export const SEVERITY_ORDER: Record<ReportSeverity, number> = { error: 0, warning: 1, info: 2 };
export const SEVERITY_LABEL: Record<ReportSeverity, string> = { error: 'Must fix', warning: 'Should fix', info: 'Consider' };

/** Findings by severity (errors first), then by where they are in the draft. */
export function bySeverity<F extends Finding>(findings: readonly F[]): F[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.offset - b.offset || a.endOffset - b.endOffset);
}

/** "line 1, column 51" (or "line 2, columns 4 to 9" when the range stays on one line). */
export function positionInWords(f: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  if (f.endLine === f.line && f.endColumn - f.column > 1) return `line ${f.line}, columns ${f.column} to ${f.endColumn - 1}`;
  return `line ${f.line}, column ${f.column}`;
}

/** "1 error" / "2 warnings": counted nouns. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The networks a post can be written for, in the form's order, with the names people know them by. */
export const PLATFORM_NAMES: ReadonlyArray<[Platform, string]> = [
  ['x', 'X (Twitter)'],
  ['bluesky', 'Bluesky'],
  ['mastodon', 'Mastodon'],
  ['threads', 'Threads'],
  ['facebook', 'Facebook'],
  ['instagram', 'Instagram'],
  ['linkedin', 'LinkedIn'],
  ['tiktok', 'TikTok'],
  ['youtube', 'YouTube (description)'],
  ['generic', 'Somewhere else (website, newsletter)'],
];

export function platformName(p: Platform): string {
  return PLATFORM_NAMES.find(([id]) => id === p)?.[1] ?? p;
}
