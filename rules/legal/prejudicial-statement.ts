// legal/prejudicial-statement: after an arrest or charge, statements that assert guilt, attack the
// suspect's character or history, or link them to other crimes. A conviction ("found guilty", "pleaded
// guilty", "was convicted", "jailed") ends the risk, so such sentences are left alone.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { withJudgement } from '../../src/text/semantic/check.js';
import { lazyRegExp } from '../../src/text/lazy-regexp.js';
import { sentenceTest } from '../../src/text/sentence-at.js';
import { looksLikePersonName, isOfficeHolder } from '../../src/text/names.js';
import { phraseGate } from '../../src/text/gate.js';
import { lexicon } from '../../src/text/semantic/lexicon.js';
import { tokenize } from '../../src/text/semantic/tokens.js';

// A paragraph saying there is no case: nobody (no one) arrested or charged, no arrests, no suspect.
const NO_CASE = /\b(?:nobody|no[ -]one)[ \u00a0]+(?:has|have|had|was|were|is)[ \u00a0]+(?:yet[ \u00a0]+)?been[ \u00a0]+(?:arrested|charged|detained)\b|\bno[ \u00a0]+(?:arrests?|charges?|suspects?)[ \u00a0]+(?:has|have|had)[ \u00a0]+been\b/iu;
import { mayBeUnderWay, offenderLabels, outcomeClaims, proceedingsUnderWay, statedActs } from '../../src/text/semantic/acts.js';
import { LEGAL_LANGS, proceedingsIn } from '../../src/text/semantic/acts-other-languages.js';

const W = String.raw`[ \u00a0]+`;
// Proceedings are active: someone is arrested, charged, suspected, accused, bailed, remanded or due in court.
const ACTIVE = /\b(?:arrest(?:ed|s)?|charged|charge[ \u00a0]+of|suspects?|suspected|accused|defendants?|remanded|bail(?:ed)?|in[ \u00a0]+custody|detained|in[ \u00a0]+connection[ \u00a0]+with|appear(?:s|ed)?[ \u00a0]+(?:at|before|in)|court|trial|indicted|indictment|awaiting)\b/iu;
// ACTIVE is bounded by `\b` on both sides: each alternative, as the whole words it contains.
const mayBeActive = phraseGate(['arrest', 'arrested', 'arrests', 'charged', 'charge of', 'suspect', 'suspects', 'suspected', 'accused', 'defendant', 'defendants', 'remanded', 'bail', 'bailed', 'in custody', 'detained', 'in connection with', 'appear', 'appears', 'appeared', 'court', 'trial', 'indicted', 'indictment', 'awaiting']);
// Proceedings ended with a conviction in the same sentence.
// "will no doubt be convicted" is a prediction, not a conviction: an outcome after "be" does not count.
const CONVICTED = /\b(?:found[ \u00a0]+guilty|pleaded[ \u00a0]+guilty|pled[ \u00a0]+guilty|pleads[ \u00a0]+guilty|admitted|(?<!\bbe[ \u00a0]+)(?:convicted|sentenced|jailed|imprisoned)|was[ \u00a0]+given|ordered[ \u00a0]+to[ \u00a0]+serve)\b/iu;
const LABEL = String.raw`(?:thief|thieves|killer|killers|murderer|burglar|burglars|rapist|attacker|culprit|culprits|offender|robber|robbers|arsonist|paedophile|pedophile|abuser|fraudster|vandal|thug|thugs|predator|perpetrator|perpetrators|drug${W}dealer|gunman|knifeman|stalker)(?![ \u00a0]+(?:offence|offense|damage|investigation|record|justice|court|activity|behaviour|behavior|gang|network|exploitation))`;
const NAME = String.raw`\p{Lu}\p{Ll}+(?:${W}\p{Lu}\p{Ll}+){0,2}`;
// Offender nouns after "the kind of": the labels above, and dealers and criminals in general.
const KIND_OF = String.raw`${LABEL}|dealers?|criminals?|scum|lowlifes?|monsters?|predators|offenders|abusers|attackers|killers`;
const PERSON = String.raw`(?:he|she|they|him|the${W}(?:man|woman|men|women|suspect|accused|defendant|arrested${W}(?:man|woman)|teenager|youth)|${NAME})`;

// A certainty word or phrase ("clearly", "no doubt", "we're sure") …
const CERTAIN = String.raw`(?:clearly|obviously|definitely|undoubtedly|certainly|surely|plainly|evidently|unquestionably|absolutely|no${W}doubt|without${W}(?:a${W}|any${W})?doubt|beyond${W}(?:any${W}|all${W}|reasonable${W})?doubt|no${W}question|make${W}no${W}mistake|100%|for${W}sure|(?:we|I)(?:['’]re|['’]m|${W}are|${W}am)${W}(?:sure|certain|confident|convinced))`;
// … then, within a few words, guilt, a conviction or sentence to come, or the offender's role. "responsible"
// must end the phrase ("the person responsible", "responsible for the attack"): "responsible dog
// ownership" is not about guilt.
const GUILT = String.raw`(?:guilty|(?:be|get|been)${W}(?:convicted|jailed|sent${W}down|locked${W}up|put${W}away|found${W}guilty|behind${W}bars)|responsible(?=[ \u00a0]*(?:[.,;:!?)]|$)|${W}for${W}(?:the|this|these|that|it|her|his|their)\b)|to${W}blame|did${W}(?:it|this|that)|done${W}(?:it|this)|behind${W}(?:it|this|the${W}(?:attack|assault|burglar\w*|robber\w*|murder|killing|stabbing|shooting|fire|theft|thefts|crime|crimes|offences?))|the${W}${LABEL}|a${W}${LABEL})`;

// The organisation as the subject of the certainty word: "we are clearly responsible for the roads".
const SELF_BEFORE = /\b(?:we|I|us|the[ \u00a0]+council|the[ \u00a0]+department)(?:['’]re|['’]m|[ \u00a0]+are|[ \u00a0]+am|[ \u00a0]+is)?[ \u00a0]*$/iu;

const PATTERNS: ReadonlyArray<{ re: () => RegExp; what: string; named?: boolean; certain?: boolean }> = [
  { re: lazyRegExp(String.raw`\b${CERTAIN}(?:,?${W}[\p{L}'’-]+){0,6}?,?${W}${GUILT}`, 'giu'), what: 'asserts guilt', certain: true },
  // Guilt asserted without a certainty word: "we've got the right man", "bang to rights", "will be jailed".
  { re: lazyRegExp(String.raw`\b(?:got|have|caught|arrested|found|charged)${W}(?:our|the|their)${W}(?:right|correct)${W}(?:man|woman|men|women|person|people|guy|lad|suspect|culprit|offender)\b|\bbang${W}to${W}rights\b|\bwill${W}(?:be|get)${W}(?:convicted|jailed|sent${W}down|locked${W}up|put${W}away|found${W}guilty)\b`, 'giu'), what: 'presumes the outcome of the case' },
  { re: lazyRegExp(String.raw`\b(?:clearly|obviously|definitely|undoubtedly|certainly|plainly|evidently|without${W}(?:a${W})?doubt|100%|beyond${W}doubt)${W}(?:guilty|responsible|to${W}blame|the${W}${LABEL}|a${W}${LABEL}|behind${W}(?:it|this|the))\b`, 'giu'), what: 'asserts guilt', certain: true },
  { re: lazyRegExp(String.raw`\b(?:is|are|was|were|being)${W}(?:also${W})?guilty\b`, 'giu'), what: 'asserts guilt' },
  { re: lazyRegExp(String.raw`\bguilty${W}(?:man|woman|party|parties|person|people)\b`, 'giu'), what: 'asserts guilt' },
  { re: lazyRegExp(String.raw`\b${PERSON},?${W}(?:is|was|who${W}is|who${W}was)${W}(?:clearly${W}|obviously${W})?(?:the|a)${W}${LABEL}\b`, 'gu'), what: 'labels the suspect as the offender', named: true },
  { re: lazyRegExp(String.raw`\b${NAME},${W}(?:the|a)${W}${LABEL}\b`, 'gu'), what: 'labels the suspect as the offender', named: true },
  { re: lazyRegExp(String.raw`\bthe${W}${LABEL},?${W}${NAME}\b`, 'gu'), what: 'labels the suspect as the offender', named: true },
  { re: lazyRegExp(String.raw`\b(?:has|had|have|with)${W}(?:a${W})?(?:(?:long|lengthy|extensive|violent|criminal|documented)${W})?(?:history|record|string|catalogue)${W}of${W}(?:violence|violent|offending|crime|crimes|burglar\w*|theft|thefts|assaults?|convictions|previous${W}convictions|drug\w*|domestic${W}\w+|sexual${W}\w+|dishonesty|fraud|criminality|arrests)\b`, 'giu'), what: 'attacks the suspect\u2019s character or history' },
  { re: lazyRegExp(String.raw`\b(?:is|are|was|were)${W}(?:well[- ])?known${W}to${W}(?:the${W})?(?:police|officers|us|the${W}courts)\b`, 'giu'), what: 'attacks the suspect\u2019s character or history' },
  { re: lazyRegExp(String.raw`\b(?:previous${W}convictions${W}for|prolific${W}(?:offender|burglar|thief|shoplifter)|career${W}criminal|has${W}form${W}for|dangerous${W}(?:thug|criminal|individual)|violent${W}(?:thug|criminal|man|individual|thug))\b`, 'giu'), what: 'attacks the suspect\u2019s character or history' },
  { re: lazyRegExp(String.raw`\b(?:believed|thought|suspected|likely|may|might|could|probably|almost${W}certainly)${W}(?:also${W})?(?:to${W})?(?:be|have${W}been|have)${W}(?:responsible${W}for|behind|involved${W}in|committed|carried${W}out)${W}(?:other|a${W}(?:number|series|spate|string)${W}of|several|many|more|further|similar|previous|dozens${W}of|all${W}(?:the|of${W}the))\b`, 'giu'), what: 'links the suspect to other crimes' },
  { re: lazyRegExp(String.raw`\b(?:linked|connected)${W}to${W}(?:other|a${W}(?:number|series|spate|string)${W}of|several|many|more|further|similar|previous|dozens${W}of)${W}(?:burglaries|attacks|offences|offenses|crimes|incidents|robberies|thefts|assaults)\b`, 'giu'), what: 'links the suspect to other crimes' },
  { re: lazyRegExp(String.raw`\b(?:we|police|officers)${W}(?:believe|suspect|think|are${W}confident)${W}(?:that${W})?(?:he|she|they|the${W}(?:man|woman|suspect))${W}(?:is|are|was|were)${W}(?:also${W})?(?:responsible|behind|guilty)\b`, 'giu'), what: 'links the suspect to other crimes' },
  { re: lazyRegExp(String.raw`\b(?:is|was|are|were)${W}(?:a${W})?(?:dangerous|violent|vicious|nasty|evil|notorious|sick|depraved|callous|cowardly)${W}(?:thug|thugs|criminal|criminals|man|woman|individual|offender|thief|predator|monster|animal|coward|lowlife)\b`, 'giu'), what: 'attacks the suspect\u2019s character or history' },
  { re: lazyRegExp(String.raw`\b(?:will${W}(?:finally${W})?|is${W}going${W}to${W}|can${W}now${W})?(?:get|gets|getting)${W}what${W}(?:he|she|they)${W}(?:deserves?|had${W}coming)\b|\b(?:will${W})?(?:answer|pay)${W}for${W}what${W}(?:he|she|they)${W}(?:did|has${W}done|have${W}done|had${W}done)\b`, 'giu'), what: 'presumes the outcome of the case' },
  // Wishing or promising punishment on someone arrested or charged: "we hope he gets the sentence he
  // deserves", "we'll make sure he pays for every tonne", "let's hope she does time". A fine already imposed
  // ("make sure he pays the fine") is enforcement and names no punishment to come; support for a victim
  // ("gets the care she deserves") names no punishment.
  { re: lazyRegExp(String.raw`\b(?:gets?|getting|receives?|given|serves?|faces?)${W}(?:the|a|every${W}day${W}of${W}the)${W}(?:(?:full|maximum|longest|toughest|harshest|stiffest|heaviest)${W})?(?:sentence|punishment|jail${W}(?:term|time|sentence)|prison${W}(?:term|time|sentence)|time|penalty)${W}(?:that${W})?(?:he|she|they)${W}(?:deserves?|has${W}coming|had${W}coming)\b`, 'giu'), what: 'wishes a punishment before any verdict' },
  { re: lazyRegExp(String.raw`\b(?:make${W}sure|ensure|see${W}to${W}it${W}that|see${W}that)${W}(?:he|she|they|the${W}(?:man|woman|men|women|accused|driver|suspect|defendant|pair|gang))${W}(?:pays?${W}for${W}(?:(?:every|each|all)(?:${W}\p{L}+)?|this|it|what|that|the${W}(?:damage|harm|mess|misery|suffering))|(?:is|are|gets?)${W}(?:punished|jailed|locked${W}up|sent${W}down|put${W}away|behind${W}bars|made${W}to${W}pay)|(?:is|are|gets?)${W}(?:struck${W}off|banned|barred|disqualified|deregistered)|loses?${W}(?:his|her|their)${W}(?:licen[cs]e|registration|business)|never${W}(?:does|do|practi[sc]es?|practi[sc]e|works?|drives?|trades?|operates?|teaches?|coaches?|keeps?|owns?|runs?|holds?${W}(?:a|another)${W}licen[cs]e|sets?${W}foot${W}in|harms?|hurts?)(?:${W}(?:it|this|that|anyone|anybody|animals?|dogs?|children|patients|here|with${W}(?:animals|dogs|children|patients|anyone|vulnerable${W}people)|in${W}(?:this|our|the)${W}\p{L}+|a${W}\p{L}+|another${W}\p{L}+)){0,2}${W}again)\b`, 'giu'), what: 'promises a punishment before any verdict' },
  { re: lazyRegExp(String.raw`\b(?:(?:we|I)${W}hope|hopefully|let['’]s${W}hope|here['’]s${W}hoping)${W}(?:that${W})?(?:he|she|they|the${W}(?:man|woman|men|women|accused|driver|suspect|defendant|pair|gang))${W}(?:rots?|goes${W}down|go${W}down|does${W}time|do${W}time|(?:is|are|gets?)${W}(?:locked${W}up|jailed|sent${W}down|put${W}away|punished)|never${W}(?:gets?|sees?)${W}out|(?:gets?|receives?|faces?)${W}(?:the${W})?(?:book${W}thrown|maximum|full${W}force))\b`, 'giu'), what: 'wishes a punishment before any verdict' },
  { re: lazyRegExp(String.raw`\bthrow${W}the${W}book${W}at${W}(?:him|her|them)\b`, 'giu'), what: 'wishes a punishment before any verdict' },
  // "deserves everything that's coming to him", "what's coming to her": punishment to come, wished.
  { re: lazyRegExp(String.raw`\b(?:deserves?|will${W}get|is${W}going${W}to${W}get|gets?)${W}(?:everything|all|whatever|exactly${W}what)${W}(?:that['’]s|that${W}is|that${W}will${W}be|is|he['’]s|she['’]s|they['’]ve|he${W}has|she${W}has)${W}(?:got${W})?coming(?:${W}to${W}(?:him|her|them))?|\bwhat['’]s${W}coming${W}to${W}(?:him|her|them)\b`, 'giu'), what: 'wishes a punishment before any verdict' },
  // Responsibility or intent stated about the person charged, without a certainty word: "he is responsible
  // for what happened", "She knowingly sold", "Pike deliberately ignored the warnings". Only the person's
  // acts and harm count: "he is responsible for the roads programme" is a job.
  { re: lazyRegExp(String.raw`\b(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he${W}(?:man|woman|owner|driver|accused|defendant)|${NAME})${W}(?:is|was|are|were)${W}(?:(?:solely|entirely|fully|directly|wholly|personally|completely)${W})?responsible${W}for${W}(?:what${W}happened|all${W}of${W}(?:this|it)|this|it${W}all|the${W}(?:deaths?|attacks?|injur(?:y|ies)|damage|harm|fire|crash|collision|loss(?:es)?|suffering|incident|pollution|spill|discharge|killing|stabbing|assault|theft|thefts|fraud|mess)|(?:his|her|their)${W}(?:deaths?|injur(?:y|ies)|suffering|loss))\b`, 'gu'), what: 'asserts guilt', named: true },
  { re: lazyRegExp(String.raw`\b(?:[Hh]e|[Ss]he|[Tt]hey|${NAME})${W}(?:knowingly|deliberately|intentionally|wilfully|willfully|purposely|purposefully|maliciously|callously|cynically)${W}(?:\p{Ll}{2,20}ed|let|put|left|sold|drove|ran|took|kept|set|hit|made|gave|broke|lied|misled|hid|stole|chose|went|sent|dumped|bought)\b`, 'gu'), what: 'asserts the intent of the person charged', named: true },
  // "arrested the man responsible", "identified the student responsible": whoever is caught is called the one who did it.
  { re: lazyRegExp(String.raw`\b(?:arrested|caught|charged|detained|found|identified|located|traced|apprehended|nabbed|tracked${W}down)${W}the${W}(?:\p{Ll}[\p{Ll}-]{1,20}${W}){1,2}responsible(?!${W}for${W}(?:keeping|maintaining|managing|looking|running|the${W}(?:service|team|programme|program|area|site|maintenance|upkeep)))\b|\b(?:arrested|caught|charged|detained|found)${W}the${W}(?:driver|man|woman|men|women|person|people|individual|youths?|teenagers?|boy|girl|pair|gang|group)${W}(?:who${W}(?:did${W}(?:this|it)|attacked|stole|killed|robbed|assaulted|caused))\b|\b(?:caught|arrested)${W}the${W}${LABEL}\b`, 'giu'), what: 'asserts guilt' },
  // "This is exactly the kind of dealer who is poisoning our communities": the suspect cast as a type of
  // offender. Only offender nouns count: "he was the kind of man who would help anyone" is a tribute.
  { re: lazyRegExp(String.raw`\b(?:this|that|he|she|they|these|those)(?:['’]s|['’]re|${W}(?:is|was|are|were))${W}(?:(?:exactly|just|precisely|clearly|obviously|typical(?:ly)?)${W})?(?:the|a)${W}(?:kind|kinds|type|types|sort|sorts)${W}of${W}(?:${KIND_OF})\b(?:,?${W}(?:who|that)\b[^.!?\n]{0,60})?`, 'giu'), what: 'casts the suspect as an offender' },
  // "the culprit has been caught", "the man who did this has been arrested": the person arrested or charged
  // called the offender.
  { re: lazyRegExp(String.raw`\bthe${W}(?:${LABEL}|(?:person|man|woman|men|women|people|driver|individual|youths?|teenagers?)${W}(?:responsible|who${W}did${W}(?:this|it)))${W}(?:has|have|had|is|are|was|were)${W}(?:now${W}|finally${W}|since${W})?(?:been${W})?(?:caught|arrested|charged|detained|apprehended|identified|tracked${W}down|nabbed|nicked|locked${W}up|behind${W}bars|in${W}custody)\b`, 'giu'), what: 'calls the person arrested or charged the offender' },
  { re: lazyRegExp(String.raw`\b(?:justice${W}(?:has${W}been|will${W}be)${W}served|got${W}(?:our|their|his|her)${W}man|off${W}the${W}streets${W}for${W}good|caught${W}red-?handed)\b`, 'giu'), what: 'presumes the outcome of the case' },
];

// Naming the accused. In Scotland, Northern Ireland and Ireland the police do not name people arrested or
// charged: the name becomes public when they appear in court, and until then identification can itself be
// in issue at trial (Scottish courts treat it as a contempt risk) and the name is criminal-offence data
// (UK GDPR art. 10). English, Welsh, US and Canadian police do name people charged, so the check needs the
// jurisdiction: a Scottish, Northern Irish or Irish body or court named in the post, or the en-IE locale.
const NAMELESS_JURISDICTION = /\b(?:Police[ \u00a0]+Scotland|Procurator[ \u00a0]+Fiscal|Crown[ \u00a0]+Office|COPFS|Sheriff[ \u00a0]+Court|PSNI|Police[ \u00a0]+Service[ \u00a0]+of[ \u00a0]+Northern[ \u00a0]+Ireland|Garda|Gardaí|Gardai|Garda[ \u00a0]+Síochána)\b/u;
const hasNamelessMarker = phraseGate(['police scotland', 'procurator fiscal', 'crown office', 'copfs', 'sheriff court', 'psni', 'police service of northern ireland', 'garda', 'gardai', 'garda', 'gardaí']);
const ACCUSED_NAME = String.raw`\p{Lu}\p{Ll}+(?:${W}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+){1,2}`;
// An adult (children are legal/identifying-child's) named as the person arrested or charged: "charged a
// 47-year-old man, Derek Baird", "Derek Baird, 47, of Kilbrannan, has been charged", "police arrested Derek Baird".
const NAMED_ACCUSED: ReadonlyArray<() => RegExp> = [
  lazyRegExp(String.raw`\b(?:charged|arrested|detained)${W}(?:an?${W})?(?:(?:[1-9]\d)-year-old${W})?(?:man|woman|person)(?:${W}\([1-9]\d\))?,${W}(${ACCUSED_NAME})`, 'gu'),
  lazyRegExp(String.raw`(${ACCUSED_NAME})(?:,${W}(?:aged${W})?[1-9]\d,)?(?:${W}(?:of|from)${W}\p{Lu}[\p{L}'’-]+(?:${W}\p{Lu}[\p{L}'’-]+){0,2},?)?${W}(?:has|have|had|was|were|is)${W}(?:been${W})?(?:arrested|charged)\b`, 'gu'),
  lazyRegExp(String.raw`\b(?:charged|arrested)${W}(${ACCUSED_NAME})(?:,${W}[1-9]\d\b|${W}(?:of|from)${W}\p{Lu}|${W}(?:with|in${W}connection|on${W}suspicion|after|following|over)\b)`, 'gu'),
];
// A court appearance already made: the name is then on the court record.
const APPEARED = /\b(?:appeared|appearing)[ \u00a0]+(?:at|in|before)\b|\bmade[ \u00a0]+no[ \u00a0]+plea\b/iu;

export default defineRule(withJudgement('guilt', 'Read as a whole, this asserts the guilt of someone arrested or charged before any trial: it risks contempt of court. State only the arrest or charge and the basic facts.', {
  id: 'legal/prejudicial-statement',
  category: 'legal',
  description: 'Statements that could prejudice a trial once someone is arrested or charged: assertions of guilt, character attacks, links to other crimes.',
  docs: {
    rationale: 'Once a suspect is arrested, publishing anything that creates a substantial risk of serious prejudice is contempt of court; say nothing beyond the charge and basic facts (Contempt of Court Act 1981; College of Policing APP; presumption of innocence).',
    flagged: ['Police have arrested John Mallory, 34, who is clearly guilty of the burglary.', 'The man charged has a long history of violence and is well known to police.'],
    clean: ['A man has been charged with burglary and will appear at Riverside Magistrates\u2019 Court on Monday.', 'John Mallory, 34, was found guilty of burglary and jailed for two years.', 'Who is responsible for bin collections? We are.'],
  },
  defaultSeverity: 'error',
  topics: ['contempt-of-court'],
  languages: ['en'],
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, text } = ctx.doc;
    // No post can have active proceedings.
    // Proceedings stated in the post's other language count too ("Mae tri dyn wedi'u harestio" before
    // "3 dealers off the streets"): asked only of drafts with spans in a language with legal data.
    const otherLangs = LEGAL_LANGS.filter((l) => ctx.spansOf(l).length > 0);
    // (`prose` blanks the spans of other languages for this English rule: they are read from `text`.)
    const underWayIn = (slice: string, post: { offset: number; endOffset: number }): boolean => proceedingsUnderWay(slice) || otherLangs.some((l) => proceedingsIn(l, text.slice(post.offset, post.endOffset)));
    if (!mayBeActive(ctx.doc.words()) && !mayBeUnderWay(ctx.doc.words()) && otherLangs.length === 0) return;
    const convicted = sentenceTest(ctx.doc, (t) => CONVICTED.test(t));
    const reported: Array<[number, number]> = [];
    for (const post of ctx.posts) {
      const slice = prose.slice(post.offset, post.endOffset);
      if (!ctx.doc.proseRegExp(ACTIVE).test(slice)) continue;
      const taken: Array<[number, number]> = [];
      for (const { re, what, named, certain } of PATTERNS) {
        for (const m of slice.matchAll(ctx.doc.proseRegExp(re()))) {
          const s = post.offset + m.index;
          const e = s + m[0].length;
          if (taken.some(([a, b]) => s < b && a < e)) continue;
          if (named && !namesPerson(m[0])) continue;
          // "We are clearly responsible for the roads": the organisation speaking of itself.
          if (certain && SELF_BEFORE.test(prose.slice(Math.max(post.offset, s - 25), s))) continue;
          if (convicted(s)) continue;
          // "not guilty" is the presumption, not an assertion.
          if (/\bnot[ \u00a0]+$/iu.test(prose.slice(Math.max(post.offset, s - 5), s)) || /\bnot[ \u00a0]+guilty\b/iu.test(m[0])) continue;
          taken.push([s, e]);
          reported.push([s, e]);
          ctx.report({
            offset: s,
            endOffset: e,
            message: `"${text.slice(s, e)}" ${what} while proceedings are active: this risks contempt of court. State only the arrest or charge and the basic facts.`,
            post: post.index,
          });
        }
      }
    }
    // By grammar: a crime verb stated as fact about someone, or an offender noun as their name, in a post
    // whose proceedings are under way and report no verdict ("the man who has been breaking into cars",
    // "He stole laptops", "The robber will appear").
    const lex = lexicon(ctx.settings.organisation.name || undefined);
    // A thread is read in order: a charge in its first post is the case its later posts are about ("… has
    // been charged" — "thanks for helping us catch the burglar").
    let underWayEarlier = false;
    for (const post of ctx.posts) {
      const slice = prose.slice(post.offset, post.endOffset);
      const underWay = underWayIn(slice, post);
      const earlier = underWayEarlier;
      underWayEarlier ||= underWay;
      if (!(underWay || earlier) || lex.match(tokenize(slice)).some((h) => h.cls === 'concluded')) continue;
      for (const sentence of ctx.doc.sentences()) {
        if (sentence.offset < post.offset || sentence.endOffset > post.endOffset) continue;
        const t = prose.slice(sentence.offset, sentence.endOffset);
        // A paragraph that says no one is arrested or charged is another story than the post's case ("Crews
        // found the culprit behind the power cut was a squirrel. Nobody has been arrested.").
        const from = Math.max(post.offset, prose.lastIndexOf('\n\n', sentence.offset) + 1);
        const to = prose.indexOf('\n\n', sentence.endOffset);
        if (NO_CASE.test(prose.slice(from, to < 0 || to > post.endOffset ? post.endOffset : to))) continue;
        for (const m of [...statedActs(lex, t), ...offenderLabels(lex, t), ...outcomeClaims(t)]) {
          const s = sentence.offset + m.start;
          const e = sentence.offset + m.end;
          if (reported.some(([a, b]) => s < b && a < e) || convicted(s)) continue;
          reported.push([s, e]);
          ctx.report({
            offset: s,
            endOffset: e,
            message: m.why === 'states the act as fact'
              ? `"${text.slice(s, e)}" states the act as fact about someone whose case is before the courts: this risks contempt of court. Say what they are charged with ("charged with …", "accused of …"), not what they did.`
              : m.why === 'presumes the outcome of the case'
                ? `"${text.slice(s, e)}" treats the case as already decided (only someone guilty can be stopped or have no defence): this risks contempt of court. State the arrest or charge and what happens next in court.`
                : `"${text.slice(s, e)}" calls the person in the case the offender before any verdict: this risks contempt of court. Use "the man charged", "the accused" or "the defendant".`,
            post: post.index,
          });
        }
      }
    }
    // Named accused, where the police would not name them.
    if (!(ctx.settings.locale === 'en-IE' || hasNamelessMarker(ctx.doc.words()))) return;
    for (const post of ctx.posts) {
      const slice = prose.slice(post.offset, post.endOffset);
      if (!(ctx.settings.locale === 'en-IE' || NAMELESS_JURISDICTION.test(slice)) || APPEARED.test(slice) || !/\b(?:charged|arrested|detained)\b/iu.test(slice)) continue;
      const seen: Array<[number, number]> = [];
      for (const re of NAMED_ACCUSED) {
        for (const m of slice.matchAll(ctx.doc.proseRegExp(re()))) {
          const name = m[1]!;
          const s = post.offset + m.index + m[0].indexOf(name);
          const e = s + name.length;
          if (seen.some(([a, b]) => s < b && a < e)) continue;
          if (!looksLikePersonName(name) || isOfficeHolder(prose, s, e) || NAMELESS_JURISDICTION.test(name) || convicted(s)) continue;
          seen.push([s, e]);
          ctx.report({
            offset: s,
            endOffset: e,
            sensitive: true,
            message: 'This names a person who has been arrested or charged, before any court appearance: police here do not name people at this stage, and naming them risks contempt (identification may be in issue at trial) and discloses criminal-offence data. Give only the age, sex and area instead.',
            post: post.index,
          });
        }
      }
    }
  },
}));

// The capitalised words in a label pattern must be a person's name ("John Mallory, the thief"), or a
// pronoun or "the man/suspect" stands in for one; "On Monday, the attacker" and "This is a…" are not.
const NOT_A_NAME = new Set('This That It There Here What Which Who Police Officers Detectives Today Yesterday Tonight Earlier Later However Meanwhile Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December We You Our Your One Someone Anyone Nobody Everyone'.split(' '));

function namesPerson(match: string): boolean {
  const caps = /\p{Lu}\p{Ll}+(?:[ \u00a0]+\p{Lu}\p{Ll}+){0,2}/u.exec(match.replace(/^the[ \u00a0]+/u, ''));
  if (!caps) return true;
  if (/^(?:He|She|They|Him|The)$/u.test(caps[0])) return true;
  if (!/\s/u.test(caps[0])) return !NOT_A_NAME.has(caps[0]);
  return looksLikePersonName(caps[0]);
}
