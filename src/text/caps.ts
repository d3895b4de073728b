// Runs of ALL-CAPS words ("shouting") that are not acronyms. Shared by `tone/shouting` and
// `accessibility/all-caps`: screen readers spell some capitalised words letter by letter and capitals are
// harder to read (Australian Style Manual; GCS accessible social media), and on social media they read as
// shouting. Acronyms (NHS, COVID-19, A&E) are normal writing and never make a run on their own.

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
 * "PLEASE CALL NHS 111 NOW").
 */
export function findCapsRuns(text: string, from: number, to: number, minWords = 3): CapsRun[] {
  const slice = text.slice(from, to);
  // A shouted (non-acronym) word has two or more letters, none lower-case, one upper-case, and no digits
  // or ampersands: so an upper-case letter next to another non-lower-case letter (across ' ’ . - only).
  // Without one there is no run; most drafts stop here.
  if (!mayHaveCapsRuns(slice)) return [];
  const runs: CapsRun[] = [];
  let runStart = -1;
  let runEnd = -1;
  let caps = 0; // non-acronym caps words in the current run
  let total = 0; // all words in the current run
  let prevEnd = 0;
  const flush = (): void => {
    if (runStart >= 0 && caps >= 2 && (total >= minWords || wholeSentence(slice, runStart, runEnd))) {
      runs.push({ offset: from + runStart, endOffset: from + runEnd, words: caps });
    }
    runStart = -1;
    caps = 0;
    total = 0;
  };
  WORD.lastIndex = 0;
  for (const m of slice.matchAll(WORD)) {
    const word = m[0];
    const s = m.index;
    const e = s + word.length;
    const gap = slice.slice(prevEnd, s);
    if (runStart >= 0 && !JOINER.test(gap)) flush();
    prevEnd = e;
    // Numbers ("NHS 111", "CALL 999 NOW") neither break nor extend a run.
    if (!/\p{L}/u.test(word)) continue;
    if (!isCapsWord(word)) {
      flush();
      continue;
    }
    const acronym = isAcronym(word);
    if (runStart < 0) {
      // A run starts on a shouted word; a leading acronym ("NHS PLEASE …") joins only via the next word.
      if (acronym) continue;
      runStart = s;
    }
    total++;
    // Trailing acronyms ("… GOING TO A&E") stay outside the range; inner ones are kept.
    if (!acronym) {
      caps++;
      runEnd = e;
    }
  }
  flush();
  return runs;
}

// "STOP. WAIT." count: a run that fills a whole sentence of two or more words.
function wholeSentence(slice: string, s: number, e: number): boolean {
  const before = slice.slice(Math.max(0, s - 3), s);
  const after = slice.slice(e, e + 2);
  const startsSentence = s === 0 || /(?:^|[.!?:\n]\s*)$/u.test(before) || /^\s*$/u.test(slice.slice(0, s));
  const endsSentence = e === slice.length || /^[.!?]|^\s*$|^\n/u.test(after);
  return startsSentence && endsSentence;
}
