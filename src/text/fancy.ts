// "Fancy" Unicode letters used to style text where a platform has no bold or italic: mathematical
// alphanumerics (𝗙𝗥𝗘𝗘, 𝓼𝓬𝓻𝓲𝓹𝓽, 𝔣𝔯𝔞𝔨𝔱𝔲𝔯), double-struck and script letterlike symbols (ℕ, ℎ), enclosed and
// squared letters (ⓕⓡⓔⓔ, 🅵🆁🅴🅴), fullwidth Latin (ＦＲＥＥ), small capitals (ꜰʀᴇᴇ) and combining
// overlays (s̶t̶r̶i̶k̶e̶, u̲n̲d̲e̲r̲). Screen readers spell these out symbol by symbol or skip them, and search
// does not find them. Ordinary symbols (™, ℃, №, °), accented letters, macrons and CJK are not fancy text.

/** Combining overlays used for strike-through and underline effects. */
const OVERLAYS = '\u0332\u0333\u0335\u0336\u0337\u0338';
export const OVERLAY_RE = /[\u0332\u0333\u0335\u0336\u0337\u0338]/g;

// Small capitals (U+1D00–U+1D2B and the IPA letters small-caps generators borrow). The IPA ones are
// "weak": IPA uses them too, so they only count beside a core small capital.
const SMALL_CAPS: Record<string, string> = {
  ᴀ: 'A', ᴁ: 'AE', ᴄ: 'C', ᴅ: 'D', ᴇ: 'E', ᴊ: 'J', ᴋ: 'K', ᴍ: 'M', ᴏ: 'O', ᴘ: 'P', ᴛ: 'T', ᴜ: 'U', ᴠ: 'V', ᴡ: 'W', ᴢ: 'Z',
};
const WEAK_SMALL_CAPS: Record<string, string> = {
  ʙ: 'B', ɢ: 'G', ʜ: 'H', ɪ: 'I', ʟ: 'L', ɴ: 'N', ʀ: 'R', ʏ: 'Y', ꜰ: 'F', ꜱ: 'S', ǫ: 'Q',
};

// Letterlike symbols that are real symbols, not styled letters: Kelvin, ångström, litre, numero,
// trade mark, service mark, telephone, degree signs, care-of and the like.
const LETTERLIKE_KEEP = new Set([0x2103, 0x2109, 0x2113, 0x2116, 0x2120, 0x2121, 0x2122, 0x2126, 0x212a, 0x212b, 0x2100, 0x2101, 0x2105, 0x2106]);

const ASCII_ALNUM = /^[A-Za-z0-9]$/;
const GREEK = /^[\u0391-\u03c9\u03f4\u03f5\u03d1\u03d5\u03f0\u03f1\u03d6\u2207\u2202]$/u;

let table: Map<number, string> | undefined;

function build(): Map<number, string> {
  const map = new Map<number, string>();
  const byNfkc = (from: number, to: number, accept: (plain: string, cp: number) => boolean): void => {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      const plain = ch.normalize('NFKC');
      if (plain !== ch && accept(plain, cp)) map.set(cp, plain);
    }
  };
  // Mathematical alphanumerics: Latin letters and digits, and the Greek ones.
  byNfkc(0x1d400, 0x1d7ff, (p) => ASCII_ALNUM.test(p) || GREEK.test(p));
  // Letterlike: only single styled letters (ℂ ℍ ℕ ℙ ℚ ℝ ℤ ℎ ℊ ℯ ℴ ℬ ℰ ℱ ℋ ℐ ℒ ℳ ℛ ℭ ℌ ℑ ℜ ℨ).
  byNfkc(0x2100, 0x214f, (p, cp) => !LETTERLIKE_KEEP.has(cp) && /^[A-Za-z]$/.test(p));
  // Enclosed alphanumerics: ⓐ Ⓐ ① ⑴ ⒈ ⒜.
  byNfkc(0x2460, 0x24ff, (p) => /^[A-Za-z0-9()., ]{1,4}$/.test(p));
  // Negative circled numbers ⓫–⓴, double circled ⓵–⓾, ⓿ (no NFKC decomposition).
  for (let i = 0; i < 10; i++) map.set(0x24eb + i, String(11 + i));
  for (let i = 0; i < 10; i++) map.set(0x24f5 + i, String(1 + i));
  map.set(0x24ff, '0');
  // Squared, negative circled and negative squared Latin capitals (🄰 🅐 🅰), U+1F130–U+1F189.
  for (let i = 0; i < 26; i++) {
    const letter = String.fromCharCode(65 + i);
    map.set(0x1f130 + i, letter);
    map.set(0x1f150 + i, letter);
    map.set(0x1f170 + i, letter);
  }
  // Parenthesised Latin capitals 🄐–🄩.
  for (let i = 0; i < 26; i++) map.set(0x1f110 + i, `(${String.fromCharCode(65 + i)})`);
  // Fullwidth Latin letters and digits (fullwidth punctuation belongs to CJK typography: kept).
  byNfkc(0xff10, 0xff19, () => true);
  byNfkc(0xff21, 0xff3a, () => true);
  byNfkc(0xff41, 0xff5a, () => true);
  for (const [k, v] of Object.entries(SMALL_CAPS)) map.set(k.codePointAt(0)!, v.toLowerCase());
  for (const [k, v] of Object.entries(WEAK_SMALL_CAPS)) map.set(k.codePointAt(0)!, v.toLowerCase());
  return map;
}

function fancyTable(): Map<number, string> {
  return (table ??= build());
}

const WEAK = new Set(Object.keys(WEAK_SMALL_CAPS).map((c) => c.codePointAt(0)!));
const FULLWIDTH_DIGIT = (cp: number): boolean => cp >= 0xff10 && cp <= 0xff19;
// Emoji-presentation letters: 🅰️ 🅱️ 🅾️ 🅿️ followed by VS16 are emoji (blood types, parking), not text.
const EMOJI_LETTERS = new Set([0x1f170, 0x1f171, 0x1f17e, 0x1f17f]);
const NON_ASCII = /[^\x00-\x7f]/g;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The plain form of one fancy character, or undefined when it is not fancy text. */
export function plainChar(ch: string): string | undefined {
  return fancyTable().get(ch.codePointAt(0)!);
}

export interface FancyRun {
  offset: number;
  endOffset: number;
  /** The run in plain letters. */
  plain: string;
}

/**
 * Runs of fancy text within [from, to) of `text`: consecutive fancy characters, with spaces and plain
 * punctuation between fancy words kept inside the run ("𝗙𝗥𝗘𝗘 𝘀𝘄𝗶𝗺" is one run). Overlay-styled letters
 * (s̶t̶r̶i̶k̶e̶) form runs too.
 */
export function findFancyRuns(text: string, from = 0, to = text.length): FancyRun[] {
  const runs: FancyRun[] = [];
  const table = fancyTable();
  let start = -1;
  let end = -1;
  let plain = '';
  let pending = ''; // gap text (spaces, punctuation) between fancy characters
  let strong = 0; // characters that are fancy on their own (not weak small caps, not CJK-context digits)
  let overlays = 0;
  const flush = (): void => {
    if (start >= 0 && (strong > 0 || overlays >= 2)) runs.push({ offset: start, endOffset: end, plain });
    start = -1;
    plain = '';
    pending = '';
    strong = 0;
    overlays = 0;
  };
  let i = from;
  while (i < to) {
    if (start < 0) {
      // Every fancy character and overlay is non-ASCII: outside a run, jump straight to the next one
      // (ASCII characters cannot start a run), so plain-ASCII drafts cost one regex scan.
      NON_ASCII.lastIndex = i;
      const m = NON_ASCII.exec(text);
      if (!m || m.index >= to) break;
      i = m.index;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const len = ch.length;
    const mapped = table.get(cp);
    const next = text.charCodeAt(i + len);
    if (mapped !== undefined && !(EMOJI_LETTERS.has(cp) && next === 0xfe0f)) {
      if (start < 0) start = i;
      plain += pending + mapped;
      pending = '';
      if (!WEAK.has(cp) && !(FULLWIDTH_DIGIT(cp) && CJK.test(text.slice(Math.max(from, i - 12), Math.min(to, i + 12))))) strong++;
      i += len;
      end = i;
      continue;
    }
    if (OVERLAYS.includes(ch)) {
      if (start < 0) {
        // The overlay follows the letter it styles.
        const prev = i - 1;
        if (prev >= from && /[\p{L}\p{N}]/u.test(text[prev]!)) {
          start = prev;
          plain = text[prev]!;
        } else {
          i += len;
          continue;
        }
      }
      overlays++;
      i += len;
      end = i;
      continue;
    }
    if (start >= 0) {
      // A plain letter directly followed by an overlay continues an overlay run ("s̶t̶").
      if (overlays > 0 && /[\p{L}\p{N}]/u.test(ch) && OVERLAYS.includes(text[i + len] ?? '')) {
        plain += pending + ch;
        pending = '';
        i += len;
        end = i;
        continue;
      }
      if (/^[ \t\u00a0.,'’!?&:;-]$/u.test(ch) && pending.length < 3) {
        pending += ch;
        i += len;
        continue;
      }
      flush();
    }
    i += len;
  }
  flush();
  return runs;
}

/** Replaces every fancy character in `text` by its plain form and removes styling overlays. */
export function toPlainText(text: string): string {
  const table = fancyTable();
  let out = '';
  for (const ch of text) {
    const mapped = table.get(ch.codePointAt(0)!);
    out += mapped ?? ch;
  }
  return out.replace(OVERLAY_RE, '');
}

export interface DestyledView {
  /** The text with fancy letters and digits in plain form and overlays removed. */
  text: string;
  /** Offset in the original text of an offset in `text` (ends map to the end of the original character). */
  toOriginal(offset: number, end?: boolean): number;
}

/**
 * A de-styled view of a whole draft, for the detectors of personal data and secrets (`Call 𝟎𝟕𝟗𝟏𝟏
 * 𝟏𝟐𝟑𝟒𝟓𝟔`, `ＴＥＬ ０７９１１…` read as plain digits), with a map back to the original offsets. Undefined when
 * the draft has no fancy character (nearly always: one regex test on ASCII drafts).
 */
export function destyledView(text: string): DestyledView | undefined {
  if (!NON_ASCII_TEST.test(text)) return undefined;
  const map = fancyTable();
  // What the character at `i` (code point `cp`) becomes: undefined when it stays, '' when it is dropped.
  const change = (cp: number, i: number): string | undefined => {
    if (cp <= 0x7f) return undefined;
    if (OVERLAYS.includes(text[i]!)) return '';
    return map.get(cp) ?? FULLWIDTH_SIGNS[cp];
  };
  // First pass: the length of the view, and whether anything changes at all (nearly never: then no
  // copy and no offset map is built, however long the draft).
  let n = 0;
  let changed = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const piece = change(cp, i);
    if (piece === undefined) n += len;
    else {
      changed = true;
      n += piece.length;
    }
    i += len;
  }
  if (!changed) return undefined;
  // starts[j]: original offset of the character that produced unit j of the view; ends[j] where it ends.
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const parts: string[] = [];
  let run = 0;
  let j = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const piece = change(cp, i);
    const units = piece === undefined ? len : piece.length;
    if (piece !== undefined) {
      if (i > run) parts.push(text.slice(run, i));
      parts.push(piece);
      run = i + len;
    }
    for (let k = 0; k < units; k++, j++) {
      starts[j] = i;
      ends[j] = i + len;
    }
    i += len;
  }
  if (text.length > run) parts.push(text.slice(run));
  const out = parts.join('');
  return {
    text: out,
    toOriginal(offset, end = false) {
      if (offset <= 0) return 0;
      if (offset >= n) return text.length;
      return end ? ends[offset - 1]! : starts[offset]!;
    },
  };
}
const NON_ASCII_TEST = /[^\x00-\x7f]/;
// Fullwidth signs that hold contact details together (＠ ． ＋ － ＿): plain in the detection view only (the
// fancy-text rule leaves fullwidth punctuation alone, as CJK typography uses it).
const FULLWIDTH_SIGNS: Record<number, string> = { 0xff20: '@', 0xff0e: '.', 0xff0b: '+', 0xff0d: '-', 0xff3f: '_' };
/** The plain form of a character for detection: fancy letters and digits, and the fullwidth signs above. */
export function detectionChar(ch: string): string | undefined {
  const cp = ch.codePointAt(0)!;
  return fancyTable().get(cp) ?? FULLWIDTH_SIGNS[cp];
}
