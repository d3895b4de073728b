// Emoji detection with the Unicode RGI emoji set (`\p{RGI_Emoji}`, regex `v` flag, Node 20+): every
// fully-qualified emoji, including ZWJ sequences, flags, keycaps and skin tones, matches as ONE emoji.
// Plain digits, ©, ® and ™ without an emoji variation selector are not RGI emoji.
// Built with the RegExp constructor: TypeScript refuses the `v` flag in literals below an ES2024 target.

/** Global regex matching one RGI emoji (sequence) at a time. Reset `lastIndex` or use `matchAll`. */
export const EMOJI_RE: RegExp = new RegExp('\\p{RGI_Emoji}', 'gv');

/** Non-global: does the string contain an emoji? */
export const HAS_EMOJI_RE: RegExp = new RegExp('\\p{RGI_Emoji}', 'v');

/** Emoji presentation selector and text presentation selector. */
const SELECTORS = /[\uFE0E\uFE0F]/g;

export interface EmojiMatch {
  offset: number;
  endOffset: number;
  /** The emoji as written (a sequence counts once). */
  emoji: string;
}

/** Emoji within [from, to) of `text`, in order. */
export function findEmoji(text: string, from = 0, to = text.length): EmojiMatch[] {
  const slice = text.slice(from, to);
  const out: EmojiMatch[] = [];
  for (const m of slice.matchAll(EMOJI_RE)) {
    out.push({ offset: from + m.index, endOffset: from + m.index + m[0].length, emoji: m[0] });
  }
  return out;
}

/** Number of emoji in `text`. */
export function countEmoji(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(EMOJI_RE)) n++;
  return n;
}

/** True when two emoji are the same, ignoring variation selectors (🏛 and 🏛️). */
export function sameEmoji(a: string, b: string): boolean {
  return a.replace(SELECTORS, '') === b.replace(SELECTORS, '');
}
