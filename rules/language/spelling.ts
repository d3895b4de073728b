// language/spelling: spelling that does not match the configured locale — American forms in en-GB,
// en-AU, en-NZ and en-IE text (center, organize, color), British forms in en-US text, and in en-CA the
// form Canadian usage does not prefer. Proper nouns ("Center Parcs", "World Trade Center", "Labor
// Party"), URLs, hashtags and mentions are left alone.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { flaggableSpellings, matchCase, preferredSpelling, spellingIndex, type SpellingLocale, type SpellingPair } from '../../src/text/spelling.js';
import { findUrlLike, overlapsAny, type UrlLike } from '../../src/text/words.js';

const LOCALES: ReadonlySet<string> = new Set(['en-GB', 'en-AU', 'en-NZ', 'en-IE', 'en-US', 'en-CA']);
const WORD = /(?<![\p{L}\p{N}_#@'’-])\p{L}+(?![\p{L}\p{N}_'’-])/gu;

// "program" is right in en-GB for computer programs.
const COMPUTER = /(?<![\p{L}])(?:computer|software|app|code|coding|programming|programmer|install|download|malware|antivirus|run|running|executable|python|java)(?![\p{L}])/iu;
// Noun signals before "license": determiners, possessives and the usual licence types.
const NOUN_BEFORE = /(?:^|[^\p{L}])(?:a|the|your|our|their|his|her|its|this|that|no|any|valid|new|full|provisional|driving|driver['’]?s|premises|alcohol|tv|television|fishing|taxi|personal|gaming|marriage|music|dog|street|trading|hmo|operating|open|software)\s+$/iu;
const NOUN_AFTER = /^\s+(?:holder|holders|fee|fees|number|plate|plates|application|applications|conditions|renewal|renewals|check|checks|is|was|will|has|expires|expired|for|to\s+(?:sell|trade|operate))(?![\p{L}])/iu;
const NUMBER_BEFORE = /(?:\d|\d\s|\d-|one|two|three|four|five|ten|hundred|thousand|few|several|many)\s*$/iu;

export default defineRule({
  id: 'language/spelling',
  category: 'language',
  description: 'Spelling that does not match the locale (en-GB/AU/NZ/IE against en-US/CA forms).',
  docs: {
    rationale:
      'Consistent local spelling is part of a trustworthy public voice: en-GB, en-AU, en-NZ and en-IE use centre, organise and colour; en-US uses center, organize and color; en-CA mixes the two.',
    flagged: ['The new leisure center will organize free sessions. (en-GB)', 'Visit the leisure centre. (en-US)'],
    clean: ['Center Parcs and the World Trade Center (proper nouns)', 'Update the computer program. (en-GB)', 'Licensed premises need a licence. (en-GB)'],
  },
  defaultSeverity: 'warning',
  topics: ['plain-language'],
  languages: ['en'],
  fixable: true,
  hasSuggestions: true,
  options: z.object({}).strict(),
  check(ctx) {
    const locale = resolveLocale(ctx.meta.lang, ctx.settings.locale);
    if (!locale) return;
    // Every flagged word is a whole ASCII token of the draft (WORD is bounded by non-letters and
    // non-digits, and every listed form is lower-case ASCII): most drafts have none of them.
    if (!ctx.doc.words().hasAny(flaggableSpellings(locale))) return;
    const { prose, bodyOffset } = ctx.doc;
    let skip: UrlLike[] | undefined;
    const { gb, us } = spellingIndex();
    for (const m of prose.matchAll(WORD)) {
      const word = m[0];
      const s = m.index;
      const e = s + word.length;
      if (s < bodyOffset) continue;
      const lower = word.toLowerCase();
      if (!gb.has(lower) && !us.has(lower)) continue;
      const hit = preferredSpelling(lower, locale);
      if (!hit) continue;
      skip ??= findUrlLike(prose, bodyOffset);
      if (overlapsAny(skip, s, e) || isProperNoun(prose, s, e, word)) continue;
      if (!contextAllows(hit.pair, hit.wrong, prose, s, e)) continue;
      const replacement = matchCase(word, hit.preferred);
      const fix = { offset: s, endOffset: e, text: replacement };
      ctx.report({
        offset: s,
        endOffset: e,
        message: `"${word}" is ${hit.wrong === 'us' ? 'American' : 'British'} spelling; ${locale} uses "${replacement}".`,
        suggestions: [{ message: `Write "${replacement}"`, fix }],
        fix,
      });
    }
  },
});

// Drafts share a handful of language tags: each (lang, fallback) pair is resolved once.
const resolved = new Map<string, SpellingLocale | undefined>();
const MAX_RESOLVED = 256;
function resolveLocale(lang: string | undefined, fallback: string): SpellingLocale | undefined {
  const key = `${lang ?? ''}\u0000${fallback}`;
  if (resolved.has(key)) return resolved.get(key);
  if (resolved.size >= MAX_RESOLVED) resolved.clear();
  const locale = resolveLocaleUncached(lang, fallback);
  resolved.set(key, locale);
  return locale;
}

function resolveLocaleUncached(lang: string | undefined, fallback: string): SpellingLocale | undefined {
  for (const tag of [lang, fallback]) {
    if (!tag) continue;
    const norm = tag.replace('_', '-');
    const match = [...LOCALES].find((l) => l.toLowerCase() === norm.toLowerCase());
    if (match) return match as SpellingLocale;
    // A language other than English (cy, mi, fr …): no English spelling check.
    if (!/^en(?:-|$)/i.test(norm)) return undefined;
    if (/^en$/i.test(norm)) continue;
  }
  return undefined;
}

// Words that describe what a facility or service is, not whose it is: a title-cased name made only of these
// ("the Emergency Operations Centre", "our Leisure Center", "Community Health Centre") is the organisation's
// own generic name for a kind of place and follows the house spelling. A name with any other word in it
// ("World Trade Center", "National Cyber Security Centre", "Rogers Centre", "Vanderbilt University Medical
// Center") is someone's real name and keeps its spelling. Lower-case; matched against whole words.
const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set(
  ('emergency operations operation incident response command coordination dispatch control evacuation warming cooling relief recovery ' +
    'distribution donation donations leisure community visitor visitors information recycling civic arts youth job contact customer service services ' +
    'sports sport aquatic aquatics swimming fitness wellness wellbeing health medical family families resource resources vaccination vaccine testing ' +
    'assessment treatment crisis conference convention events exhibition heritage learning training education childcare care day senior seniors ' +
    'adult adults town city shopping garden cultural culture').split(' '),
);
const RUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'our', 'your', 'their', 'this', 'a', 'an', 'my', 'every', 'each', 'any', 'new', 'local', 'nearest']);
const CAPITAL_RUN = /(?:\p{Lu}[\p{L}'’-]*\s+){1,4}$/u;

/** The capitalised words just before `s` are all generic (see GENERIC_NAME_WORDS), with no other capitalised word before them. */
function genericNameBefore(prose: string, s: number): boolean {
  const from = Math.max(0, s - 80);
  const before = prose.slice(from, s);
  const run = CAPITAL_RUN.exec(before);
  if (!run) return false;
  // The run must be the whole name: not cut off by the slice, not after a fifth capitalised word or mid-word.
  if (run.index === 0 && from > 0) return false;
  const prefix = before.slice(0, run.index);
  if (/[\p{L}\p{N}'’.-]$/u.test(prefix) || /\p{Lu}[\p{L}\p{N}'’-]*\s+$/u.test(prefix)) return false;
  const words = run[0].trim().split(/\s+/u);
  // A sentence-initial determiner is not part of the name ("Our Leisure Centre reopens").
  if (words.length > 1 && RUN_DETERMINERS.has(words[0]!.toLowerCase())) words.shift();
  return words.every((w) => GENERIC_NAME_WORDS.has(w.toLowerCase()));
}

/** Capitalised mid-sentence, all capitals, or followed by another capitalised word: a name. */
function isProperNoun(prose: string, s: number, e: number, word: string): boolean {
  if (word.length > 1 && word === word.toUpperCase()) return true;
  const before = prose.slice(Math.max(0, s - 40), s);
  const after = prose.slice(e, e + 40);
  const capital = /^\p{Lu}/u.test(word);
  const prevCapital = /\p{Lu}[\p{L}'’.-]*\s+$/u.test(before) && !/(?:^|[.!?:\n]\s*)\p{Lu}[\p{L}'’.-]*\s+$/u.test(before);
  const nextCapital = /^\s+\p{Lu}/u.test(after);
  // "the Emergency Operations Centre" in en-US text: a generic name, spelled the house way.
  if (capital && /\p{Lu}[\p{L}'’.-]*\s+$/u.test(before) && genericNameBefore(prose, s)) return false;
  // "World Trade Center", "Kennedy Center": after a capitalised word that does not start the sentence.
  if (capital && prevCapital) return true;
  if (!capital) return false;
  const sentenceStart = /(?:^|[.!?:\n"“(]\s*)$/u.test(before) || before.trim() === '';
  // "Center Parcs …", "Labor Party": a capitalised word followed by a capitalised word.
  if (nextCapital) return true;
  return !sentenceStart;
}

function contextAllows(pair: SpellingPair, wrong: 'gb' | 'us', prose: string, s: number, e: number): boolean {
  if (!pair.context || wrong === 'gb') return true; // the British form is unambiguous in American text
  const before = prose.slice(Math.max(0, s - 40), s);
  const after = prose.slice(e, e + 40);
  switch (pair.context) {
    case 'program':
      return !COMPUTER.test(`${before.split(/\s+/).slice(-3).join(' ')} ${after.split(/\s+/).slice(0, 4).join(' ')}`);
    case 'license-noun':
      return NOUN_BEFORE.test(before) || NOUN_AFTER.test(after);
    case 'meter':
      return NUMBER_BEFORE.test(before);
    default:
      return true;
  }
}
