// Runs of ALL-CAPS words ("shouting") that are not acronyms. Shared by `tone/shouting` and
// `accessibility/all-caps`: screen readers spell some capitalised words letter by letter and capitals are
// harder to read (Australian Style Manual; GCS accessible social media), and on social media they read as
// shouting. Acronyms (NHS, COVID-19, A&E) are normal writing and never make a run on their own.
// Conventions written in capitals are not shouting either (data: ./data/caps-labels.json): the name of an
// official warning level used as a post's label ("WINTER STORM WARNING:", "WATCH AND ACT:"), the line that
// opens a news release ("FOR IMMEDIATE RELEASE"), and a news dateline ("SAULT STE. MARIE — The ministry …").
import labels from './data/caps-labels.json' with { type: 'json' };
import { wordFamiliarity } from './words.js';

/** Common acronyms and initialisms written in capitals in ordinary public-sector posts. */
export const ACRONYMS: ReadonlySet<string> = new Set(
  (
    'NHS GP GPS UK US USA EU UN NSW NT QLD TAS VIC NZ CA BC QC SK PEI ROI NI ' +
    'FAQ FAQS ABC BBC ITV CEO CFO COO MP MPS MSP MLA MLC MEP TD PM ID IDS TV PC IT HR ICT AI API URL PDF ' +
    'A&E A&ES ICU EMS RN CPR AED NHS111 ASAP RSVP ETA TBC TBD TBA PS PPS AKA DIY ATM PIN VAT GST HST ' +
    'PST QST IRS HMRC DWP DVLA DVSA MOT ULEZ LTN EV EVS HGV HGVS LGV CCTV ASB RTC RTA SENCO SEN EHCP DBS ' +
    'COVID COVID-19 SARS MMR HPV HIV AIDS RSV STI STIS A&E UTI BMI ADHD ASD PTSD OCD MRI CT ECG ' +
    'LGBT LGBTQ LGBTQ+ LGBTQIA+ BAME BIPOC NATO OECD UNICEF RSPCA RSPB RNLI YMCA NSPCC ' +
    'COP COP26 COP28 GCSE GCSES A-LEVEL A-LEVELS BTEC NVQ SATS SAT HSC NCEA VCE ATAR TAFE UCAS ' +
    'PM GMT BST UTC AEST AEDT ACST AWST NZST NZDT EST EDT CST CDT MST MDT PST PDT ' +
    'KM KPH MPH CM MM KG KWH MW GW CO2 NO2 PM2.5 PM10 ' +
    'RSS SMS MMS QR USB WIFI WI-FI 4G 5G 3G HD ' +
    'DOB NI NINO NHI SSN TFN SIN ABN ACN EIN PAYE ' +
    'FBI CIA DHS DOJ DOT EPA FEMA CDC NIH FDA USDA VA IRS SSA ' +
    'RCMP CRA CBC OPP ' +
    'ACC IRD MSD NZTA WINZ NZQA ' +
    'ATO ACCC ASIC ABS NDIS RSL RFS SES CFA BOM ' +
    'HSE GARDA RTE ' +
    'CPS PCSO PCSOS PSNI NCA MOD RAF RN HMP HMCTS ONS DFE DHSC MHCLG DLUHC DEFRA FCDO ' +
    'CIC CIO LTD PLC LLC INC PTY UKHSA OHID ICB ICS PCN CCG ' +
    'ESOL EAL PSHE STEM ICT SATS KS1 KS2 KS3 KS4 ' +
    'I II III IV V VI VII VIII IX X XI XII '
  ).split(/\s+/).filter(Boolean),
);

const ALERT_HEADS: ReadonlySet<string> = new Set(labels.alertHeads);
const ALERT_WORDS: ReadonlySet<string> = new Set([...labels.alertWords, ...labels.alertHeads]);
const ALERT_PHRASES: ReadonlySet<string> = new Set(labels.alertPhrases);
const DOCUMENT_LABELS: ReadonlySet<string> = new Set(labels.documentLabels);
/** Longest label in words: a run's label prefix is looked for only this far (no quadratic work on long runs). */
const MAX_LABEL_WORDS = 6;

export interface CapsRun {
  offset: number;
  endOffset: number;
  /** Number of all-caps (non-acronym) words in the run. */
  words: number;
}

// A word: letters, digits, apostrophes, ampersands and inner hyphens/dots (A&E, COVID-19, PM2.5, DON'T).
// Bounded repetition-free alternation: each character class is disjoint from the separators, so linear.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&.-]*[\p{L}\p{N}])?/gu;
const SHOUT_GATE = /\p{Lu}['’.-]*[\p{Lu}\p{Lt}\p{Lm}\p{Lo}]|[\p{Lt}\p{Lm}\p{Lo}]['’.-]*\p{Lu}/u;
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
// Between two words of one run: spaces and light punctuation, but not a line break (a new line is a new
// line of a list or a heading) and not a sentence end followed by a lower-case start.
const JOINER = /^[ \t\u00a0,;:–—\-"'“”‘’()!?.]*$/u;

function isCapsWord(word: string): boolean {
  return HAS_UPPER.test(word) && !HAS_LOWER.test(word);
}

/** True for a word that is an acronym, an initialism, a number-like code or a single letter. */
export function isAcronym(word: string): boolean {
  const w = word.replace(/['’]S$/u, '').toUpperCase();
  if (ACRONYMS.has(w)) return true;
  const letters = w.replace(/[^\p{L}]/gu, '');
  // Single letters ("A", "I") and codes with digits (M25, B1234, SW1A, KS2) are not shouting.
  if (letters.length <= 1) return true;
  if (/\p{N}/u.test(w)) return true;
  // Dotted initialisms (U.S., P.S.) and ampersand abbreviations (B&Q, P&O).
  if (/^(?:\p{L}\.)+\p{L}?\.?$/u.test(w) || /&/.test(w)) return true;
  // Short words without a vowel are initialisms (PCN, LTN, HMRC, CBT), never English words.
  if (letters.length <= 5 && !/[AEIOUY]/u.test(letters)) return true;
  return false;
}

/**
 * False when `text` (or its range [from, to)) cannot hold a caps run: no upper-case letter next to another
 * non-lower-case letter. A cheap test on a whole draft before asking `findCapsRuns` block by block.
 */
export function mayHaveCapsRuns(text: string, from = 0, to = text.length): boolean {
  return SHOUT_GATE.test(from === 0 && to === text.length ? text : text.slice(from, to));
}

/**
 * Runs of consecutive ALL-CAPS words within [from, to) of `text` that are shouting rather than acronyms:
 * at least `minWords` (default 3) capitalised words of which at least two are not acronyms, or a whole
 * sentence in capitals with at least two such words. Acronyms inside a run are kept in the range (e.g.
 * "PLEASE CALL NHS 111 NOW"). Conventional capitals (a warning level's label, a news release's opening line, a
 * dateline) are not shouting and are left out, unless `conventions` is true: then every run of capitalised
 * words comes back (for rules that need to know where capitals are words, not acronyms).
 */
export function findCapsRuns(text: string, from: number, to: number, minWords = 3, conventions = false): CapsRun[] {
  const slice = text.slice(from, to);
  // A shouted (non-acronym) word has two or more letters, none lower-case, one upper-case, and no digits
  // or ampersands: so an upper-case letter next to another non-lower-case letter (across ' ’ . - only).
  // Without one there is no run; most drafts stop here.
  if (!mayHaveCapsRuns(slice)) return [];
  const runs: CapsRun[] = [];
  // The words of the current run (it starts on a shouted word; inner acronyms are kept).
  let words: RunWord[] = [];
  let prevEnd = 0;
  const flush = (): void => {
    if (words.length >= 2) judgeRun(slice, words, minWords, from, runs, conventions);
    words = [];
  };
  WORD.lastIndex = 0;
  for (const m of slice.matchAll(WORD)) {
    const word = m[0];
    const s = m.index;
    const e = s + word.length;
    const gap = slice.slice(prevEnd, s);
    if (words.length > 0 && !JOINER.test(gap)) flush();
    prevEnd = e;
    // Numbers ("NHS 111", "CALL 999 NOW") neither break nor extend a run.
    if (!/\p{L}/u.test(word)) continue;
    if (!isCapsWord(word)) {
      flush();
      continue;
    }
    const acronym = isAcronym(word);
    // A run starts on a shouted word; a leading acronym ("NHS PLEASE …") joins only via the next word.
    if (words.length === 0 && acronym) continue;
    words.push({ s, e, upper: word.toUpperCase(), acronym });
  }
  flush();
  return runs;
}

interface RunWord {
  s: number;
  e: number;
  upper: string;
  acronym: boolean;
}

const phraseOf = (words: readonly RunWord[]): string => words.map((w) => w.upper).join(' ');

/** An official warning level or alert name: a fixed phrase, or alert words ending in a head word. */
function isAlertLabel(words: readonly RunWord[]): boolean {
  if (ALERT_PHRASES.has(phraseOf(words))) return true;
  return ALERT_HEADS.has(words[words.length - 1]!.upper) && words.every((w) => ALERT_WORDS.has(w.upper));
}

// A label ends where the text goes on after a colon, a full stop or a dash ("FLOOD WARNING: STAY OUT …").
const LABEL_END = /[:.—–-]/u;
// Before a line's first word: indentation or Markdown markers only; after its last: the line end or a colon.
const LINE_BEFORE = /(?:^|\n)[ \t#>*_]*$/u;
const LINE_AFTER = /^[ \t*_]*(?:\n|$|:)/u;
// After a dateline's place: an optional region ("HARLOW SPRINGS, Ohio", "…, N.S.W."), then a dash and a space.
const DATELINE_AFTER = /^\.?(,[ \t]?\p{Lu}[\p{L}.]{0,20})?[ \t]?(?:—|–|--?)[ \t]/u;

function atLineStart(slice: string, s: number): boolean {
  // Only the eight characters before the word are read (bounded work per run).
  const m = LINE_BEFORE.exec(slice.slice(Math.max(0, s - 8), s));
  return m !== null && (s <= 8 || m[0].startsWith('\n'));
}

/**
 * A dateline: the run opens its line, names a place of at most five words and is followed by a dash (after
 * an optional region). The place must be a name: a region follows it, or one of its words is not a known
 * English word ("ROAD CLOSED — use …" stays a run).
 */
function isDateline(slice: string, all: readonly RunWord[]): boolean {
  if (all.length > 5 || !atLineStart(slice, all[0]!.s)) return false;
  // A region in capitals ("…, N.Z.", "…, NSW") ends the run as trailing acronyms after a comma.
  let n = all.length;
  while (n > 1 && all[n - 1]!.acronym) n--;
  const region = n < all.length && slice.slice(all[n - 1]!.e, all[n]!.s).includes(',');
  if (n < all.length && !region) return false;
  const words = all.slice(0, n);
  const end = all[all.length - 1]!.e;
  const m = DATELINE_AFTER.exec(slice.slice(end, end + 40));
  if (!m || (region && m[1] !== undefined)) return false;
  return region || m[1] !== undefined || words.some((w) => !w.acronym && wordFamiliarity(w.upper.replace(/[^\p{L}]/gu, '')) === 0);
}

/** The opening line of a news release or notice ("NEWS RELEASE", "COMMUNIQUÉ"), filling its own line. */
function isDocumentLabel(slice: string, words: readonly RunWord[]): boolean {
  return DOCUMENT_LABELS.has(phraseOf(words)) && atLineStart(slice, words[0]!.s) && LINE_AFTER.test(slice.slice(words[words.length - 1]!.e, words[words.length - 1]!.e + 16));
}

/** Pushes the run `words` (minus a leading label) when it is shouting. */
function judgeRun(slice: string, all: RunWord[], minWords: number, from: number, runs: CapsRun[], conventions: boolean): void {
  let words = all;
  if (!conventions && words.length <= MAX_LABEL_WORDS && (isAlertLabel(words) || isDocumentLabel(slice, words) || isDateline(slice, words))) return;
  // A leading alert label ends at a colon, a full stop or a dash: what follows is judged on its own.
  for (let k = conventions ? 0 : Math.min(MAX_LABEL_WORDS, words.length - 1); k >= 1; k--) {
    const head = words.slice(0, k);
    if (LABEL_END.test(slice.slice(words[k - 1]!.e, words[k]!.s)) && isAlertLabel(head)) {
      words = words.slice(k);
      while (words.length > 0 && words[0]!.acronym) words = words.slice(1);
      break;
    }
  }
  let caps = 0;
  let runEnd = -1;
  for (const w of words) {
    if (w.acronym) continue;
    caps++;
    // Trailing acronyms ("… GOING TO A&E") stay outside the range; inner ones are kept.
    runEnd = w.e;
  }
  if (caps < 2) return;
  const runStart = words[0]!.s;
  if (words.length >= minWords || wholeSentence(slice, runStart, runEnd)) runs.push({ offset: from + runStart, endOffset: from + runEnd, words: caps });
}

// "STOP. WAIT." count: a run that fills a whole sentence of two or more words.
function wholeSentence(slice: string, s: number, e: number): boolean {
  const before = slice.slice(Math.max(0, s - 3), s);
  const after = slice.slice(e, e + 2);
  const startsSentence = s === 0 || /(?:^|[.!?:\n]\s*)$/u.test(before) || /^\s*$/u.test(slice.slice(0, s));
  const endsSentence = e === slice.length || /^[.!?]|^\s*$|^\n/u.test(after);
  return startsSentence && endsSentence;
}
