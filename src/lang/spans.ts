// A draft's language spans: each prose block (paragraph, heading, table cell) gets a language, and a
// block whose sentences are in different languages is cut at its sentence starts. Overrides: a
// `commslint-lang <tag>` directive (to the next one; `auto` returns to identification) beats the
// frontmatter `lang`, which beats identification. Computed once per draft and hint (Document caches it).
import type { Block, Document, Range } from '../engine/document.js';
import { parseLanguageDirectives, type LanguageDirective } from '../engine/directives.js';
import type { LanguageHint } from './index.js';
import type { Lang, LangSource, LangSpan } from './types.js';
import { addEvidence, decide, emptyEvidence, evidenceOf, onlyLanguage, type Verdict } from './identify.js';

interface Mutable {
  start: number;
  end: number;
  lang: Lang;
  confidence: number;
  source: LangSource;
  /** Identification was too thin or too even: the language is a guess, resolved from the neighbours. */
  guess?: boolean;
  /** A heading, or a one-line paragraph without closing punctuation: a title, which goes with the text after it. */
  title?: boolean;
}

const CLOSING = /[.!?:;…)"'”’]\s*$/;

function titleLike(doc: Document, b: Block): boolean {
  if (b.type === 'heading') return true;
  const text = doc.prose.slice(b.offset, b.endOffset).trim();
  return !text.includes('\n') && !CLOSING.test(text);
}

/** Blocks that contain no other block, in document order. */
function leafBlocks(doc: Document): Block[] {
  const leaves = doc.blocks.filter((b) => b.offset >= doc.bodyOffset && !(b.type === 'paragraph' && doc.containsBlock(b)));
  if (!leaves.every((b, i) => i === 0 || leaves[i - 1]!.offset <= b.offset)) leaves.sort((a, b) => a.offset - b.offset);
  return leaves;
}

/** The override in force at `offset`: the last directive before it, else the frontmatter's. */
function overrideAt(directives: readonly LanguageDirective[], offset: number, hint: LanguageHint): { lang: Lang; source: LangSource } | undefined {
  let d: LanguageDirective | undefined;
  for (const x of directives) {
    if (x.endOffset > offset) break;
    if (x.lang) d = x;
  }
  if (d && d.lang !== 'auto') return { lang: d.lang!, source: 'directive' };
  if (!d && hint.forced) return { lang: hint.forced, source: 'frontmatter' };
  return undefined;
}

export function computeLanguageSpans(doc: Document, hint: LanguageHint): LangSpan[] {
  const blocks = leafBlocks(doc);
  if (blocks.length === 0) return [];
  const directives = doc.comments.length ? parseLanguageDirectives(doc) : [];
  const out: Mutable[] = [];
  const whole = (b: Range, lang: Lang, source: LangSource, confidence: number): void => {
    out.push({ start: b.offset, end: b.endOffset, lang, confidence, source });
  };
  // Most drafts are in one language with no word of any other: no identification needed.
  const needed = directives.some((d) => d.lang === 'auto') || !hint.forced;
  const single = needed && directives.length === 0 && !hint.forced && onlyLanguage(doc.prose, doc.words(), hint.candidates, hint.fallback);
  if (!needed || single) {
    for (const b of blocks) {
      const o = overrideAt(directives, b.offset, hint);
      whole(b, o?.lang ?? hint.fallback, o?.source ?? 'detected', 1);
    }
    return out;
  }
  const sentences = doc.sentences();
  let si = 0;
  for (const b of blocks) {
    const o = overrideAt(directives, b.offset, hint);
    if (o) {
      whole(b, o.lang, o.source, 1);
      continue;
    }
    while (si < sentences.length && sentences[si]!.offset < b.offset) si++;
    const own: Range[] = [];
    for (let k = si; k < sentences.length && sentences[k]!.offset < b.endOffset; k++) own.push(sentences[k]!);
    if (own.length === 0) {
      const v = decide(evidenceOf(doc.prose, b.offset, b.endOffset), hint.candidates, hint.fallback);
      whole(b, v.lang, 'detected', v.confidence);
      if (!v.determined) Object.assign(out[out.length - 1]!, { guess: true, title: titleLike(doc, b) });
      continue;
    }
    const total = emptyEvidence();
    const verdicts: Verdict[] = [];
    for (const s of own) {
      const ev = evidenceOf(doc.prose, s.offset, s.endOffset);
      addEvidence(total, ev);
      verdicts.push(decide(ev, hint.candidates, hint.fallback));
    }
    const block = decide(total, hint.candidates, hint.fallback);
    const mixed = verdicts.some((v) => v.determined && v.lang !== block.lang);
    if (!mixed) {
      whole(b, block.lang, 'detected', block.confidence);
      if (!block.determined) Object.assign(out[out.length - 1]!, { guess: true, title: titleLike(doc, b) });
      continue;
    }
    // A sentence too thin to tell takes the language of the sentence before it (the first ones, of the
    // first that can be told): "Diolch." after a Welsh sentence stays Welsh.
    const firstTold = verdicts.find((v) => v.determined)!;
    let prev: Verdict = block.determined ? block : firstTold;
    for (let k = 0; k < own.length; k++) {
      const v = verdicts[k]!.determined ? verdicts[k]! : prev;
      prev = v;
      const startAt = k === 0 ? b.offset : own[k]!.offset;
      const last = out[out.length - 1];
      if (k > 0 && last && last.lang === v.lang) {
        last.confidence = Math.min(last.confidence, v.confidence);
        continue;
      }
      if (k > 0 && last) last.end = startAt;
      out.push({ start: startAt, end: b.endOffset, lang: v.lang, confidence: v.confidence, source: 'detected' });
    }
  }
  // A block too thin to tell ("Bin day: Monday", a line of hashtags) takes the language of the blocks
  // around it; between two languages, a title goes with the text after it (a bilingual post gives each
  // version its own heading), anything else with the text before it.
  const nextTold: Array<Lang | undefined> = new Array(out.length);
  for (let i = out.length - 1, next: Lang | undefined; i >= 0; i--) {
    nextTold[i] = next;
    if (!out[i]!.guess) next = out[i]!.lang;
  }
  for (let i = 0, prev: Lang | undefined; i < out.length; i++) {
    const s = out[i]!;
    if (!s.guess) {
      prev = s.lang;
      continue;
    }
    const next = nextTold[i];
    const lang = prev === undefined ? next : next === undefined ? prev : s.title ? next : prev;
    if (lang) s.lang = lang;
  }
  return out.map(({ guess: _guess, title: _title, ...span }) => span);
}
