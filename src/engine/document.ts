// The document model: a draft parsed once, with every view a rule may need computed once and shared.
// All offsets are 0-based UTF-16 offsets into the original text (BOM and frontmatter included).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root as MdastRoot, RootContent, Nodes as MdastNodes } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import { toNlcst } from 'mdast-util-to-nlcst';
import { VFile } from 'vfile';
import { LineIndex } from '../text/lines.js';
import { parseFrontmatter, type FrontmatterProblem } from './frontmatter.js';
import type { DraftMeta } from '../types.js';
import { escapeRegExp } from '../text/terms.js';
import { isSpaceCode } from '../text/chars.js';
import { languageHint, type LanguageHint, type LangSpan } from '../lang/index.js';
import { computeLanguageSpans } from '../lang/spans.js';
import { loanwordRanges } from '../lang/identify.js';
import { FOLDS_TO_ASCII, asciiEquivalent } from '../text/ascii-regexp.js';
import type { DocumentMemo } from './memo.js';

// Two processors: GFM's extensions cost over half the parse time, and most posts use none of its
// block or inline syntax (tables, strikethrough, footnotes, task lists). Bare URLs, GFM's other
// addition, are found by our own scan below so the two paths agree.
const plainProcessor = unified().use(remarkParse).freeze();
const gfmProcessor = unified().use(remarkParse).use(remarkGfm).freeze();
const GFM_SYNTAX = /[|~]|\[\^|^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/m;
// Frontmatter fences are found here rather than with remark-frontmatter: one line test instead of a
// micromark extension on every parse (about a quarter of the parse time on short posts).
const OPEN_FENCE = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE_FENCE = /^---[ \t]*$/gm;
// Large drafts are parsed in chunks split at blank lines outside fenced code, so memory and time stay
// linear in size (micromark's event lists for a 5 MB draft run to hundreds of MB).
const CHUNK_SIZE = 8 * 1024;
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})/;
// A thematic break or a setext underline ends the block before it, so a draft can also be cut after one:
// micromark's time grows faster than linearly with the number of setext headings and breaks in one run
// without blank lines ('Heading\n===\n---\n' × 4000 took 35 s), so such runs are cut into short chunks.
const BREAK_LINE = /^ {0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*)$/;
const BREAK_CHUNK_SIZE = 1024;
// Drafts longer than this give their nlcst tree in pieces of about this many characters (Document.nlcstPieces).
const NLCST_PIECE = 64 * 1024;
// Structure micromark takes super-linear time on, which no post needs: containers (quotes, list items)
// nested deeper than this on one line ('> - ' × 6000 took 18 s) and brackets nested deeper than this
// ('[![a ' × 3000 … took 28 s). A chunk with either is read as plain paragraphs (its text is still linted).
const MAX_CONTAINER_DEPTH = 12;
const MAX_BRACKET_DEPTH = 24;
// GFM autolink literals: http(s):// or www. up to whitespace or <, without trailing punctuation.
const BARE_URL = /(?<![\p{L}\p{N}_@/.-])(?:https?:\/\/|www\.)[^\s<>]*[^\s<>?!.,:;*_~'")\]]/giu;
const BARE_URL_HINT = /:\/\/|www\./i;

interface Positioned {
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
  children?: Positioned[];
}

// The fast path: a body of plain paragraphs (no character Markdown gives a meaning to inside a line, no
// line that could open a block) has one text node per paragraph, so its tree is built here, exactly as
// remark-parse would build it, at a fraction of micromark's cost. Anything else goes to remark.
const NOT_PLAIN = /[\\`*_<>&|~\x00-\x09\x0b-\x1f]/;
// Brackets are text unless they make a link or image (`](`), a reference (`][`, or `[label]` with a
// definition `[label]:`), a footnote (`[^`): "Closing date: [insert date]." stays plain.
const BRACKET_SYNTAX = /\][(:[]|\[\^/;
// A line that could open or end a block (heading, list, quote, setext underline, thematic break, code),
// starts with indentation or ends with spaces (hard breaks, stripped whitespace).
const BLOCK_LINE = /^(?:[ #=+>-]|\d{1,9}[.)](?:[ ]|$))|[ ]$/m;

/**
 * `BLOCK_LINE.test(chunk)` line by line with `indexOf` instead of a regex tried at every position. Only
 * for a chunk that passed NOT_PLAIN (so no CR); U+2028/U+2029, which also end a line for `^`/`$` under
 * the `m` flag, go to the regex.
 */
function hasBlockLine(chunk: string): boolean {
  if (chunk.includes('\u2028') || chunk.includes('\u2029')) return BLOCK_LINE.test(chunk);
  let s = 0;
  for (;;) {
    let e = chunk.indexOf('\n', s);
    if (e === -1) e = chunk.length;
    if (e > s) {
      const first = chunk.charCodeAt(s);
      // [ #=+>-] opening the line, or a space ending it.
      if (first === 0x20 || first === 0x23 || first === 0x3d || first === 0x2b || first === 0x3e || first === 0x2d || chunk.charCodeAt(e - 1) === 0x20) return true;
      // \d{1,9}[.)] then a space or the end of the line.
      let d = s;
      while (d < e && d - s < 10 && chunk.charCodeAt(d) >= 0x30 && chunk.charCodeAt(d) <= 0x39) d++;
      if (d > s && d - s <= 9 && d < e) {
        const mark = chunk.charCodeAt(d);
        if ((mark === 0x2e || mark === 0x29) && (d + 1 === e || chunk.charCodeAt(d + 1) === 0x20)) return true;
      }
    }
    if (e === chunk.length) return false;
    s = e + 1;
  }
}

/** The mdast tree of a body of plain paragraphs, or undefined when the body needs the real parser. */
function plainTree(chunk: string): MdastRoot | undefined {
  // (micromark also drops a byte order mark that opens its input.)
  if (NOT_PLAIN.test(chunk) || hasBlockLine(chunk) || chunk.charCodeAt(0) === 0xfeff) return undefined;
  if ((chunk.includes('[') || chunk.includes(']')) && BRACKET_SYNTAX.test(chunk)) return undefined;
  const children: RootContent[] = [];
  let line = 1;
  let offset = 0;
  let para: { startLine: number; startOffset: number; endLine: number; endOffset: number; endColumn: number } | undefined;
  const close = (): void => {
    if (!para) return;
    const position = {
      start: { line: para.startLine, column: 1, offset: para.startOffset },
      end: { line: para.endLine, column: para.endColumn, offset: para.endOffset },
    };
    const value = chunk.slice(para.startOffset, para.endOffset);
    children.push({ type: 'paragraph', children: [{ type: 'text', value, position }], position: { start: { ...position.start }, end: { ...position.end } } });
    para = undefined;
  };
  while (offset <= chunk.length) {
    let end = chunk.indexOf('\n', offset);
    if (end === -1) end = chunk.length;
    if (end === offset) close();
    else if (para) Object.assign(para, { endLine: line, endOffset: end, endColumn: end - offset + 1 });
    else para = { startLine: line, startOffset: offset, endLine: line, endOffset: end, endColumn: end - offset + 1 };
    if (end === chunk.length) break;
    offset = end + 1;
    line++;
  }
  close();
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line, column: chunk.length - offset + 1, offset: chunk.length } },
  };
}

// Setext headings and thematic breaks between one-line plain paragraphs ('Heading\n===\n---\n***\n' × n):
// micromark reads such a run at several times the cost of prose (every line is a block, and each
// underline re-reads the paragraph before it), so the tree is built here, as remark-parse builds it, for a
// chunk whose lines are all blank, plain one-line paragraphs, or a run of three or more `=`, `-`, `*` or `_`
// alone. Anything else (two text lines in a row, `===` with no text before it, indentation) goes on to remark.
const RULE_LINE = /^(?:={3,}|-{3,}|\*{3,}|_{3,})$/;

function breakTree(chunk: string): MdastRoot | undefined {
  if (chunk.charCodeAt(0) === 0xfeff || chunk.includes('\u2028') || chunk.includes('\u2029')) return undefined;
  if ((chunk.includes('[') || chunk.includes(']')) && BRACKET_SYNTAX.test(chunk)) return undefined;
  const children: RootContent[] = [];
  const at = (line: number, column: number, offset: number): { line: number; column: number; offset: number } => ({ line, column, offset });
  let text: { line: number; offset: number; end: number } | undefined;
  const textNode = (t: { line: number; offset: number; end: number }) => ({ type: 'text' as const, value: chunk.slice(t.offset, t.end), position: { start: at(t.line, 1, t.offset), end: at(t.line, t.end - t.offset + 1, t.end) } });
  const paragraph = (): void => {
    if (!text) return;
    const node = textNode(text);
    children.push({ type: 'paragraph', children: [node], position: { start: { ...node.position.start }, end: { ...node.position.end } } });
    text = undefined;
  };
  let line = 1;
  let offset = 0;
  while (offset <= chunk.length) {
    let end = chunk.indexOf('\n', offset);
    if (end === -1) end = chunk.length;
    if (end === offset) paragraph();
    else {
      const source = chunk.slice(offset, end);
      if (RULE_LINE.test(source)) {
        const mark = source.charCodeAt(0);
        const position = { start: at(line, 1, offset), end: at(line, end - offset + 1, end) };
        if (text && (mark === 0x3d || mark === 0x2d)) {
          // A setext underline: the text line before it is a heading (= level 1, - level 2).
          const node = textNode(text);
          children.push({ type: 'heading', depth: mark === 0x3d ? 1 : 2, children: [node], position: { start: { ...node.position.start }, end: position.end } });
          text = undefined;
        } else if (mark === 0x3d) return undefined;
        else {
          paragraph();
          children.push({ type: 'thematicBreak', position });
        }
      } else if (text || NOT_PLAIN.test(source) || hasBlockLine(source)) return undefined;
      else text = { line, offset, end };
    }
    if (end === chunk.length) break;
    offset = end + 1;
    line++;
  }
  paragraph();
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line, column: chunk.length - offset + 1, offset: chunk.length } },
  };
}

function shiftTree(node: Positioned, offset: number, lines: number): void {
  const p = node.position;
  if (p) {
    if (p.start.offset !== undefined) p.start.offset += offset;
    if (p.end.offset !== undefined) p.end.offset += offset;
    p.start.line += lines;
    p.end.line += lines;
  }
  if (node.children) for (const c of node.children) shiftTree(c, offset, lines);
}

/** Deepest nesting of containers opened on one line (`> - > 1. …`) or of brackets, whichever is over its limit first. */
function pathological(chunk: string): boolean {
  let depth = 0;
  let lineStart = true;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (c === 0x0a) {
      lineStart = true;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      let containers = 0;
      let j = i;
      for (;;) {
        let k = j;
        while (k < j + 3 && chunk.charCodeAt(k) === 0x20) k++;
        const m = chunk.charCodeAt(k);
        let after = -1;
        if (m === 0x3e) after = k + 1;
        else if ((m === 0x2d || m === 0x2a || m === 0x2b) && (chunk.charCodeAt(k + 1) === 0x20 || chunk.charCodeAt(k + 1) === 0x09)) after = k + 2;
        else {
          let d = k;
          while (d < k + 9 && chunk.charCodeAt(d) >= 0x30 && chunk.charCodeAt(d) <= 0x39) d++;
          if (d > k && (chunk.charCodeAt(d) === 0x2e || chunk.charCodeAt(d) === 0x29) && chunk.charCodeAt(d + 1) === 0x20) after = d + 2;
        }
        if (after === -1) break;
        if (++containers > MAX_CONTAINER_DEPTH) return true;
        j = after;
      }
    }
    if (c === 0x5c) i++;
    else if (c === 0x5b) {
      if (++depth > MAX_BRACKET_DEPTH) return true;
    } else if (c === 0x5d && depth > 0) depth--;
  }
  return false;
}

/** The tree of a chunk read as plain paragraphs (split at blank lines), markup and all: the fallback for pathological structure. */
function textTree(chunk: string): MdastRoot {
  const children: RootContent[] = [];
  let line = 1;
  let offset = 0;
  let para: { startLine: number; startOffset: number; endLine: number; endOffset: number; endColumn: number } | undefined;
  const close = (): void => {
    if (!para) return;
    const position = {
      start: { line: para.startLine, column: 1, offset: para.startOffset },
      end: { line: para.endLine, column: para.endColumn, offset: para.endOffset },
    };
    children.push({ type: 'paragraph', children: [{ type: 'text', value: chunk.slice(para.startOffset, para.endOffset), position }], position: { start: { ...position.start }, end: { ...position.end } } });
    para = undefined;
  };
  while (offset <= chunk.length) {
    let end = chunk.indexOf('\n', offset);
    if (end === -1) end = chunk.length;
    if (chunk.slice(offset, end).trim() === '') close();
    else if (para) Object.assign(para, { endLine: line, endOffset: end, endColumn: end - offset + 1 });
    else para = { startLine: line, startOffset: offset, endLine: line, endOffset: end, endColumn: end - offset + 1 };
    if (end === chunk.length) break;
    offset = end + 1;
    line++;
  }
  close();
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line, column: chunk.length - offset + 1, offset: chunk.length } },
  };
}

/** Splits [from, to) into chunks that end after a blank line outside fenced code (or after a break in a long run without one). */
function chunkBounds(text: string, from: number, to: number): number[] {
  const bounds = [from];
  if (to - from <= CHUNK_SIZE) return [from, to];
  let fence: string | undefined;
  let lineStart = from;
  let last = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 200));
    const f = FENCE_LINE.exec(line);
    if (f) {
      if (!fence) fence = f[1]![0]!.repeat(3);
      else if (f[1]!.startsWith(fence)) fence = undefined;
    }
    const next = lineEnd + 1;
    if (!fence && next < to && ((line.trim() === '' && next - last >= CHUNK_SIZE) || (next - last >= BREAK_CHUNK_SIZE && BREAK_LINE.test(line)))) {
      bounds.push(next);
      last = next;
    }
    lineStart = next;
  }
  bounds.push(to);
  return bounds;
}

export interface Range {
  offset: number;
  endOffset: number;
}

export interface Post extends Range {
  /** 1-based post number. */
  index: number;
}

export interface Link extends Range {
  url: string;
  /** Range of the visible link text (for autolinks, the URL itself). */
  textRange?: Range;
  text: string;
  /** `[text](url)` as opposed to a bare URL or `<url>`. */
  labelled: boolean;
}

export interface Image extends Range {
  url: string;
  alt: string;
}

export interface HtmlComment extends Range {
  value: string;
}

export interface Block extends Range {
  type: 'paragraph' | 'heading' | 'tableCell';
}

export interface Frontmatter extends Range {
  /** The YAML source between the fences. */
  source: string;
  /** Offset of `source` in the original text. */
  sourceOffset: number;
}

export class DocumentParseError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly key?: string,
  ) {
    super(message);
    this.name = 'DocumentParseError';
  }
}

function start(node: { position?: { start: { offset?: number } } }): number {
  return node.position?.start.offset ?? 0;
}
function end(node: { position?: { end: { offset?: number } } }): number {
  return node.position?.end.offset ?? 0;
}

// Created on first use: loading ICU's sentence data costs milliseconds, and ASCII drafts never need it.
let sentenceSegmenter: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  return (sentenceSegmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' }));
}

// UAX #29 sentence boundaries for ASCII lines, without the segmenter (Node 20's is the costliest step
// for short posts): the rules SB3-SB11 over the Sentence_Break classes of the ASCII characters, from
// SentenceBreakProperty.txt. No ASCII character is OLetter, Sep, Extend or Format (so SB5 never applies);
// every character not listed is Other. Checked against Intl.Segmenter by test/perf-sentences.test.ts.
const SB_OTHER = 0;
const SB_CR = 1;
const SB_LF = 2;
const SB_SP = 3;
const SB_LOWER = 4;
const SB_UPPER = 5;
const SB_NUMERIC = 6;
const SB_ATERM = 7;
const SB_STERM = 8;
const SB_CLOSE = 9;
const SB_SCONTINUE = 10;
// SEMICOLON became SContinue in Unicode 15.1 (Other before): follow the runtime's ICU, whose boundaries these
// must equal, asked only when a line has a semicolon where it matters.
const SB_SEMICOLON = 11;
let semicolonIsSContinue: boolean | undefined;
function semicolonContinues(): boolean {
  if (semicolonIsSContinue === undefined) {
    let segments = 0;
    for (const _ of segmenter().segment('A. ;')) segments++;
    semicolonIsSContinue = segments === 1;
  }
  return semicolonIsSContinue;
}
const ASCII_SENTENCE_BREAK = new Uint8Array(128).fill(SB_OTHER);
{
  const set = (chars: string, cls: number): void => {
    for (let i = 0; i < chars.length; i++) ASCII_SENTENCE_BREAK[chars.charCodeAt(i)] = cls;
  };
  set('\r', SB_CR);
  set('\n', SB_LF);
  set('\t\v\f ', SB_SP);
  set('abcdefghijklmnopqrstuvwxyz', SB_LOWER);
  set('ABCDEFGHIJKLMNOPQRSTUVWXYZ', SB_UPPER);
  set('0123456789', SB_NUMERIC);
  set('.', SB_ATERM);
  set('!?', SB_STERM);
  set('"\'()[]{}', SB_CLOSE);
  set(',-:', SB_SCONTINUE);
  set(';', SB_SEMICOLON);
}
// The state of the text before a position: no sentence terminator in reach, `SATerm Close*`, `SATerm Close* Sp+`.
const AFTER_NOTHING = 0;
const AFTER_TERM = 1;
const AFTER_TERM_SPACE = 2;

/**
 * The ends of the UAX #29 sentences of `text[from, to)` (the last is `to`), exactly as
 * `Intl.Segmenter('en', { granularity: 'sentence' })` would cut that slice; `undefined` when the slice
 * has a non-ASCII character (the segmenter is needed then).
 */
export function asciiSentenceEnds(text: string, from: number, to: number): number[] | undefined {
  const ends: number[] = [];
  let state = AFTER_NOTHING;
  // Whether the terminator in reach is an ATerm (full stop), for SB6-SB8.
  let aTerm = false;
  let prev = SB_OTHER;
  let prev2 = SB_OTHER;
  // SB8 looks ahead over characters that are not letters, ParaSep or terminators: the end of the last
  // such run is kept, so a line of them is scanned once (linear time).
  let lookaheadEnd = -1;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return undefined;
    const cls = ASCII_SENTENCE_BREAK[code]!;
    if (i > from) {
      let boundary: boolean;
      if (prev === SB_CR) boundary = cls !== SB_LF; // SB3, SB4
      else if (prev === SB_LF) boundary = true; // SB4
      else if (state === AFTER_NOTHING) boundary = false; // SB998: SB6-SB11 need a terminator before
      else if (prev === SB_ATERM && cls === SB_NUMERIC) boundary = false; // SB6
      else if (prev === SB_ATERM && cls === SB_UPPER && (prev2 === SB_UPPER || prev2 === SB_LOWER)) boundary = false; // SB7
      else if (aTerm && isLower(text, i <= lookaheadEnd ? lookaheadEnd : (lookaheadEnd = skipToLetterOrTerm(text, i, to)), to)) boundary = false; // SB8
      else if (cls === SB_SCONTINUE || cls === SB_ATERM || cls === SB_STERM || (cls === SB_SEMICOLON && semicolonContinues())) boundary = false; // SB8a
      else if (cls === SB_CLOSE && state === AFTER_TERM) boundary = false; // SB9
      else if (cls === SB_SP || cls === SB_CR || cls === SB_LF) boundary = false; // SB9, SB10
      else boundary = true; // SB11
      if (boundary) ends.push(i);
    }
    if (cls === SB_ATERM || cls === SB_STERM) {
      state = AFTER_TERM;
      aTerm = cls === SB_ATERM;
    } else if (cls === SB_CLOSE) {
      if (state !== AFTER_TERM) state = AFTER_NOTHING;
    } else if (cls === SB_SP) {
      if (state !== AFTER_NOTHING) state = AFTER_TERM_SPACE;
    } else state = AFTER_NOTHING;
    prev2 = prev;
    prev = cls;
  }
  ends.push(to);
  return ends;
}

/** The first offset from `i` holding a letter, CR, LF, a terminator or a non-ASCII character (or `to`). */
function skipToLetterOrTerm(text: string, i: number, to: number): number {
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return i;
    const cls = ASCII_SENTENCE_BREAK[code]!;
    if (cls === SB_LOWER || cls === SB_UPPER || cls === SB_CR || cls === SB_LF || cls === SB_ATERM || cls === SB_STERM) return i;
  }
  return to;
}

/** True when `text[i]` (before `to`) is an ASCII lower-case letter. */
function isLower(text: string, i: number, to: number): boolean {
  const code = text.charCodeAt(i);
  return i < to && code < 0x80 && ASCII_SENTENCE_BREAK[code] === SB_LOWER;
}

/** Pushes `[s, e)` of the prose without its surrounding whitespace, unless nothing is left. */
// UAX #29 ends a sentence at a full stop before a capital, so "kept Ms. Tate, who has…" is cut after "Ms.":
// a title's full stop does not end a sentence when the next one starts on the same line.
const TITLE_DOT_END = /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Mx|Messrs|Dr|Prof|Rev|Revd|Fr|Sr|Sgt|Insp|Supt|Det|Const|Cllr|Gov|Sen|Rep|Lt|Capt|Col|Gen|Hon|Mme|Mlle|Mgr)\.$/u;
function joinAfterTitles(text: string, sentences: Range[]): Range[] {
  let out: Range[] | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const cur = sentences[i]!;
    const prev = out ? out[out.length - 1] : sentences[i - 1];
    const joinable =
      prev !== undefined &&
      text.charCodeAt(prev.endOffset - 1) === 46 &&
      TITLE_DOT_END.test(text.slice(Math.max(prev.offset, prev.endOffset - 8), prev.endOffset)) &&
      /^[ \t\u00a0]{1,3}$/.test(text.slice(prev.endOffset, cur.offset));
    if (joinable) {
      out ??= sentences.slice(0, i);
      out[out.length - 1] = { offset: prev.offset, endOffset: cur.endOffset };
    } else if (out) out.push(cur);
  }
  return out ?? sentences;
}

function pushTrimmed(out: Range[], text: string, s: number, e: number): void {
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ offset: s, endOffset: e });
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
// Social posts end sentences with an emoji instead of a full stop ("…2027–2032 🩺 It sets out…"): an
// emoji (with its modifiers) then whitespace then a capital letter ends a sentence, unless the words
// before it are too few or end in a word that cannot end a sentence ("join us at 🎨 Art Club").
const EMOJI_BREAK = /\p{Extended_Pictographic}[\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}\p{Extended_Pictographic}]{0,12}[ \t\u00a0]+(?=[\p{Lu}\p{Lt}])/gu;
const NOT_SENTENCE_END = /(?:^|[^\p{L}'’])(?:a|an|the|to|of|at|in|on|for|with|and|or|but|by|from|our|your|their|my|his|her|its|into|onto|via|about|like|new)[ \t\u00a0]*$/iu;
/** Ends of sentences marked only by an emoji within `segment` (offsets relative to it). */
function emojiBreaks(segment: string): number[] {
  if (!PICTOGRAPHIC.test(segment)) return [];
  const cuts: number[] = [];
  let from = 0;
  for (const m of segment.matchAll(EMOJI_BREAK)) {
    const before = segment.slice(from, m.index);
    const words = before.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
    if (words < 3 || NOT_SENTENCE_END.test(before)) continue;
    const cut = m.index + m[0].length;
    cuts.push(cut);
    from = cut;
  }
  return cuts;
}

/** True when a block other than `block` lies within it (`byStart` sorted by start, longest first). */
function containsOther(byStart: readonly Block[], block: Block): boolean {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byStart[mid]!.offset < block.offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < byStart.length && byStart[i]!.offset <= block.endOffset; i++) {
    const b = byStart[i]!;
    if (b !== block && b.endOffset <= block.endOffset) return true;
  }
  return false;
}

/**
 * The first range (in array order) containing `offset`. Ranges sorted by start and disjoint (code, links)
 * are binary-searched; anything else falls back to a scan, so the answer is the same either way.
 */
function rangeAt<R extends Range>(ranges: readonly R[], offset: number, disjoint: boolean): R | undefined {
  if (ranges.length < 8 || !disjoint) return ranges.find((r) => offset >= r.offset && offset < r.endOffset);
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ranges[mid]!.offset <= offset) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo - 1];
  return r && offset < r.endOffset ? r : undefined;
}
function isDisjoint(ranges: readonly Range[]): boolean {
  return ranges.every((r, i) => i === 0 || (r.offset >= ranges[i - 1]!.endOffset && r.offset >= ranges[i - 1]!.offset));
}


/** Lookups in a draft's word set (see `Document.words`). */
export interface WordLookup {
  has(word: string): boolean;
  /** True when any of `words` (lower-case) occurs; iterates whichever side is smaller for a Set. */
  hasAny(words: Iterable<string>): boolean;
  /**
   * The draft's distinct words, for gates that look up the draft's words in their own index (src/text/gate.ts):
   * absent when the set answers true to every lookup.
   */
  readonly all?: ReadonlySet<string>;
}
// Characters that `/iu` patterns match as ASCII letters (long s, Kelvin sign) or that lower-case to one
// (Kelvin sign, dotted capital I), which would change the tokens: FOLDS_TO_ASCII (src/text/ascii-regexp.ts).
const MENTION_PATTERNS = new Map<string, RegExp>();

// Rules look up about a thousand words per draft, nearly all absent: a 4,096-bit filter keyed by a word's
// length and its first, second and last characters answers most misses without hashing the word
// (about 2% of absent words get past it on the bench corpus, and then the set decides).
function wordKey(w: string): number {
  // (charCodeAt past the end is NaN, and NaN & 255 is 0: the same key when building and looking up.)
  return ((w.length & 15) << 8) | ((w.charCodeAt(0) * 31 + w.charCodeAt(1) * 7 + w.charCodeAt(w.length - 1)) & 255);
}

/** The word set of a prose without characters that fold to ASCII letters (see `Document.words`). */
function wordLookup(prose: string): WordLookup {
  // One pass over the char codes: no lower-cased copy of the prose, no match objects; only a word
  // with a capital is lower-cased (the same tokens as `[a-z0-9]+` over the lower-cased prose, since
  // no other character lower-cases to ASCII once FOLDS_TO_ASCII is ruled out).
  const set = new Set<string>();
  const filter = new Int32Array(128);
  const n = prose.length;
  let start = -1;
  let upper = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? prose.charCodeAt(i) : 0;
    const lowerOrDigit = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    const isUpper = c >= 0x41 && c <= 0x5a;
    if (lowerOrDigit || isUpper) {
      if (start < 0) {
        start = i;
        upper = false;
      }
      if (isUpper) upper = true;
    } else if (start >= 0) {
      let w = prose.slice(start, i);
      if (upper) w = w.toLowerCase();
      set.add(w);
      const key = wordKey(w);
      filter[key >>> 5]! |= 1 << (key & 31);
      start = -1;
    }
  }
  const has = (w: string): boolean => {
    // (The set holds only strings; a caller outside TypeScript may pass anything.)
    if (typeof w !== 'string') return false;
    const key = wordKey(w);
    return (filter[key >>> 5]! & (1 << (key & 31))) !== 0 && set.has(w);
  };
  return {
    has,
    all: set,
    hasAny: (ws) => {
      if (Array.isArray(ws)) {
        for (let i = 0; i < ws.length; i++) if (has(ws[i] as string)) return true;
        return false;
      }
      if (!(ws instanceof Set) || ws.size <= set.size) {
        for (const w of ws) if (has(w)) return true;
        return false;
      }
      for (const w of set) if (ws.has(w)) return true;
      return false;
    },
  };
}

/** A draft, parsed once. Cheap views are built eagerly; natural-language trees only on request. */
/** The `lang` tags of validated frontmatter: the list of a bilingual draft, else the one tag. */
export function frontmatterTags(meta: DraftMeta): string[] | undefined {
  if (Array.isArray(meta.langs)) return meta.langs as string[];
  return typeof meta.lang === 'string' ? [meta.lang] : undefined;
}

export class Document {
  readonly lines: LineIndex;
  readonly mdast: MdastRoot;
  readonly frontmatter?: Frontmatter;
  /** Frontmatter after validation (empty when there is none). */
  readonly frontmatterData: DraftMeta;
  /** Where the body (after frontmatter) starts. */
  readonly bodyOffset: number;
  /**
   * The text with everything that is not prose (frontmatter, code, HTML, Markdown syntax, link
   * destinations) replaced by spaces. Same length as `text`, so offsets are shared: regexes run here.
   */
  readonly prose: string;
  readonly blocks: Block[] = [];
  readonly links: Link[] = [];
  readonly images: Image[] = [];
  readonly comments: HtmlComment[] = [];
  /** Ranges of code (fenced, indented, inline): never prose. */
  readonly code: Range[] = [];
  /** Top-level thematic breaks, which separate the posts of a thread. */
  readonly breaks: Range[] = [];
  private nlcstTree?: NlcstRoot;
  private wordCache?: WordLookup;
  private foldsCache?: boolean;
  private sentenceCache?: Range[];
  private blocksByStart?: Block[];
  private langSpanCache?: Map<string, readonly LangSpan[]>;
  private loanwordCache?: readonly Range[];
  private codeDisjoint?: boolean;
  private linksDisjoint?: boolean;
  private memos?: Map<DocumentMemo<unknown>, unknown>;

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    // Prose is assembled from the text nodes' source ranges (in document order) with every gap blanked
    // to spaces, line endings kept: one pass, no per-character arrays (drafts can be megabytes).
    const proseRanges: Array<[number, number]> = [];
    const copy = (from: number, to: number): void => {
      const last = proseRanges[proseRanges.length - 1];
      if (last && from <= last[1]) last[1] = Math.max(last[1], to);
      else proseRanges.push([from, to]);
    };

    let fm: Frontmatter | undefined;
    const open = OPEN_FENCE.exec(text.slice(bom, bom + 8));
    if (open) {
      const sourceOffset = bom + open[0].length;
      CLOSE_FENCE.lastIndex = sourceOffset;
      const close = CLOSE_FENCE.exec(text);
      if (close) {
        const endOffset = close.index + close[0].length;
        fm = { offset: bom, endOffset, source: text.slice(sourceOffset, Math.max(sourceOffset, close.index)).replace(/\r?\n$|\r$/, ''), sourceOffset };
      }
    }
    this.frontmatter = fm;
    this.bodyOffset = fm ? fm.endOffset : bom;
    if (fm) {
      const parsed = parseFrontmatter(fm.source);
      if (!parsed.ok) throw this.frontmatterError(parsed.problem, fm);
      this.frontmatterData = parsed.data;
    } else this.frontmatterData = {};

    this.mdast = { type: 'root', children: [] };
    const bounds = chunkBounds(text, this.bodyOffset, text.length);
    for (let i = 0; i + 1 < bounds.length; i++) {
      const from = bounds[i]!;
      const chunk = text.slice(from, bounds[i + 1]);
      const tree = plainTree(chunk) ?? breakTree(chunk) ?? (pathological(chunk) ? textTree(chunk) : (GFM_SYNTAX.test(chunk) ? gfmProcessor : plainProcessor).parse(chunk));
      if (from > 0) shiftTree(tree as Positioned, from, this.lines.position(from).line - 1);
      for (const child of tree.children) this.mdast.children.push(child);
    }
    const last = this.lines.position(text.length);
    this.mdast.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: last.line, column: last.column, offset: text.length } };

    const visit = (node: MdastNodes, depth: number): void => {
      const s = start(node);
      const e = end(node);
      switch (node.type) {
        case 'text':
          copy(s, e);
          return;
        case 'code':
        case 'inlineCode':
          this.code.push({ offset: s, endOffset: e });
          return;
        case 'html': {
          const m = /^<!--([\s\S]*?)-->/.exec(node.value);
          if (m) this.comments.push({ offset: s, endOffset: e, value: m[1]!.trim() });
          return;
        }
        case 'yaml':
          return;
        case 'thematicBreak':
          if (depth === 1) this.breaks.push({ offset: s, endOffset: e });
          return;
        case 'image': {
          this.images.push({ offset: s, endOffset: e, url: node.url, alt: node.alt ?? '' });
          return;
        }
        case 'link': {
          const kids = node.children;
          const ts = kids.length ? start(kids[0]!) : s;
          const te = kids.length ? end(kids[kids.length - 1]!) : s;
          const label = text.slice(ts, te);
          const labelled = text[s] === '[';
          this.links.push({ offset: s, endOffset: e, url: node.url, text: label, textRange: { offset: ts, endOffset: te }, labelled });
          break;
        }
        case 'paragraph':
        case 'heading':
        case 'tableCell':
          this.blocks.push({ offset: s, endOffset: e, type: node.type });
          break;
        default:
          break;
      }
      if ('children' in node) {
        const kids = node.children as RootContent[];
        for (let i = kids.length - 1; i >= 0; i--) pending.push([kids[i]!, depth + 1]);
      }
    };
    // Pre-order with an explicit stack, not recursion: 5,000 nested block quotes must not overflow the call stack.
    const pending: Array<[MdastNodes, number]> = [];
    for (let i = this.mdast.children.length - 1; i >= 0; i--) pending.push([this.mdast.children[i]!, 1]);
    while (pending.length) {
      const [node, depth] = pending.pop()!;
      visit(node, depth);
    }
    // Spaces for [from, to), line endings kept (no per-character regex replace).
    const blank = (from: number, to: number): string => {
      let out = '';
      let run = from;
      for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) {
          out += ' '.repeat(i - run) + text[i];
          run = i + 1;
        }
      }
      return out + ' '.repeat(to - run);
    };
    const parts: string[] = [];
    let at = 0;
    for (const [from, to] of proseRanges) {
      if (from > at) parts.push(blank(at, from));
      parts.push(text.slice(Math.max(from, at), to));
      at = Math.max(at, to);
    }
    parts.push(blank(at, text.length));
    this.prose = parts.join('');
    // Every bare URL contains `://` or `www.` (no other character folds to `w` under /iu): most posts have neither.
    if (BARE_URL_HINT.test(this.prose)) {
      const known = new Set(this.links.map((l) => l.offset));
      for (const m of this.prose.matchAll(BARE_URL)) {
        if (known.has(m.index) || this.links.some((l) => m.index >= l.offset && m.index < l.endOffset)) continue;
        const range = { offset: m.index, endOffset: m.index + m[0].length };
        this.links.push({ ...range, url: m[0].toLowerCase().startsWith('www.') ? `http://${m[0]}` : m[0], text: m[0], textRange: range, labelled: false });
      }
    }
    if (this.links.length > 1) this.links.sort((a, b) => a.offset - b.offset);
  }

  private frontmatterError(problem: FrontmatterProblem, fm: Frontmatter): DocumentParseError {
    const at = fm.sourceOffset + problem.offset;
    const { line } = this.lines.position(at);
    return new DocumentParseError(`${problem.message} (line ${line})`, at, problem.key);
  }

  /** The posts of the draft: one for a single post; for a thread, the parts between thematic breaks. */
  posts(thread: boolean): Post[] {
    const bodyEnd = this.text.length;
    if (!thread || this.breaks.length === 0) return [{ index: 1, offset: this.bodyOffset, endOffset: bodyEnd }];
    const posts: Post[] = [];
    let from = this.bodyOffset;
    for (const br of this.breaks) {
      if (br.offset < this.bodyOffset) continue;
      posts.push({ index: posts.length + 1, offset: from, endOffset: br.offset });
      from = br.endOffset;
    }
    posts.push({ index: posts.length + 1, offset: from, endOffset: bodyEnd });
    return posts.filter((p) => this.text.slice(p.offset, p.endOffset).trim() !== '').map((p, i) => ({ ...p, index: i + 1 }));
  }

  /**
   * True when the lower-cased prose contains `lowerSubstring` (or the draft has a character that `/iu`
   * folds to an ASCII letter): a prefilter for patterns whose words are not bounded on both sides.
   */
  mentions(lowerSubstring: string): boolean {
    // A case-insensitive literal regex, not a lower-cased copy of the prose (megabyte drafts).
    let re = MENTION_PATTERNS.get(lowerSubstring);
    if (!re) MENTION_PATTERNS.set(lowerSubstring, (re = new RegExp(escapeRegExp(lowerSubstring), 'i')));
    return re.test(this.prose) || (this.foldsCache ??= FOLDS_TO_ASCII.test(this.prose));
  }

  /**
   * The set of lower-cased ASCII word tokens (maximal runs of `[A-Za-z0-9]`; `_` splits, so a word bounded
   * by `\b` or by `(?![\p{L}\p{N}])` is a token either way) in the prose, built once per draft and shared,
   * so a rule can skip an expensive pattern in O(1) when none of the words it needs is present. A word a
   * pattern requires must be bounded on both sides by a character other than an ASCII letter or digit in
   * every match (`\b`, whitespace, punctuation, a lookaround excluding letters and digits). A draft containing a character that folds or lower-cases to an ASCII letter (ſ, K, İ) answers
   * `true` to every lookup, so a prefilter never hides a match.
   */
  /**
   * `re`, or a copy without its `u` flag that finds the same on this draft's prose (or any slice of it) and
   * runs several times faster (src/text/ascii-regexp.ts): the copy is used when the pattern allows it and
   * the prose has no character that case folding maps to ASCII.
   */
  proseRegExp(re: RegExp): RegExp {
    return (this.foldsCache ??= FOLDS_TO_ASCII.test(this.prose)) ? re : asciiEquivalent(re);
  }

  words(): WordLookup {
    if (!this.wordCache) {
      const prose = this.prose;
      if ((this.foldsCache ??= FOLDS_TO_ASCII.test(prose))) this.wordCache = { has: () => true, hasAny: () => true };
      else this.wordCache = wordLookup(prose);
    }
    return this.wordCache;
  }

  /**
   * Sentences of the prose, block by block, as `Intl.Segmenter` cuts them (ASCII lines by `asciiSentenceEnds`,
   * which gives the same boundaries), then split at emoji breaks; built once per draft, on request.
   */
  sentences(): Range[] {
    if (this.sentenceCache) return this.sentenceCache;
    const out: Range[] = [];
    // A paragraph that contains another block is skipped (its inner blocks are segmented instead).
    for (const block of this.blocks) {
      if (block.type === 'paragraph' && this.containsBlock(block)) continue;
      // UAX #29 always breaks a sentence after a line break (SB4), so each line is segmented on its own:
      // Node 20's segmenter slows down sharply on long strings. ASCII lines need no segmenter at all.
      let from = block.offset;
      while (from < block.endOffset) {
        let to = this.prose.indexOf('\n', from);
        to = to === -1 || to >= block.endOffset ? block.endOffset : to + 1;
        const ends = asciiSentenceEnds(this.prose, from, to);
        if (ends) {
          // (No ASCII character is pictographic: no emoji breaks.)
          let s = from;
          for (const e of ends) {
            pushTrimmed(out, this.prose, s, e);
            s = e;
          }
        } else this.segmentLine(out, from, to);
        from = to;
      }
    }
    // (Blocks come in document order, so this is normally already sorted.)
    if (!out.every((r, i) => i === 0 || out[i - 1]!.offset <= r.offset)) out.sort((a, b) => a.offset - b.offset);
    this.sentenceCache = joinAfterTitles(this.prose, out);
    return out;
  }

  /** Sentences of the prose line `[from, to)` by the segmenter, split further at emoji breaks. */
  private segmentLine(out: Range[], from: number, to: number): void {
    const slice = this.prose.slice(from, to);
    const pictographic = PICTOGRAPHIC.test(slice);
    for (const seg of segmenter().segment(slice)) {
      const base = from + seg.index;
      let piece = 0;
      if (pictographic) {
        for (const cut of emojiBreaks(seg.segment)) {
          pushTrimmed(out, this.prose, base + piece, base + cut);
          piece = cut;
        }
      }
      pushTrimmed(out, this.prose, base + piece, base + seg.segment.length);
    }
  }

  /**
   * True when another block lies within `block` (a paragraph wrapping others). Looked up in the blocks
   * sorted by start, not pairwise: drafts can have tens of thousands of blocks.
   */
  containsBlock(block: Block): boolean {
    this.blocksByStart ??= [...this.blocks].sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
    return containsOther(this.blocksByStart, block);
  }

  /** The natural-language (nlcst) tree of the prose, built on first request and cached. */
  nlcst(): NlcstRoot {
    return (this.nlcstTree ??= this.toNlcstTree(this.mdast));
  }

  /**
   * The nlcst tree of the prose in pieces, in document order: the whole tree (cached, as `nlcst()`) for a
   * draft of ordinary length, else one tree per run of top-level blocks of about NLCST_PIECE characters,
   * built as it is read and not kept, so a rule that searches the tree holds one piece at a time (the
   * whole tree of a 5 MB draft is over a hundred MB). A block is never split, and searches over the tree
   * (nlcst-search, retext plugins) look within a paragraph's sentences, so the pieces find what the whole
   * tree finds, in the same order.
   */
  *nlcstPieces(): Generator<NlcstRoot> {
    const kids = this.mdast.children;
    if (this.nlcstTree || this.text.length <= NLCST_PIECE || kids.length < 2) {
      yield this.nlcst();
      return;
    }
    let from = 0;
    while (from < kids.length) {
      const startAt = start(kids[from]!);
      let to = from + 1;
      while (to < kids.length && end(kids[to - 1]!) - startAt < NLCST_PIECE) to++;
      yield this.toNlcstTree({ ...this.mdast, children: kids.slice(from, to) });
      from = to;
    }
  }

  private toNlcstTree(root: MdastRoot): NlcstRoot {
    const file = new VFile({ value: this.text });
    try {
      return toNlcst(root, file, ParseEnglish);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      // mdast-util-to-nlcst recurses: thousands of nested containers (`> > > …`) overflow the stack.
      // Hoist the paragraphs and headings out of their containers (same positions) and try again.
      const flat: RootContent[] = [];
      const stack: MdastNodes[] = [root];
      while (stack.length) {
        const node = stack.pop()!;
        if (node.type === 'paragraph' || node.type === 'heading') flat.push(node);
        else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]! as MdastNodes);
      }
      try {
        return toNlcst({ ...root, children: flat }, file, ParseEnglish);
      } catch (again) {
        if (!(again instanceof RangeError)) throw again;
        return { type: 'RootNode', children: [] };
      }
    }
  }

  /** Original-text range of an nlcst or mdast node (positions from the parser, BOM shift undone). */
  nodeRange(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): Range {
    return { offset: start(node), endOffset: end(node) };
  }

  /** Converts a VFile message place (from a retext plugin) into an original-text range. */
  placeRange(place: { start?: { offset?: number }; end?: { offset?: number } } | { offset?: number } | undefined): Range | undefined {
    if (!place) return undefined;
    if ('start' in place && place.start) {
      const s = place.start.offset;
      const e = place.end?.offset ?? s;
      if (s === undefined) return undefined;
      return { offset: s, endOffset: (e ?? s) };
    }
    if ('offset' in place && place.offset !== undefined) return { offset: place.offset, endOffset: place.offset };
    return undefined;
  }

  /** True when `offset` lies inside code (fenced, indented or inline). */
  inCode(offset: number): boolean {
    return rangeAt(this.code, offset, (this.codeDisjoint ??= isDisjoint(this.code))) !== undefined;
  }

  /**
   * The language spans of the draft (see `LangSpan` in src/lang/types.ts): sorted, disjoint, covering its
   * prose blocks, each block cut at sentence starts where it mixes languages. `hint` comes from the engine
   * (frontmatter or caller `lang`, config locale); without one, the frontmatter `lang` and English as the
   * fallback. Computed once per draft and hint.
   */
  languageSpans(hint?: LanguageHint): readonly LangSpan[] {
    const h = hint ?? languageHint(frontmatterTags(this.frontmatterData), 'en');
    this.langSpanCache ??= new Map();
    let spans = this.langSpanCache.get(h.key);
    if (!spans) {
      spans = Object.freeze(computeLanguageSpans(this, h).map((s) => Object.freeze(s)));
      this.langSpanCache.set(h.key, spans);
    }
    return spans;
  }

  /**
   * The value `make` gives for this draft under `key`, computed on first request (the text modules' per-draft
   * work: visible text, names, placeholders, identifiers). Kept on the draft rather than in a module-level
   * WeakMap keyed by it: V8's young-generation GC (a scavenge) keeps the values of a WeakMap whose table is
   * old alive even when their key is dead, so every draft's values were copied, promoted and left for a full
   * GC (about 7 KB a post in an audit: most of the GC work of a lint worker). On the draft, they die with it.
   */
  memo<T>(key: DocumentMemo<T>, make: () => NoInfer<T>): T {
    this.memos ??= new Map();
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = make();
    this.memos.set(key, value);
    return value;
  }

  /** Ranges of other languages' loan words in the prose ("kia ora", "whānau", "diolch", "merci"), built on first request. */
  loanwords(): readonly Range[] {
    return (this.loanwordCache ??= loanwordRanges(this.prose));
  }

  /**
   * A view of this document whose prose (and so `words()`, `mentions()`, `sentences()`) holds only the
   * text inside `keep` (sorted, disjoint), the rest blanked to spaces: the same offsets, the same tree,
   * links, blocks and comments. What a rule for some languages reads in a draft that mixes them.
   */
  restrictedTo(keep: readonly Range[]): Document {
    const parts: string[] = [];
    let at = 0;
    const prose = this.prose;
    const blank = (from: number, to: number): string => prose.slice(from, to).replace(/[^\r\n]/g, ' ');
    for (const r of keep) {
      if (r.offset > at) parts.push(blank(at, r.offset));
      parts.push(prose.slice(Math.max(at, r.offset), r.endOffset));
      at = Math.max(at, r.endOffset);
    }
    parts.push(blank(at, prose.length));
    // Sentences and `keep` are both sorted: one walk.
    const sentences: Range[] = [];
    let k = 0;
    for (const s of this.sentences()) {
      while (k < keep.length && keep[k]!.endOffset <= s.offset) k++;
      if (k < keep.length && keep[k]!.offset <= s.offset) sentences.push(s);
    }
    const view = Object.create(this) as Document;
    const own = view as unknown as Record<string, unknown>;
    own.prose = parts.join('');
    own.wordCache = undefined;
    own.foldsCache = undefined;
    own.loanwordCache = undefined;
    own.sentenceCache = sentences;
    return view;
  }

  /** The link (if any) whose source range contains `offset`. */
  linkAt(offset: number): Link | undefined {
    return rangeAt(this.links, offset, (this.linksDisjoint ??= isDisjoint(this.links)));
  }
}
