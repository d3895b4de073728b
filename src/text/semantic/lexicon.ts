// The semantic lexicons (./lexicons/*.json): classes of words and phrases (crime verbs, offender labels,
// liability, the organisation's names for itself ...) read by the clause checks and the classifier.
// Entries are inflected once at load (verbs: -s -ed -ing with doubled consonants; nouns: plurals), then
// matched over a sentence's tokens by first token, longest phrase first.
import crimeVerbs from './lexicons/crime-verbs.json' with { type: 'json' };
import offenderLabels from './lexicons/offender-labels.json' with { type: 'json' };
import hedges from './lexicons/hedges.json' with { type: 'json' };
import proceedings from './lexicons/proceedings.json' with { type: 'json' };
import guiltAssertions from './lexicons/guilt-assertions.json' with { type: 'json' };
import selfNames from './lexicons/self-names.json' with { type: 'json' };
import liability from './lexicons/liability.json' with { type: 'json' };
import harm from './lexicons/harm.json' with { type: 'json' };
import identification from './lexicons/identification.json' with { type: 'json' };
import endorsement from './lexicons/endorsement.json' with { type: 'json' };
import business from './lexicons/business.json' with { type: 'json' };
import partisanship from './lexicons/partisanship.json' with { type: 'json' };
import condescension from './lexicons/condescension.json' with { type: 'json' };
import specialCategory from './lexicons/special-category.json' with { type: 'json' };
import negation from './lexicons/negation.json' with { type: 'json' };
import details from './lexicons/details.json' with { type: 'json' };
import putDowns from './lexicons/put-downs.json' with { type: 'json' };
import campaign from './lexicons/campaign.json' with { type: 'json' };
import concluded from './lexicons/concluded.json' with { type: 'json' };
import { tokenize, type Token } from './tokens.js';

export interface LexiconFile {
  about: string;
  class: string;
  pos: 'verb' | 'noun' | 'phrase';
  /** One class's entries, or `groups`: sub-classes named `<class>:<group>`. */
  entries?: string[];
  groups?: Record<string, string[]>;
}

/** A file's classes and their entries. */
export function classEntries(f: LexiconFile): Array<[string, string[]]> {
  if (f.groups) return Object.entries(f.groups).map(([g, e]) => [`${f.class}:${g}`, e]);
  return [[f.class, f.entries ?? []]];
}

export const LEXICON_FILES: readonly LexiconFile[] = [
  crimeVerbs, offenderLabels, hedges, proceedings, guiltAssertions, selfNames, liability, harm, identification,
  endorsement, business, partisanship, condescension, specialCategory, negation, details, putDowns, campaign, concluded,
] as LexiconFile[];

export type LexClass = string;

interface Phrase {
  tokens: string[];
  cls: LexClass;
}

export interface LexHit {
  readonly cls: LexClass;
  /** Token index range [start, end). */
  readonly start: number;
  readonly end: number;
}

const VOWELS = 'aeiou';
function verbForms(w: string): string[] {
  const out = [w, `${w}s`, `${w}es`, `${w}ed`, `${w}ing`, `${w}d`];
  if (w.endsWith('e')) out.push(`${w.slice(0, -1)}ing`, `${w}d`);
  if (w.endsWith('y') && !VOWELS.includes(w.at(-2) ?? 'a')) out.push(`${w.slice(0, -1)}ies`, `${w.slice(0, -1)}ied`);
  // stab → stabbed, rob → robbing: a short word ending consonant-vowel-consonant doubles its last letter.
  const n = w.length;
  if (n >= 3 && !VOWELS.includes(w[n - 1]!) && !'wxy'.includes(w[n - 1]!) && VOWELS.includes(w[n - 2]!) && !VOWELS.includes(w[n - 3]!)) {
    out.push(`${w}${w[n - 1]}ed`, `${w}${w[n - 1]}ing`, `${w}${w[n - 1]}er`);
  }
  return out;
}
function nounForms(w: string): string[] {
  const out = [w, `${w}s`, `${w}es`, `${w}'s`];
  if (w.endsWith('y')) out.push(`${w.slice(0, -1)}ies`);
  if (w.endsWith('man')) out.push(`${w.slice(0, -3)}men`);
  if (w.endsWith('f')) out.push(`${w.slice(0, -1)}ves`);
  return out;
}

// Nine entries in ten are lower-case ASCII words between single spaces: their tokens are those words, as
// `tokenize` would find them, without its scan and token objects (a lexicon is built on a draft's first check).
const PLAIN_ENTRY = /^[a-z]+(?: [a-z]+)*$/;

/**
 * The token sequences an entry matches: verbs inflect their first word ("break into" → "breaking into"),
 * nouns their last ("rogue traders"), phrases nothing.
 */
export function entryForms(entry: string, pos: LexiconFile['pos']): string[][] {
  const words = PLAIN_ENTRY.test(entry) ? entry.split(' ') : tokenize(entry).map((t) => t.norm);
  if (words.length === 0) return [];
  const at = pos === 'verb' ? 0 : words.length - 1;
  const forms = pos === 'verb' ? verbForms(words[at]!) : pos === 'noun' ? nounForms(words[at]!) : [words[at]!];
  return [...new Set(forms)].map((form) => {
    const tokens = [...words];
    tokens[at] = form;
    return tokens;
  });
}

/** A compiled set of classes: first token → phrases (token arrays) with their class, longest first. */
export class Lexicon {
  // First word → the one-word entries, and second word → the longer phrases (longest first): most tokens
  // start nothing and cost one lookup; "the" starts dozens of phrases and costs two.
  private readonly byFirst = new Map<string, { single: Phrase[]; next: Map<string, Phrase[]> }>();
  // Class and tokens of every phrase added, so an entry listed twice (or two entries with one inflected
  // form) is added once: a lookup, where comparing with the list built so far was quadratic in its length.
  private readonly seen = new Set<string>();
  readonly classes: readonly LexClass[];

  constructor(files: readonly LexiconFile[], extraSelf: readonly string[] = []) {
    const classes = new Set<LexClass>();
    for (const f of files) {
      for (const [cls, list] of classEntries(f)) {
        classes.add(cls);
        const entries = cls === 'self' ? [...list, ...extraSelf] : list;
        for (const entry of entries) this.addEntry(entry, cls, f.pos);
      }
    }
    for (const slot of this.byFirst.values()) for (const list of slot.next.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.seen.clear();
    this.classes = [...classes];
  }

  private addEntry(entry: string, cls: LexClass, pos: LexiconFile['pos']): void {
    for (const tokens of entryForms(entry, pos)) {
      const key = `${cls}\u0000${tokens.join(' ')}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      let slot = this.byFirst.get(tokens[0]!);
      if (!slot) this.byFirst.set(tokens[0]!, (slot = { single: [], next: new Map() }));
      let list = slot.single;
      if (tokens.length > 1) {
        list = slot.next.get(tokens[1]!) ?? [];
        slot.next.set(tokens[1]!, list);
      }
      list.push({ tokens, cls });
    }
  }

  // The semantic checks match the same token arrays several times a draft (features, evidence, negation,
  // the clause and politics checks): tokenize() shares arrays per text, so the hits are kept per array.
  private readonly matched = new WeakMap<readonly Token[], readonly LexHit[]>();

  /** Every class phrase in the tokens (overlaps across classes kept; within a class, longest wins). Read-only: shared. */
  match(tokens: readonly Token[]): readonly LexHit[] {
    let hits = this.matched.get(tokens);
    if (!hits) this.matched.set(tokens, (hits = this.scan(tokens)));
    return hits;
  }

  private scan(tokens: readonly Token[]): LexHit[] {
    const hits: LexHit[] = [];
    // Per class, the end of its last hit: a phrase inside a longer one of the same class is not a hit.
    const covered = new Map<LexClass, number>();
    // The classes already matched at this token (reused: most tokens that start a phrase match none).
    const done: LexClass[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const slot = this.byFirst.get(tokens[i]!.norm);
      if (!slot) continue;
      const pair = i + 1 < tokens.length ? slot.next.get(tokens[i + 1]!.norm) : undefined;
      done.length = 0;
      for (let l = 0; l < 2; l++) {
        const list = l === 0 ? pair : slot.single;
        if (!list) continue;
        for (const p of list) {
          if (done.includes(p.cls) || i + p.tokens.length > tokens.length || (covered.get(p.cls) ?? 0) > i) continue;
          let ok = true;
          for (let k = 2; k < p.tokens.length; k++) if (tokens[i + k]!.norm !== p.tokens[k]) { ok = false; break; }
          if (!ok) continue;
          done.push(p.cls);
          covered.set(p.cls, i + p.tokens.length);
          hits.push({ cls: p.cls, start: i, end: i + p.tokens.length });
        }
      }
    }
    return hits;
  }
}

let shared: Lexicon | undefined;
const withOrg = new Map<string, Lexicon>();

/** The lexicon, with the organisation's own name among the ways it names itself. */
export function lexicon(orgName?: string): Lexicon {
  if (!orgName) return (shared ??= new Lexicon(LEXICON_FILES));
  let l = withOrg.get(orgName);
  if (!l) {
    // Not the first word alone: "Riverside" is also the place. Its initials are how its posts name it
    // ("the DMV" for the Delmont Department of Motor Vehicles, "the HSE").
    const names = [orgName, ...orgInitials(orgName)];
    l = new Lexicon(LEXICON_FILES, names.flatMap((n) => [n, `the ${n}`]));
    withOrg.set(orgName, l);
  }
  return l;
}

// Little words an organisation's initials skip ("Department of Motor Vehicles" is DMV).
const LINK_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);

/**
 * The initials of the name and of each shorter tail that starts with a capital (the place dropped first:
 * "Delmont Department of Motor Vehicles" gives DDMV and DMV), three letters or more, as an acronym is
 * written.
 */
export function orgInitials(name: string): string[] {
  const words = name.split(/[\s\u00a0]+/u).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!)) continue;
    const letters = words.slice(i).filter((w) => !LINK_WORDS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)).map((w) => w[0]!);
    if (letters.length >= 3) out.add(letters.join(''));
  }
  return [...out];
}
