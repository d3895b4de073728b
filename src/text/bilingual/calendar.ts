// Per-language patterns for the facts of a bilingual post (dates, weekdays, clock times), compiled once
// per language from the packs' data files (src/lang/<code>/facts.json). Matching ignores case and
// accents (Tīhema / Tihema, décembre / decembre) and accepts either apostrophe.
import en from '../../lang/en/facts.json' with { type: 'json' };
import cy from '../../lang/cy/facts.json' with { type: 'json' };
import fr from '../../lang/fr/facts.json' with { type: 'json' };
import ga from '../../lang/ga/facts.json' with { type: 'json' };
import mi from '../../lang/mi/facts.json' with { type: 'json' };

export interface FactWords {
  months: Record<string, number>;
  monthFirst?: boolean;
  weekdays: Record<string, number>;
  weekdaysBare?: Record<string, number>;
  weekdayPrefixes: string[];
  weekdayAbbreviationsNeedCapital?: boolean;
  dayConnectors: string[];
  ordinalSuffixes: string[];
  am: string[];
  pm: string[];
  noon: string[];
  midnight: string[];
  hourWords: string[];
  hourSeparatorH: boolean;
  rangeFrom: string[];
  rangeTo: string[];
  decimalComma: boolean;
}

const DATA: Readonly<Record<string, FactWords>> = { en, cy, fr, ga, mi };

/** The languages that have fact words. */
export const FACT_LANGUAGES: readonly string[] = Object.keys(DATA);

/** Lower case, accents removed, curly apostrophes straightened, spaces collapsed: the key form. */
export function foldKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

// A phrase as a pattern: each accented letter also matches its base letter, spaces match any run of
// spaces, apostrophes match either form, dots are literal.
function phrasePattern(phrase: string): string {
  let out = '';
  for (const ch of phrase) {
    if (/\s/.test(ch)) out += '\\s+';
    else if (ch === "'" || ch === '’') out += "['’]";
    else if (/[.*+?^${}()|[\]\\/]/.test(ch)) out += `\\${ch}`;
    else {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += base !== ch && base.length === 1 ? `[${ch}${base}]` : ch;
    }
  }
  return out;
}

function alternation(phrases: readonly string[]): string {
  // Longest first, so "12 noon" wins over "noon" and "yn y bore" over "y bore".
  return [...new Set(phrases)].sort((a, b) => b.length - a.length).map(phrasePattern).join('|');
}

export interface Calendar {
  lang: string;
  words: FactWords;
  month(written: string): number | undefined;
  weekday(written: string): number | undefined;
  isAm(written: string): boolean;
  isPm(written: string): boolean;
  /** Day and month ("1 Rhagfyr", "1er décembre", "December 1st, 2026"): groups day, month, year / month2, day2, year2. */
  date: RegExp;
  /** Two days of one month ("6-7 Rhagfyr", "6 et 7 décembre", "December 6–7"): groups day, day, month / month, day, day. */
  dateRange: RegExp;
  weekdayPattern: RegExp;
  /** Hour, optional minutes, marker ("9yb", "9:30 a.m.", "10 karaka i te ata"). */
  markedTime: RegExp;
  /** French "9 h", "9 h 30", "14h". */
  hTime?: RegExp;
  /** "14:00", "09.30" with no marker. */
  colonTime: RegExp;
  /** Noon or midnight words. */
  noonMidnight: RegExp;
  /** A bare hour at the start of a range whose other end is a time ("9-5pm", "9 tan 5yh", "o 9 tan 5"). */
  rangeStart: RegExp;
  /** "o 9 tan 5", "from 9 to 5": two bare hours. */
  bareRange: RegExp;
  /** A bare hour followed by an o'clock word ("10 o'r gloch"). */
  oclock?: RegExp;
}

const cache = new Map<string, Calendar>();

/** The compiled patterns of a language (primary subtag), or undefined when it has no fact words. */
export function calendarFor(lang: string): Calendar | undefined {
  const code = lang.toLowerCase().split(/[-_]/)[0]!;
  const hit = cache.get(code);
  if (hit) return hit;
  const words = DATA[code];
  if (!words) return undefined;
  const cal = compile(code, words);
  cache.set(code, cal);
  return cal;
}

function compile(lang: string, w: FactWords): Calendar {
  const months = new Map(Object.entries(w.months).map(([k, v]) => [foldKey(k), v]));
  const weekdays = new Map<string, number>();
  for (const [k, v] of Object.entries(w.weekdays)) {
    if (w.weekdayPrefixes.length) for (const p of w.weekdayPrefixes) weekdays.set(foldKey(`${p} ${k}`), v);
    else weekdays.set(foldKey(k), v);
  }
  for (const [k, v] of Object.entries(w.weekdaysBare ?? {})) weekdays.set(foldKey(k), v);
  const am = new Set(w.am.map(foldKey));
  const pm = new Set(w.pm.map(foldKey));

  // Bounds: not inside a word or a number.
  const B = '(?<![\\p{L}\\p{N}])';
  const E = '(?![\\p{L}\\p{N}])';
  const monthAlt = alternation(Object.keys(w.months));
  const ord = w.ordinalSuffixes.length ? `(?:${alternation(w.ordinalSuffixes)})?` : '';
  const conn = w.dayConnectors.length ? `(?:(?:${alternation(w.dayConnectors)})\\s+)?` : '';
  const day = `(\\d{1,2})${ord}`;
  const year = `(?:,?\\s+(\\d{4}))?`;
  const dayFirst = `${B}${day}\\s*${conn}(${monthAlt})${E}${year}${E}`;
  const monthFirst = `${B}(${monthAlt})\\.?\\s+${day}${E}${year}${E}`;
  const between = `\\s*(?:[-–—]|(?:${alternation(w.rangeTo)})${E})\\s*`;
  const rangeDayFirst = `${B}${day}${between}${day}\\s*${conn}(${monthAlt})${E}`;
  const rangeMonthFirst = `${B}(${monthAlt})\\.?\\s+${day}${between}${day}${E}`;
  const dateRange = new RegExp(w.monthFirst ? `${rangeDayFirst}|${rangeMonthFirst}` : `${rangeDayFirst}|(?!)()()()`, 'giu');
  const date = new RegExp(w.monthFirst ? `${dayFirst}|${monthFirst}` : `${dayFirst}|(?!)()()()`, 'giu');

  const weekdayWords = [...Object.keys(w.weekdays).flatMap((k) => (w.weekdayPrefixes.length ? w.weekdayPrefixes.map((p) => `${p} ${k}`) : [k])), ...Object.keys(w.weekdaysBare ?? {})];
  // Short English abbreviations ("Sat", "Sun", "Wed") are ordinary words: only capitalised and before a day number.
  const long = weekdayWords.filter((k) => !(w.weekdayAbbreviationsNeedCapital && k.length <= 5 && !k.endsWith('day')));
  const short = weekdayWords.filter((k) => !long.includes(k));
  // (The capital is checked by the caller: inline flag groups are too new for Node 20.)
  const shortPart = short.length ? `|(?:${alternation(short)})\\.?(?=,?\\s+\\d)` : '';
  const weekdayPattern = new RegExp(`${B}(?:${alternation(long)}${shortPart})${E}`, 'giu');

  const markers = alternation([...w.am, ...w.pm]);
  const hourWord = w.hourWords.length ? `(?:\\s*(?:${alternation(w.hourWords)}))?` : '';
  // A marker ending in a dot ("a.m.") may be followed by anything; a word marker needs a word end.
  const markedTime = new RegExp(`${B}(\\d{1,2})(?:[:.](\\d{2}))?${hourWord}\\s*(${markers})(?:(?<=\\.)|${E})`, 'giu');
  const hTime = w.hourSeparatorH ? new RegExp(`${B}(\\d{1,2})\\s?h(?:\\s?(\\d{2}))?${E}`, 'giu') : undefined;
  const colonTime = new RegExp(`${B}(\\d{1,2})[:.](\\d{2})${E}(?![.,:]\\d)`, 'giu');
  const noonMidnight = new RegExp(`${B}(?:(${alternation(w.noon)})|(${alternation(w.midnight)}))${E}`, 'giu');
  const timeAhead = `\\d{1,2}(?:[:.]\\d{2})?\\s*(?:${markers}${w.hourSeparatorH ? '|h' : ''})`;
  const rangeTo = alternation(w.rangeTo);
  const rangeStart = new RegExp(`${B}(\\d{1,2})(?:[:.](\\d{2}))?(?=\\s*(?:[-–—]|(?:${rangeTo})${E})\\s*${timeAhead})`, 'giu');
  const bareRange = new RegExp(`${B}(?:${alternation(w.rangeFrom)})\\s+(\\d{1,2})(?:[:.](\\d{2}))?\\s+(?:${rangeTo})\\s+(\\d{1,2})(?:[:.](\\d{2}))?${E}(?!\\s*(?:${monthAlt}|%|[.,]\\d))`, 'giud');
  const oclock = w.hourWords.length ? new RegExp(`${B}(\\d{1,2})\\s*(?:${alternation(w.hourWords)})${E}`, 'giu') : undefined;

  return {
    lang,
    words: w,
    month: (s) => months.get(foldKey(s).replace(/\.$/, '')) ?? months.get(foldKey(s)),
    weekday: (s) => weekdays.get(foldKey(s).replace(/\.$/, '')) ?? weekdays.get(foldKey(s)),
    isAm: (s) => am.has(foldKey(s)),
    isPm: (s) => pm.has(foldKey(s)),
    date,
    dateRange,
    weekdayPattern,
    markedTime,
    ...(hTime ? { hTime } : {}),
    colonTime,
    noonMidnight,
    rangeStart,
    bareRange,
    ...(oclock ? { oclock } : {}),
  };
}
