// Emoji detection with the Unicode RGI emoji set (`\p{RGI_Emoji}`, regex `v` flag, Node 20+): every
// fully-qualified emoji, including ZWJ sequences, flags, keycaps and skin tones, matches as ONE emoji.
// Plain digits, ©, ® and ™ without an emoji variation selector are not emoji.
// Built with the RegExp constructor: TypeScript refuses the `v` flag in literals below an ES2024 target.

// A bare pictograph typed without its emoji variation selector (🏛, ❤, ☀) is still shown and read as an
// emoji; the symbols that are ordinary text by default (©, ®, ™, ‼, arrows, ▶, 〰) are not.
const EMOJI_SOURCE =
  '\\p{RGI_Emoji}|[\\p{Extended_Pictographic}--[\\u00A9\\u00AE\\u203C\\u2049\\u2122\\u2139\\u2194-\\u2199\\u21A9\\u21AA\\u2328\\u23CF\\u24C2\\u25AA\\u25AB\\u25B6\\u25C0\\u25FB-\\u25FE\\u2934\\u2935\\u2B05-\\u2B07\\u3030\\u303D\\u3297\\u3299]]';

// Compiled on first use: parsing the RGI set takes milliseconds, which a one-file CLI run should not pay
// for a draft without a non-ASCII character.
let emojiGlobal: RegExp | undefined;
let emojiSticky: RegExp | undefined;

/** Global regex matching one emoji (an RGI sequence, or a bare pictograph) at a time. Use `matchAll`. */
export function emojiRegex(): RegExp {
  return (emojiGlobal ??= new RegExp(EMOJI_SOURCE, 'gv'));
}

/** Emoji presentation selector and text presentation selector. */
const SELECTORS = /[\uFE0E\uFE0F]/g;

export interface EmojiMatch {
  offset: number;
  endOffset: number;
  /** The emoji as written (a sequence counts once). */
  emoji: string;
}

// The emoji pattern is slow to try at every position of a long text, and an emoji can only start at a
// non-ASCII character or at a keycap base (#, *, a digit) followed by U+FE0F or U+20E3 (a keycap
// sequence is the only RGI emoji that starts with an ASCII character): it is tried (sticky) only there,
// in order, which finds exactly the matches a global scan finds. Plain digits (dates, times, phone
// numbers) are not candidates.
const EMOJI_START = /[#*0-9](?=[^\u0000-\u007f])|[^\u0000-\u007f]/gu;

/** Emoji within [from, to) of `text`, in order. */
export function findEmoji(text: string, from = 0, to = text.length): EmojiMatch[] {
  const slice = text.slice(from, to);
  const out: EmojiMatch[] = [];
  EMOJI_START.lastIndex = 0;
  for (let c = EMOJI_START.exec(slice); c; c = EMOJI_START.exec(slice)) {
    const EMOJI_AT = (emojiSticky ??= new RegExp(EMOJI_SOURCE, 'vy'));
    EMOJI_AT.lastIndex = c.index;
    const m = EMOJI_AT.exec(slice);
    if (!m) continue;
    out.push({ offset: from + c.index, endOffset: from + c.index + m[0].length, emoji: m[0] });
    EMOJI_START.lastIndex = c.index + m[0].length;
  }
  return out;
}

/** Number of emoji in `text`. */
export function countEmoji(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(emojiRegex())) n++;
  return n;
}

/** True when two emoji are the same, ignoring variation selectors (🏛 and 🏛️). */
export function sameEmoji(a: string, b: string): boolean {
  return a.replace(SELECTORS, '') === b.replace(SELECTORS, '');
}
