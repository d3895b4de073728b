// Put-downs by what they do to the person answered (./lexicons/put-downs.json): mock surprise or praise,
// mock sympathy, belittling the complaint, exasperation, blaming the resident, a pet name as a vocative,
// gloating, belittling the person's complaint, sources, reading or driving (in replies; the unmistakable
// forms in any post). A generic check over a sentence's lexicon hits; which kinds count depends on whether the
// draft answers someone (a reply) and on the grammar around the hit (a vocative, a patronising opener).
import type { Lexicon } from './lexicon.js';
import { tokenize, type Token } from './tokens.js';
import { phraseGate, type WordSet } from '../gate.js';
import { LEXICON_FILES, classEntries, entryForms } from './lexicon.js';

export type PutDownKind = 'sarcasm' | 'mock-promise' | 'mock-praise' | 'mock-sympathy' | 'minimiser' | 'exasperation' | 'blame' | 'blame-tail' | 'endearment' | 'gloat' | 'belittle' | 'scorn';

export interface PutDown {
  /** Offsets within the text. */
  start: number;
  end: number;
  kind: PutDownKind;
}

// Hostile in any post, not only when answering someone.
const ANYWHERE: ReadonlySet<string> = new Set(['gloat', 'scorn']);
// Counted only beside a put-down of another kind in the same text ("that must have been tough" alone may be meant).
// So is mock praise ("Impressive dedication." may thank a volunteer).
const NEEDS_COMPANY: ReadonlySet<string> = new Set(['mock-sympathy', 'mock-praise']);

// A mock promise after a negation is an honest limit: "we can't just magic up spaces".
const NEGATIONS: ReadonlySet<string> = new Set(['not', "can't", 'cannot', "won't", "don't", "doesn't", "couldn't", 'never', 'no', "isn't", "aren't", "wouldn't", 'unable']);
const NEGATION_SPAN = 3;
// The organisation speaking of itself: "we'll be shouting about it on Facebook", "we're ranting on here
// about the new bins" is no scorn for anyone. Only a first-person subject right before the hit, with a form
// of "be" between: "to us first rather than moaning" and "we know numbers can be hard" still count.
const SELF_SUBJECT = /^(?:we|we're|we'll|we've|we'd|i|i'm|i'll|i've)$/u;
const BE = /^(?:be|been|are|am|was|were|we're|i'm)$/u;
const selfSpeaks = (near: readonly Token[]): boolean => {
  const last = near.at(-1);
  if (!last || !BE.test(last.norm)) return false;
  return /^(?:we're|i'm)$/u.test(last.norm) || near.slice(0, -1).some((t) => SELF_SUBJECT.test(t.norm));
};
const SELF_SPAN = 3;

/** A pet name between a comma (or the start) and the end of its clause: "…, sweetie." — not "Dear Sam,". */
function vocative(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  const before = start === 0 ? '' : text.slice(tokens[start - 1]!.endOffset, tokens[start]!.offset);
  const after = end >= tokens.length ? '' : text.slice(tokens[end - 1]!.endOffset, tokens[end]!.offset);
  const opens = start === 0 || /[,;:–—-]/u.test(before);
  // (An emoji after it closes the clause too: "…a bit earlier, champ 🙄".)
  const closes = end >= tokens.length || /[,.;:!?–—]/u.test(after) || /^[!?]|^\p{Extended_Pictographic}/u.test(tokens[end]!.raw);
  return opens && closes;
}

// Words that open a clause before a suggestion: "so maybe …", "and perhaps …".
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['so', 'and', 'but', 'then', 'or']);

/** Up to `span` tokens before token `i`, within its sentence. */
function before(tokens: readonly Token[], sentenceOf: Int32Array, i: number, span: number): Token[] {
  return tokens.slice(Math.max(sentenceOf[i]!, i - span), i);
}

// Posts end sentences with an emoji instead of a full stop ("…knocking on your door 🙄 Maybe check one of
// those next time?"): an emoji then a capital letter starts a sentence, as Document.sentences() reads it.
const EMOJI_END = /\p{Extended_Pictographic}[\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}\p{Extended_Pictographic}]{0,12}\s+$/u;
function emojiBreak(text: string, prev: Token, next: Token): boolean {
  return /^\p{Lu}/u.test(next.raw) && EMOJI_END.test(text.slice(prev.offset, next.offset));
}

/** Every form (inflections included, as the lexicon matches them) of the entries of the classes `keep` picks. */
function formsOf(keep: (cls: string) => boolean): string[] {
  return LEXICON_FILES.flatMap((f) => classEntries(f).filter(([c]) => keep(c)).flatMap(([, e]) => e.flatMap((x) => entryForms(x, f.pos).map((t) => t.join(' ')))));
}
let gate: ((words: WordSet) => boolean) | undefined;
/**
 * False when the draft has every word of no put-down phrase that could count: a blame tail ("read the
 * post", "next time") counts only after a suggestion, so it needs one too. Most drafts cost a few lookups.
 */
export function mayHavePutDowns(words: WordSet): boolean {
  if (!gate) {
    const others = phraseGate(formsOf((c) => c.startsWith('put-down:') && c !== 'put-down:suggestion' && c !== 'put-down:blame-tail'));
    const suggestion = phraseGate(formsOf((c) => c === 'put-down:suggestion'));
    const tail = phraseGate(formsOf((c) => c === 'put-down:blame-tail'));
    gate = (w) => others(w) || (suggestion(w) && tail(w));
  }
  return gate(words);
}

/**
 * The put-downs in `text` (one post or reply, split into sentences by the caller or not): `reply` when
 * the draft answers someone. Each hit is the lexicon phrase.
 */
export function putDowns(lex: Lexicon, text: string, reply: boolean): PutDown[] {
  const tokens = tokenize(text);
  const hits = lex.match(tokens).filter((h) => h.cls.startsWith('put-down:'));
  if (hits.length === 0) return [];
  // Sentence starts (token indices): a blame tail needs a suggestion opening its sentence.
  const sentenceOf = new Int32Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && (/[.!?]\s*$/u.test(text.slice(tokens[i - 1]!.offset, tokens[i]!.offset)) || emojiBreak(text, tokens[i - 1]!, tokens[i]!))) s = i;
    sentenceOf[i] = s;
  }
  // A suggestion opens its sentence, or a clause of it ("…in big letters, so maybe give it a read next time").
  const opensClause = (i: number): boolean => {
    if (sentenceOf[i] === i) return true;
    if (/[,;:–—]/u.test(text.slice(tokens[i - 1]!.endOffset, tokens[i]!.offset))) return true;
    return CLAUSE_OPENERS.has(tokens[i - 1]!.norm) && (sentenceOf[i - 1] === i - 1 || /[,;:–—]/u.test(text.slice(tokens[i - 2]!.endOffset, tokens[i - 1]!.offset)));
  };
  const suggestionAt = new Map<number, number>();
  for (const h of hits) if (h.cls === 'put-down:suggestion' && opensClause(h.start) && !suggestionAt.has(sentenceOf[h.start]!)) suggestionAt.set(sentenceOf[h.start]!, h.start);
  // A sentence's blame tails make one put-down, from its opener to the last tail.
  const lastTail = new Map<number, number>();
  for (const h of hits) if (h.cls === 'put-down:blame-tail') lastTail.set(sentenceOf[h.start]!, h.start);
  const out: PutDown[] = [];
  for (const h of hits) {
    if (h.cls === 'put-down:blame-tail' && lastTail.get(sentenceOf[h.start]!) !== h.start) continue;
    const kind = h.cls.slice('put-down:'.length);
    if (kind === 'suggestion') continue;
    if (!reply && !ANYWHERE.has(kind)) continue;
    if (kind === 'endearment' && !vocative(text, tokens, h.start, h.end)) continue;
    if (kind === 'mock-promise' && before(tokens, sentenceOf, h.start, NEGATION_SPAN).some((t) => NEGATIONS.has(t.norm))) continue;
    if ((kind === 'belittle' || kind === 'blame') && selfSpeaks(before(tokens, sentenceOf, h.start, SELF_SPAN))) continue;
    const opener = suggestionAt.get(sentenceOf[h.start]!);
    if (kind === 'blame-tail' && (opener === undefined || opener > h.start)) continue;
    // A blame tail is read with the suggestion it ends: "Maybe try leaving earlier next time".
    const from = kind === 'blame-tail' ? opener! : h.start;
    out.push({ start: tokens[from]!.offset, end: tokens[h.end - 1]!.endOffset, kind: kind as PutDownKind });
  }
  const kinds = new Set(out.map((p) => p.kind));
  return out.filter((p) => !NEEDS_COMPANY.has(p.kind) || [...kinds].some((k) => k !== p.kind));
}
