// legal/victim-identification: anything that could identify the complainant of a sexual offence — a
// name, school, workplace, home street with an age, or an address — in a post about such an offence.
// Complainants have lifelong anonymity (Sexual Offences (Amendment) Act 1992 s.1; NZ CPA s.203).
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { withJudgement } from '../../src/text/semantic/check.js';
import { findNameCandidates, findPersonNames } from '../../src/text/names.js';
import { phraseGate } from '../../src/text/gate.js';

const W = String.raw`[ \u00a0]+`;
const SEXUAL = /\b(?:sexual(?:ly)?[ \u00a0]+(?:assault(?:ed|s)?|abuse[ds]?|offen[cs]es?|touching|exploitation|activity[ \u00a0]+with[ \u00a0]+a[ \u00a0]+child|harassment|violence)|rape[ds]?|raping|indecent(?:ly)?|indecency|grooming|groomed|voyeurism|upskirting|intimate[ \u00a0]+image|revenge[ \u00a0]+porn|child[ \u00a0]+sexual|sexual[ \u00a0]+(?:interference|misconduct|touching)|invitation[ \u00a0]+to[ \u00a0]+sexual|(?:child[ \u00a0]+)?luring|child[ \u00a0]+(?:pornography|abuse[ \u00a0]+material)|molest(?:ed|ation|ing)?|CSE|female[ \u00a0]+genital[ \u00a0]+mutilation|FGM|sextortion|sex[ \u00a0]+offen[cs]es?)\b/iu;
// SEXUAL is bounded by `\b` on both sides: each alternative, as the whole words it contains.
const hasSexual = phraseGate(['sexual', 'sexually', 'luring', 'molested', 'molestation', 'molest', 'molesting', 'child pornography', 'rape', 'raped', 'rapes', 'raping', 'indecent', 'indecently', 'indecency', 'grooming', 'groomed', 'voyeurism', 'upskirting', 'intimate image', 'revenge porn', 'child sexual', 'cse', 'female genital mutilation', 'fgm', 'sextortion', 'sex offences', 'sex offence', 'sex offenses', 'sex offense']);
// Offences whose victims are protected by anonymity or reporting restrictions in some jurisdictions, or by
// police practice (family violence: Family Violence Protection Act 2008 (Vic) s.166; modern slavery,
// forced marriage): reported as warnings.
const PROTECTED = /\b(?:domestic[ \u00a0]+(?:violence|abuse)|family[ \u00a0]+violence|coercive[ \u00a0]+control|intimate[ \u00a0]+partner|stalking|modern[ \u00a0]+slavery|(?:human[ \u00a0]+)?trafficking|trafficked|forced[ \u00a0]+marriage|honou?r-based|child[ \u00a0]+abuse)\b/iu;
// PROTECTED is bounded by `\b` on both sides: each alternative, as the whole words it contains.
const hasProtected = phraseGate(['domestic violence', 'domestic abuse', 'family violence', 'coercive control', 'intimate partner', 'stalking', 'modern slavery', 'trafficking', 'trafficked', 'forced marriage', 'honour based', 'honor based', 'child abuse']);
// Who the sentence is about: the complainant, not the accused.
const VICTIM = /\b(?:victims?|complainants?|survivors?|(?:was|were|being|been)[ \u00a0]+(?:sexually[ \u00a0]+)?(?:assaulted|attacked|raped|abused|groomed|targeted|exploited|touched)|has[ \u00a0]+thanked|brave(?:ly|ry)?|courage(?:ous)?|came[ \u00a0]+forward|spoke[ \u00a0]+out|disclosed|(?:his|her|their)[ \u00a0]+(?:(?:\d{1,2}-year-old|young|teenage|own)[ \u00a0]+)?(?:step-?daughter|step-?son|step-?child|daughter|niece|nephew|granddaughter|grandson|foster[ \u00a0]+(?:child|daughter|son))|reported[ \u00a0]+(?:the|being|that|her|his)|(?:assaulted|attacked|raped|abused|grabbed|groped|touched|followed)[ \u00a0]+(?:her|him))\b/iu;
// The noun a victim sentence introduces the complainant by ("a 19-year-old woman was sexually assaulted"):
// a later sentence about "the woman" is about her too ("The woman, a nursing student at Glenbrae College,
// was walking home…"), though it repeats no offence word. Group 1 is the noun.
const VICTIM_NOUN = new RegExp(
  String.raw`\b(?:an?|the)${W}(?:[\p{L}\d-]{1,20}${W}){0,2}?(woman|girl|man|boy|teenager|teen|student|pupil|schoolgirl|schoolboy|child|lady|youth)${W}(?:who${W})?(?:was|were|is|has${W}been|had${W}been)${W}(?:sexually${W})?(?:assaulted|attacked|raped|abused|groomed|targeted|exploited|touched)\b`,
  'giu',
);
// The complainant introduced by what she was doing when the offence happened ("a 19-year-old woman was
// walking home … when she was approached by a man who assaulted her"), in a sentence VICTIM matches.
const VICTIM_NOUN_NARRATIVE = new RegExp(
  String.raw`\b(?:an?|the)${W}(?:[\p{L}\d-]{1,20}${W}){0,2}?(woman|girl|man|boy|teenager|teen|student|pupil|schoolgirl|schoolboy|child|lady|youth)${W}(?:was|were|had${W}been)${W}(?:walking|travelling|traveling|waiting|jogging|running|cycling|leaving|returning|heading|making|sitting|standing|sleeping|using|getting)\b`,
  'giu',
);
// The complainant as the object of the offence: "charged with sexual assault of a 16-year-old applicant".
// Group 1 is the age, group 2 the noun. A child so introduced is "the student" or "the girl" later.
const OFFENCE_OF = new RegExp(
  String.raw`\b(?:sexual${W}(?:assault|abuse|touching|exploitation)|sexually${W}assaulting|rape|raping|indecent${W}assault|grooming|abuse)${W}of${W}an?${W}(?:(\d{1,2})-year-old${W})?(?:(?:young|teenage|female|male)${W})?([\p{Ll}-]{3,20})\b`,
  'gu',
);
const YOUNG_NOUNS = ['student', 'pupil', 'girl', 'boy', 'teenager', 'teen', 'child', 'schoolgirl', 'schoolboy', 'youth'];
const ACCUSED = /\b(?:charged|arrested|accused|defendant|suspect|convicted|jailed|sentenced|pleaded|appeared|denies|denied|remanded|bailed)\b/iu;
// Identifying details other than a name: with the accused named, the victim's relationship to them names
// the victim too (jigsaw identification); a child is found by school year, team or school.
const RELATION = String.raw`(?:step-?daughter|step-?son|step-?child|daughter|son|niece|nephew|granddaughter|grandson|grandchild|sister|brother|half-sister|half-brother|cousin|foster${W}(?:child|daughter|son)|(?:partner|girlfriend|boyfriend|wife|husband)['’]s${W}(?:daughter|son|child))`;
// ("Red Mesa Middle School": the kind of school is one of the capitalised words before it.)
const SCHOOL_TYPE = String.raw`(?:School|PS|SS|CI|HS|MS|ES|Academy|College|High)`;
const DETAILS: ReadonlyArray<{ re: RegExp; what: string }> = [
  { re: new RegExp(String.raw`\b(?:a${W})?(?:pupil|student|teacher|nurse|employee|member${W}of${W}staff|worker|works|worked|studies|studying|attends|attended|freshman|sophomore|junior|senior|first-year|second-year|final-year|sixth-former|(?:her|his|their)${W}shift)${W}(?:at|of|for|in)${W}(?:the${W})?\p{Lu}[\p{L}'’.-]*(?:${W}\p{Lu}[\p{L}'’.-]*){0,5}`, 'gu'), what: 'a school or workplace' },
  // "lives on Ferry Road", "lives in the flats on Ferry Road", "living on the estate off Mill Lane".
  { re: new RegExp(String.raw`\b(?:lives|living|lived|resident|who${W}lives)${W}(?:on|in|at)${W}(?:the${W}\p{Ll}[\p{Ll}-]{1,20}(?:${W}\p{Ll}[\p{Ll}-]{1,20})?${W}(?:on|in|at|off|near)${W})?(?:the${W}(?=\p{Lu}))?(?:\d{1,4}[A-Za-z]?${W})?\p{Lu}[\p{L}'’-]*(?:${W}\p{Lu}[\p{L}'’-]*){0,3}`, 'gu'), what: 'a home address' },
  { re: new RegExp(String.raw`\b(?:at|from|of)${W}(?:her|his|their)${W}home${W}(?:in|on|at)${W}\p{Lu}[\p{L}'’-]*(?:${W}\p{Lu}[\p{L}'’-]*){0,3}`, 'gu'), what: 'a home address' },
  { re: new RegExp(String.raw`\b\d{1,4}[A-Za-z]?${W}\p{Lu}[\p{L}'’-]*(?:${W}\p{Lu}[\p{L}'’-]*){0,2}${W}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Way|Crescent|Terrace|Court|Place|Gardens|Grove|Parade|Mews)\b`, 'gu'), what: 'an address' },
  // "a second-year nursing student", "a final-year law student": the course and year narrow a campus to a few.
  { re: new RegExp(String.raw`\b(?:first|second|third|fourth|final|fifth)-year${W}(?:\p{Ll}[\p{Ll}-]{2,20}${W}){0,2}(?:student|pupil|apprentice|trainee|undergraduate)\b`, 'gu'), what: 'a course and year' },
  { re: new RegExp(String.raw`\b(?:his|her|their)${W}(?:(?:\d{1,2}-year-old|young|teenage|own|former)${W}){0,2}${RELATION}\b`, 'gu'), what: 'the relationship to the accused' },
  { re: new RegExp(String.raw`\b(?:a|an|the|one)${W}(?:Grade|Year|grade|year|P|S)${W}?\d{1,2}${W}(?:girl|boy|student|pupil|child|learner)\b|\b(?:in|from)${W}(?:Grade|Year|grade|year)${W}\d{1,2}\b`, 'gu'), what: 'a school year' },
  { re: new RegExp(String.raw`\b(?:on|in|of|with|from|plays${W}for)${W}(?:the|a|her|his)${W}(?:\p{Lu}[\p{L}'’.-]{0,30}${W}){0,4}(?:(?:junior|senior|girls['’]?|boys['’]?|under-?\d{1,2}|U\d{1,2}|varsity|youth)${W})?(?:\p{Ll}[\p{Ll}-]{2,20}${W})?(?:team|squad|club|choir|band|troop)\b`, 'gu'), what: 'a team or club' },
  { re: new RegExp(String.raw`\b(?:at|of|from|attends|attended)${W}(?:\p{Lu}[\p{L}'’.-]{0,30}${W}){1,4}${SCHOOL_TYPE}\b`, 'gu'), what: 'a school' },
];
// A first name with an age in brackets or commas ("Emma (19)", "Emma, 19,").
const NAME_AGE = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[ \u00a0]+\p{Lu}\p{Ll}+){0,2})(?:[ \u00a0]*\(\d{1,2}\)|,[ \u00a0]*\d{1,2},|,[ \u00a0]+aged[ \u00a0]+\d{1,2})/gu;
// A noun for the complainant with a name in apposition: "The woman, 23-year-old Chloe Bennett,", "the rape
// of a woman, Chloe Bennett", "a teenage girl named Amy Cole", "the victim, Emma (19)". Group 1 is the noun.
const APPOSED = new RegExp(
  String.raw`\b(?:[Tt]he|[Aa]n?|[Oo]ne)${W}(?:(?:young|teenage|local|\d{1,2}-year-old|female|male|elderly|vulnerable)${W})?(woman|women|girl|girls|man|boy|boys|teenager|teen|student|pupil|schoolgirl|schoolboy|child|survivor|victim|complainant)(?:${W}named|${W}called|,)${W}(?:(?:a${W})?(?:\d{1,2}-year-old|aged${W}\d{1,2})${W})?(\p{Lu}\p{Ll}+(?:${W}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+){0,2})`,
  'gu',
);
// The apposed person is the accused when a charge or arrest follows the name ("A man, John Smith, 45, has
// been charged with rape") or precedes the noun ("Police have charged a man, John Smith").
const ACCUSED_AFTER = /^[ \u00a0]*(?:,[ \u00a0]*)?(?:\(?\d{1,2}\)?,?[ \u00a0]*)?(?:of[ \u00a0]+[\p{L} '’-]{1,40}?,[ \u00a0]*)?(?:who[ \u00a0]+)?(?:(?:has|have|had)[ \u00a0]+been|was|were|is|will|has|had)?[ \u00a0]*(?:\w+[ \u00a0]+)?(?:charged|arrested|accused|remanded|bailed|convicted|jailed|sentenced|appeared|appear|pleaded|denies|denied|detained|released|interviewed|identified[ \u00a0]+as[ \u00a0]+(?:a|the)[ \u00a0]+suspect)\b/u;
const ACCUSED_BEFORE = /\b(?:charged|arrested|remanded|detained|accused|convicted|jailed|sentenced)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,2}$/u;
const COMPLAINANT_NOUN = /^(?:survivor|victim|complainant)$/u;
const NOT_NAME_START = /^(?:The|A|An|Police|Officers|She|He|They|Our|We|Mill|Street|Road|Lane|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

/** True when the sentence names the complainant by the noun an earlier sentence introduced ("the woman"). */
function refersToVictim(text: string, nouns: ReadonlySet<string>): boolean {
  if (nouns.size === 0) return false;
  for (const m of text.matchAll(THE_NOUN)) if (nouns.has(m[1]!.toLowerCase())) return true;
  return false;
}
// (Any noun: the set holds the ones the victim was introduced by, "the applicant" after "of a … applicant".)
const THE_NOUN = /\b[Tt]he[ \u00a0]+(?:(?:young|teenage|local|female|male|\d{1,2}-year-old)[ \u00a0]+)?(\p{Ll}[\p{Ll}-]{2,20})\b/gu;

export default defineRule(withJudgement('identification', 'Read as a whole, this could identify a victim, a child or a person the police have not named (age, school year, workplace, street, family): leave out the details that single them out.', {
  id: 'legal/victim-identification',
  category: 'legal',
  description: 'Details that could identify the complainant of a sexual offence (or, as a warning, a victim of domestic violence, slavery or trafficking): a name, school, workplace, home street or address.',
  docs: {
    rationale: 'Complainants of sexual offences have automatic lifelong anonymity: nothing may be published that is likely to identify them, including jigsaw details such as a school, workplace or street (Sexual Offences (Amendment) Act 1992 s.1).',
    flagged: ['The victim of the sexual assault in Mill Lane, Emma Rowe (19), has thanked officers.', 'The woman, a pupil at Riverside Academy, was sexually assaulted on Friday.'],
    clean: ['A woman was sexually assaulted in Mill Lane on Friday night. Officers are appealing for witnesses.', 'John Smith, 45, of Station Road, has been charged with rape and will appear in court on Monday.'],
  },
  defaultSeverity: 'error',
  topics: ['victim-anonymity'],
  languages: ['en'],
  sensitive: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { prose } = ctx.doc;
    const words = ctx.doc.words();
    // No post can be about such an offence: skip the per-post tests.
    if (!hasSexual(words) && !hasProtected(words)) return;
    const sentences = ctx.doc.sentences();
    for (const post of ctx.posts) {
      const slice = prose.slice(post.offset, post.endOffset);
      const sexual = SEXUAL.test(slice);
      if (!sexual && !PROTECTED.test(slice)) continue;
      const taken: Array<[number, number]> = [];
      const report = (s: number, e: number, what: string): void => {
        if (taken.some(([a, b]) => s < b && a < e)) return;
        taken.push([s, e]);
        if (sexual) {
          ctx.report({ offset: s, endOffset: e, message: `This gives ${what} of the complainant of a sexual offence: complainants have lifelong anonymity. Remove anything that could identify them.`, post: post.index });
        } else {
          ctx.report({
            offset: s,
            endOffset: e,
            severity: ctx.severity === 'error' ? 'warning' : ctx.severity === 'warning' ? 'info' : 'info',
            message: `This gives ${what} of the victim of domestic or family violence, slavery or trafficking: such victims are protected by reporting restrictions in some jurisdictions and are not named without consent. Remove anything that could identify them.`,
            post: post.index,
          });
        }
      };
      APPOSED.lastIndex = 0;
      for (const m of slice.matchAll(APPOSED)) {
        const name = m[2]!;
        if (NOT_NAME_START.test(name) || NOT_NAME_START.test(name.split(/[ \u00a0]/u)[0]! + ' ')) continue;
        const s = post.offset + m.index + m[0].length - name.length;
        const e = s + name.length;
        if (!COMPLAINANT_NOUN.test(m[1]!)) {
          if (ACCUSED_AFTER.test(prose.slice(e, e + 80))) continue;
          if (ACCUSED_BEFORE.test(prose.slice(Math.max(post.offset, post.offset + m.index - 40), post.offset + m.index))) continue;
        }
        report(s, e, 'the name');
      }
      const victimNouns = new Set<string>();
      for (const sentence of sentences) {
        if (sentence.offset < post.offset || sentence.offset >= post.endOffset) continue;
        const text = prose.slice(sentence.offset, sentence.endOffset);
        const introduced = [...text.matchAll(OFFENCE_OF)];
        for (const m of introduced) {
          victimNouns.add(m[2]!.toLowerCase());
          if (m[1] !== undefined && Number(m[1]) < 18) for (const n of YOUNG_NOUNS) victimNouns.add(n);
        }
        if (VICTIM.test(text)) {
          VICTIM_NOUN.lastIndex = 0;
          for (const m of text.matchAll(VICTIM_NOUN)) victimNouns.add(m[1]!.toLowerCase());
          VICTIM_NOUN_NARRATIVE.lastIndex = 0;
          for (const m of text.matchAll(VICTIM_NOUN_NARRATIVE)) victimNouns.add(m[1]!.toLowerCase());
        } else if (introduced.length > 0 || !refersToVictim(text, victimNouns)) continue;
        // A sentence about the accused ("John Smith, 45, has been charged with rape") names the accused.
        if (ACCUSED.test(text) && !/\bvictims?\b|\bcomplainants?\b|\bsurvivors?\b/iu.test(text)) continue;
        for (const { re, what } of DETAILS) {
          re.lastIndex = 0;
          for (const m of text.matchAll(re)) report(sentence.offset + m.index, sentence.offset + m.index + m[0].length, what);
        }
        // compromise's person names when loaded (it tells "Ashley Gomez" from "Riverwalk Trail"); the
        // capitalised-name heuristic otherwise.
        const names = findPersonNames(ctx, sentence.offset, sentence.endOffset) ?? findNameCandidates(prose, sentence.offset, sentence.endOffset);
        for (const n of names) report(n.offset, n.endOffset, 'the name');
        NAME_AGE.lastIndex = 0;
        for (const m of text.matchAll(NAME_AGE)) {
          if (NOT_NAME_START.test(m[1]!)) continue;
          const s = sentence.offset + m.index;
          report(s, s + m[1]!.length, 'the name');
        }
      }
    }
  },
}));
