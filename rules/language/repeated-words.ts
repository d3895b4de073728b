// language/repeated-words: the same word twice in a row ("the the"), a common slip when editing. Pairs
// that can be grammatical ("had had", "that that", "is is") and reduplications ("bye bye", "knock
// knock") are left alone, as are names in capitals ("Bora Bora", "Walla Walla").
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { isAsciiAlnumCode, isAsciiLetterCode } from '../../src/text/chars.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
// Doubled words that are grammatical or idiomatic.
const ALLOWED = new Set([
  'had', 'that', 'is', 'bye', 'knock', 'ha', 'haha', 'no', 'yes', 'very', 'so', 'well', 'now', 'there', 'tut', 'chop',
  'night', 'hush', 'bang', 'boom', 'choo', 'go', 'yeah', 'la', 'ho', 'hip', 'pom', 'tick', 'ding', 'dong', 'bla', 'blah',
  'mmm', 'oh', 'ah', 'wow', 'more', 'really', 'many', 'far', 'again', 'over', 'round', 'tum', 'meow', 'woof', 'baa',
]);

/**
 * False only when prose[from, to) cannot hold a reportable repeat: it is all ASCII (where WORD is
 * `[A-Za-z0-9]+(?:'[A-Za-z]+)?`) and no word equals, ignoring case, the word before it with only
 * whitespace (not a blank line) between. One pass over the char codes, no copies; text with any other
 * character is left to the full check.
 */
function mayRepeat(prose: string, from: number, to: number): boolean {
  let prevStart = -1;
  let prevEnd = -1;
  let i = from;
  while (i < to) {
    const c = prose.charCodeAt(i);
    if (c >= 128) return true;
    if (!isAsciiAlnumCode(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && isAsciiAlnumCode(prose.charCodeAt(i))) i++;
    if (i + 1 < to && prose.charCodeAt(i) === 0x27 && isAsciiLetterCode(prose.charCodeAt(i + 1))) {
      i += 2;
      while (i < to && isAsciiLetterCode(prose.charCodeAt(i))) i++;
    }
    if (prevEnd >= 0 && i - start === prevEnd - prevStart && start > prevEnd && onlySpace(prose, prevEnd, start) && sameIgnoringCase(prose, prevStart, start, i - start)) return true;
    prevStart = start;
    prevEnd = i;
  }
  return false;
}

/** ASCII whitespace over [from, to) with at most one line break (two make a blank line). */
function onlySpace(prose: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = prose.charCodeAt(i);
    if (c === 10 && ++breaks > 1) return false;
    if (c !== 32 && (c < 9 || c > 13)) return false;
  }
  return true;
}
function sameIgnoringCase(prose: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if ((prose.charCodeAt(a + k) | 0x20) !== (prose.charCodeAt(b + k) | 0x20)) return false;
  return true;
}

export default defineRule({
  id: 'language/repeated-words',
  category: 'language',
  description: 'The same word written twice in a row ("the the").',
  docs: {
    rationale: 'A doubled word is a slip that makes an official post look unchecked.',
    flagged: ['Bins will be collected on the the usual day.'],
    clean: ['What it is is a new service.', 'He had had enough.', 'Bye bye, summer!', 'Flights to Bora Bora'],
  },
  defaultSeverity: 'warning',
  topics: ['accuracy'],
  languages: ['en'],
  fixable: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, text } = ctx.doc;
    for (const block of ctx.doc.blocks) {
      if (block.offset < ctx.doc.bodyOffset) continue;
      if (!mayRepeat(prose, block.offset, block.endOffset)) continue;
      const slice = prose.slice(block.offset, block.endOffset);
      let prev: { word: string; s: number; e: number } | undefined;
      for (const m of slice.matchAll(WORD)) {
        const s = block.offset + m.index;
        const e = s + m[0].length;
        const cur = { word: m[0], s, e };
        if (prev && prev.word.toLowerCase() === cur.word.toLowerCase() && /^\s+$/.test(prose.slice(prev.e, s)) && !/\n\s*\n/.test(prose.slice(prev.e, s))) {
          const lower = cur.word.toLowerCase();
          const bothCapital = /^\p{Lu}/u.test(prev.word) && /^\p{Lu}/u.test(cur.word);
          if (!ALLOWED.has(lower) && !bothCapital && !/^\p{N}+$/u.test(lower) && !ctx.doc.inCode(s)) {
            // Delete the second word and the space before it, when nothing but spaces lies between.
            const between = text.slice(prev.e, s);
            ctx.report({
              offset: prev.s,
              endOffset: e,
              message: `"${cur.word}" is repeated: delete one.`,
              fix: /^[ \t]+$/.test(between) ? { offset: prev.e, endOffset: e, text: '' } : undefined,
            });
            prev = undefined;
            continue;
          }
        }
        prev = cur;
      }
    }
  },
});
