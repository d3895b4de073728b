// legal/naming-and-shaming: a named private person accused of an offence or called a criminal when
// nothing in the post says they were charged or convicted: "This is Declan Murphy, caught dumping
// rubbish", "Gary Hughes is a crook who should be in jail". Generic warnings name no one ("Help us catch
// the fly-tippers", "Beware of fraudsters posing as council staff") and are left alone, as are wanted
// appeals and court results, which rest on a warrant, a charge or a conviction.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { looksLikePersonName, isOfficeHolder } from '../../src/text/names.js';
import { phraseGate, type WordSet } from '../../src/text/gate.js';

const W = String.raw`[ \u00a0]+`;
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?${W})?\p{Lu}\p{Ll}+(?:${W}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+){1,2}`;
// Offence labels for a person.
// Not a label when a noun follows: "the criminal defence lawyer", "the fraud team".
const LABEL_END = String.raw`(?![ \u00a0]+(?:defen[cs]e|lawyers?|law|justice|records?|investigat\w*|court|barristers?|solicitors?|teams?|officers?|squad|unit|prevention|awareness|departments?|specialists?|experts?|reduction|damage|gangs?|networks?|activity|behaviou?r|offen[cs]es?|charges?|cases?|proceedings|prosecutions?|hotline|line|scheme|alert|warning)\b)`;
const LABEL = String.raw`(?:crook|liar|fraudster|fraud|thief|fly-?tipper|vandal|shoplifter|burglar|scammer|con${W}?man|con${W}artist|cheat|criminal|drug${W}dealer|thug|lowlife|scumbag|abuser|paedophile|pedophile|predator|racist|litter${W}lout|serial${W}offender)`;
// Offences in the act: "caught dumping", "filmed stealing".
const ACT = String.raw`(?:dumping|fly-?tipping|littering|stealing|shoplifting|vandalising|vandalizing|spraying${W}graffiti|damaging|smashing|breaking${W}into|setting${W}fire${W}to|dealing${W}drugs|selling${W}drugs|abusing|assaulting|threatening|harassing|speeding|drink-?driving|parking${W}illegally|letting${W}(?:his|her|their)${W}dog${W}foul)`;
const CAUGHT = String.raw`(?:caught|seen|spotted|filmed|photographed|pictured|recorded|captured|snapped)(?:${W}on${W}(?:camera|CCTV|video|film))?`;

// Word gates. Every LABEL and ACT alternative, as the whole words a match contains: each starts after a
// space or `\b` and ends before a space, a hyphen or (LABEL: after an optional plural "s") `\b`.
const LABEL_PHRASES = ['crook', 'liar', 'fraudster', 'fraud', 'thief', 'fly tipper', 'flytipper', 'vandal', 'shoplifter', 'burglar', 'scammer', 'con man', 'conman', 'con artist', 'cheat', 'criminal', 'drug dealer', 'thug', 'lowlife', 'scumbag', 'abuser', 'paedophile', 'pedophile', 'predator', 'racist', 'litter lout', 'serial offender']
  .flatMap((p) => [p, `${p}s`]);
const ACT_PHRASES = ['dumping', 'fly tipping', 'flytipping', 'littering', 'stealing', 'shoplifting', 'vandalising', 'vandalizing', 'spraying graffiti', 'damaging', 'smashing', 'breaking into', 'setting fire to', 'dealing drugs', 'selling drugs', 'abusing', 'assaulting', 'threatening', 'harassing', 'speeding', 'drink driving', 'drinkdriving', 'parking illegally', 'letting dog foul'];
const CAUGHT_WORDS = ['caught', 'seen', 'spotted', 'filmed', 'photographed', 'pictured', 'recorded', 'captured', 'snapped'];
const hasLabel = phraseGate(LABEL_PHRASES);
const hasAct = phraseGate(ACT_PHRASES);
const hasCaught = phraseGate(CAUGHT_WORDS);

// `gate`: false when the draft lacks a word every match of the pattern contains (see the lists above).
const PATTERNS: ReadonlyArray<{ re: RegExp; what: string; gate: (words: WordSet) => boolean }> = [
  // "Gary Hughes is a crook", "Gary Hughes, the fly-tipper", "Gary Hughes – a known thief".
  { re: new RegExp(String.raw`(${NAME})(?:,?${W}(?:is|was|are)${W}(?:(?:a|an|the)${W})?(?:(?:known|serial|prolific|notorious|total|lying|nasty|local|convicted)${W})?|,?${W}(?:the|a|an)${W}(?:(?:known|serial|prolific|notorious|local)${W})?|${W}[–—-]${W}(?:(?:a|an|the)${W})?(?:(?:known|serial|prolific|notorious|local)${W})?)${LABEL}s?\b${LABEL_END}`, 'gu'), what: 'calls a named person an offender', gate: hasLabel },
  // "Declan Murphy was caught dumping", "Declan Murphy, pictured dumping".
  // A caption naming the person in the act: "Declan Murphy of Ballyhale dumping rubbish".
  { re: new RegExp(String.raw`(${NAME})(?:${W}(?:of|from)${W}\p{Lu}\p{Ll}+(?:${W}\p{Lu}\p{Ll}+)?)?,?${W}(?:(?:(?:who${W})?(?:was|were|is|has${W}been|had${W}been)${W})?(?:(?:clearly|recently|again)${W})?${CAUGHT}${W}(?:(?:red-?handed|yesterday|today|last${W}night)${W})?)?${ACT}\b`, 'gu'), what: 'accuses a named person of an offence', gate: hasAct },
  // "Gary Hughes should be in jail", "deserves to be locked up".
  { re: new RegExp(String.raw`(${NAME})(?:,?${W}[\p{Ll}'’-]+){0,6}?,?${W}(?:should|ought${W}to|deserves${W}to|needs${W}to)${W}be${W}(?:in${W}(?:jail|prison|gaol)|behind${W}bars|locked${W}up|put${W}away|jailed|prosecuted|ashamed${W}of${W}(?:himself|herself|themselves))\b`, 'gu'), what: 'accuses a named person of an offence', gate: phraseGate(['should', 'ought', 'deserves', 'needs']) },
  // "This is Declan Murphy." with the act elsewhere in the post (a photo caption that names and shames).
  { re: new RegExp(String.raw`\b(?:This|this|Meet|meet|Say${W}hello${W}to)${W}(?:is${W})?(${NAME})\b`, 'gu'), what: 'names a person shown as an offender', gate: phraseGate(['this', 'meet', 'say']) },
];
// Words that make "This is <name>" an accusation when they appear in the same post.
const POST_OFFENCE = new RegExp(String.raw`\b(?:${CAUGHT}${W}(?:[\p{L}'’-]+${W}){0,3}?${ACT}|${ACT}${W}(?:rubbish|waste|litter|bags|a${W}(?:mattress|sofa|fridge))|${LABEL}s?\b)`, 'iu');
// Its three branches need a CAUGHT word, an ACT or a LABEL (the ACT of the first is not right-bounded):
// the gates of the first two PATTERNS, or hasCaught.
// The post rests on due process: a charge, a conviction, a court result, a penalty or a wanted appeal.
// An arrest or a suspect is left to legal/prejudicial-statement, which judges what may be said then.
const DUE_PROCESS = /\b(?:charged|convicted|found[ \u00a0]+guilty|pleaded[ \u00a0]+guilty|pled[ \u00a0]+guilty|admitted|sentenced|jailed|fined|prosecuted|ordered[ \u00a0]+to[ \u00a0]+pay|court|magistrates|tribunal|wanted|warrant|recalled[ \u00a0]+to[ \u00a0]+prison|fixed[ \u00a0]+penalty|FPN|infringement[ \u00a0]+notice|criminal[ \u00a0]+behaviour[ \u00a0]+order|banned|disqualified|arrest(?:ed)?|in[ \u00a0]+custody|remanded|bailed|suspect(?:ed)?)\b/iu;
// Threats and warnings about proceedings to come are not due process: "We'll see him in court",
// "offenders will be prosecuted".
const THREAT = /\b(?:see|take|taking|drag|bring)[ \u00a0]+(?:him|her|them|you|this[ \u00a0]+\w+)[ \u00a0]+(?:to|in|into|before)[ \u00a0]+(?:the[ \u00a0]+)?court\b|\b(?:will|could|may|can|might)[ \u00a0]+(?:be|face|lead[ \u00a0]+to)[ \u00a0]+(?:prosecuted|prosecution|fined|court)\b|\b(?:face|facing|risk)[ \u00a0]+(?:prosecution|court|a[ \u00a0]+fine)\b/giu;
// Every THREAT alternative ends in one of these words (bounded on both sides): without one, it cannot match.
const THREAT_WORDS = ['court', 'prosecuted', 'prosecution', 'fined', 'fine'];
// Dishonesty alleged of someone the post points at (the reader, a contractor, "they"), named or not:
// "they were fudging their patrol logs and pocketing the money", "You're the kind of slumlord who pockets
// the rent". A public body that says it of an identifiable party, with nothing proved, defames them.
// (A warning about the crime in general, "cooking the books is fraud", has no one as its subject.)
const ACCUSED = String.raw`(?:they|he|she|you|You|They|He|She|who|the${W}(?:contractor|landlord|company|firm|owner|operator|trader|builder|developer|supplier)s?)`;
// (The accused may be named in apposition and caught at it: "the owner, Pat Cronin, has been caught
// falsifying care records".)
const DISHONESTY = new RegExp(
  String.raw`\b${ACCUSED}(?:,${W}${NAME},)?${W}(?:(?:were|was|is|are|have${W}been|has${W}been|had${W}been)${W})?(?:(?:just|basically|clearly|openly|always)${W})?(?:(?:caught|found)${W})?(?:fudging|fudged|fudges|falsifying|falsified|falsifies|faking|faked|fakes|fiddling|fiddled|fiddles|doctoring|doctored|cooking|cooked|cooks)${W}(?:(?:the|their|his|her|its|your)${W})?(?:[\p{L}-]+${W}){0,2}?(?:logs?|books|records?|figures|numbers|accounts|timesheets?|reports?|data|invoices?|paperwork)\b` +
    String.raw`|\b${ACCUSED}${W}(?:(?:were|was|is|are|have${W}been|has${W}been)${W})?(?:(?:just|simply|always)${W})?(?:pocketing|pocketed|pockets)${W}the${W}(?:money|cash|rent|funds|difference|grant|deposits?)\b` +
    String.raw`|\b(?:[Yy]ou['’]re|[Yy]ou${W}are)${W}(?:(?:a|an|the|just${W}a|nothing${W}but${W}a)${W})?(?:(?:kind|sort|type)${W}of${W})?(?:slumlord|crook|liar|fraud|fraudster|thief|cowboy|scammer|con${W}artist|rogue${W}landlord|rogue${W}trader)\b`,
  'gu',
);
// A named business (capitalised words, "&" allowed, and where it trades from) or "they" accused, as fact,
// of running something illegal, cheating or lying to its customers, or of cutting corners: "High Desert
// Trophy Outfitters out of Eureka has been running illegal hunts … and cheating its clients", "They're a
// pack of cowboys who've been cutting corners on every job". (A court result rests on due process, see
// DUE_PROCESS; a warning about the practice in general has no one as its subject.)
// (Name words without apostrophes: "Coastline's been" would split two ways.)
const TRADER = String.raw`(?:\p{Lu}[\p{L}-]*(?:${W}(?:&${W})?\p{Lu}[\p{L}-]*){1,4}(?:${W}(?:out${W}of|based${W}in|of|from|in)${W}\p{Lu}[\p{L}-]*(?:${W}\p{Lu}[\p{L}-]*)?)?|[Tt]hey|who)`;
const MISCONDUCT = String.raw`(?:running${W}(?:illegal|unlicensed|unlicenced|bogus|fake|dodgy)${W}[\p{Ll}-]+|operating${W}(?:illegally|without${W}(?:a${W})?licen[cs]e)|(?:cheating|scamming|conning|swindling|defrauding|fleecing|ripping${W}off|lying${W}to|deceiving|misleading)${W}(?:(?:its|their|his|her|our|local|the)${W})?(?:clients|customers|residents|tenants|buyers|investors|hunters|visitors|families|people|patients|taxpayers|ratepayers|pensioners|the${W}public|everyone)|ripping${W}(?:people|residents|customers|clients|tenants|taxpayers|ratepayers)${W}off|cutting${W}corners|(?:billing|charging|invoicing)${W}(?:the${W}[\p{L}-]+|us|ratepayers|taxpayers|customers|residents|clients)${W}for${W}(?:[\p{L}-]+${W}){0,3}?(?:work|jobs?|repairs|services?|hours)${W}(?:that${W})?(?:they|it|he|she)${W}(?:never|didn['’]t|did${W}not)${W}(?:actually${W})?(?:did|do|done|delivered|deliver|carried${W}out|carry${W}out|completed|complete|provided|provide)\b|(?<!\b(?:Street|Road|Lane|Avenue|Way|Drive|Bridge|Park|Hill|Junction|Roundabout|Crossing|Highway|Motorway|Estate|Centre|Center)${W}(?:is|are|was|were|has${W}been|have${W}been)${W})(?:(?:totally|completely|utterly)${W})?(?:dodgy|crooked|corrupt|shady|dishonest)\b(?!${W}(?:wiring|roofs?|pipes?|weather|connections?|ground|signal|knee|back|stretch|bend|corner)))`;
const TRADER_MISCONDUCT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${TRADER}(?:['’](?:ve|s)${W}been|['’]re|${W}(?:has|have|had)${W}been|${W}(?:is|are|was|were|keeps?|kept)|${W}been)${W}(?:(?:openly|clearly|basically|just|always|also|routinely)${W})?${MISCONDUCT}\b` +
    // The past tense, no auxiliary: "Kerr Civil Ltd cut corners and pocketed ratepayers' money".
    String.raw`|(?<![\p{L}\p{N}])${TRADER}${W}(?:(?:openly|clearly|basically|just|always|also|routinely|deliberately)${W})?(?:cut${W}corners|pocketed${W}(?:the${W}|our${W}|(?:ratepayers|taxpayers|residents|customers|tenants)['’]${W})?(?:money|cash|funds|rates|grant|deposits?)|ripped${W}(?:off${W}(?:\p{Ll}+${W})?(?:customers|residents|ratepayers|taxpayers|clients|tenants|people|everyone)|(?:customers|residents|ratepayers|taxpayers|clients|tenants|people)${W}off)|(?:cheated|scammed|conned|swindled|defrauded|fleeced)${W}(?:(?:its|their|his|her|our|local|the)${W})?(?:clients|customers|residents|tenants|buyers|ratepayers|taxpayers|people|pensioners|the${W}public|everyone|us))\b` +
    String.raw`|\b(?:[Tt]hey['’]re|[Tt]hey${W}are|[Tt]hey${W}were)${W}(?:(?:a|just${W}a|nothing${W}but${W}a)${W}(?:pack|bunch|gang|load|shower)${W}of${W})?(?:cowboys|crooks|cheats|liars|sharks|con${W}artists|conmen|scammers|thieves|frauds|fraudsters|rogues|rogue${W}traders)\b`,
  'gu',
);
// "Callers claiming to be from British Gas are scamming residents": the business is the one impersonated.
const IMPERSONATED_BEFORE = /\b(?:claiming|claim|claims|pretending|pretend|purporting|posing|pose|poses|impersonating|impersonate|saying[ \u00a0]+they|say[ \u00a0]+they)\b/iu;
/** The part of the sentence in the 60 characters before `s`. */
const clauseBefore = (prose: string, from: number, s: number): string => prose.slice(Math.max(from, s - 60), s).split(/[.!?\n]/u).at(-1) ?? '';
const MISCONDUCT_WORDS = ['billing', 'charging', 'invoicing', 'cut', 'pocketed', 'ripped', 'cheated', 'scammed', 'conned', 'swindled', 'defrauded', 'fleeced', 'running', 'operating', 'cheating', 'scamming', 'conning', 'swindling', 'defrauding', 'fleecing', 'ripping', 'lying', 'deceiving', 'misleading', 'cutting', 'cowboys', 'crooks', 'cheats', 'liars', 'sharks', 'conmen', 'scammers', 'thieves', 'frauds', 'fraudsters', 'rogues', 'rogue', 'dodgy', 'crooked', 'corrupt', 'shady', 'dishonest'];
const DISHONESTY_WORDS = ['fudging', 'fudged', 'fudges', 'falsifying', 'falsified', 'falsifies', 'faking', 'faked', 'fakes', 'fiddling', 'fiddled', 'fiddles', 'doctoring', 'doctored', 'cooking', 'cooked', 'cooks', 'pocketing', 'pocketed', 'pockets', 'slumlord', 'crook', 'liar', 'fraud', 'fraudster', 'thief', 'cowboy', 'scammer', 'con', 'rogue'];
// The organisation owning its own failing ("we were fudging the figures") defames no one.
const SELF_BEFORE = /\b(?:we|I|our)\b[^.!?]{0,20}$/iu;

// "This is Katie, our new ranger": a role introduces a colleague, not an offender.
const INTRO_AFTER = /^,?[ \u00a0]+(?:our|the|a|an|who[ \u00a0]+(?:has[ \u00a0]+)?(?:joined|works|leads|runs|volunteers))\b/u;

export default defineRule({
  id: 'legal/naming-and-shaming',
  category: 'legal',
  description: 'A named person accused of an offence or called a criminal ("caught dumping", "a crook", "should be in jail"), someone the post points at accused of dishonesty ("they were fudging their logs"), or a named business accused of misconduct ("has been running illegal hunts", "a pack of cowboys"), when the post mentions no charge or conviction.',
  docs: {
    rationale: 'Publishing that an identifiable person committed an offence before any charge or conviction is defamatory if it cannot be proved, prejudges any prosecution and breaches the presumption of innocence: report the behaviour, ask for information, and name people only on charge or conviction.',
    flagged: ['This is Declan Murphy. He was caught on camera dumping rubbish in Mill Lane.', 'Gary Hughes is a crook who should be in jail.'],
    clean: ['Help us catch the fly-tippers: report fly-tipping at riverside.gov.uk/report.', 'Beware of fraudsters posing as council staff.', 'Gary Hughes, 41, was fined £400 at Riverside Magistrates’ Court for fly-tipping.'],
  },
  defaultSeverity: 'warning',
  topics: ['defamation', 'contempt-of-court'],
  languages: ['en'],
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, text } = ctx.doc;
    const words = ctx.doc.words();
    // Patterns that cannot match in this draft; with none left, there is nothing to check per post.
    const live = PATTERNS.map(({ gate }) => gate(words));
    // The last ("This is <name>") also needs POST_OFFENCE in its post.
    live[PATTERNS.length - 1] &&= live[0]! || live[1]! || hasCaught(words);
    const dishonesty = words.hasAny(DISHONESTY_WORDS);
    const misconduct = words.hasAny(MISCONDUCT_WORDS);
    if (!live.includes(true) && !dishonesty && !misconduct) return;
    for (const post of ctx.posts) {
      const slice = prose.slice(post.offset, post.endOffset);
      if (ctx.doc.proseRegExp(DUE_PROCESS).test(words.hasAny(THREAT_WORDS) ? slice.replace(ctx.doc.proseRegExp(THREAT), (t) => ' '.repeat(t.length)) : slice)) continue;
      const taken: Array<[number, number]> = [];
      DISHONESTY.lastIndex = 0;
      for (const m of dishonesty ? slice.matchAll(DISHONESTY) : []) {
        const s = post.offset + m.index;
        const e = s + m[0].length;
        if (SELF_BEFORE.test(prose.slice(Math.max(post.offset, s - 24), s))) continue;
        taken.push([s, e]);
        ctx.report({
          offset: s,
          endOffset: e,
          message: `"${text.slice(s, e)}" accuses someone the post points at of dishonesty with nothing proved: this risks defamation. Say what was found and what happens next, not what you think of them.`,
          post: post.index,
        });
      }
      for (const m of misconduct ? slice.matchAll(TRADER_MISCONDUCT) : []) {
        const s = post.offset + m.index;
        const e = s + m[0].length;
        if (taken.some(([a, b]) => s < b && a < e) || SELF_BEFORE.test(prose.slice(Math.max(post.offset, s - 24), s + 3)) || IMPERSONATED_BEFORE.test(clauseBefore(prose, post.offset, s))) continue;
        taken.push([s, e]);
        ctx.report({
          offset: s,
          endOffset: e,
          message: `"${text.slice(s, e)}" accuses a business or trader of misconduct as fact, with nothing proved: this risks defamation. Say what was found and what happens next (a notice, an investigation), not what you think of them.`,
          post: post.index,
        });
      }
      PATTERNS.forEach(({ re, what }, i) => {
        if (!live[i]) return;
        const intro = i === PATTERNS.length - 1;
        if (intro && !POST_OFFENCE.test(slice)) return;
        re.lastIndex = 0;
        for (const m of slice.matchAll(re)) {
          const name = m[1]!;
          const nameAt = post.offset + m.index + m[0].indexOf(name);
          if (!looksLikePersonName(name) || isOfficeHolder(prose, nameAt, nameAt + name.length)) continue;
          const s = intro ? nameAt : post.offset + m.index;
          const e = intro ? nameAt + name.length : post.offset + m.index + m[0].length;
          if (intro && INTRO_AFTER.test(prose.slice(e, e + 40))) continue;
          if (taken.some(([a, b]) => s < b && a < e)) continue;
          taken.push([s, e]);
          ctx.report({
            offset: s,
            endOffset: e,
            message: `"${text.slice(s, e)}" ${what} with no charge or conviction: naming and shaming risks defamation and prejudices any prosecution. Describe the behaviour and ask for information instead.`,
            post: post.index,
          });
        }
      });
    }
  },
});
