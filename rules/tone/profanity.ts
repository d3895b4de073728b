// tone/profanity: swearing and slurs on an official account, with sureness tiers, masked swearing
// ("f***", "sh*t", "@#$%") included. Place names and proper nouns (Scunthorpe, Penistone, Dick
// Whittington, Cockermouth, Cumming) are never flagged: matching is by whole word, and a capitalised word
// inside a sentence or next to another capitalised word is treated as a name.
import { z } from 'zod';
import { cuss } from 'cuss';
import { defineRule } from '../../src/engine/rule.js';
import type { Document } from '../../src/engine/document.js';
import { termPattern } from '../../src/text/terms.js';
import { phraseGate } from '../../src/text/gate.js';
import { isAsciiAlnumCode } from '../../src/text/chars.js';
import { inflectionVariants, normalizeWord } from '../../src/text/inflections.js';
import { compileCuss, findCussInPieces, type CompiledCuss, type CussPhrases } from '../../src/text/cuss-phrases.js';
import { swearListFor } from '../../src/text/lang-checks.js';
import { packFor, type Lang } from '../../src/lang/index.js';
import words from './profanity.json' with { type: 'json' };

// Tiers (./profanity.json): `strong` (error) for the strongest words and slurs, `medium` (warning) for milder
// swearing, minced oaths and regional forms that are still unprofessional.
// Each phrase with an apostrophe also with the curly one ("for feck’s sake"); tierOf reads both as one.
const withCurly = (list: readonly string[]): string[] => list.flatMap((t) => (t.includes("'") ? [t, t.replace(/'/g, '\u2019')] : [t]));
const STRONG: readonly string[] = withCurly(words.strong);
const MEDIUM: readonly string[] = withCurly(words.medium);
// cuss entries that are ordinary words in public-sector posts (dog poo, modern slavery, welfare, Gypsy and
// Traveller communities, a finger-prick test, cutting the first sod), surnames, or fragments; and the
// insults that `tone/insult` reports with better context.
const IGNORE = new Set([
  'poo', 'poop', 'pooper', 'pooping', 'vomit', 'puke', 'spit', 'spitter', 'slave', 'welfare', 'gypsy', 'gypsies', 'gypsys', 'tinker', 'tinkers',
  'yank', 'yanks', 'niggle', 'niggled', 'niggles', 'niggling', 'niggard', 'niggards', 'pollock', 'pollocks', 'kumquat', 'cumquat', 'cumming',
  'kumming', 'cummings', 'carruth', 'noonan', 'willie', 'geezer', 'geez', 'jeez', 'bong', 'bung', 'chunky', 'chunkies', 'chunkys', 'cocky', 'dope',
  'dumb', 'gables', 'jig', 'jigs', 'jigger', 'jiggers', 'jiggy', 'jigg', 'jiggs', 'looser', 'loser', 'muff', 'nip', 'stringer', 'tang', 'taff',
  'whacker', 'hobo', 'pom', 'poms', 'bogan', 'chav', 'spunk', 'spunky', 'booty', 'booby', 'dink', 'dinks', 'dix', 'dong', 'sooty', 'sooties',
  'muncher', 'chug', 'chugs', 'nudger', 'gummer', 'piker', 'pud', 'hork', 'wab', 'wn', 'uck', 'fu', 'ho', 'hoes', 'bule', 'bules', 'hapa', 'evl',
  'kwa', 'floo', 'orga', 'panti', 'geni', 'sadis', 'forni', 'vibr', 'rere', 'teste', 'tortur', 'swalow', 'triplex', 'turnon', 'rearend',
  'quickie', 'mams', 'munt', 'lugan', 'lugans', 'beanbag', 'beanbags', 'barf', 'stupid', 'idiot', 'moron', 'lowlife', 'sucker', 'sissy', 'wuss',
  'whop', 'whiz', 'prick', 'sod', 'cum', 'kum', 'kums', 'chode', 'jebus', 'gora', 'goras', 'hori', 'horis', 'stringer', 'bulldike', 'bulldyke',
]);

// The other languages with a swearing list in their pack.
const OTHER_LANGUAGES: readonly Lang[] = ['fr', 'cy', 'ga', 'mi'];

const STRONG_SET = new Set(STRONG);
const MEDIUM_SET = new Set(MEDIUM);
const CURATED = termPattern([...STRONG, ...MEDIUM]);
// A CURATED match holds every word of its phrase whole (the pattern's bounds exclude letters and digits).
const CURATED_GATE = phraseGate([...STRONG, ...MEDIUM]);
// Cheap prefilter, so that an ordinary draft never builds nlcst: the draft must contain a word that can
// start a finding. For the curated phrases, the longest word of each (every word of a phrase must be
// present for it to match); for cuss through retext-profanities, the first word of every entry sure
// enough to be reported, in every singular and plural spelling retext-profanities adds, normalized as
// nlcst-search normalizes words (lower case, no apostrophes or hyphens).
const CURATED_KEYS = new Set<string>(
  [...STRONG, ...MEDIUM].map((p) => normalizeWord(p.split(/\s+/).reduce((a, b) => (b.length >= a.length ? b : a)))),
);
const cussKeys = new Map<number, Set<string>>();
function cussKeysFor(sureness: 1 | 2): Set<string> {
  let keys = cussKeys.get(sureness);
  if (!keys) {
    keys = new Set();
    for (const [phrase, level] of Object.entries(cuss)) {
      if (level >= sureness) for (const v of inflectionVariants(normalizeWord(phrase.split(' ')[0]!))) keys.add(v);
    }
    cussKeys.set(sureness, keys);
  }
  return keys;
}
// Word candidates on the raw body (image alt text is in nlcst too), whole and split at apostrophes and
// hyphens, also with emphasis markers removed (`**bull**shit`). Escapes and entities change words, so a
// draft with them is always searched.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const TOKEN_PART = /[\p{L}\p{M}\p{N}]+/gu;
const EMPHASIS = /[*_~`]/g;
const HAS_EMPHASIS = /[*_~`]/;
const ASCII_WORD = /^[A-Za-z0-9]+$/;
const CHANGES_WORDS = /\\['’-]|&#?[\p{L}\p{N}]{1,32};/u;
// The fast path below is exact only for a body whose words are plain ASCII and that has no emphasis
// markers: a letter, mark or digit outside ASCII joins words differently (and ſ, K, İ fold to ASCII).
// (A cheap test first: most bodies have neither.)
const MAYBE_NEEDS_TOKENS = /[*_~`\u0080-\uffff]/;
const NEEDS_TOKENS = /[*_~`]|(?![\x00-\x7f])[\p{L}\p{M}\p{N}]/u;
// Runs of ASCII letters and digits joined by apostrophes or hyphens are one TOKEN each ("piss-take",
// "don't"): found by a joint, then widened to the whole run (word characters, joiners trimmed at the ends).
const JOINT = /[A-Za-z0-9][-'’]+[A-Za-z0-9]/g;
const isJoiner = (c: number): boolean => c === 0x2d || c === 0x27 || c === 0x2019;
/** Which of the two word sets (curated phrases, cuss entries) the body mentions. */
function mentionedKeys(doc: Document, body: string, cussSet: Set<string>): { curated: boolean; cuss: boolean } {
  // (Every CHANGES_WORDS match holds a backslash or an ampersand: skip the Unicode scan without them.)
  if ((body.includes('\\') || body.includes('&')) && CHANGES_WORDS.test(body)) return { curated: true, cuss: true };
  // Fast path, with the same answer: when the body is its own prose (no markup blanked out) and passes
  // NEEDS_TOKENS, the words `see` would check are exactly the per-draft word set (every maximal ASCII
  // letter-digit run, lower-cased) plus each JOINED run normalized ("pisstake"): Set lookups instead of a
  // Unicode token scan.
  if (!(MAYBE_NEEDS_TOKENS.test(body) && NEEDS_TOKENS.test(body)) && doc.prose.slice(doc.bodyOffset) === body) {
    const words = doc.words();
    let curated = words.hasAny(CURATED_KEYS);
    let inCuss = words.hasAny(cussSet);
    JOINT.lastIndex = 0;
    for (let m; !(curated && inCuss) && (m = JOINT.exec(body)); ) {
      let s = m.index;
      while (s > 0 && (isAsciiAlnumCode(body.charCodeAt(s - 1)) || isJoiner(body.charCodeAt(s - 1)))) s--;
      while (!isAsciiAlnumCode(body.charCodeAt(s))) s++;
      let e = m.index + m[0].length;
      while (e < body.length && (isAsciiAlnumCode(body.charCodeAt(e)) || isJoiner(body.charCodeAt(e)))) e++;
      while (!isAsciiAlnumCode(body.charCodeAt(e - 1))) e--;
      JOINT.lastIndex = e;
      const word = normalizeWord(body.slice(s, e));
      curated ||= CURATED_KEYS.has(word);
      inCuss ||= cussSet.has(word);
    }
    return { curated, cuss: inCuss };
  }
  return scanTokens(body, cussSet);
}
/** `mentionedKeys` by scanning the body's tokens (any script, emphasis markers removed). */
function scanTokens(body: string, cussSet: Set<string>): { curated: boolean; cuss: boolean } {
  let curated = false;
  let inCuss = false;
  const see = (word: string): boolean => {
    curated ||= CURATED_KEYS.has(word);
    inCuss ||= cussSet.has(word);
    return curated && inCuss;
  };
  for (const source of HAS_EMPHASIS.test(body) ? [body, body.replace(EMPHASIS, '')] : [body]) {
    for (const m of source.matchAll(TOKEN)) {
      // Most tokens are plain ASCII words: lower-casing is all the normalising they need.
      if (ASCII_WORD.test(m[0])) {
        if (see(m[0].toLowerCase())) return { curated, cuss: inCuss };
        continue;
      }
      const token = m[0].toLowerCase().replace(/ſ/g, 's');
      if (see(normalizeWord(token))) return { curated, cuss: inCuss };
      if (/['’-]/.test(token)) {
        for (const part of token.matchAll(TOKEN_PART)) if (see(part[0])) return { curated, cuss: inCuss };
      }
    }
  }
  return { curated, cuss: inCuss };
}
// cuss, searched as retext-profanities searches it but on an index compiled once per sureness (the
// plugin re-indexes its whole list on every call: src/text/cuss-phrases.ts).
const cussSearches = new Map<number, CompiledCuss>();
function cussSearchFor(table: CussPhrases, sureness: 1 | 2): CompiledCuss {
  let s = cussSearches.get(sureness);
  if (!s) cussSearches.set(sureness, (s = compileCuss(table, { sureness, ignore: IGNORE })));
  return s;
}
// Masked swearing: letters with `*` or `#` standing for letters ("f***", "sh*t", "f**king", "b*llocks").
// Bounded repetitions keep the scan linear.
// A compound may put a word before the masked one ("clusterf***", "bullsh*t"): up to 16 letters before the
// mask, of which the masked word takes the last one to five (see maskedWord).
const MASKED = /(?<![\p{L}\p{N}*#@])\p{L}{1,16}[*#]{1,7}[\p{L}*]{0,10}(?![\p{L}\p{N}*#])/gu;
const HAS_MASK = /\p{L}[*#]/u;
// Grawlix: "@#$%", "%$#@!" — three or more distinct symbols standing in for a swear word.
const GRAWLIX = /(?<![\p{L}\p{N}@#$%&*!])[@#$%&*!]{3,8}(?![\p{L}\p{N}@#$%&*!])/gu;
const MASK_CANDIDATES = [...new Set([...STRONG, ...MEDIUM].filter((w) => !w.includes(' ')))];

type Tier = 'strong' | 'medium' | 'mild';

function tierOf(word: string, sureness?: number): Tier | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
  if (STRONG_SET.has(w)) return 'strong';
  if (MEDIUM_SET.has(w)) return 'medium';
  if (IGNORE.has(w) || IGNORE.has(w.replace(/e?s$/u, ''))) return undefined;
  if (sureness === 2) return 'medium';
  if (sureness === 1) return 'mild';
  return undefined;
}

function maskedWord(token: string): { word: string; tier: Tier } | undefined {
  const whole = maskedWhole(token);
  if (whole) return whole;
  // A compound: a word of three letters or more, then a strongly offensive word masked after its first one
  // or two letters ("clusterf***", "bullsh*t"), after a word that is no plural: a rating after a word
  // ("Clusterfest***", "Hotels***") is none.
  const lead = /^\p{L}*/u.exec(token)![0].length;
  for (let k = Math.max(3, lead - 2); k < lead; k++) {
    const first = token.slice(0, k);
    if (/[^s]s$/iu.test(first)) continue;
    // Stars at the end of a word are also a rating ("Resort***"): a compound masked at its end is taken
    // only as the one compound written that way, "…f***" ("clusterf***", "motherf***").
    if (/[*#]$/u.test(token) && !/^f[*#]+$/iu.test(token.slice(k))) continue;
    const hit = maskedWhole(token.slice(k));
    if (hit?.tier === 'strong') return hit;
  }
  return undefined;
}

function maskedWhole(token: string): { word: string; tier: Tier } | undefined {
  if (/^\p{L}{6}/u.test(token)) return undefined;
  const t = token.toLowerCase();
  const re = new RegExp(`^${t.replace(/[*#]/g, '.')}$`, 'u');
  let best: { word: string; tier: Tier } | undefined;
  for (const w of MASK_CANDIDATES) {
    if (w[0] !== t[0] || !re.test(w)) continue;
    const tier: Tier = STRONG_SET.has(w) ? 'strong' : 'medium';
    if (!best || (tier === 'strong' && best.tier !== 'strong')) best = { word: w, tier };
  }
  return best;
}

export default defineRule({
  id: 'tone/profanity',
  category: 'tone',
  description: 'Swearing, slurs and masked swearing on an official account, graded by how offensive the word is.',
  docs: {
    rationale: 'Official accounts must stay courteous and professional ("keep it clean"); even mild or masked swearing reflects on the organisation.',
    flagged: ['The state of this road is a bloody disgrace.', 'What the f*** were they thinking?', 'This is total bullshit.'],
    clean: ['Buses to Scunthorpe and Penistone run hourly.', 'Dick Whittington is on at the Civic Theatre.', 'Pick up your dog poo, please.', 'Free finger-prick blood tests this week.'],
  },
  defaultSeverity: 'error',
  topics: ['conduct'],
  // English through the lists above; French, Welsh and Irish through their packs' lists (src/lang/<code>/checks.json).
  languages: ['en', 'fr', 'cy', 'ga', 'mi'],
  options: z
    .object({
      /** Also report words that are profane only in some senses (cuss "maybe" tier) as info. */
      mild: z.boolean().default(false),
    })
    .strict(),
  check(ctx) {
    const { prose, text } = ctx.doc;
    const body = ctx.doc.bodyOffset;
    const taken: Array<[number, number]> = [];
    const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && a < e);
    // The English lists read English text only (and text outside any span); each other language its own list.
    const english = (s: number): boolean => {
      const lang = ctx.languageAt(s);
      return lang === undefined || lang === 'en';
    };
    const report = (s: number, e: number, actual: string, tier: Tier, masked = false): void => {
      if (!masked && !english(s)) return;
      if (overlaps(s, e)) return;
      if (isProperNoun(prose, body, s, e, tier)) return;
      taken.push([s, e]);
      const severity = tier === 'strong' ? 'error' : tier === 'medium' ? 'warning' : 'info';
      const what = masked ? `Masked swearing "${actual}"` : tier === 'strong' ? `"${actual}" is strongly offensive` : tier === 'medium' ? `"${actual}" is profane` : `"${actual}" may be profane`;
      ctx.report({ offset: s, endOffset: e, severity: capSeverity(severity, ctx.severity), message: `${what}: keep official posts clean and courteous.` });
    };

    for (const lang of OTHER_LANGUAGES) {
      const spans = ctx.spansOf(lang);
      const list = spans.length ? swearListFor(lang) : undefined;
      if (!list) continue;
      for (const sp of spans) {
        list.pattern.lastIndex = 0;
        for (const m of prose.slice(sp.start, sp.end).matchAll(list.pattern)) {
          const s = sp.start + m.index;
          const e = s + m[0].length;
          const tier = list.tier(m[0]);
          if (!tier || overlaps(s, e) || isProperNoun(prose, body, s, e, tier)) continue;
          taken.push([s, e]);
          const severity = tier === 'strong' ? 'error' : 'warning';
          ctx.report({ offset: s, endOffset: e, severity: capSeverity(severity, ctx.severity), message: `"${m[0]}" is ${tier === 'strong' ? 'strongly offensive' : 'profane'} in ${packFor(lang).name}: keep official posts clean and courteous.` });
        }
      }
    }

    // Masked swearing and grawlix run on the raw text (emphasis syntax may have eaten a `*` in prose).
    // Every MASKED match has a letter right before a `*` or `#`; a GRAWLIX match is reported only with `$` or `%`.
    let checked = 0;
    for (const m of /[*#]/.test(text) && HAS_MASK.test(text) ? text.matchAll(MASKED) : []) {
      // A draft with hundreds of masked tokens is not prose; stop checking after a generous number.
      if (++checked > 500) break;
      if (m.index < body || ctx.doc.inCode(m.index) || prose[m.index] === ' ') continue;
      const hit = maskedWord(m[0]);
      if (hit) report(m.index, m.index + m[0].length, m[0], hit.tier, true);
    }
    for (const m of /[$%]/.test(text) ? text.matchAll(GRAWLIX) : []) {
      if (m.index < body || ctx.doc.inCode(m.index)) continue;
      const symbols = new Set(m[0].replace(/!/g, ''));
      if (symbols.size < 3 || !/[$%]/.test(m[0])) continue;
      report(m.index, m.index + m[0].length, m[0], 'medium', true);
    }

    // Prefilter: a word that can start a finding anywhere in the body?
    const sureness = ctx.options.mild ? 1 : 2;
    const mentioned = mentionedKeys(ctx.doc, text.slice(body), cussKeysFor(sureness));
    if (!mentioned.curated && !mentioned.cuss) return;

    // Curated tiers first (they cover words cuss lacks, such as "bloody").
    CURATED.lastIndex = 0;
    for (const m of mentioned.curated && CURATED_GATE(ctx.doc.words()) ? prose.matchAll(CURATED) : []) {
      const tier = tierOf(m[0]);
      if (tier) report(m.index, m.index + m[0].length, m[0], tier);
    }
    if (!mentioned.cuss) return;

    // Then cuss, as retext-profanities checks it, over the natural-language tree (plurals, apostrophes),
    // with its word table loaded only now that the draft has one of its words (`lintAsync` loads it and
    // lints again).
    const phrases = ctx.load('cuss-phrases');
    if (!phrases) return;
    // (A long draft's tree in pieces, so only one piece is held at a time.)
    for (const match of findCussInPieces(ctx.doc.nlcstPieces(), cussSearchFor(phrases, sureness))) {
      const range = ctx.doc.placeRange(match.place);
      if (!range || range.endOffset <= range.offset) continue;
      const actual = text.slice(range.offset, range.endOffset);
      const sureness = match.sureness;
      const tier = tierOf(actual, sureness);
      if (!tier || (tier === 'mild' && !ctx.options.mild)) continue;
      report(range.offset, range.endOffset, actual, tier);
    }
  },
});

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;
// A tier never raises a finding above the configured severity (a user who sets the rule to warning gets
// warnings and infos only).
function capSeverity(tier: 'info' | 'warning' | 'error', configured: 'info' | 'warning' | 'error'): 'info' | 'warning' | 'error' {
  return SEVERITY_RANK[tier] <= SEVERITY_RANK[configured] ? tier : configured;
}

// A capitalised word that is not the first of its sentence, or that sits next to another capitalised
// word, is a name or a title (Dick Whittington, Cumming, Bell End). Words in capitals (shouting) and the
// strongest words are never excused.
function isProperNoun(prose: string, bodyOffset: number, s: number, e: number, tier: Tier): boolean {
  const word = prose.slice(s, e);
  if (!/^\p{Lu}/u.test(word) || !/\p{Ll}/u.test(word)) return false;
  if (tier === 'strong') return false;
  const before = prose.slice(Math.max(bodyOffset, s - 40), s);
  const prev = /(\S+)\s*$/u.exec(before);
  const sentenceInitial = !prev || /[.!?:;"“(\n]$/u.test(before.trimEnd()) || /^[#>*-]$/u.test(prev[1]!);
  if (!sentenceInitial) return true;
  const next = /^\s+(\p{Lu}\p{Ll}+)/u.exec(prose.slice(e, e + 40));
  return Boolean(next);
}
