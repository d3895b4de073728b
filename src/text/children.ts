// Children identified in a draft: a person's name tied to a child's age ("Oliver Smith, aged 8",
// "14-year-old Jack Brown"), a school year ("Year 6 pupil Amy Jones") or a school and a child word.
// Shared by `legal/identifying-child` (a child named in a crime, court or youth-justice context: CYPA 1933
// s.49, YCJA s.110) and `personal-data/child-identified` (every other case).
import type { RuleContext } from '../engine/rule.js';
import { sentenceAt } from './sentence-at.js';
import { phraseGate } from './gate.js';
import { findNameCandidates } from './names.js';
import { documentMemo } from '../engine/memo.js';

export interface IdentifiedChild {
  /** Range of the name and the attached marker, e.g. "Oliver Smith, aged 8". */
  offset: number;
  endOffset: number;
  /** The name as written (personal data: never echo it in a message). */
  name: string;
  /** Crime, court, police, victim or offender words in the same post (police words not in a missing-person appeal). */
  legalContext: boolean;
  /**
   * Words of a case in the post (arrest, charge, court, offence, police), not only of harm (an attack, an
   * injury, an investigation): a child hurt by a dog or in a crash is not in proceedings, so the child's
   * identity is personal data as well.
   */
  proceedings: boolean;
  /**
   * In a missing-person appeal (no crime or court words): the name and age are published on purpose, at
   * the family's request, to find the child; the rules leave such posts alone.
   */
  appeal: boolean;
}

// Runs of spaces are bounded ({1,8}) throughout: the marker hints are tried at every position and most of
// their branches open with a run of spaces, so an unbounded run made a long run of spaces quadratic.
// A capitalised name word: Oliver, McDonald, O'Brien, Smith-Jones, Zoë. Bounded: at most three words.
const NAME_WORD = String.raw`\p{Lu}\p{Ll}*(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{Lu}\p{Ll}+)*`;
const NAME = String.raw`(?<![\p{L}\p{N}'’.-])(${NAME_WORD}(?:[ \u00a0]${NAME_WORD}){0,2})`;
const AGE_NUM = String.raw`(1[0-7]|[1-9])`;
// An age in digits or words where the words cannot be anything else: "seven-year-old", "aged seven" (not
// ", one," which is "one of our volunteers").
const AGE_WORD = String.raw`(?:1[0-7]|[1-9]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen)`;
// A child named by kinship ("her 7-year-old grandson, Mateo"): tied to a relative the post names, a first
// name alone identifies the child.
const KIN = String.raw`grandson|granddaughter|grandchild|nephew|niece|stepson|stepdaughter`;
const KIN_WORD = new RegExp(String.raw`\b(?:${KIN}|son|daughter)\b`, 'u');

// Words that are capitalised but are not (the start of) a person's name.
const NOT_NAME = new Set(
  (
    'The A An And Or But Our Your Their His Her My We You They It This That These Those There Here ' +
    'Well Done Thanks Thank Congratulations Congrats Huge Big Massive Shout Out Meet Say Hello Welcome Please Today Yesterday ' +
    'Tonight Tomorrow Last Next On In At From To For Of With By After Before During When While Police Officers Officer ' +
    'Mr Mrs Ms Miss Mx Dr Prof Sir Dame Lord Lady Cllr Councillor Mayor Judge Justice PC DC DS Sgt Sergeant Inspector Detective ' +
    'Constable Superintendent Chief Minister Senator Rep Representative Governor Premier Reverend Rev Father ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Year Years Age Aged Pupil Pupils Student Students Class School Primary ' +
    'Secondary High Academy College Street Road Lane Avenue Drive Close Park Council Court Hospital Centre Center Library ' +
    'Church Station Team Group Club Ward North South East West Riverside City Town County Borough Village Unit ' +
    'Kids Children Child Young People Pupils Families Family Girls Boys Teens Teenagers Toddlers Babies All Ages Anyone Everyone Under Over Up Aged Free Entry ' +
    'Staff Teachers Teacher Parents Carers Volunteers Coaches Learners Classes Grade Grades Infants Form Transition'
  ).split(/\s+/),
);
// Titles of adults: a name after one of these is not a child.
const ADULT_TITLE = /(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Cllr|Councillor|Mayor|Judge|PC|DC|DS|Sgt|Sergeant|Inspector|Detective|Constable|Minister|Senator|Governor|Premier|Reverend|Rev|headteacher|teacher|principal|officer|councillor|mum|mother|dad|father|grandmother|grandfather|parent)\.?[ \u00a0]{1,8})$/u;

const CHILD_NOUN = String.raw`(?:boy|girl|schoolboy|schoolgirl|teenager|teen|child|youngster|youth|toddler|baby|infant|pupil|student|son|daughter|juvenile|minor|${KIN})`;
// Ordinal school years in words or figures, first letter in either case: "7th", "Seventh".
const ORDINAL = String.raw`(?:1st|2nd|3rd|[4-9]th|1[0-2]th|` +
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'
    .split(' ')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|') +
  ')';
// Year groups beyond "Year 7"/"Grade 7": US "7th grade", IE "5th class", "Junior Infants", "Transition
// Year", UK "sixth form", US "kindergarten".
const YEAR_GROUP_MORE = String.raw`(?:${ORDINAL}[- \u00a0][Gg]rade|${ORDINAL}[- \u00a0][Cc]lass(?=[ \u00a0]{1,8}(?:at|in|pupil|student|of|from)\b|[,.;!]|$)|(?:[Jj]unior|[Ss]enior)[ \u00a0][Ii]nfants|Transition[ \u00a0]Year|(?:[Ll]ower[- \u00a0]|[Uu]pper[- \u00a0])?[Ss]ixth[- \u00a0][Ff]orm)`;
const YEAR_GROUP = String.raw`(?:[Yy]ear[ \u00a0](?:1[0-3]|[1-9])|Reception|P[1-7]|S[1-6]|[Gg]rade[ \u00a0](?:1[0-2]|[1-9])|[Kk]indergarten|${YEAR_GROUP_MORE})`;
// A pupil named by school year alone: "a 7th grader", "sixth-former", "kindergartner".
const YEAR_PUPIL = String.raw`(?:${ORDINAL}[- \u00a0]?[Gg]rader|[Ss]ixth[- ]?[Ff]ormer|[Kk]indergart[ne]{2}r)`;
const SCHOOL = String.raw`(?:\p{Lu}[\p{L}'’.-]*[ \u00a0]){0,4}(?:Primary|Infant|Junior|Secondary|High|Grammar|Middle|Elementary|Public)?[ \u00a0]?(?:School|Academy|College|Kura|Kindergarten|Nursery)`;

// Marker after the name (an age range, "Drivers aged 17 to 24", is a group, not a child): ", aged 8", " (8)", ", 8,", ", 8 from", ", a 14-year-old", ", a Year 6 pupil", " (Year 6)".
const AFTER_MARKER =
  String.raw`(?:` +
    String.raw`,?[ \u00a0]{1,8}\(?(?:aged|age)[ \u00a0]{1,8}` + AGE_WORD + String.raw`\b(?![ \u00a0]{0,2}(?:to|-|–|and|or)[ \u00a0]{0,2}\d)\)?` +
    String.raw`|[ \u00a0]{1,8}\(` + AGE_NUM + String.raw`\)` +
    String.raw`|,[ \u00a0]{0,8}` + AGE_NUM + String.raw`(?=,|[ \u00a0]{1,8}(?:of|from|who|and)\b)` +
    String.raw`|,[ \u00a0]{1,8}(?:an?|the)[ \u00a0]{1,8}` + AGE_WORD + String.raw`[- \u00a0]year[- \u00a0]old\b` +
    String.raw`|,[ \u00a0]{1,8}(?:an?|the)[ \u00a0]{1,8}` + YEAR_GROUP + String.raw`[ \u00a0]{1,8}(?:pupil|student)\b` +
    String.raw`|[ \u00a0]{1,8}\(` + YEAR_GROUP + String.raw`\)` +
    // ", Year 4 student", " in 7th grade", " in Year 7 at", ", a 7th grader", ", a sixth-form student".
    String.raw`|,[ \u00a0]{1,8}` + YEAR_GROUP + String.raw`[ \u00a0]{1,8}(?:pupil|student)\b` +
    // ", who is in Year 7 at …": the year group in a relative clause.
    String.raw`|(?:,[ \u00a0]{1,8}who[ \u00a0]{1,8}(?:is|was|goes|went)(?:[ \u00a0]{1,8}now)?)?[ \u00a0]{1,8}in[ \u00a0]{1,8}(?:the[ \u00a0]{1,8})?` + YEAR_GROUP + String.raw`(?![\p{L}\p{N}-])` +
    String.raw`|,?[ \u00a0]{1,8}(?:an?|the|our)[ \u00a0]{1,8}(?:` + YEAR_PUPIL + String.raw`|` + YEAR_GROUP + String.raw`[ \u00a0]{1,8}(?:pupil|student|learner)s?)\b` +
    String.raw`)`;
const AFTER = new RegExp(NAME + AFTER_MARKER, 'gu');
// Marker before the name: "8-year-old Oliver Smith", "aged 8, Oliver Smith", "Year 6 pupil Amy Jones",
// "schoolboy Jack Brown", "a 15-year-old boy, Jack Brown,".
const BEFORE_MARKER =
  String.raw`(?:\b` +
    AGE_WORD +
    String.raw`[- \u00a0]year[- \u00a0]old(?:[ \u00a0]{1,8}` +
    CHILD_NOUN +
    String.raw`)?,?` +
    String.raw`|\b` +
    YEAR_GROUP +
    String.raw`[ \u00a0]{1,8}(?:pupil|student)s?` +
    String.raw`|\b` + YEAR_PUPIL +
    String.raw`|\b(?:schoolboy|schoolgirl|teenager|youngster|pupil|student)` +
    String.raw`)[ \u00a0]{1,8}`;
const BEFORE = new RegExp(BEFORE_MARKER + NAME, 'gu');
// A match of AFTER or BEFORE contains a match of its marker alone, which is far cheaper to look for (no
// name tried at every capital): a body without one skips the pattern.
const AFTER_HINT = new RegExp(AFTER_MARKER, 'u');
const BEFORE_HINT = new RegExp(BEFORE_MARKER, 'u');
// Cheaper still for BEFORE: each alternative has one of these whole words, or (YEAR_PUPIL) one of the
// substrings of YEAR_PUPIL_PART.
const hasBeforeWord = phraseGate(['year old', 'pupil', 'pupils', 'student', 'students', 'schoolboy', 'schoolgirl', 'teenager', 'youngster']);
const YEAR_PUPIL_PART = /rader|ormer|indergart/;
// A name followed closely by a school: "Oliver Smith from St Mary's Primary School". Only counts with a
// child word or year group in the same sentence (a teacher or governor is named the same way).
const SCHOOL_AFTER = new RegExp(NAME + String.raw`,?[ \u00a0]{1,8}(?:from|of|at|a[ \u00a0]{1,8}pupil[ \u00a0]{1,8}at|who[ \u00a0]{1,8}attends)[ \u00a0]{1,8}` + SCHOOL, 'gu');
// A name in apposition after a child's description and school: "A 15-year-old Grade 10 student at
// Lakeport Secondary School, Tyler Marchand, was arrested". The name must be followed by a comma or a verb
// ("…School, Principal Jane Doe said" is someone else speaking).
const SCHOOL_APPOSITIVE = new RegExp(
  String.raw`\b(?:` + AGE_WORD + String.raw`[- \u00a0]year[- \u00a0]old|` + YEAR_GROUP + String.raw`|` + YEAR_PUPIL + String.raw`|` + CHILD_NOUN + String.raw`)\b[^.!?\n,]{0,40}?[ \u00a0](?:at|from|of|attending)[ \u00a0]{1,8}` + SCHOOL + String.raw`,[ \u00a0]{1,8}` + NAME + String.raw`(?=[ \u00a0]{0,8},|[ \u00a0]{1,8}(?:was|is|has|had|who|and|were)\b)`,
  'gu',
);
// Every SCHOOL_AFTER match ends in one of these words (case-sensitive, like the pattern).
const SCHOOL_HINT = /School|Academy|College|Kura|Kindergarten|Nursery/;
const CHILD_WORD_IN_SENTENCE = new RegExp(String.raw`\b(?:${CHILD_NOUN}s?|children|kids|aged[ \u00a0]{1,8}(?:1[0-7]|[1-9])\b|${YEAR_GROUP})`, 'u');

const SCHOOL_WORD = /\b(?:School|Academy|College|Primary|Kura|Nursery)\b/u;

// Horse and dog breeds and what follows an animal's name and age: not a child.
const BREED_WORDS = String.raw`(?:Clydesdale|Thoroughbred|Shetland|Arab|Arabian|Appaloosa|Percheron|Shire|Cob|Connemara|Warmblood|Quarter|Labrador|Retriever|Spaniel|Collie|Kelpie|Heeler|Terrier|Staffy|Staffie|Staffordshire|Husky|Poodle|Beagle|Dalmatian|Alsatian|Shepherd|Rottweiler|Doberman|Greyhound|Whippet|Lurcher|Pointer|Setter|Vizsla|Weimaraner|Boxer|Mastiff|Bulldog|Dachshund|Chihuahua|Pug|Schnauzer|Cocker|Springer|Border|Jack[ \u00a0]Russell)`;
const BREED = new RegExp(String.raw`(?:^|[ \u00a0])${BREED_WORDS}(?=$|[ \u00a0])`, 'u');
const ANIMAL_BEFORE = /\b(?:dog|dogs|horse|horses|pony|puppy|cat|K9|K-9|mare|gelding)[ \u00a0]+$/iu;
// "Max, a 6-year-old German Shepherd": the name's age marker is followed by a breed.
const BREED_AFTER_AGE = new RegExp(String.raw`^,?[ \u00a0]{1,3}(?:an?|the)[ \u00a0]{1,3}[\p{L}\d-]{1,20}-year-old[ \u00a0]{1,3}(?:\p{Lu}\p{L}{1,20}[ \u00a0]){0,2}?${BREED_WORDS}(?![\p{L}])`, 'u');
const ANIMAL_AFTER = /^[ \u00a0]{1,3}(?:cross|mare|gelding|stallion|colt|filly|pony|horse|dog|bitch|cat|puppy|kitten|breed|retriever|spaniel|terrier|shepherd|mix|x)\b/iu;

// Legal context. Strong words anywhere in the post; "police" and the like only in the same sentence.
const LEGAL_STRONG = /\b(?:arrest(?:ed|s)?|charged|charges?|court|courts|trial|prosecut\w{0,6}|convict\w{0,4}|sentenc\w{0,4}|offen[cs]es?|offenders?|offending|suspects?|suspected|victims?|accused|defendants?|crimes?|criminal|youth[ \u00a0]{1,8}(?:justice|offending|court)|assault(?:ed)?|abused?|rape[ds]?|sexual|stabb(?:ed|ing)|robbery|burglary|theft|attack(?:ed)?|bail|remand(?:ed)?|custody|witness(?:es)?|investigat\w{0,5}|murder(?:ed)?|killed|manslaughter|harass\w{0,6}|indecent|grooming|exploitation|vandalism|antisocial|anti-social)\b/iu;
const MISSING = /\b(?:missing|have[ \u00a0]{1,8}you[ \u00a0]{1,8}seen|concern[ \u00a0]{1,8}for|welfare[ \u00a0]{1,8}of|found[ \u00a0]{1,8}safe|last[ \u00a0]{1,8}seen|not[ \u00a0]{1,8}been[ \u00a0]{1,8}seen)\b/iu;
const PROCEEDINGS = /\b(?:arrest(?:ed|s)?|charged|charges?|court|courts|trial|prosecut\w{0,6}|convict\w{0,4}|sentenc\w{0,4}|offen[cs]es?|offenders?|offending|suspects?|suspected|accused|defendants?|crimes?|criminal|youth[ \u00a0]{1,8}(?:justice|offending|court)|assault(?:ed)?|abused?|rape[ds]?|sexual|stabb(?:ed|ing)|robbery|burglary|theft|bail|remand(?:ed)?|custody|murder(?:ed)?|manslaughter|harass\w{0,6}|indecent|grooming|exploitation|vandalism|police|officers?|detectives?|constabulary|garda[ií]?|RCMP|sheriff)\b/iu;
const LEGAL_NEAR = /\b(?:police|officers?|detectives?|constabulary|garda[ií]?|RCMP|sheriff|incident|injured)\b/iu;

function trimName(raw: string, start: number): { name: string; offset: number } | undefined {
  const words = raw.split(/[ \u00a0]/u);
  let skip = 0;
  let offset = start;
  while (skip < words.length && NOT_NAME.has(words[skip]!)) {
    offset += words[skip]!.length + 1;
    skip++;
  }
  const rest = words.slice(skip);
  if (rest.length === 0 || rest.some((w) => NOT_NAME.has(w))) return undefined;
  return { name: rest.join(' '), offset };
}


// Two rules (legal and personal-data) ask for the same draft's children: scan once per draft and posts.
const CHILDREN = documentMemo<{ last?: { posts: readonly { offset: number; endOffset: number }[]; found: IdentifiedChild[] } }>('children');

function samePosts(a: readonly { offset: number; endOffset: number }[], b: readonly { offset: number; endOffset: number }[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.offset !== b[i]!.offset || a[i]!.endOffset !== b[i]!.endOffset) return false;
  return true;
}

/** Children identified by name in the draft's prose, with whether the context is legal. */
export function findIdentifiedChildren(ctx: RuleContext): IdentifiedChild[] {
  const slot = ctx.doc.memo(CHILDREN, () => ({}));
  const hit = slot.last;
  if (hit && samePosts(hit.posts, ctx.posts)) return hit.found.map((f) => ({ ...f }));
  const found = scanChildren(ctx);
  slot.last = { posts: ctx.posts.map((p) => ({ offset: p.offset, endOffset: p.endOffset })), found: found.map((f) => ({ ...f })) };
  return found;
}

function scanChildren(ctx: RuleContext): IdentifiedChild[] {
  const { prose } = ctx.doc;
  const body = prose.slice(ctx.doc.bodyOffset);
  // Cheap prefilter: no number, year group, child word, age in words or school, no child.
  if (!/\d|school|pupil|student|boy|girl|teen|youngster|academy|college|kura|year[- \u00a0]old|aged/iu.test(body)) return [];
  const found: IdentifiedChild[] = [];
  const legalByPost = new Map<number, boolean>();
  const proceedingsByPost = new Map<number, boolean>();
  const add = (nameOffset: number, rawName: string, from: number, to: number, kin = false): void => {
    const t = trimName(rawName, nameOffset);
    if (!t) return;
    if (ADULT_TITLE.test(prose.slice(Math.max(0, t.offset - 20), t.offset))) return;
    // An animal's breed read as a name ("Duke is a 12-year-old Clydesdale cross", "a 3-year-old Labrador").
    if (BREED.test(t.name) || ANIMAL_AFTER.test(prose.slice(t.offset + t.name.length, t.offset + t.name.length + 20)) || ANIMAL_BEFORE.test(prose.slice(Math.max(0, t.offset - 20), t.offset)) || BREED_AFTER_AGE.test(prose.slice(t.offset + t.name.length, t.offset + t.name.length + 60))) return;
    const offset = Math.min(from, t.offset);
    const endOffset = Math.max(to, t.offset + t.name.length);
    if (found.some((f) => f.offset < endOffset && offset < f.endOffset)) return;
    const sentence = sentenceAt(ctx.doc, t.offset) ?? { offset, endOffset };
    const post = ctx.posts.find((p) => t.offset >= p.offset && t.offset < p.endOffset) ?? { offset: ctx.doc.bodyOffset, endOffset: prose.length };
    const sentenceText = prose.slice(sentence.offset, sentence.endOffset);
    let legalContext = legalByPost.get(post.offset);
    if (legalContext === undefined) {
      const postText = prose.slice(post.offset, post.endOffset);
      // Police words count across the post, except in a missing-person appeal (lawful and urgent).
      legalContext = LEGAL_STRONG.test(postText) || (LEGAL_NEAR.test(postText) && !MISSING.test(postText));
      legalByPost.set(post.offset, legalContext);
    }
    // A first name alone ("Oliver, 8, loved the trail") identifies no one outside a case or without a school.
    // A child named by kinship is tied to the relative the post names ("The homeowner, Linda Gomez … Her
    // 7-year-old grandson, Mateo").
    // Only when the post names that relative before the child: "A 7-year-old grandson, Mateo, helped" names no one.
    const namedKin = kin && findNameCandidates(prose, post.offset, post.endOffset).some((n) => n.offset < t.offset);
    if (!/\s/u.test(t.name) && !legalContext && !SCHOOL_WORD.test(sentenceText) && !namedKin) return;
    const appeal = !legalContext && MISSING.test(prose.slice(post.offset, post.endOffset));
    let proceedings = proceedingsByPost.get(post.offset);
    if (proceedings === undefined) {
      proceedings = PROCEEDINGS.test(prose.slice(post.offset, post.endOffset));
      proceedingsByPost.set(post.offset, proceedings);
    }
    found.push({ offset, endOffset, name: t.name, legalContext, proceedings, appeal });
  };
  // `may`: false when `re` cannot match (a cheaper test on something every match contains).
  const scan = (re: RegExp, may: () => boolean, handle: (m: RegExpMatchArray) => void): void => {
    if (!may()) return;
    re.lastIndex = 0;
    for (const m of body.matchAll(re)) handle(m);
  };
  const base = ctx.doc.bodyOffset;
  scan(AFTER, () => AFTER_HINT.test(body), (m) => {
    const s = base + m.index!;
    add(s, m[1]!, s, s + m[0].length);
  });
  scan(BEFORE, () => (hasBeforeWord(ctx.doc.words()) || YEAR_PUPIL_PART.test(body)) && BEFORE_HINT.test(body), (m) => {
    const s = base + m.index!;
    const raw = m[m.length - 1]!;
    const nameStart = s + m[0].length - raw.length;
    add(nameStart, raw, s, s + m[0].length, KIN_WORD.test(m[0]));
  });
  scan(SCHOOL_AFTER, () => SCHOOL_HINT.test(body), (m) => {
    const s = base + m.index!;
    const sentence = sentenceAt(ctx.doc, s);
    const text = sentence ? prose.slice(sentence.offset, sentence.endOffset) : m[0];
    if (!CHILD_WORD_IN_SENTENCE.test(text)) return;
    add(s, m[1]!, s, s + m[1]!.length);
  });
  scan(SCHOOL_APPOSITIVE, () => SCHOOL_HINT.test(body) && /,/.test(body), (m) => {
    const s = base + m.index!;
    const raw = m[m.length - 1]!;
    const nameStart = s + m[0].length - raw.length;
    add(nameStart, raw, s, s + m[0].length);
  });
  return found
    .filter((f) => !ctx.doc.inCode(f.offset))
    .sort((a, b) => a.offset - b.offset);
}

// An unnamed child in a case, singled out by the school they attend ("The boy, who lives in Sauchie and is a
// third-year pupil at Lornshill Academy, has been referred to the Children's Reporter"): the school is one of
// the details the youth-justice statutes name (CYPA 1933 s.49(4)). A school near which something happened
// ("near the Alloa Academy bus stops") is a place, not the child's.
const CHILD_INTRO = /\b(?:an?|the)[ \u00a0]{1,8}(?:(\d{1,2})-year-old[ \u00a0]{1,8})?(?:teenage[ \u00a0]{1,8})?(boy|girl|teenager|teen|youth|child|schoolboy|schoolgirl|youngster|juvenile)\b/giu;
const CHILD_SCHOOL = /\b(?:(?:pupil|student|learner)s?[ \u00a0]{1,8}(?:at|of)|attends|attended|goes[ \u00a0]{1,8}to|enrolled[ \u00a0]{1,8}at)[ \u00a0]{1,8}(?:the[ \u00a0]{1,8})?(?:\p{Lu}[\p{L}'’.-]{0,30}[ \u00a0]{1,8}){1,4}(?:School|Academy|College|High|Primary|Secondary|Kura|Grammar|Collegiate|Institute)\b/gu;
// Beside the school, the rest of the jigsaw: the child's year and where they live.
const CHILD_YEAR = /\b(?:(?:first|second|third|fourth|fifth|sixth|final)-year|S[1-6]|P[1-7]|Year[ \u00a0]{1,8}\d{1,2}|Grade[ \u00a0]{1,8}\d{1,2})[ \u00a0]{1,8}(?:pupil|student|learner)\b/gu;
const CHILD_HOME = /\b(?:lives|living|who[ \u00a0]{1,8}lives)[ \u00a0]{1,8}(?:in|at|on)[ \u00a0]{1,8}(?:the[ \u00a0]{1,8})?\p{Lu}[\p{L}'’-]{1,30}(?:[ \u00a0]{1,8}\p{Lu}[\p{L}'’-]{1,30}){0,2}/gu;

/** Ranges that single out an unnamed child in a post about a case: the school, with the year and home beside it. */
export function findUnnamedChildDetails(ctx: RuleContext): Array<{ offset: number; endOffset: number }> {
  const { prose } = ctx.doc;
  const out: Array<{ offset: number; endOffset: number }> = [];
  if (!SCHOOL_HINT.test(prose.slice(ctx.doc.bodyOffset))) return out;
  for (const post of ctx.posts) {
    const text = prose.slice(post.offset, post.endOffset);
    if (!PROCEEDINGS.test(text)) continue;
    const nouns = new Set<string>();
    let first = -1;
    for (const m of text.matchAll(CHILD_INTRO)) {
      if (m[1] !== undefined && Number(m[1]) >= 18) continue;
      nouns.add(m[2]!.toLowerCase());
      if (first < 0) first = post.offset + m.index;
    }
    if (first < 0) continue;
    for (const sentence of ctx.doc.sentences()) {
      if (sentence.endOffset <= first || sentence.offset >= post.endOffset) continue;
      const s = prose.slice(sentence.offset, sentence.endOffset);
      const about = [...s.matchAll(CHILD_INTRO)].some((m) => nouns.has(m[2]!.toLowerCase()));
      if (!about) continue;
      const schools = [...s.matchAll(CHILD_SCHOOL)];
      if (schools.length === 0) continue;
      // One range per sentence, from the first detail to the last: the jigsaw is read together.
      let from = Infinity;
      let to = -1;
      for (const re of [CHILD_SCHOOL, CHILD_YEAR, CHILD_HOME]) {
        for (const m of s.matchAll(re)) {
          from = Math.min(from, m.index);
          to = Math.max(to, m.index + m[0].length);
        }
      }
      out.push({ offset: sentence.offset + from, endOffset: sentence.offset + to });
    }
  }
  return out.filter((r) => !ctx.doc.inCode(r.offset)).sort((a, b) => a.offset - b.offset);
}
