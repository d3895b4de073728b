// The per-language data of the checks that read text in languages other than English (swearing,
// AI-disclosure wordings, chatbot leftovers, personal-data labels and context words), from the packs'
// data files src/lang/<code>/checks.json. English keeps its own data in the rules; these lists are
// applied to text in their language only, so English drafts are checked exactly as before.
import cy from '../lang/cy/checks.json' with { type: 'json' };
import fr from '../lang/fr/checks.json' with { type: 'json' };
import ga from '../lang/ga/checks.json' with { type: 'json' };
import mi from '../lang/mi/checks.json' with { type: 'json' };
import { escapeRegExp, phrasePattern } from './terms.js';

export interface LangChecks {
  profanity: { strong: string[]; medium: string[] };
  /** Words and phrases that insult whoever they describe or address (tone/insult). */
  insults: string[];
  /** Initial mutations (Welsh, Irish): a word's first letters → the forms they take after other words. */
  initialMutations?: Record<string, string[]>;
  aiDisclosure: string[];
  chatbotLeftovers: string[];
  personalData: {
    identifierLabels: Record<string, string[]>;
    callWords: string[];
    /** A promise to call or text the person addressed, before their number ("vous rappellera … au", "yn eich ffonio ar"). */
    callAddressee?: string[];
    orgWords: string[];
    personWords: string[];
    emailWords: string[];
    addressWords: string[];
    /** Health conditions, treatments, care settings and carers that, said of a person, are special-category data. */
    healthWords: string[];
    /** Second-person and third-person possessives and pronouns that point the health words at someone ("tō", "votre", "do"). */
    addresseeWords: string[];
    /** Capitalised words that begin job titles, wards, services and places of care: a capitalised pair holding one is not a person's name. */
    notNameWords?: string[];
  };
  /** The words of the stated-act and offender-label checks (legal/prejudicial-statement-other-languages). */
  legal?: {
    underWay: string[];
    concluded: string[];
    hedges: string[];
    crimeActs: string[];
    offenderLabels: string[];
    labelDeterminers: string[];
    actorPronouns: string[];
    auxiliaries?: string[];
    notActors?: string[];
    actAdverbs?: string[];
    personNouns?: string[];
    relativeMarkers?: string[];
    /** Object pronouns that may stand between a subject and its auxiliary ("qui l'a frappée", "il les a volés"). */
    objectClitics?: string[];
    /** Agreement endings a past participle of `crimeActs` may take (French: e, s, es). */
    participleEndings?: string[];
    /** Demonstratives between a person noun and the relative particle ("an fear seo a dhumpáil", "y dyn hwn a ddygodd"). */
    demonstratives?: string[];
    /** Driving verbs and how someone drove, stated as fact ("roulait bien au-delà de la limite"); 9 stands for any number. */
    conductVerbs?: string[];
    conductIntensifiers?: string[];
    conductManners?: string[];
    /** Verdicts on the person in the case ("n'a aucune excuse", "est inexcusable"). */
    verdicts?: string[];
    /** Words joining a second predicate to the first one's subject ("roulait … et n'a aucune excuse"). */
    coordinators?: string[];
    /** Clause openers after which a verb-noun states the act (Welsh "ar ôl iddo dorri i mewn"). */
    actOpeners?: string[];
    /** Perfect markers after a subject, before a verb-noun (Welsh "mae e wedi dwyn"). */
    perfectMarkers?: string[];
    /** Verb-nouns of crime acts (Welsh), after an opener or a perfect marker. */
    crimeVerbNouns?: string[];
    /** Words after a crime verb that make it no crime ("dwyn achos", to bring a case). */
    notAfterAct?: string[];
    /** Phrases of knowledge or intent after an act ("en toute connaissance de cause", "sciemment"): any past participle they follow states the act as fact. */
    intentMarkers?: string[];
    /** Match every list in each initial mutation of its first word (the pack's initialMutations table). */
    mutated?: boolean;
  };
  /** The words of the other-language impartiality checks (impartiality/election-period-other-languages, impartiality/endorsement-other-languages). */
  impartiality?: ImpartialityData;
}

export interface ImpartialityData {
  /** Titles before a candidate's name ("candidate", "ymgeisydd"): naming one is publicity for them. */
  candidateTitles: string[];
  /** Titles before an elected member's name ("conseiller", "Cynghorydd", "Comhairleoir"). */
  memberTitles: string[];
  /** Party and place words that may stand between a title and the name ("la candidate libérale Dana Whitcomb"). */
  titleWords: string[];
  /** Credit given to a member right after their name ("pour son engagement", "wedi brwydro'n ddiflino"). */
  credit: string[];
  /** The wish for more members like one: more × member plural × like ("mwy o" "gynghorwyr" "fel hi"). */
  more: string[];
  memberPlurals: string[];
  like: string[];
  /** Trade words that open a business's name ("Café du Havre", "Caffi'r Harbwr"). */
  businessWords: string[];
  /** The superlative follows its noun ("y coffi gorau", "an caife is fearr"): the praise starts at the noun and its article. */
  nounBeforeSuperlative?: boolean;
  /** A superlative, then up to three words, then a place tail: praise of one trader ("le meilleur déjeuner en ville"). */
  superlatives: string[];
  placeTails: string[];
  /** Nouns of no trade by a superlative ("le meilleur moyen", "y lle gorau"): advice or a place, not a trader's goods. */
  notPraisedNouns?: string[];
  /** Calls to go and patronise a business ("allez les encourager"). */
  patronise: string[];
  /** Political parties as the language names them ("y Ceidwadwyr", "les libéraux", "Fianna Fáil"). */
  parties?: string[];
  /** What makes naming a party campaign talk in its sentence: its promises, blame, thanks, calls to vote ("yn ei addo", "la faute", "gealltanas"). */
  partyTalk?: string[];
  /** Match the lists in every initial mutation of their first word. */
  mutated?: boolean;
}

const notNameSets = new Map<string, ReadonlySet<string>>();
/**
 * A language's not-a-name words (lower case, in every initial mutation: Welsh "Gweithiwr" is written
 * "Weithiwr" after "am"), for the name heuristics that read text in that language.
 */
export function notNameWords(lang: string): ReadonlySet<string> {
  const code = lang.toLowerCase().split(/[-_]/)[0]!;
  let set = notNameSets.get(code);
  if (!set) {
    const data = CHECK_DATA[code];
    set = new Set((data?.personalData.notNameWords ?? []).flatMap((w) => mutations(w, data?.initialMutations)).map((w) => w.toLowerCase()));
    notNameSets.set(code, set);
  }
  return set;
}

/** Languages other than English that have check data. */
export const CHECK_DATA: Readonly<Record<string, LangChecks>> = { cy, fr, ga, mi };

/** The check data of a language tag's primary subtag (`fr-CA` → fr), or undefined (English, unknown). */
export function checksFor(lang: string | undefined): LangChecks | undefined {
  if (!lang) return undefined;
  return CHECK_DATA[lang.toLowerCase().split(/[-_]/)[0]!];
}

const phrase = (p: string): string => phrasePattern(p);

interface LabelTest {
  /** A label anywhere in `text`. */
  test(text: string): boolean;
  /** A label right at the end of `text` (before a value), punctuation allowed. */
  testAtEnd(text: string): boolean;
}
let labelPatterns: Map<string, LabelTest> | undefined;
/**
 * The other languages' labels of one identifier recogniser (`gb/nino` → "rhif Yswiriant Gwladol"), as a
 * whole-word test; labels in capitals (NAS, PSP, GIG) match only in capitals, phrases in any case.
 */
export function otherLanguageLabels(recogniserId: string): LabelTest | undefined {
  if (!labelPatterns) {
    labelPatterns = new Map();
    const byId = new Map<string, string[]>();
    for (const data of Object.values(CHECK_DATA)) {
      for (const [id, labels] of Object.entries(data.personalData.identifierLabels)) byId.set(id, [...(byId.get(id) ?? []), ...labels]);
    }
    const bounded = (alt: string): string => `(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`;
    for (const [id, labels] of byId) {
      const caps = labels.filter((l) => /^[A-Z]{2,6}$/.test(l));
      const words = labels.filter((l) => !caps.includes(l));
      // Two patterns, one per case mode (inline flag groups are too new for Node 20).
      const wordAlt = words.map(phrase).join('|');
      const capsAlt = caps.map(escapeRegExp).join('|');
      const i = words.length ? new RegExp(bounded(wordAlt), 'iu') : undefined;
      const c = caps.length ? new RegExp(bounded(capsAlt), 'u') : undefined;
      const end = String.raw`\s*(?:[:#(,–-]\s*)?$`;
      const ie = words.length ? new RegExp(`${bounded(wordAlt)}${end}`, 'iu') : undefined;
      const ce = caps.length ? new RegExp(`${bounded(capsAlt)}${end}`, 'u') : undefined;
      labelPatterns.set(id, { test: (text) => Boolean(i?.test(text) || c?.test(text)), testAtEnd: (text) => Boolean(ie?.test(text) || ce?.test(text)) });
    }
  }
  return labelPatterns.get(recogniserId);
}

const wordSets = new Map<string, { call: Set<string>; org: Set<string>; person: Set<string> }>();
/** A language's phone context words (lower case, one word each): call words, organisation words, person words. */
export function phoneContextWords(lang: string): { call: ReadonlySet<string>; org: ReadonlySet<string>; person: ReadonlySet<string> } | undefined {
  const data = checksFor(lang);
  if (!data) return undefined;
  const code = lang.toLowerCase().split(/[-_]/)[0]!;
  let sets = wordSets.get(code);
  if (!sets) {
    const one = (list: readonly string[]): Set<string> => new Set(list.filter((w) => !/\s/.test(w)).map((w) => w.toLowerCase().replace(/’/g, "'")));
    sets = { call: one(data.personalData.callWords), org: one(data.personalData.orgWords), person: one(data.personalData.personWords) };
    wordSets.set(code, sets);
  }
  return sets;
}

const addresseeCalls = new Map<string, RegExp | null>();
/**
 * True when `before` (the sentence up to a phone number) ends in a promise to call the person addressed in
 * `lang`, with at most six words between the call and the number ("vous rappellera aujourd'hui avant 15 h
 * au …"): the number is theirs, whoever promises the call.
 */
export function callsAddressee(lang: string, before: string): boolean {
  const code = lang.toLowerCase().split(/[-_]/)[0]!;
  let re = addresseeCalls.get(code);
  if (re === undefined) {
    const list = checksFor(code)?.personalData.callAddressee ?? [];
    // (Each gap word holds no space, so the words between split one way only: linear.)
    re = list.length ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${list.map(phrase).join('|')})(?:\s+[^\s]{1,30}){0,6}?\s*$`, 'iu') : null;
    addresseeCalls.set(code, re);
  }
  return re ? re.test(before) : false;
}

const compiledLists = new Map<string, RegExp[]>();
function compileList(key: 'aiDisclosure' | 'chatbotLeftovers'): RegExp[] {
  let list = compiledLists.get(key);
  if (!list) {
    list = Object.values(CHECK_DATA).flatMap((d) => d[key].map((p) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${p})(?![\\p{L}\\p{N}])`, 'giu')));
    compiledLists.set(key, list);
  }
  return list;
}

/** Ranges of AI-disclosure wordings in the other languages ("rédigé avec l'aide de l'IA", "wedi'i ddrafftio gyda chymorth AI"). */
export function findOtherLanguageDisclosures(text: string): Array<{ offset: number; endOffset: number }> {
  return findAll(text, compileList('aiDisclosure'));
}

/** Ranges of chatbot leftovers in the other languages ("En tant que modèle de langage IA", "N'hésitez pas à me demander"). */
export function findOtherLanguageLeftovers(text: string): Array<{ offset: number; endOffset: number }> {
  return findAll(text, compileList('chatbotLeftovers'));
}

// Every pattern holds a letter outside ASCII or a word no English post uses; still, a draft with none of
// these languages' characteristic letters and words is scanned in one pass per pattern (a handful).
function findAll(text: string, patterns: readonly RegExp[]): Array<{ offset: number; endOffset: number }> {
  const out: Array<{ offset: number; endOffset: number }> = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) out.push({ offset: m.index, endOffset: m.index + m[0].length });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

export type SwearTier = 'strong' | 'medium';
export interface SwearList {
  /** Every listed word or phrase, whole, case-insensitive, either apostrophe. */
  pattern: RegExp;
  tier(written: string): SwearTier | undefined;
}
const swearLists = new Map<string, SwearList | null>();
const foldApostrophe = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
/**
 * A language's swearing list (src/lang/<code>/checks.json `profanity`, strong and medium) or, with
 * `insults`, its insults (all medium); undefined when it has none.
 */
/**
 * A word or phrase in every initial mutation of its first word (Welsh "cachu" → "gachu", "nghachu",
 * "chachu"): a list word is written mutated after a preposition, a possessive or an article. A mutated
 * form shorter than three letters is left out: it would match ordinary short words.
 */
export function mutations(entry: string, table: Readonly<Record<string, readonly string[]>> | undefined): string[] {
  if (!table) return [entry];
  const lower = entry.toLowerCase();
  const key = Object.keys(table).filter((k) => lower.startsWith(k)).sort((a, b) => b.length - a.length)[0];
  if (key === undefined) return [entry];
  const rest = lower.slice(key.length);
  const first = rest.split(/\s/u)[0]!;
  return [entry, ...table[key]!.filter((m) => (m + first).length >= 3).map((m) => m + rest)];
}

/**
 * An entry in every initial mutation of its first word that any language pack knows (Welsh, Irish): a
 * configured term written as its speakers would after another word ("Tionscadal Réalta" is "Thionscadal
 * Réalta" after "ar an", "dTionscadal" after "sa").
 */
export function mutatedForms(entry: string): string[] {
  const out = new Set<string>([entry]);
  for (const pack of Object.values(CHECK_DATA)) if (pack?.initialMutations) for (const m of mutations(entry, pack.initialMutations)) out.add(m);
  return [...out];
}

export function swearListFor(lang: string, which: 'profanity' | 'insults' = 'profanity'): SwearList | undefined {
  const code = lang.toLowerCase().split(/[-_]/)[0]!;
  const key = `${which}:${code}`;
  let list = swearLists.get(key);
  if (list === undefined) {
    const data = CHECK_DATA[code];
    const mutate = (words: readonly string[]): string[] => words.flatMap((w) => mutations(w, data?.initialMutations));
    const strong = new Set(mutate(which === 'profanity' ? (data?.profanity.strong ?? []) : []).map(foldApostrophe));
    const medium = new Set(mutate(which === 'profanity' ? (data?.profanity.medium ?? []) : (data?.insults ?? [])).map(foldApostrophe));
    const all = [...new Set([...strong, ...medium])].sort((a, b) => b.length - a.length);
    list = all.length
      ? { pattern: new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${all.map(phrase).join('|')})(?![\\p{L}\\p{N}_'’-])`, 'giu'), tier: (w) => (strong.has(foldApostrophe(w)) ? 'strong' : medium.has(foldApostrophe(w)) ? 'medium' : undefined) }
      : null;
    swearLists.set(key, list);
  }
  return list ?? undefined;
}

const healthPatterns = new Map<string, { health: RegExp; holdsHealth: RegExp; addressee: RegExp } | null>();
/**
 * A language's health words and addressee words as patterns (whole words, any case, either apostrophe).
 * Irish words also match after an initial mutation: lenition ("teiripeoir" → "theiripeora", an h after
 * the first consonant) and the prefixes of eclipsis and h-prothesis ("n-ospidéal", "bhfisiteiripe").
 * Each health word may take a short inflexional ending ("hospitalisée", "theiripeora").
 */
export function healthWords(lang: string): { health: RegExp; holdsHealth: RegExp; addressee: RegExp } | undefined {
  const code = lang.toLowerCase().split(/[-_]/)[0]!;
  let p = healthPatterns.get(code);
  if (p === undefined) {
    const data = CHECK_DATA[code];
    const health = data?.personalData.healthWords ?? [];
    const addressee = data?.personalData.addresseeWords ?? [];
    if (!data || health.length === 0) p = null;
    else {
      const mutate = (w: string): string => {
        const ph = phrase(w);
        if (code !== 'ga') return ph;
        // Mutations only at the start of each word of the phrase.
        return ph
          .split('\\s+')
          .map((x) => `(?:n-|t-|h-?|bh|m|g|d)?${/^[bcdfgmpst]/i.test(x) ? `${x[0]}h?${x.slice(1)}` : x}`)
          .join('\\s+');
      };
      // Welsh initial mutations ("ei thriniaeth", "eich driniaeth") from the pack's table; Irish ones in `mutate`.
      const forms = code === 'ga' ? [...health] : health.flatMap((w) => mutations(w, data.initialMutations));
      const alt = [...new Set(forms)].sort((a, b) => b.length - a.length).map(mutate).join('|');
      const source = `(?<![\\p{L}\\p{N}])(?:${alt})\\p{L}{0,3}(?![\\p{L}\\p{N}])`;
      p = {
        health: new RegExp(source, 'giu'),
        // (The same words, not global: for a test of a name candidate, "Ysbyty Gwynedd".)
        holdsHealth: new RegExp(source, 'iu'),
        addressee: new RegExp(`(?<![\\p{L}\\p{N}])(?:${addressee.map(phrase).join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'iu'),
      };
    }
    healthPatterns.set(code, p);
  }
  return p ?? undefined;
}
