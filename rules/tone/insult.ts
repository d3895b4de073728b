// tone/insult: insults aimed at people ("idiots", "morons", "these clowns") and sarcasm aimed at
// residents ("Well done to the genius who dumped this mattress").
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { phraseGate, type WordSet } from '../../src/text/gate.js';
import { swearListFor } from '../../src/text/lang-checks.js';
import type { Lang } from '../../src/lang/index.js';

// The other languages with an insult list in their pack (src/lang/<code>/checks.json `insults`).
const OTHER_LANGUAGES: readonly Lang[] = ['fr', 'cy', 'ga', 'mi'];

const W = String.raw`[ \u00a0]+`;
// Words that insult whoever they describe.
const ALWAYS = String.raw`(?:idiot|idiots|idiotic|moron|morons|moronic|imbecile|imbeciles|cretin|cretins|halfwit|halfwits|half-wit|half-wits|dimwit|dimwits|nitwit|nitwits|numpty|numpties|dumbass|dumbasses|dunce|dunces|knuckle-?draggers?|brainless|simpleton|simpletons|lowlifes?|scumbags?|low-?life|thugs?|cowards?|smart-?ass(?:es)?|smart-?arses?)`;
// Slang epithets of each jurisdiction: insults only when aimed at the person addressed ("you're a grub",
// "what a galah", "you absolute pillock"). Some also name animals ("grubs in the lawn", "a flock of galahs"),
// so "these", "some" and a bare plural do not aim them.
const SLANG = ['grub', 'grubs', 'galah', 'galahs', 'drongo', 'drongos', 'dropkick', 'dropkicks', 'boofhead', 'boofheads', 'pillock', 'pillocks', 'prat', 'prats', 'twit', 'twits', 'wally', 'wallies', 'dingbat', 'dingbats', 'nincompoop', 'nincompoops', 'bozo', 'bozos', 'eejit', 'eejits'];
const SLANG_AIMERS = String.raw`(?:you(?:${W}(?:absolute|total|complete|utter|bloody|lot${W}of))?|(?:you['’]re|you${W}are)${W}(?:a|an|such${W}a|a${W}real|an${W}absolute|a${W}total|a${W}complete|a${W}bloody)|what${W}(?:a|an)|such${W}(?:a|an)|(?:an${W})?absolute|(?:a${W})?(?:total|complete|utter))`;
// Words that insult only when aimed at someone: "you clowns", "these muppets", "some clown".
const AIMED = String.raw`(?:clowns?|muppets?|plonkers?|buffoons?|fools?|jokers?|losers?|clueless|pathetic|stupid|lazy|selfish|ignorant|morons?)`;
const AIMERS = String.raw`(?:you|you['’]re|you${W}are|these|those|some|such${W}(?:a|an)|what${W}(?:a|an)|absolute|total|complete|utter|bunch${W}of|are(?:${W}just)?|being)`;
// Words for dishonest people: insults when said of someone ("X is a crook", "you liar"), but police scam
// warnings call scammers "crooks" and "fraudsters" ("Don't let crooks con you"), so only a person-aimed form counts.
const DISHONEST = String.raw`(?:crooks?|liars?|scum|scumbags?|cheats?|lowlifes?)`;
const AT_PERSON = String.raw`(?:you|you['’]re|you${W}are|(?:he|she)${W}is|(?:he|she)['’]s|is${W}(?:a|an|just${W}a|nothing${W}but${W}a|such${W}a|a${W}(?:total|complete|lying|known))|what${W}(?:a|an)|such${W}(?:a|an)|absolute|total|complete|utter|lying|bunch${W}of|nothing${W}but)`;
const PEOPLE = String.raw`(?:people|residents|drivers|parkers|parents|tenants|motorists|cyclists|dog${W}owners|owners|individuals|ones|lot|minority|person|culprits?|fly-?tippers|vandals)`;
const BAD_VERBS = String.raw`(?:dumped|fly-?tipped|flytipped|vandalised|vandalized|smashed|trashed|graffitied|blocked|ignored|set${W}fire|decided${W}to|thought${W}it${W}(?:was|would${W}be)|thought${W}that|left${W}(?:their|this|these|a|an|the)${W}(?:rubbish|mess|mattress|sofa|fridge|litter|waste|bags?|trolley|car|van))`;

// `gate`: every match holds all the words of one of these phrases (or words), bounded on both sides: a
// draft without them skips the pattern (Set lookups, see Document.words and src/text/gate.ts).
// `literal`: a string every match contains. `prefilter`: a cheap pattern (no `u` flag, so ſ and K, which
// `/iu` folds to s and k, are spelled out) that every match contains a match of.
const PATTERNS: ReadonlyArray<{ gate?: (words: WordSet) => boolean; literal?: string; prefilter?: RegExp; re: RegExp; kind: 'insult' | 'sarcasm' }> = [
  { gate: phraseGate(['idiot', 'idiots', 'idiotic', 'moron', 'morons', 'moronic', 'imbecile', 'imbeciles', 'cretin', 'cretins', 'halfwit', 'halfwits', 'half-wit', 'half-wits', 'dimwit', 'dimwits', 'nitwit', 'nitwits', 'numpty', 'numpties', 'dumbass', 'dumbasses', 'dunce', 'dunces', 'knuckle-dragger', 'knuckle-draggers', 'knuckledragger', 'knuckledraggers', 'brainless', 'simpleton', 'simpletons', 'lowlife', 'lowlifes', 'scumbag', 'scumbags', 'low-life', 'thug', 'thugs', 'coward', 'cowards', 'smartass', 'smartasses', 'smart-ass', 'smartarse', 'smartarses', 'smart-arse', 'smart-arses']), re: new RegExp(String.raw`\b${ALWAYS}\b`, 'giu'), kind: 'insult' },
  { gate: phraseGate(['clown', 'clowns', 'muppet', 'muppets', 'plonker', 'plonkers', 'buffoon', 'buffoons', 'fool', 'fools', 'joker', 'jokers', 'loser', 'losers', 'clueless', 'pathetic', 'stupid', 'lazy', 'selfish', 'ignorant', 'moron', 'morons']), re: new RegExp(String.raw`\b${AIMERS}${W}(?:(?:bloody|absolute|total|complete|utter)${W})?${AIMED}\b`, 'giu'), kind: 'insult' },
  { gate: phraseGate(SLANG), re: new RegExp(String.raw`\b${SLANG_AIMERS}${W}(?:${SLANG.join('|')})\b`, 'giu'), kind: 'insult' },
  { gate: phraseGate(['stupid', 'clueless', 'pathetic', 'lazy', 'selfish', 'ignorant', 'brainless']), re: new RegExp(String.raw`\b(?:stupid|clueless|pathetic|lazy|selfish|ignorant|brainless)${W}${PEOPLE}\b`, 'giu'), kind: 'insult' },
  { gate: phraseGate(['crook', 'crooks', 'liar', 'liars', 'scum', 'scumbag', 'scumbags', 'cheat', 'cheats', 'lowlife', 'lowlifes']), re: new RegExp(String.raw`\b${AT_PERSON}${W}${DISHONEST}\b`, 'giu'), kind: 'insult' },
  // A named firm called names: "the cowboys at Kerr Civil Ltd", "those sharks from Apex Roofing" (a trader's
  // people, by a word for dishonest tradespeople, before the business's capitalised name).
  { gate: phraseGate(['cowboys', 'cowboy', 'sharks', 'crooks', 'clowns', 'jokers', 'muppets', 'rogues', 'chancers']), re: new RegExp(String.raw`\b(?:the|those|these|that${W}bunch${W}of|a${W}bunch${W}of)${W}(?:cowboys?|sharks|crooks|clowns|jokers|muppets|rogues|chancers)${W}(?:at|from|over${W}at|down${W}at|running)${W}\p{Lu}[\p{L}'’&-]*(?:${W}\p{Lu}[\p{L}'’&-]*){0,3}`, 'gu'), kind: 'insult' },
  // Sarcastic thanks or praise for bad behaviour.
  {
    gate: phraseGate(['thanks', 'thank you', 'well done', 'congratulations', 'congrats', 'cheers', 'kudos', 'a big thank you']),
    // The opening, up to the word for the culprit ("a big thank you" ends in "thank you").
    prefilter: /(?:than[k\u212a][s\u017f]|than[k\u212a][ \u00a0]+you|well[ \u00a0]+done|congratulation[s\u017f]|congrat[s\u017f]|cheer[s\u017f]|[k\u212a]udo[s\u017f])[ \u00a0]+(?:a[ \u00a0]+lot[ \u00a0]+|[s\u017f]o[ \u00a0]+much[ \u00a0]+)?(?:to[ \u00a0]+)?(?:the|whoever|whichever|tho[s\u017f]e|that)[ \u00a0]/i,
    re: new RegExp(String.raw`\b(?:thanks|thank${W}you|well${W}done|congratulations|congrats|cheers|kudos|a${W}big${W}thank${W}you)${W}(?:a${W}lot${W}|so${W}much${W})?(?:to${W})?(?:the|whoever|whichever|those|that)${W}(?:[\p{L}'’-]+${W}){0,3}?(?:who|that|for)${W}(?:[\p{L}'’-]+${W}){0,2}?${BAD_VERBS}`, 'giu'), kind: 'sarcasm' },
  { gate: phraseGate(['genius', 'geniuses', 'einstein', 'bright spark', 'rocket scientist', 'mastermind', 'criminal mastermind']), re: new RegExp(String.raw`\b(?:genius|geniuses|einstein|bright${W}spark|rocket${W}scientist|mastermind|criminal${W}mastermind)${W}(?:who|that)\b`, 'giu'), kind: 'sarcasm' },
  { gate: phraseGate(['some people']), re: new RegExp(String.raw`\bsome${W}people${W}(?:just${W}|clearly${W}|really${W})?(?:can['’]t|cannot|don['’]t|never|seem${W}unable${W}to)${W}(?:read|understand|follow|seem${W}to|be${W}bothered|help${W}themselves)\b`, 'giu'), kind: 'sarcasm' },
  { gate: phraseGate(['clearly', 'apparently', 'obviously']), re: new RegExp(String.raw`\b(?:clearly|apparently|obviously)${W}(?:some|a${W}few|many)${W}(?:of${W}you|people|residents|drivers)\b`, 'giu'), kind: 'sarcasm' },
  { gate: phraseGate(['newsflash', 'shock horror', 'who would have thought', 'too difficult for some', 'too much to ask']), re: new RegExp(String.raw`\b(?:newsflash|shock${W}horror|who${W}would${W}have${W}thought|too${W}difficult${W}for${W}some|too${W}much${W}to${W}ask)\b`, 'giu'), kind: 'sarcasm' },
  { literal: '/s', re: /(?<=\s)\/s(?=\s*$)/gmu, kind: 'sarcasm' },
];

export default defineRule({
  id: 'tone/insult',
  category: 'tone',
  description: 'Insults aimed at people and sarcasm aimed at residents.',
  docs: {
    rationale: 'An official account must treat the public with courtesy, including people who break the rules: describe the behaviour, not the person.',
    flagged: ['Some idiots have dumped rubbish by the bins again.', 'Well done to the genius who fly-tipped this mattress.', 'You clowns need to stop parking on the pavement.'],
    clean: ['Clowns, face painting and a bouncy castle at the summer fair!', 'Thanks to the volunteers who cleared the rubbish.', 'Please do not park on the pavement.'],
  },
  defaultSeverity: 'warning',
  topics: ['conduct'],
  // English through the patterns above; French, Welsh, Irish and Māori through their packs' lists.
  languages: ['en', 'fr', 'cy', 'ga', 'mi'],
  options: z.object({}).strict(),
  check(ctx) {
    const { prose } = ctx.doc;
    const from = ctx.doc.bodyOffset;
    const body = prose.slice(from);
    const taken: Array<[number, number]> = [];
    for (const lang of OTHER_LANGUAGES) {
      const spans = ctx.spansOf(lang);
      const list = spans.length ? swearListFor(lang, 'insults') : undefined;
      if (!list) continue;
      for (const sp of spans) {
        list.pattern.lastIndex = 0;
        for (const m of prose.slice(sp.start, sp.end).matchAll(list.pattern)) {
          const s = sp.start + m.index;
          taken.push([s, s + m[0].length]);
          ctx.report({ offset: s, endOffset: s + m[0].length, message: `"${m[0]}" insults people: describe the behaviour, not the person, and keep it courteous.` });
        }
      }
    }
    // The English patterns read English text only (and text outside any span).
    const english = (s: number): boolean => {
      const lang = ctx.languageAt(s);
      return lang === undefined || lang === 'en';
    };
    const words = ctx.doc.words();
    for (const { gate, literal, prefilter, re, kind } of PATTERNS) {
      if ((gate && !gate(words)) || (literal && !body.includes(literal)) || (prefilter && !prefilter.test(body))) continue;
      re.lastIndex = 0;
      for (const m of body.matchAll(re)) {
        const s = from + m.index;
        const e = s + m[0].length;
        if (taken.some(([a, b]) => s < b && a < e) || !english(s)) continue;
        // A capitalised word inside a sentence is a name or title ("The Muppets", "Fools and Horses").
        if (kind === 'insult' && /^\p{Lu}\p{Ll}/u.test(m[0]) && !/[.!?:\n]\s*$|^\s*$/u.test(prose.slice(Math.max(from, s - 3), s))) continue;
        taken.push([s, e]);
        ctx.report({
          offset: s,
          endOffset: e,
          message:
            kind === 'insult'
              ? `"${m[0]}" insults people: describe the behaviour, not the person, and keep it courteous.`
              : `"${m[0]}" reads as sarcasm aimed at residents: say plainly what happened and what people should do.`,
        });
      }
    }
  },
});
