// The checkable facts of one language version of a post: clock times, dates, weekdays, prices, phone
// numbers, URLs, e-mail addresses, hashtags, @mentions and other numbers, each with a normalised key so
// that the same fact written the two languages' ways ("9yb" and "9am", "14 h" and "2pm", "5,50 $" and
// "$5.50", "1er décembre" and "December 1") compares equal. Pure: text in, facts out.
import type { CountryCode } from 'libphonenumber-js/max';
import { calendarFor, type Calendar } from './calendar.js';
import { findPhoneCandidates } from '../phone.js';
import { findUrls, findMentions } from '../urls.js';
import { findHashtags } from '../words.js';

export type FactKind = 'time' | 'date' | 'weekday' | 'price' | 'phone' | 'url' | 'email' | 'hashtag' | 'mention' | 'number';

export interface Fact {
  kind: FactKind;
  offset: number;
  endOffset: number;
  /** As written. */
  text: string;
  /** Normalised value: equal keys are the same fact. */
  key: string;
  /** The value in words a reader of either version understands ("9am", "1 December", "$5.50"). */
  display: string;
  /** A clock time whose half of the day is not stated ("o 9 tan 5", "10 o'r gloch", "9:30"). */
  ambiguous?: boolean;
  minutes?: number;
  day?: number;
  month?: number;
  year?: number;
}

export interface LinkLike {
  offset: number;
  endOffset: number;
  url: string;
}

export interface ExtractOptions {
  /** Phone region (from the configured locale). */
  region: CountryCode;
  /** Links already found by the document (with their destinations); otherwise URLs are found in the text. */
  links?: readonly LinkLike[];
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}(?![\p{L}\p{N}-])/gu;
const CURRENCY_BEFORE = /(?<![\p{L}\p{N}])(£|€|\$|C\$|NZ\$|CA\$|CAD|NZD|EUR|GBP)\s?(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?![\p{N}])(?:\s?(?:m|bn|k)\b)?/gu;
// A start inside a run of digit groups ("1 000 000") is not a start: each would rescan the run (quadratic).
const CURRENCY_AFTER = /(?<![\p{L}\p{N}.,]|\p{N}[\u00a0\u202f ])(\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s?(\$|€|£|euros?|ewro|dollars?|doleri|punt|bunt|pounds?|cents?|p|c)(?![\p{L}\p{N}])/giu;
const SLASH_DATE = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/])/g;
const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/g;
const SLASH_PAIR = /(?<![\d/])\d{1,4}\/\d{1,4}(?![\d/])/g;
const CODE = /(?<![\p{L}\p{N}])\p{L}{1,3}\d{1,5}\p{L}?(?![\p{L}\p{N}])/gu;
// A thread counter ("(1/4)", "[2/4]", "… right. 3/4", "🧵 1/6"): where a post sits in its thread, not a fact
// of the message, so each language's posts carry different ones. In brackets at a line's start or end, or
// bare at a line's end after a sentence's end or an emoji, or alone on its line.
const THREAD_COUNTER = /(?:^|(?<=\n))[ \t]*[([](\d{1,2})\/(\d{1,2})[)\]]|[([](\d{1,2})\/(\d{1,2})[)\]][ \t]*(?=\n|$)|(?:^|(?<=\n)|(?<=[.!?:)\p{Extended_Pictographic}][ \t]))(\d{1,2})\/(\d{1,2})[ \t]*(?=\n|$)/gu;

interface Taken {
  from: number;
  to: number;
}

/** Every fact of the text in [from, to), in text order. */
export function extractFacts(text: string, from: number, to: number, lang: string, options: ExtractOptions): Fact[] {
  const cal = calendarFor(lang) ?? calendarFor('en')!;
  const out: Fact[] = [];
  const taken: Taken[] = [];
  const free = (s: number, e: number): boolean => s >= from && e <= to && !taken.some((t) => s < t.to && t.from < e);
  const add = (f: Fact): void => {
    out.push(f);
    taken.push({ from: f.offset, to: f.endOffset });
  };
  const slice = text.slice(from, to);
  const each = (re: RegExp, fn: (m: RegExpExecArray, s: number, e: number) => void): void => {
    re.lastIndex = 0;
    for (const m of slice.matchAll(re)) {
      const s = from + m.index;
      const e = s + m[0].length;
      if (free(s, e)) fn(m as RegExpExecArray, s, e);
    }
  };

  // Addresses first: their digits and dots are not numbers or dates.
  each(EMAIL, (m, s, e) => add({ kind: 'email', offset: s, endOffset: e, text: m[0], key: m[0].toLowerCase(), display: m[0] }));
  const links = options.links ?? findUrls(slice).map((u) => ({ offset: from + u.index, endOffset: from + u.end, url: u.url }));
  for (const l of links) {
    if (l.offset < from || l.endOffset > to || !free(l.offset, l.endOffset)) continue;
    if (/^mailto:/i.test(l.url)) continue;
    const key = normaliseUrl(l.url);
    if (key) add({ kind: 'url', offset: l.offset, endOffset: l.endOffset, text: text.slice(l.offset, l.endOffset), key, display: key });
  }
  for (const m of findMentions(slice, taken.map((t) => ({ index: t.from - from, end: t.to - from })))) {
    const s = from + m.index;
    const e = from + m.end;
    if (free(s, e)) add({ kind: 'mention', offset: s, endOffset: e, text: m.text, key: m.text.toLowerCase(), display: m.text });
  }
  for (const h of findHashtags(text, from, to)) {
    if (free(h.offset, h.endOffset)) add({ kind: 'hashtag', offset: h.offset, endOffset: h.endOffset, text: text.slice(h.offset, h.endOffset), key: `#${h.tag.toLowerCase()}`, display: `#${h.tag}` });
  }
  for (const p of findPhoneCandidates(text, options.region, from, to)) {
    if (!free(p.offset, p.endOffset)) continue;
    add({ kind: 'phone', offset: p.offset, endOffset: p.endOffset, text: p.text, key: p.e164 ?? p.digits, display: p.text });
  }

  // Prices.
  each(CURRENCY_BEFORE, (m, s, e) => {
    const amount = parseAmount(m[2]!);
    if (amount !== undefined) add(price(m[0], s, e, currencyOf(m[1]!), amount));
  });
  each(CURRENCY_AFTER, (m, s, e) => {
    const unit = m[2]!.toLowerCase();
    const amount = parseAmount(m[1]!);
    if (amount === undefined) return;
    // "50p", "50c", "50 cents" are hundredths; a bare "p"/"c" only right after the digits.
    if (unit === 'p' || unit === 'c' || unit.startsWith('cent')) {
      if ((unit === 'p' || unit === 'c') && m[0].length !== m[1]!.length + 1) return;
      if (!Number.isInteger(amount)) return;
      add(price(m[0], s, e, unit === 'p' ? 'GBP' : '', amount / 100));
      return;
    }
    add(price(m[0], s, e, currencyOf(unit), amount));
  });

  // Dates: two days of one month first ("6-7 Rhagfyr" is 6 and 7 December, not a 6 and a 7 December).
  each(cal.dateRange, (m, s, e) => {
    const [d1, d2, monthText] = m[3] ? [m[1], m[2], m[3]] : [m[5], m[6], m[4]];
    const month = monthText ? cal.month(monthText) : undefined;
    const a = Number(d1);
    const b = Number(d2);
    if (!month || a < 1 || a > 31 || b < 1 || b > 31) return;
    // The first date ends after the first day's number (and ordinal), the second starts at the second day.
    const days = [...m[0].matchAll(/\d{1,2}\p{L}{0,3}/gu)];
    const firstEnd = s + days[0]!.index + days[0]![0].length;
    const secondStart = s + days[1]!.index;
    add(dateFact(text.slice(s, firstEnd), s, firstEnd, a, month));
    add(dateFact(text.slice(secondStart, e), secondStart, e, b, month));
  });
  each(cal.date, (m, s, e) => {
    const dayText = m[1] ?? m[5];
    const monthText = m[2] ?? m[4];
    const yearText = m[3] ?? m[6];
    const day = Number(dayText);
    const month = monthText ? cal.month(monthText) : undefined;
    if (!month || day < 1 || day > 31) return;
    add(dateFact(m[0], s, e, day, month, yearText ? Number(yearText) : undefined));
  });
  each(ISO_DATE, (m, s, e) => {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) add(dateFact(m[0], s, e, d, mo, y));
  });
  each(SLASH_DATE, (m, s, e) => {
    // Day first everywhere these languages are written, except US English (not a bilingual locale here).
    const [d, mo] = options.region === 'US' ? [Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2])];
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) add(dateFact(m[0], s, e, d, mo, y));
  });
  each(cal.weekdayPattern, (m, s, e) => {
    const wd = cal.weekday(m[0]);
    if (!wd) return;
    // Short English abbreviations count only with a capital ("Sat 6 Dec", not "sat 6 times").
    if (cal.lang === 'en' && m[0].replace(/\.$/, '').length <= 5 && !/day$/i.test(m[0]) && !/^\p{Lu}/u.test(m[0])) return;
    add({ kind: 'weekday', offset: s, endOffset: e, text: m[0], key: String(wd), display: WEEKDAY_NAMES[wd - 1]! });
  });

  // Clock times.
  each(cal.noonMidnight, (m, s, e) => {
    // French "après-midi" is the afternoon, not noon.
    if (text[s - 1] === '-') return;
    add(timeFact(m[0], s, e, m[1] ? 12 * 60 : 0, false));
  });
  each(cal.markedTime, (m, s, e) => {
    const h = Number(m[1]);
    const min = m[2] ? Number(m[2]) : 0;
    if (h < 1 || h > 12 || min > 59) return;
    const pm = cal.isPm(m[3]!) || (!cal.isAm(m[3]!) && calendarFor('en')!.isPm(m[3]!));
    add(timeFact(m[0], s, e, ((h % 12) + (pm ? 12 : 0)) * 60 + min, false));
  });
  if (cal.hTime) {
    each(cal.hTime, (m, s, e) => {
      const h = Number(m[1]);
      const min = m[2] ? Number(m[2]) : 0;
      if (h > 24 || min > 59) return;
      add(timeFact(m[0], s, e, (h % 24) * 60 + min, false));
    });
  }
  each(cal.rangeStart, (m, s, e) => {
    const h = Number(m[1]);
    const min = m[2] ? Number(m[2]) : 0;
    if (h > 23 || min > 59) return;
    add(timeFact(m[0], s, e, h * 60 + min, h <= 12));
  });
  each(cal.bareRange, (m) => {
    // Two bare hours in a range ("o 9 tan 5", "from 9 to 5"): a clock range only when both are hours.
    const ends = [
      [1, 2],
      [3, 4],
    ] as const;
    if (ends.some(([hi, mi]) => Number(m[hi]) > 23 || (m[mi] !== undefined && Number(m[mi]) > 59))) return;
    const indices = (m as RegExpExecArray & { indices: Array<[number, number] | undefined> }).indices;
    for (const [hi, mi] of ends) {
      const s = from + indices[hi]![0];
      const e = from + (indices[mi] ?? indices[hi])![1];
      const h = Number(m[hi]);
      if (free(s, e)) add(timeFact(text.slice(s, e), s, e, h * 60 + (m[mi] ? Number(m[mi]) : 0), h <= 12));
    }
  });
  if (cal.oclock) {
    each(cal.oclock, (m, s, e) => {
      const h = Number(m[1]);
      if (h >= 1 && h <= 12) add(timeFact(m[0], s, e, h * 60, true));
    });
  }
  each(cal.colonTime, (m, s, e) => {
    const h = Number(m[1]);
    const min = Number(m[2]);
    // "9.30" with a dot is a time only in a text with no decimal context; a colon always is.
    if (h > 23 || min > 59) return;
    if (m[0].includes('.') && !/^\d{1,2}\.\d{2}$/.test(m[0])) return;
    add(timeFact(m[0], s, e, h * 60 + min, h <= 12 && !m[1]!.startsWith('0')));
  });

  // Thread counters are not facts: taken, not added.
  each(THREAD_COUNTER, (m, s, e) => {
    const n = Number(m[1] ?? m[3] ?? m[5]);
    const of = Number(m[2] ?? m[4] ?? m[6]);
    if (n >= 1 && of >= 2 && n <= of) taken.push({ from: s, to: e });
  });
  // Other numbers: slash pairs ("24/7", "1/3") and letter-digit codes (A470, M4) whole, then plain numbers.
  each(SLASH_PAIR, (m, s, e) => add({ kind: 'number', offset: s, endOffset: e, text: m[0], key: m[0], display: m[0] }));
  each(CODE, (m, s, e) => add({ kind: 'number', offset: s, endOffset: e, text: m[0], key: m[0].toLowerCase(), display: m[0] }));
  const num = cal.words.decimalComma
    ? /(?<![\p{L}\p{N}.,])\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?(?![\p{N}])|(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?(?![\p{N}])/gu
    : /(?<![\p{L}\p{N}.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{N}])|(?<![\p{L}\p{N}.,])\d+(?:\.\d+)?(?![\p{N}])/gu;
  each(num, (m, s, e) => {
    const value = parseNumber(m[0], cal);
    if (value === undefined) return;
    // A number followed by a letter that is not an ordinal ending or a unit is part of a code ("5G").
    add({ kind: 'number', offset: s, endOffset: e, text: m[0], key: String(value), display: String(value) });
  });

  return out.sort((a, b) => a.offset - b.offset);
}

function price(written: string, s: number, e: number, currency: string, amount: number): Fact {
  const cents = Math.round(amount * 100);
  const sym = currency === 'GBP' ? '£' : currency === 'EUR' ? '€' : currency === '' ? '' : '$';
  const value = (cents / 100).toLocaleString('en', { minimumFractionDigits: cents % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 });
  return { kind: 'price', offset: s, endOffset: e, text: written, key: `${currency}:${cents}`, display: `${sym}${value}` };
}

function currencyOf(written: string): string {
  const w = written.toLowerCase();
  if (w === '£' || w === 'gbp' || w.startsWith('pound') || w === 'punt' || w === 'bunt') return 'GBP';
  if (w === '€' || w === 'eur' || w.startsWith('euro') || w === 'ewro') return 'EUR';
  return 'USD';
}

/** An amount written either way ("5,50", "5.50", "1,500", "1 500"); undefined when unreadable. */
function parseAmount(written: string): number | undefined {
  const s = written.replace(/[\u00a0\u202f ]/g, '');
  const m = /^(\d+(?:[.,]\d{3})*)(?:[.,](\d{1,2}))?$/.exec(s);
  if (!m) return undefined;
  return Number(m[1]!.replace(/[.,]/g, '')) + (m[2] ? Number(m[2].padEnd(2, '0')) / 100 : 0);
}

function parseNumber(written: string, cal: Calendar): number | undefined {
  let s = written.replace(/[\u00a0\u202f ]/g, '');
  if (cal.words.decimalComma) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(/,/g, '');
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function dateFact(written: string, s: number, e: number, day: number, month: number, year?: number): Fact {
  return {
    kind: 'date',
    offset: s,
    endOffset: e,
    text: written,
    key: `${month}-${day}`,
    display: `${day} ${MONTH_NAMES[month - 1]}${year ? ` ${year}` : ''}`,
    day,
    month,
    ...(year ? { year } : {}),
  };
}

function timeFact(written: string, s: number, e: number, minutes: number, ambiguous: boolean): Fact {
  return { kind: 'time', offset: s, endOffset: e, text: written, key: String(minutes), display: clock(minutes, ambiguous), minutes, ...(ambiguous ? { ambiguous } : {}) };
}

/** "9am", "9:30pm", "noon", "midnight"; an ambiguous time as "9:00" or "9:30". */
export function clock(minutes: number, ambiguous = false): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (ambiguous) return `${h}:${String(m).padStart(2, '0')}`;
  if (minutes === 720) return 'noon';
  if (minutes === 0 || minutes === 1440) return 'midnight';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}

/** Host without `www.` and path without a trailing slash, lower-cased host; undefined for an unreadable URL. */
export function normaliseUrl(url: string): string | undefined {
  // Cut by hand, not by one pattern with two open runs (which backtracks on long input).
  let rest = url.trim();
  const scheme = rest.indexOf('://');
  if (scheme > 0 && scheme < 12) rest = rest.slice(scheme + 3);
  let cut = rest.length;
  for (const c of ['/', '?', '#']) {
    const i = rest.indexOf(c);
    if (i !== -1 && i < cut) cut = i;
  }
  if (cut === 0 || /\s/.test(rest)) return undefined;
  const host = rest.slice(0, cut).toLowerCase().replace(/^www\./, '');
  let end = rest.length;
  while (end > cut && '/?#'.includes(rest[end - 1]!)) end--;
  return `${host}${rest.slice(cut, end)}`;
}
