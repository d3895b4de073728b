// Person names in a draft. Two tiers:
// - `findPersonNames`: compromise's #Person tagging (loaded lazily through `ctx.load`), filtered to
//   capitalised names and with public office holders named in their role (Cllr X, the Mayor, Cr X,
//   Chief Constable X, X MP) left out: they are not private individuals.
// - `looksLikePersonName` / `findNameCandidates`: a cheap synchronous heuristic (titles such as
//   Mr/Mrs/Dr, or two capitalised words with a known-looking first name) for prefilters and fallbacks.
import type { RuleContext } from '../engine/rule.js';
import type { Document } from '../engine/document.js';
import type { LazyModule } from '../engine/lazy.js';
import { documentMemo } from '../engine/memo.js';

export interface PersonName {
  offset: number;
  endOffset: number;
  text: string;
}

export interface FindPersonNamesOptions {
  /** Also return public office holders named in their role (default false). */
  includeOfficeHolders?: boolean;
}

/** Honorifics of private individuals (a title alone does not make someone an office holder). */
export const PERSONAL_TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Master', 'Sir', 'Dame', 'Lady', 'Lord', 'Prof', 'Professor', 'Rev', 'Revd', 'Mme', 'Mlle', 'Madame', 'Monsieur'] as const;

// Titles and roles that mark a public office holder acting in role, written just before the name.
const OFFICE_BEFORE =
  /(?:^|[^\p{L}])(?:Cllr|Councillor|Councilor|Coun|Cr|Mayor|Lord Mayor|Lady Mayoress|Deputy Mayor|Alderman|Alder(?:wo)?man|Senator|Sen|Rep|Representative|Congress(?:wo)?man|Assemblymember|Assembly Member|Minister|Premier|Governor|Treasurer|Commissioner|Chief Constable|Deputy Chief Constable|Assistant Chief Constable|Chief Superintendent|Superintendent|Chief Inspector|Detective Chief Inspector|Detective Inspector|Detective Sergeant|Detective Constable|Inspector|Sergeant|Sgt|Insp|Supt|Constable|PC|PCSO|DC|DS|DI|DCI|Det|Chief|Sheriff|Deputy Sheriff|Officer|Chair|Chairman|Chairwoman|Chairperson|Leader|Council Leader|Chief Executive|CEO|Director|Head|Headteacher|Principal|Superintendent|MP|MSP|MLA|MPP|TD|Judge|Justice|Magistrate|Coroner|Commander|Captain|Capt|Lieutenant|Lt|Fire Chief|Chief Fire Officer|Station Manager|Watch Manager|spokesperson|spokeswoman|spokesman)\.?\s+$/u;
// Post-nominal offices: "Jane Smith MP", "Jane Smith, council leader".
const OFFICE_AFTER =
  /^,?\s+(?:MP|MSP|MS|MLA|MPP|MHA|MHR|TD|MEP|OBE|CBE|MBE|QPM|KC|QC|(?:the\s+)?(?:council|deputy|opposition)\s+leader|(?:the\s+)?(?:Mayor|Deputy Mayor|Chief Executive|Chief Constable|Director|Minister|Premier|Senator|Councillor|cabinet member|portfolio holder|chair|leader|head|spokesperson)\b)/iu;

const TITLED_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...PERSONAL_TITLES, 'Cllr', 'Councillor', 'Cr', 'Coun'].join('|')})\\.?\\s+(?:\\p{Lu}\\.?\\s+)?(?:Mc|Mac|O['’])?\\p{Lu}[\\p{Ll}'’-]{1,20}(?:\\s+(?:Mc|Mac|O['’])?\\p{Lu}[\\p{Ll}'’-]{1,20})?(?![\\p{L}\\p{N}])`,
  'gu',
);

const NAMES = documentMemo<PersonName[]>('names');

type Nlp = LazyModule<'compromise'>;

interface CompromiseTerm {
  text: string;
  tags?: string[];
  offset?: { start: number; length: number };
}
interface CompromiseMatch {
  terms: CompromiseTerm[];
}

function allNames(nlp: Nlp, doc: Document): PersonName[] {
  return doc.memo(NAMES, () => namesIn(nlp, doc.prose, 0, doc.prose.length));
}

// compromise's tagging is superlinear in the length of what it reads (a 110 KB run of capitalised words
// takes ~20 s): long stretches are read in pieces of at most this many characters, cut after a sentence
// end where there is one (else at a line break or a space), so the work stays linear. Posts are shorter.
const NLP_PIECE = 4000;

/** Where to end the piece of prose that starts at `from` (at most NLP_PIECE characters, before `to`). */
function pieceEnd(prose: string, from: number, to: number): number {
  if (to - from <= NLP_PIECE) return to;
  const limit = from + NLP_PIECE;
  const floor = from + NLP_PIECE / 2;
  // One backward scan: the last space after a sentence end (closing quotes or brackets allowed between),
  // else the last line break, else the last space; the cut goes after it.
  let lineBreak = -1;
  let space = -1;
  for (let i = limit - 1; i > floor; i--) {
    const c = prose.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09) continue;
    if (c === 0x0a && lineBreak < 0) lineBreak = i;
    if (space < 0) space = i;
    let j = i - 1;
    while (j > floor && /["')\]]/.test(prose[j]!)) j--;
    if (/[.!?]/.test(prose[j]!)) return i + 1;
  }
  if (lineBreak >= 0) return lineBreak + 1;
  return space >= 0 ? space + 1 : limit;
}

/** Names of people in prose[from, to), by compromise run on that stretch alone, in document order. */
function namesIn(nlp: Nlp, prose: string, from: number, to: number): PersonName[] {
  if (to - from > NLP_PIECE) {
    const out: PersonName[] = [];
    for (let start = from; start < to; ) {
      const end = pieceEnd(prose, start, to);
      for (const name of namesIn(nlp, prose, start, end)) out.push(name);
      start = end;
    }
    return out;
  }
  const stretch = from === 0 && to === prose.length ? prose : prose.slice(from, to);
  const out: PersonName[] = [];
  const matches = (nlp(stretch).people() as { json(o: { offset: boolean }): CompromiseMatch[] }).json({ offset: true });
  for (const m of matches) {
    // Trim leading honorifics into the name but drop punctuation-only terms; use term offsets so that
    // trailing commas and full stops are not part of the range.
    const terms = m.terms.filter((t) => t.offset && /\p{L}/u.test(t.text));
    if (terms.length === 0) continue;
    const first = terms[0]!.offset!;
    const last = terms[terms.length - 1]!.offset!;
    const offset = from + first.start;
    const endOffset = from + last.start + last.length;
    const text = prose.slice(offset, endOffset);
    // Names are written capitalised; compromise also tags lower-case words ("will", "hope").
    if (!terms.every((t) => /^\p{Lu}/u.test(t.text))) continue;
    out.push({ offset, endOffset, text });
  }
  // compromise misses some titled names ("Cllr Mike Ward"): add title-led names it did not cover.
  TITLED_RE.lastIndex = 0;
  for (const m of stretch.matchAll(TITLED_RE)) {
    const offset = from + m.index;
    const endOffset = offset + m[0].length;
    if (!out.some((n) => n.offset < endOffset && offset < n.endOffset)) out.push({ offset, endOffset, text: m[0] });
  }
  out.sort((a, b) => a.offset - b.offset);
  return out;
}

/** True when the name at [offset, endOffset) is introduced or followed by a public office. */
export function isOfficeHolder(text: string, offset: number, endOffset: number): boolean {
  const before = text.slice(Math.max(0, offset - 40), offset);
  if (OFFICE_BEFORE.test(before)) return true;
  // The title may be part of the name range itself ("Cllr Jane Smith" tagged as one person).
  if (/^(?:Cllr|Councillor|Cr|Mayor|Senator|Minister|Premier|Sgt|Insp|Supt|PC|DC|DS|DI|DCI|Det|Chief|Sheriff)\.?\s/u.test(text.slice(offset, endOffset))) return true;
  return OFFICE_AFTER.test(text.slice(endOffset, endOffset + 40));
}

/**
 * Names of people in the prose between `from` and `to` (original-text offsets), found by compromise.
 * Returns `undefined` when compromise is not loaded yet: the engine loads it and lints again. Call it
 * only after a cheap prefilter fired. Public office holders in role are left out unless asked for.
 */
export function findPersonNames(ctx: RuleContext, from: number, to: number, options: FindPersonNamesOptions = {}): Array<{ offset: number; endOffset: number; text: string }> | undefined {
  const nlp = ctx.load('compromise');
  if (!nlp) return undefined;
  const names = allNames(nlp, ctx.doc);
  const prose = ctx.doc.prose;
  return names
    .filter((n) => n.offset >= from && n.endOffset <= to)
    .filter((n) => options.includeOfficeHolders || !isOfficeHolder(prose, n.offset, n.endOffset))
    .map((n) => ({ ...n }));
}

/**
 * Like `findPersonNames`, but compromise reads only prose[from, to) (a sentence or two): for a rule whose
 * candidates are rare and local, so a long draft is not tagged whole. Offsets are into the original text.
 */
export function findPersonNamesNear(ctx: RuleContext, from: number, to: number, options: FindPersonNamesOptions = {}): Array<{ offset: number; endOffset: number; text: string }> | undefined {
  const nlp = ctx.load('compromise');
  if (!nlp) return undefined;
  const prose = ctx.doc.prose;
  return namesIn(nlp, prose, from, to).filter((n) => options.includeOfficeHolders || !isOfficeHolder(prose, n.offset, n.endOffset));
}

const TITLE_RE = new RegExp(`^(?:${PERSONAL_TITLES.join('|')})\\.?\\s+\\p{Lu}[\\p{Ll}'’-]+`, 'u');
// A first name may be hyphenated with a capital after the hyphen ("Marc-André", "Jean-Luc", "Mary-Kate").
const TWO_CAPS_RE = /^\p{Lu}[\p{Ll}'’-]{1,20}(?:-\p{Lu}[\p{Ll}'’]{1,20})?(?:\s+\p{Lu}\.)?\s+(?:(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]{1,20})(?:-\p{Lu}[\p{Ll}]{1,20})?$/u;
// Capitalised words that start ordinary two-word phrases in public posts ("Town Hall", "Main Street").
const NOT_FIRST_NAMES = new Set(
  'The A An This That These Those Our Your Their His Her My We You They It Its Town City County Council Borough District Main High Market Church Station Park Road Street Lane Avenue Public Health Community Library Leisure Police Fire Ambulance Emergency National Royal General North South East West New Old Great Little Upper Lower St Saint Mount Lake River Bank Holiday Christmas Easter Mental Awareness Week Day Month Year January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Please Thank Thanks Happy Good Find Read Join Call Visit Book Check Share Follow More Free Open Closed Bin Waste Recycling Planning Housing Adult Children Family Young Older School Primary Secondary Year Chief Head Deputy Senior Junior Customer Service Services Team Office Centre Center Hall Court House Building Bridge Gardens Green Square Place Way Drive Close Crescent Grove Terrace Walk View Hill Street'.split(' '),
);

// Capitalised function words that begin sentences and greetings: never a name on their own.
const CAPITALISED_FUNCTION_WORDS = new Set(
  'I We You He She It They Me Us Him Them If When Where While For To On At In Of By From With And But Or So As Hi Hello Dear Yes No Not Just Also Sorry Thank Thanks Please Call Ring Text Phone Contact Email Message Reply Replies Re OK Okay'.split(' '),
);

/**
 * Cheap gate before compromise: true when text[from, to) has a capitalised word that could begin a name
 * (compromise's names are kept only when capitalised, so without one it can find none).
 */
export function mayNameSomeone(text: string, from: number, to: number): boolean {
  for (const m of text.slice(from, to).matchAll(/\p{Lu}[\p{Ll}'’-]+/gu)) {
    if (!CAPITALISED_FUNCTION_WORDS.has(m[0]) && !NOT_FIRST_NAMES.has(m[0])) return true;
  }
  return false;
}

/**
 * Cheap synchronous test: a title and a capitalised word (`Mrs Patel`, `Dr A. Jones`), or two or three
 * capitalised words whose first is not an ordinary capitalised word (`Gary Hughes`, not `Town Hall`).
 */
export function looksLikePersonName(text: string): boolean {
  const t = text.trim();
  if (TITLE_RE.test(t)) return true;
  if (!TWO_CAPS_RE.test(t)) return false;
  const words = t.split(/\s+/);
  return !words.some((w) => NOT_FIRST_NAMES.has(w.replace(/[.'’]$/u, '')));
}

const CANDIDATE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${PERSONAL_TITLES.join('|')})\\.?\\s+(?:\\p{Lu}\\.?\\s+)?\\p{Lu}[\\p{Ll}'’-]{1,20}(?:\\s+\\p{Lu}[\\p{Ll}'’-]{1,20})?|\\p{Lu}[\\p{Ll}'’-]{1,20}(?:-\\p{Lu}[\\p{Ll}'’]{1,20})?\\s+(?:\\p{Lu}\\.\\s+)?(?:Mc|Mac|O['’])?\\p{Lu}[\\p{Ll}'’-]{1,20})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Heuristic name candidates in `text` between `from` and `to` (no NLP; for prefilters and fallbacks). */
export function findNameCandidates(text: string, from = 0, to = text.length): PersonName[] {
  const out: PersonName[] = [];
  CANDIDATE_RE.lastIndex = from;
  for (let m = CANDIDATE_RE.exec(text); m && m.index < to; m = CANDIDATE_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    if (looksLikePersonName(m[0]) && !isOfficeHolder(text, m.index, end)) out.push({ offset: m.index, endOffset: end, text: m[0] });
    else CANDIDATE_RE.lastIndex = m.index + m[0].indexOf(' ') + 1;
  }
  return out;
}

/** Roles people are introduced by in posts ("our volunteer coordinator Priya", "club secretary Tom Reid"). */
export const PERSON_ROLES = [
  'coordinator', 'co-ordinator', 'organiser', 'organizer', 'volunteer', 'volunteers', 'secretary', 'treasurer', 'convenor', 'convener',
  'manager', 'officer', 'leader', 'captain', 'coach', 'president', 'vice-president', 'chair', 'chairperson', 'caretaker', 'warden', 'ranger',
  'nurse', 'midwife', 'worker', 'adviser', 'advisor', 'liaison', 'champion', 'host', 'instructor', 'tutor', 'teacher', 'librarian',
  'steward', 'marshal', 'contact', 'founder', 'owner', 'spokesperson', 'administrator', 'admin', 'rep', 'representative', 'neighbour', 'neighbor',
  'lead', 'supervisor', 'planner', 'engineer', 'clerk', 'assistant', 'specialist', 'caseworker', 'kaiāwhina',
] as const;
const ROLE_SET: ReadonlySet<string> = new Set(PERSON_ROLES);
// Role, then one or two capitalised words, then an optional "on"/"at"/colon/comma/dash, at the end of the slice.
const ROLE_NAME_END =
  /(?<![\p{L}\p{N}])([\p{L}-]{2,20}),?\s+((?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]{1,20}(?:\s+(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]{1,20})?),?\s*(?:(?:on|at|via)\s*|[:–—-]\s*|\(\s*)?$/u;

/**
 * True when the text just before `offset` (not before `from`) is a role followed by a person's name:
 * "our volunteer coordinator Priya on", "club secretary, Tom Reid:". Single first names are beyond
 * compromise's tagger, so this cheap pattern backs it up where a role word makes the name likely.
 */
export function roleAndNameBefore(text: string, offset: number, from = 0): boolean {
  const m = ROLE_NAME_END.exec(text.slice(Math.max(from, offset - 80), offset));
  if (!m) return false;
  if (!ROLE_SET.has(m[1]!.toLowerCase())) return false;
  const words = m[2]!.split(/\s+/);
  return !words.some((w) => NOT_FIRST_NAMES.has(w) || ROLE_SET.has(w.toLowerCase()));
}
