// Applying fixes: non-overlapping edits, applied from the end so earlier offsets stay valid.
import type { TextEdit } from '../types.js';
import { checkFixInput } from './input.js';

/** Applies each finding's safe `fix`; where fixes overlap, the first (by position) wins and the rest wait for another pass. */
export function applyFixes(text: string, findings: ReadonlyArray<{ fix?: TextEdit }>): string {
  checkFixInput(text, findings);
  const edits = findings
    .map((f) => f.fix)
    .filter((f): f is TextEdit => !!f && f.offset >= 0 && f.endOffset >= f.offset && f.endOffset <= text.length)
    .sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
  const chosen: TextEdit[] = [];
  let last = -1;
  for (const e of edits) {
    if (e.offset < last || (e.offset === last && chosen.length && chosen[chosen.length - 1]!.endOffset === e.offset && e.endOffset === e.offset)) continue;
    if (text.slice(e.offset, e.endOffset) === e.text) continue;
    chosen.push(e);
    last = e.endOffset;
  }
  let out = text;
  for (let i = chosen.length - 1; i >= 0; i--) {
    const e = chosen[i]!;
    out = out.slice(0, e.offset) + e.text + out.slice(e.endOffset);
  }
  return out;
}
