// Impartiality by grammar in French, Welsh, Irish and Māori, from each language pack's `impartiality` data
// (src/lang/<code>/checks.json); English keeps its own rules (impartiality/election-period,
// impartiality/endorsement). Read by impartiality/election-period-other-languages and
// impartiality/endorsement-other-languages.
// - `membersIn`: a member or candidate named after their title, with party and place words between
//   ("la candidate libérale Dana Whitcomb", "y Cynghorydd Elen Parry", "an Comhairleoir Máire Ní Bhriain").
// - `memberCredit`: credit given to a member named in the sentence, right after the name ("… Dana
//   Whitcomb pour son engagement sans relâche"), and the wish for more members like one the post names
//   ("mae angen mwy o gynghorwyr fel hi!": more × member noun × like + pronoun).
// - `endorsementsIn`: praise of one trader when the sentence or the one before names a business by its
//   trade word ("Café du Havre", "Caffi'r Harbwr"): a superlative with a place tail ("le meilleur déjeuner
//   en ville", "y coffi gorau yn y dref"), or a call to go and patronise it ("allez les encourager!").
// Welsh and Irish words are matched in every initial mutation of their first word (the pack's table).
import { checksFor, mutations, type LangChecks } from '../lang-checks.js';
import { tokenize, type Token } from './tokens.js';
import type { ClauseMatch } from './clauses.js';

type Data = NonNullable<LangChecks['impartiality']>;

interface Compiled {
  candidateTitles: Set<string>;
  memberTitles: Set<string>;
  titleWords: Set<string>;
  credit: string[][];
  more: string[][];
  memberPlurals: string[][];
  like: string[][];
  businessWords: Set<string>;
  superlatives: string[][];
  placeTails: string[][];
  notPraised: Set<string>;
  nounFirst: boolean;
  parties: string[][];
  partyTalk: string[][];
  patronise: string[][];
}

const norm = (w: string): string => w.toLowerCase().replace(/’/gu, "'");
const phrases = (list: readonly string[]): string[][] => list.map((p) => tokenize(p).map((t) => t.norm)).filter((p) => p.length > 0);

const compiled = new Map<string, Compiled | null>();
function dataFor(lang: string): Compiled | undefined {
  const code = lang.toLowerCase().split(/[-_]/)[0]!;
  let c = compiled.get(code);
  if (c === undefined) {
    const pack = checksFor(code);
    const d: Data | undefined = pack?.impartiality;
    const m = (list: readonly string[] | undefined): string[] => (d?.mutated ? (list ?? []).flatMap((w) => mutations(w, pack?.initialMutations)) : [...(list ?? [])]);
    const set = (list: readonly string[] | undefined): Set<string> => new Set(m(list).map(norm));
    c = d
      ? {
          candidateTitles: set(d.candidateTitles), memberTitles: set(d.memberTitles), titleWords: set(d.titleWords),
          credit: phrases(m(d.credit)), more: phrases(d.more), memberPlurals: phrases(m(d.memberPlurals)), like: phrases(d.like),
          businessWords: set(d.businessWords), superlatives: phrases(d.superlatives), placeTails: phrases(d.placeTails), notPraised: set(d.notPraisedNouns), nounFirst: d.nounBeforeSuperlative === true, patronise: phrases(d.patronise),
          parties: phrases(d.parties ?? []), partyTalk: phrases(m(d.partyTalk)),
        }
      : null;
    compiled.set(code, c);
  }
  return c ?? undefined;
}

/** The languages with impartiality data. */
export const IMPARTIALITY_LANGS = ['fr', 'cy', 'ga', 'mi'] as const;
export const hasImpartialityData = (lang: string): boolean => dataFor(lang) !== undefined;

function phraseAt(list: readonly string[][], tokens: readonly Token[], i: number): number {
  let best = 0;
  for (const p of list) if (p.length > best && p.every((w, k) => tokens[i + k]?.norm === w)) best = p.length;
  return best;
}
const capitalised = (t: Token | undefined): boolean => !!t && /^\p{Lu}[\p{Ll}'’-]/u.test(t.raw);
// Particles inside Irish and Welsh names ("Máire Ní Bhriain", "Seán Ó Sé", "ap Rhys").
const NAME_PARTICLES = new Set(['ní', 'nic', 'ó', 'ua', 'mac', 'mc', 'ap', 'ab', 'de', 'du', 'le']);

export interface MemberMention { start: number; end: number; titleStart: number; candidate: boolean }

/** Members and candidates named after their title in a sentence (token indexes). */
function mentions(c: Compiled, tokens: readonly Token[]): MemberMention[] {
  const out: MemberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "i'r Cynghorydd", "l'ancien ministre": a title, possibly with an article elided onto it.
    const word = tokens[i]!.norm.replace(/^(?:l|d)'/u, '');
    const candidate = c.candidateTitles.has(word);
    if (!candidate && !c.memberTitles.has(word)) continue;
    let j = i + 1;
    while (j - i <= 3 && c.titleWords.has(tokens[j]?.norm ?? '') && !capitalised(tokens[j])) j++;
    // Up to three words of name, the first capitalised: "Dana Whitcomb", "Elen Parry", "Máire Ní Bhriain".
    if (!capitalised(tokens[j])) {
      // A party word written with a capital ("candidate Libérale") is skipped once.
      if (!(c.titleWords.has(tokens[j]?.norm ?? '') && capitalised(tokens[j + 1]))) continue;
      j++;
    }
    let e = j + 1;
    while (e - j < 3 && (capitalised(tokens[e]) || (NAME_PARTICLES.has(tokens[e]?.norm ?? '') && capitalised(tokens[e + 1])))) e++;
    out.push({ start: j, end: e, titleStart: i, candidate });
    i = e - 1;
  }
  return out;
}

/** True when a sentence of `lang` names a member or candidate after their title. */
export function namesMember(lang: string, sentence: string): boolean {
  const c = dataFor(lang);
  return !!c && mentions(c, tokenize(sentence)).length > 0;
}

/** Candidates named after their title ("la candidate libérale Dana Whitcomb"): publicity for a candidate. */
export function candidateMentions(lang: string, sentence: string): ClauseMatch[] {
  const c = dataFor(lang);
  if (!c) return [];
  const tokens = tokenize(sentence);
  return mentions(c, tokens)
    .filter((m) => m.candidate)
    .map((m) => ({ start: tokens[m.titleStart]!.offset, end: tokens[m.end - 1]!.endOffset, why: 'names a candidate' }));
}

// How far after a member's name the credit they are given may begin ("Dana Whitcomb pour son
// engagement", "Elen Parry, sydd wedi brwydro'n ddiflino").
const CREDIT_REACH = 4;

/**
 * Credit given to a member named in the sentence, and the wish for more members like one (when
 * `memberNamed`: the post names a member or candidate, in any language).
 */
export function memberCredit(lang: string, sentence: string, memberNamed: boolean): ClauseMatch[] {
  const c = dataFor(lang);
  if (!c) return [];
  const tokens = tokenize(sentence);
  const out: ClauseMatch[] = [];
  for (const m of mentions(c, tokens)) {
    for (let i = m.end; i < tokens.length && i - m.end <= CREDIT_REACH; i++) {
      const n = phraseAt(c.credit, tokens, i);
      if (n === 0) continue;
      // The credit and what follows it at once ("pour son engagement sans relâche").
      let e = i + n;
      for (let k = phraseAt(c.credit, tokens, e); k > 0; k = phraseAt(c.credit, tokens, e)) e += k;
      out.push({ start: tokens[m.titleStart]!.offset, end: tokens[e - 1]!.endOffset, why: 'credits a councillor or candidate' });
      break;
    }
  }
  if (memberNamed) {
    for (let i = 0; i < tokens.length; i++) {
      const a = phraseAt(c.more, tokens, i);
      if (a === 0) continue;
      const b = phraseAt(c.memberPlurals, tokens, i + a);
      if (b === 0) continue;
      const l = phraseAt(c.like, tokens, i + a + b);
      if (l === 0) continue;
      out.push({ start: tokens[i]!.offset, end: tokens[i + a + b + l - 1]!.endOffset, why: 'wishes for more members like one the post names' });
    }
  }
  return out;
}

// Short words inside a trading name after its trade word ("Café du Havre", "Caffi'r Harbwr", "Siopa an Phobail").
const NAME_LINKS = new Set(['du', 'de', 'des', 'la', 'le', "l'", 'y', 'yr', 'an', 'na', 'o', 'te', 'a']);
/** True when `text` names a business by a trade word and a name ("Café du Havre", "Boulangerie Leblanc"). */
export function namesBusiness(lang: string, text: string): boolean {
  const c = dataFor(lang);
  if (!c) return false;
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "Caffi'r Harbwr": the article written on the trade word.
    const word = t.norm.replace(/'r$/u, '');
    if (!capitalised(t) || !c.businessWords.has(word)) continue;
    const next = NAME_LINKS.has(tokens[i + 1]?.norm ?? '') ? tokens[i + 2] : tokens[i + 1];
    if (capitalised(next)) return true;
  }
  return false;
}

// Words between a superlative and its place tail ("le meilleur déjeuner en ville").
const SUPERLATIVE_GAP = 3;
/** Praise of one trader in a sentence of `lang`; the caller checks that a business is named nearby. */
export function endorsementsIn(lang: string, sentence: string): ClauseMatch[] {
  const c = dataFor(lang);
  if (!c) return [];
  const tokens = tokenize(sentence);
  const out: ClauseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const s = phraseAt(c.superlatives, tokens, i);
    if (s > 0) {
      for (let j = i + s; j <= i + s + SUPERLATIVE_GAP && j < tokens.length; j++) {
        const p = phraseAt(c.placeTails, tokens, j);
        if (p === 0) continue;
        // The noun praised, before the superlative (Welsh, Irish, Māori) or after it (French): one of no
        // trade ("le meilleur moyen", "y lle gorau") makes it advice or a view, not a trader's goods.
        if ([tokens[i - 1], ...tokens.slice(i + s, j)].some((t) => !!t && c.notPraised.has(t.norm))) break;
        // "y coffi gorau yn y dref": from the noun, and the article before it (a word of up to three letters).
        let from = i;
        if (c.nounFirst && i > 0) from = i - 1 > 0 && tokens[i - 2]!.norm.length <= 3 ? i - 2 : i - 1;
        out.push({ start: tokens[from]!.offset, end: tokens[j + p - 1]!.endOffset, why: 'praises a business' });
        i = j + p - 1;
        break;
      }
      continue;
    }
    const p = phraseAt(c.patronise, tokens, i);
    if (p > 0) {
      out.push({ start: tokens[i]!.offset, end: tokens[i + p - 1]!.endOffset, why: 'sends residents to a business' });
      i += p - 1;
    }
  }
  return out;
}

/**
 * A party named with its promises, blame or a call to vote in the same sentence ("Beth bynnag mae'r
 * Ceidwadwyr yn ei addo cyn yr etholiad", "les libéraux ont sabré le budget"): the party's name is
 * reported. A party named with none of these (a hustings, a result) is not.
 */
export function partyTalk(lang: string, sentence: string): ClauseMatch[] {
  const c = dataFor(lang);
  if (!c || c.parties.length === 0) return [];
  const tokens = tokenize(sentence);
  const named: Array<[number, number]> = [];
  let talk = false;
  for (let i = 0; i < tokens.length; i++) {
    const n = phraseAt(c.parties, tokens, i);
    // (A one-word name is capitalised where it is written: "Llafur", not "llafur", the word for labour;
    // French writes "les libéraux" in lower case.)
    if (n > 0 && (n > 1 || capitalised(tokens[i]))) {
      named.push([i, i + n]);
      i += n - 1;
      continue;
    }
    if (phraseAt(c.partyTalk, tokens, i) > 0) talk = true;
  }
  if (!talk) return [];
  return named.map(([a, b]) => ({ start: tokens[a]!.offset, end: tokens[b - 1]!.endOffset, why: 'party talk' }));
}
