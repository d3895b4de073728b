// A minimal unified diff for --fix-dry-run: the common prefix and suffix lines are trimmed and the
// changed middle shown as one hunk per file. Linear in the text size, which matters for 5 MB drafts.

/** `redact` is applied to every draft line shown (the CLI masks personal data and secrets there). */
export function unifiedDiff(before: string, after: string, path: string, redact: (line: string) => string = (l) => l): string {
  if (before === after) return '';
  const a = before.split(/(?<=\n)/);
  const b = after.split(/(?<=\n)/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const context = 2;
  const from = Math.max(0, start - context);
  const toA = Math.min(a.length, endA + context);
  const toB = Math.min(b.length, endB + context);
  const line = (s: string): string => (s.endsWith('\n') ? `${redact(s.slice(0, -1))}\n` : `${redact(s)}\n\\ No newline at end of file\n`);
  const out: string[] = [`--- a/${path}\n`, `+++ b/${path}\n`, `@@ -${from + 1},${toA - from} +${from + 1},${toB - from} @@\n`];
  for (let i = from; i < start; i++) out.push(` ${line(a[i]!)}`);
  for (let i = start; i < endA; i++) out.push(`-${line(a[i]!)}`);
  for (let i = start; i < endB; i++) out.push(`+${line(b[i]!)}`);
  for (let i = endA; i < toA; i++) out.push(` ${line(a[i]!)}`);
  return out.join('');
}
