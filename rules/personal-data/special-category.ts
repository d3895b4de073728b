// personal-data/special-category: special-category data about an identifiable person — health
// conditions and treatment, sexual orientation, religion, political opinion, trade-union membership and
// criminal records — in the same sentence as a person's name, a pronoun referring to a named person, or a
// role that identifies someone ("our bin crew member"). Public health messages ("cancer screening saves
// lives", "Mental Health Awareness Week") name no one and are not reported.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { withJudgement } from '../../src/text/semantic/check.js';
import { redaction } from '../../src/text/pii-context.js';
import { findNameCandidates, findPersonNames } from '../../src/text/names.js';
import { sentenceAt } from '../../src/text/sentence-at.js';
import { phraseGate } from '../../src/text/gate.js';
import { escapeRegExp } from '../../src/text/terms.js';
import TERMS from './health-terms.json' with { type: 'json' };

// The conditions (health-terms.json), longest first; an apostrophe matches either form ("Crohn’s disease").
const CONDITIONS: string[] = [...TERMS.conditions];
const condAlt = (c: string): string => escapeRegExp(c).replace(/ /g, '\\s+').replace(/'/g, "['’]");
const COND = CONDITIONS.sort((a, b) => b.length - a.length).map(condAlt).join('|');
// Conditions said of a person as an adjective ("is diabetic"), and their words for the gate.
const ADJECTIVES = [...TERMS.conditionAdjectives].sort((a, b) => b.length - a.length).map(condAlt).join('|');
const ADJECTIVE_WORDS = [...new Set(TERMS.conditionAdjectives.flatMap((a) => a.toLowerCase().split(/[\s-]+/)))];
// The conditions without their article, after an optional article and severity word: "a major stroke",
// "a massive heart attack", "severe depression". Not followed by a service or campaign noun ("cancer
// screening", "stroke awareness", "dementia support"): those name no one's condition.
const BARE = [...new Set(CONDITIONS.map((c) => c.replace(/^(?:a|an)\s+/, '')))].sort((a, b) => b.length - a.length).map(condAlt).join('|');
// Without the words that are also times or moods ("since Covid", "after COVID-19", "their anxiety about
// the changes"): for the patterns below that have no verb of illness to anchor them.
const BARE_ILLNESS = [...new Set(CONDITIONS.map((c) => c.replace(/^(?:a|an)\s+/, '')))]
  .filter((c) => !/^(?:covid|covid-19|coronavirus|anxiety)$/.test(c))
  .sort((a, b) => b.length - a.length)
  .map(condAlt)
  .join('|');
const SEVERITY = 'major|minor|severe|serious|massive|mild|sudden|suspected|bad|second|third|rare|aggressive|advanced|terminal|stage\\s+\\d|type\\s+[12]';
const NOT_SERVICE = String.raw`(?![\p{L}\p{N}])(?!\s+(?:screening|awareness|services?|support|research|society|foundation|charity|clinics?|wards?|units?|teams?|care|cent(?:re|er)s?|month|week|day|appeal|walk|run|fund|prevention|vaccines?|vaccinations?|jabs?|tests?|testing|checks?|programmes?|programs?|nurses?|specialists?|patients|cases|rates?|risk|symptoms|signs|boosters?|certificates?|pass|isolation|rules|restrictions|response|recovery|plans?|funding|pandemic|lockdowns?)\b)`;
const COND_PHRASE = String.raw`(?:(?:a|an)\s+)?(?:(?:${SEVERITY})\s+)?(?:${BARE_ILLNESS})${NOT_SERVICE}`;
// Treatments a person starts, has or finishes ("starting chemotherapy", "had surgery", "finished her
// radiotherapy"). "Surgery" is also a GP's practice in the UK and "treatment" a water works: not before
// "hours", "plant", "works" and the like.
const TREATMENT = String.raw`(?:chemotherapy|chemo|radiotherapy|radiation\s+therapy|immunotherapy|dialysis|surgery|an?\s+operation|a\s+transplant|treatment)(?![\p{L}\p{N}])(?!\s+(?:hours|appointments?|times|car\s+park|staff|plants?|works|centres?|centers?|facility|facilities|options|services?)\b)`;
// The last word of each condition (right-bounded by the patterns, left-bounded by a space, hyphen or
// apostrophe inside it or by the whitespace before it): a prefilter for the pattern after has/had/got.
const CONDITION_WORDS = [...new Set(CONDITIONS.map((c) => c.toLowerCase().match(/[a-z0-9]+/g)!.at(-1)!))];
const FAITHS = 'Muslim|Jewish|a\\s+Jew|Christian|Catholic|Protestant|Hindu|Sikh|Buddhist|atheist|Mormon|Jehovah[\'’]s\\s+Witness';
const ORIENTATIONS = 'gay|lesbian|bisexual|bi|transgender|trans|non-binary|nonbinary|queer|asexual|pansexual|intersex';
const PARTIES = 'Labour|Conservative|Tory|Liberal(?:\\s+Democrat)?|Lib\\s+Dem|Green|Reform|SNP|Plaid|Democrat(?:ic)?|Republican|NDP|ACT|National|One\\s+Nation|Fianna\\s+F[aá]il|Fine\\s+Gael|Sinn\\s+F[eé]in|Te\\s+P[aā]ti\\s+M[aā]ori';
const UNIONS = 'Unison|Unite|GMB|RMT|NEU|NASUWT|RCN|BMA|PCS|UCU|FBU|CWU|Usdaw|SIPTU|F[oó]rsa|INMO|AEU|ANMF|CPSU|AWU|CUPE|PSAC|Teamsters|AFSCME|SEIU|PSA|NZNO|E\\s+t[uū]';

const INSTITUTIONS = 'school|schools|church|churches|college|academy|cathedral|charity|community|communities|festival|festivals|centre|center|parish|diocese|hospital|primary|secondary|high|foundation|organisation|organization|group|groups|tradition|holiday|celebration|celebrations|faith|food|area|population|event|events|service|services|network|club|society|venue|space|leaders|pride|history|month|week|flag';

// Phrases that state a person's special-category data. Each is bounded and alternation-only.
// Education records count only in a school sentence: "suspended" and "attendance" are everyday words too.
const SCHOOL_CONTEXT = /\b(?:students?|pupils?|schools?|class(?:es|room)?|cafeteria|teachers?|principal|headteacher|grade|graders?|semester|term|Year\s+\d{1,2}|High|Academy|College|Elementary|Middle|Primary|Secondary|district)\b/iu;
const EDUCATION = 'education record';
// `words`: groups of lower-case words; the pattern needs at least one word of every group, bounded on
// both sides, so a draft lacking one skips the pattern (Set lookups, see Document.words). "A-levels" is
// the words "a" and "levels": "levels" is the rarer gate. `hint`: a cheap case-sensitive pattern every
// match contains, for a case-sensitive pattern whose lower-cased words are everyday ones ("send").
const STATEMENTS: ReadonlyArray<{ words: ReadonlyArray<readonly string[]>; re: RegExp; what: string; needs?: RegExp; hint?: RegExp }> = [
  { words: [['treated', 'receiving', 'treatment', 'undergoing', 'tested', 'diagnosed', 'suffering', 'suffers', 'suffered', 'battling', 'fighting', 'recovering', 'living', 'lives', 'died', 'passed', 'admitted', 'hospital', 'hospitalised', 'hospitalized', 'struggling', 'struggles', 'struggled']],
    re: new RegExp(String.raw`\b(?:(?:being|been|is|was|currently)\s+)?(?:treated|receiving\s+treatment|having\s+treatment|undergoing\s+treatment|in\s+treatment|tested\s+positive|diagnosed|suffering|suffers|suffered|battling|fighting|recovering|living|lives|died|passed\s+away|admitted\s+to\s+hospital|in\s+hospital|hospitalised|hospitalized|undergoing|receiving|struggling|struggles|struggled)\s{1,8}(?:(?:for|with|from|of)\s{0,8})?(?:(?:his|her|their|a|an)\s{1,8}(?:${SEVERITY})\s{1,8}(?:${BARE_ILLNESS})|${COND})(?![\p{L}\p{N}])`, 'giu'),
    what: 'health information',
  },
  // A condition said of a person as an adjective: "Roger, who is diabetic and had run out of insulin", "she
  // is pregnant" (health-terms.json conditionAdjectives; after the verb only: "our diabetic clinic").
  { words: [['is', 'was', 's', 'who', 'he', 'she'], ADJECTIVE_WORDS], re: new RegExp(String.raw`\b(?:is|was|who['’]s|he['’]s|she['’]s)\s+(?:(?:also|now|still|severely|heavily|type\s+[12])\s+){0,2}(?:${ADJECTIVES})(?![\p{L}\p{N}-])`, 'giu'), what: 'health information' },
  // The verb first: five lookups, and the seventy condition words only when one is there.
  { words: [['has', 'had', 'have', 'got', 'developed'], CONDITION_WORDS], re: new RegExp(String.raw`\b(?:has|had|have|got|developed)\s+(?:been\s+diagnosed\s+with\s+)?(?:${COND})(?![\p{L}\p{N}])`, 'giu'), what: 'health information' },
  // Where one person is treated: "is being treated at Harlan Children's Hospital", "was treated in
  // hospital" (a singular verb: "two people are being treated" names no one). "Treated at the scene" names
  // no place of care, and a bare "remains in hospital" is not matched.
  { words: [['treated', 'treatment'], ['hospital', 'infirmary', 'hospice', 'clinic', 'medical', 'health']],
    re: /\b(?:is|was|has\s+been|had\s+been|remains|remained)\s+(?:being\s+)?(?:treated|receiving\s+treatment|having\s+treatment)\s+(?:at|in)\s+(?:hospital|(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]{0,20}\s+){1,4}(?:Hospital|Infirmary|Hospice|Clinic|Medical\s+Cent(?:er|re)|Health\s+Cent(?:er|re)))(?![\p{L}\p{N}])/gu,
    what: 'health information',
  },
  // A diagnosis without the condition named ("Mark Delaney, who was diagnosed last week"): being
  // diagnosed is health information on its own once the person is identifiable.
  { words: [['diagnosed']], re: /\b(?:was|were|been|is|being|got|recently|newly|just)\s+diagnosed(?![\p{L}\p{N}])/giu, what: 'health information' },
  // A possessive before a condition or its diagnosis or treatment: "Her HIV diagnosis", "his cancer
  // treatment", "her dementia", and in a reply "your dialysis session" ("your" elsewhere is advice).
  { words: [['his', 'her', 'their', 'your'], [...CONDITION_WORDS, 'diagnosis', 'illness', 'condition', 'prognosis', 'surgery', 'operation', 'treatment', 'chemotherapy', 'chemo', 'radiotherapy', 'dialysis']],
    re: new RegExp(String.raw`\b(?:his|her|their|your)\s+(?:recent\s+|ongoing\s+|terminal\s+|cancer\s+)?(?:(?:(?:${BARE})\s+)?(?:diagnosis|prognosis|illness|medical\s+condition|(?:heart|kidney|liver|lung|health|mental\s+health)\s+condition)|(?:${BARE_ILLNESS})(?:\s+(?:diagnosis|treatment))?${NOT_SERVICE})(?![\p{L}\p{N}])`, 'giu'),
    what: 'health information',
  },
  // Cause of a hospital stay or a change: "after a major stroke", "following a heart attack" ("recovering from"
  // is the first statement's).
  { words: [['after', 'following'], CONDITION_WORDS],
    re: new RegExp(String.raw`\b(?:after|following)\s+(?:(?:his|her|their)\s+)?${COND_PHRASE}`, 'giu'),
    what: 'health information',
  },
  // Severity words between the verb and the condition: "has had a major stroke", "suffered a massive
  // heart attack" (the plain forms are matched above).
  { words: [['has', 'had', 'have', 'suffered', 'developed'], CONDITION_WORDS],
    re: new RegExp(String.raw`\b(?:has|had|have|suffered|developed)\s+(?:(?:a|an)\s+)?(?:${SEVERITY})\s+(?:${BARE})${NOT_SERVICE}`, 'giu'),
    what: 'health information',
  },
  // Treatment a person starts, has or finishes: "starting chemotherapy for breast cancer", "had surgery".
  { words: [['start', 'starts', 'started', 'starting', 'begin', 'begins', 'beginning', 'began', 'finish', 'finishes', 'finished', 'finishing', 'complete', 'completes', 'completed', 'completing', 'undergo', 'undergoes', 'undergoing', 'underwent', 'having', 'had', 'has', 'needs', 'needed', 'awaiting'], ['chemotherapy', 'chemo', 'radiotherapy', 'radiation', 'immunotherapy', 'dialysis', 'surgery', 'operation', 'transplant', 'treatment']],
    re: new RegExp(String.raw`\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|finish(?:es|ed|ing)?|complet(?:e|es|ed|ing)|undergo(?:es|ing)?|underwent|having|had|has|needs|needed|awaiting)\s+(?:(?:his|her|their|a|another)\s+)?(?:(?:course\s+of|round\s+of|first|second|third|final|last|new|more|major|emergency|urgent)\s+){0,2}${TREATMENT}`, 'giu'),
    what: 'health information',
  },
  // One person in hospital or intensive care: "who's in Whangārei Hospital", "is in Starship Hospital",
  // "remains in intensive care". Only "in" (a patient), not "at" (a visit, a shift, an event).
  { words: [['hospital', 'infirmary', 'hospice', 'icu', 'intensive', 'critical']],
    re: /(?:\b(?:is|was|remains|remained|has\s+been|had\s+been)|['’]s)\s+(?:still\s+|now\s+)?in\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]{0,20}\s+){1,4}(?:Hospital|Infirmary|Hospice)|hospital|(?:the\s+)?(?:intensive\s+care|ICU)|(?:a\s+)?(?:critical|serious|stable)\s+condition)(?![\p{L}\p{N}])/gu,
    what: 'health information',
  },
  // Injuries of a person: "has a broken pelvis", "suffered a fractured skull", "sustained serious head injuries".
  { words: [['broken', 'fractured', 'injury', 'injuries', 'burns']],
    re: /\b(?:has|had|suffered|sustained|suffering)\s+(?:an?\s+|two\s+|three\s+)?(?:(?:serious|minor|severe|life-threatening|critical|head|spinal|multiple|facial|internal|badly)\s+){0,2}(?:(?:broken|fractured)\s+(?:(?:left|right|upper|lower)\s+)?(?:pelvis|legs?|arms?|hips?|wrists?|ankles?|jaw|skull|neck|back|ribs?|collarbone|femur|spine|nose|shoulder|elbow|knee|foot|feet|hand)|injur(?:y|ies)|burns)\b/giu,
    what: 'health information',
  },
  // An overdose as a verb ("he had overdosed on fentanyl"); "an overdose" as a noun is a condition above.
  { words: [['overdosed', 'overdose']], re: /\boverdosed(?:\s+on\s+\p{L}[\p{L}-]{1,20})?(?![\p{L}\p{N}])|\btook\s+an\s+overdose\b/giu, what: 'health information' },
  { words: [['hiv', 'pregnant', 'terminally', 'seriously', 'paralysed', 'paralyzed', 'sectioned', 'coma', 'intensive', 'dialysis', 'antidepressants', 'rehab', 'registered', 'autistic']], re: /\b(?:is|was|has\s+been|became)\s+(?:HIV[\s-]positive|pregnant|terminally\s+ill|seriously\s+ill|paralysed|paralyzed|sectioned|in\s+a\s+coma|in\s+intensive\s+care|on\s+dialysis|on\s+antidepressants|in\s+rehab|registered\s+blind|autistic)\b/giu, what: 'health information' },
  { words: [['gay', 'lesbian', 'bisexual', 'bi', 'transgender', 'trans', 'non', 'nonbinary', 'queer', 'asexual', 'pansexual', 'intersex', 'muslim', 'jewish', 'jew', 'christian', 'catholic', 'protestant', 'hindu', 'sikh', 'buddhist', 'atheist', 'mormon', 'jehovah']],
    // "is Muslim", "was a gay man"; not "is a Catholic school" (an institution, not a person).
    re: new RegExp(String.raw`\b(?:is|was|being)\s+(?:an?\s+)?(?:openly\s+|devout\s+|practising\s+|practicing\s+)?(?:${ORIENTATIONS}|${FAITHS})(?:\s+(?:man|woman|person|member))?(?![\p{L}\p{N}-])(?!\s+(?:${INSTITUTIONS})\b)`, 'gu'),
    what: 'sexual orientation or religion',
  },
  { words: [['gay', 'lesbian', 'bisexual', 'bi', 'transgender', 'trans', 'non', 'nonbinary', 'queer', 'asexual', 'pansexual', 'intersex', 'sexuality', 'sexual', 'religion', 'religious', 'faith', 'ethnicity', 'ethnic', 'gender']], re: new RegExp(String.raw`\bcame\s+out\s+as\s+(?:${ORIENTATIONS})\b|\b(?:his|her|their)\s+(?:sexuality|sexual\s+orientation|religion|religious\s+beliefs|faith|ethnicity|ethnic\s+origin|gender\s+identity)\b`, 'giu'), what: 'sexual orientation, religion or ethnicity' },
  { words: [['voter', 'supporter', 'member', 'activist', 'vote', 'votes', 'voted']], re: new RegExp(String.raw`\b(?:is|was|as)\s+an?\s+(?:${PARTIES})\s+(?:party\s+)?(?:voter|supporter|member|activist)\b|\bvote[sd]?\s+(?:for\s+)?(?:${PARTIES})\b`, 'gu'), what: 'political opinion' },
  { words: [['union', 'steward', 'member']], re: new RegExp(String.raw`\b(?:is|was|as)\s+an?\s+(?:(?:${UNIONS})\s+)?(?:union\s+member|shop\s+steward|union\s+rep(?:resentative)?)\b|\b(?:is|was)\s+a\s+member\s+of\s+(?:the\s+)?(?:${UNIONS})\b`, 'gu'), what: 'trade-union membership' },
  // Student records (FERPA, education records under data-protection law): grades, discipline, special
  // educational needs and attendance of a named student.
  { words: [['his', 'her', 'their'], ['grade', 'grades', 'class', 'classes', 'course', 'exam', 'exams', 'test', 'tests', 'finals', 'gcse', 'gcses', 'level', 'levels', 'gpa', 'report', 'sat', 'transcript']],
    re: /\b(?:rais|improv|pull|boost|lift|br[io]ng)\w{0,4}\s+(?:up\s+)?(?:his|her|their)\s+(?:\p{L}+\s+){0,2}?grades?\b(?:\s+(?:from\s+an?\s+[A-F][+-]?\s+)?to\s+an?\s+[A-F][+-]?(?![\p{L}\p{N}]))?|\b(?:his|her|their)\s+(?:\p{L}+\s+){0,2}?grades?\s+(?:from\s+an?\s+[A-F][+-]?\s+to|went\s+up\s+to|rose\s+to|dropped\s+to|fell\s+to)\s+an?\s+[A-F][+-]?(?![\p{L}\p{N}])|\b(?:failed|failing|flunked)\s+(?:his|her|their)\s+(?:\p{L}+\s+){0,2}?(?:class|classes|course|exams?|tests?|finals|GCSEs?|A-levels?)\b|\b(?:his|her|their)\s+(?:GPA|grade\s+point\s+average|report\s+card|test\s+scores|SAT\s+scores?|transcript)\b/giu,
    what: EDUCATION,
  },
  { words: [['suspended', 'expelled', 'excluded', 'detention', 'suspension', 'expulsion', 'exclusion', 'disciplinary']],
    re: /\b(?:(?:has|have|had)\s+been|was|were|is|being|got)\s+(?:suspended|expelled|excluded|put\s+in\s+detention|given\s+(?:a\s+)?detention)\b(?:\s+(?:from\s+(?:school|class)|for\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:school\s+)?days?))?|\b(?:his|her|their)\s+(?:suspension|expulsion|exclusion|detention|disciplinary\s+record)\b/giu,
    what: EDUCATION,
    needs: SCHOOL_CONTEXT,
  },
  { words: [['iep', 'ehcp', 'ehc', '504', 'individualised', 'individualized', 'special', 'sen', 'send', 'learning', 'dyslexia', 'dyspraxia', 'dyscalculia', 'dyslexic']],
    re: /\b(?:has|had|with|on|receives|receiving|needs)\s+(?:an?\s+)?(?:IEP|EHCP|EHC\s+plan|504\s+plan|individuali[sz]ed\s+education\s+(?:plan|program)|special\s+educational\s+needs|SEND?|learning\s+disabilit(?:y|ies)|learning\s+difficult(?:y|ies)|dyslexia|dyspraxia|dyscalculia)\b(?![\s-]+(?:applications?|assessments?|teams?|services?|support|requests?|process|co-?ordinators?|provision|funding|policy|pathway|hub|units?|reviews?|transport|information|advice|help|clinic|workshops?|sessions?)\b)|\b(?:is|was)\s+dyslexic\b/gu,
    what: EDUCATION,
    hint: /IEP|EHC|504|individuali|special|SEN|learning|dys/,
  },
  { words: [['attendance', 'missed', 'absent', 'truanting']],
    re: /\b(?:his|her|their)\s+(?:school\s+)?attendance\s+(?:is|was|has|had|record|rate|of|dropped|fell)\b|\b(?:has|had|have)\s+missed\s+(?:\d{1,3}|[a-z]{3,9})\s+(?:school\s+)?days\b|\b(?:persistently|chronically)\s+absent\b|\b(?:is|was|been)\s+truanting\b/giu,
    what: EDUCATION,
    needs: SCHOOL_CONTEXT,
  },
  { words: [['criminal', 'previous', 'record', 'spent', 'served', 'ex', 'registered', 'register']], re: /\b(?:has|had|with)\s+(?:a\s+)?(?:criminal\s+record|previous\s+convictions?|a\s+record\s+for|spent\s+convictions?)\b|\bserved\s+(?:time|\d{1,2}\s+(?:years|months))\s+(?:in\s+prison|in\s+jail|behind\s+bars|for)\b|\b(?:is|was)\s+(?:an?\s+)?(?:ex-offender|ex-prisoner|ex-con|registered\s+sex\s+offender)\b|\bon\s+the\s+sex\s+offenders?['’]?\s+register\b/giu, what: 'criminal record' },
];
const PREFILTER = /with|positive|reactive|abnormal|inconclusive|negative|elevated|detectable|surgery|operation|count|scan|test|blood|mri|x-ray|biopsy|platelet|neutrophil|concussion|treat|after|following|start|begin|began|finish|complet|underw|needs|awaiting|hospital|infirmary|hospice|ICU|intensive|condition|broken|fractured|injur|burns|overdos|diagnos|suffer|battl|fight|recover|living|lives|died|passed|hospital|undergo|receiv|struggl|has|had|have|got|develop|\bis\b|\bwas\b|\bas\b|came\s+out|his|her|their|vote|record|convict|served|offender|register|grade|fail|flunk|suspen|expel|exclu|detention|dyslex|absent|truant/i;
// Injuries, body parts and test results (health-terms.json), longest first, spaces matching any spacing.
const alt = (list: readonly string[]): string => [...new Set(list)].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');
const INJURY = String.raw`(?:(?:${alt(TERMS.injuryModifiers)})\s+){0,3}(?:(?:broken|fractured)\s+(?:(?:left|right|upper|lower)\s+)?(?:${alt(TERMS.bones)})|${alt(TERMS.injuryNouns)})(?![\p{L}\p{N}])`;
// Either case letter by letter (before the spaces become \s+): the pattern is case-sensitive for the
// capital of a possessive name.
const anyCaseAlt = (list: readonly string[]): string =>
  [...new Set(list)].sort((a, b) => b.length - a.length).map((w) => w.split(' ').map((p) => escapeRegExp(p).replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)).join('\\s+')).join('|');
// The conditions without their article in either case letter by letter ("hepatitis C"), for the case-sensitive test pattern.
const BARE_ANY_CASE = anyCaseAlt(CONDITIONS.map((c) => c.replace(/^(?:a|an)\s+/, '')));
const TEST_RESULT = String.raw`(?:${anyCaseAlt(TERMS.testResults)})(?![\p{L}\p{N}])(?!\s+(?:appointments?|clinics?|services?|centres?|centers?|units?|hours|times|machines?|kits?)\b)`;
const word1 = (list: readonly string[]): string[] => [...new Set(list.map((w) => w.toLowerCase().match(/[a-z0-9]+/g)!.at(-1)!))];
// Injuries named only as injuries or wounds ("her serious injuries"): no detail of what they are.
const GENERIC_INJURY = String.raw`(?:(?:${alt(TERMS.injuryModifiers)})\s+){0,3}(?:injury|injuries|wound|wounds)(?![\p{L}\p{N}])`;
// How long a course of treatment lasted: "nearly a year", "two and a half years", "six rounds".
const DURATION = String.raw`(?:(?:nearly|almost|over|more\s+than|about|around|some)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2}|[\p{L}]{3,6}\s+and\s+a\s+half)\s+(?:(?:long|gruelling|grueling|hard|tough)\s+)?(?:years?|months?|weeks?|rounds?|courses?|cycles?|sessions?)`;
const MORE: typeof STATEMENTS = [
  // A person's injuries by possession, and a condition's episode as theirs: "Oliver's fractured wrist and
  // concussion", "her broken hip", "the seizure he had in March". Not "her injuries" of a victim in a court
  // result: what the injury was is the health detail.
  { words: [word1([...TERMS.injuryNouns, ...TERMS.bones])],
    re: new RegExp(String.raw`(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\p{Lu}\p{Ll}{1,20}['’]s)\s+(?!${GENERIC_INJURY})${INJURY}(?:\s+and\s+${INJURY})?`, 'gu'),
    what: 'health information',
  },
  { words: [['he', 'she'], word1(TERMS.episodes)],
    re: new RegExp(String.raw`\b(?:the|that)\s+(?:${alt(TERMS.episodes)})\s+(?:he|she)\s+(?:had|suffered|has\s+had)\b`, 'giu'),
    what: 'health information',
  },
  // Injuries a person is treated for or recovering with: "is in CHI Temple Street being treated for a
  // fractured pelvis", "are recovering at home with facial injuries and concussion".
  { words: [word1([...TERMS.injuryNouns, ...TERMS.bones])],
    re: new RegExp(String.raw`\b(?:treated|treatment|recovering|recovery|suffering|hospital|home|discharged|airlifted|admitted)\s+(?:(?:at\s+home|in\s+hospital|well|now|still|slowly)\s+){0,2}(?:for|with|from)\s+${INJURY}`, 'giu'),
    what: 'health information',
  },
  // An operation on a body part, or a recovery after one: "after surgery to repair her spleen", "an
  // operation on his knee", "recovering from surgery", "after two and a half years of treatment for
  // leukaemia".
  { words: [['surgery', 'operation', 'procedure', 'transplant', 'chemotherapy', 'chemo', 'radiotherapy', 'immunotherapy', 'dialysis', 'treatment']],
    re: new RegExp(String.raw`\b(?:surgery|an?\s+operation|a\s+procedure)\s+(?:to\s+(?:repair|remove|fix|treat|reset|pin|replace|rebuild|save)\s+|on\s+)(?:his|her|their)\s+(?:(?:left|right|damaged|broken|injured|ruptured)\s+)?(?:${alt(TERMS.bodyParts)})(?![\p{L}\p{N}])|\b(?:after|following|recovering\s+from|recovering\s+after)\s+(?:${DURATION}\s+of\s+)?(?:(?:his|her|their|emergency|major|minor|an|a|the|recent)\s+){0,2}${TREATMENT}(?:\s+for\s+(?:${COND}))?`, 'giu'),
    what: 'health information',
  },
  // A person's own medicine for a condition, or their medication for one: "his inhaler", "doesn't have her
  // insulin with her", "his medication for bipolar disorder" (health-terms.json medicines).
  { words: [['his', 'her', 'their', 'your'], word1([...TERMS.medicines, 'medication', 'medicine', 'meds', 'tablets'])],
    re: new RegExp(String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir|[Yy]our)\s+(?:(?:${anyCaseAlt(TERMS.medicines)})(?![\p{L}\p{N}-])(?!\s+(?:appointments?|clinics?|services?|supplies|stocks?|prices?|costs?|safety|recall|campaign|awareness)\b)|(?:medication|medicine|meds|tablets|treatment)\s+for\s+(?:${COND}))`, 'gu'),
    what: 'health information',
  },
  // A stay in a unit for one condition: "was discharged from the mental health unit at Forth Valley Royal",
  // "had been admitted to a psychiatric ward" (health-terms.json careUnits).
  { words: [['discharged', 'admitted', 'sectioned', 'released', 'transferred', 'staying', 'stay', 'patient', 'inpatient'], word1(TERMS.careUnits)],
    re: new RegExp(String.raw`\b(?:discharged|admitted|sectioned|released|transferred|staying|a\s+stay|a\s+patient|an\s+inpatient)\s+(?:from|to|in|at|into)\s+(?:an?\s+|the\s+|a\s+local\s+)?(?:${alt(TERMS.careUnits)})(?![\p{L}\p{N}])`, 'giu'),
    what: 'health information',
  },
  // A test result of one patient: "his neutrophil count came back low", "Alan's blood tests", "her scan".
  { words: [word1(TERMS.testResults)],
    re: new RegExp(String.raw`(?:\b(?:[Hh]is|[Hh]er)|\p{Lu}\p{Ll}{1,20}['’]s)\s+(?:(?:latest|recent|last|first|next|most\s+recent|routine|follow-up)\s+){0,2}${TEST_RESULT}`, 'gu'),
    what: 'health information',
  },
  // A test of one patient and its outcome: "your hepatitis C antibody test came back reactive", "her swab was
  // positive". Past tense only, and not after "if"/"when" ("if your test comes back positive" is advice):
  // "your" counts only in a reply, where it is the person written to.
  { words: [['positive', 'reactive', 'abnormal', 'inconclusive', 'negative', 'elevated', 'detectable', 'undetectable']],
    re: new RegExp(String.raw`(?<!\b(?:[Ii]f|[Ww]hether|[Ww]hen|[Oo]nce|[Uu]ntil|[Uu]nless)\s{1,3})(?:\b(?:[Hh]is|[Hh]er|[Yy]our)|\p{Lu}\p{Ll}{1,20}['’]s)\s+(?:(?:latest|recent|last|first|follow-up|repeat)\s+)?(?:(?:${BARE_ANY_CASE})\s+)?(?:(?:${anyCaseAlt(TERMS.testKinds)})\s+)?(?:${alt(TERMS.testNouns)})\s+(?:came\s+back|has\s+come\s+back|was|were|returned)\s+(?:(?:as|weakly|strongly)\s+)?(?:positive|reactive|abnormal|inconclusive|negative|elevated|detectable|undetectable)(?![\p{L}\p{N}])`, 'gu'),
    what: 'health information',
  },
  // A person described by a condition: "(Mrs Eileen Hegarty, the one with Parkinson's …)", "her son with
  // autism". "People with dementia" and "patients with diabetes" name no one: singular nouns only.
  { words: [['one', 'man', 'woman', 'lady', 'gentleman', 'boy', 'girl', 'child', 'baby', 'son', 'daughter', 'mum', 'mom', 'dad', 'mother', 'father', 'husband', 'wife', 'partner', 'resident', 'patient', 'tenant', 'pupil', 'student', 'neighbour', 'neighbor', 'customer', 'brother', 'sister', 'grandson', 'granddaughter', 'gran', 'granny', 'grandad', 'grandfather', 'grandmother'], ['with'], CONDITION_WORDS],
    re: new RegExp(String.raw`\b(?:the\s+one|one|man|woman|lady|gentleman|boy|girl|child|baby|son|daughter|mum|mom|dad|mother|father|husband|wife|partner|resident|patient|tenant|pupil|student|neighbour|neighbor|customer|brother|sister|grandson|granddaughter|gran|granny|grandad|grandfather|grandmother)\s+with\s+${COND_PHRASE}`, 'giu'),
    what: 'health information',
  },
];
// Each statement's word groups as gates (src/text/gate.ts): a statement is live when every group has a word in the draft.
const ALL_STATEMENTS = [...STATEMENTS, ...MORE].map((st) => ({ ...st, gates: st.words.map((g) => phraseGate(g)) }));
// A role that identifies one person ("our bin crew member", "my neighbour", "a teacher at St Mary's").
const IDENTIFYING_ROLE = /\b(?:our|my|your|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}(?:colleague|member\s+of\s+staff|staff\s+member|employee|worker|driver|crew\s+member|officer|teacher|nurse|caretaker|manager|volunteer|neighbour|neighbor|mum|mom|dad|son|daughter|wife|husband|partner|friend|brother|sister|grandson|granddaughter|client|patient|tenant|pupil|student|apprentice|cleaner|receptionist|warden|ranger|librarian|firefighter|paramedic|councillor|mayor|chief\s+executive)\b/iu;
// The sentence says the person agreed or made it public themselves ("who has spoken openly about her
// kidney transplant", "has kindly allowed us to share his story"): that is the consent the message asks for.
const CONSENT = /\b(?:spoken|spoke|speaks|talked|talks|written|writes|wrote)\s+(?:openly|publicly)\b|\b(?:allowed|permitted)\s+us\b|\bagreed\s+(?:for\s+us\s+)?to\s+(?:share|tell)\b|\bwith\s+(?:his|her|their)\s+(?:permission|consent|blessing)\b|\bgiven\s+(?:us\s+)?(?:(?:his|her|their)\s+)?(?:permission|consent)\b/i;
const PRONOUN = /\b(?:he|she|him|his|her|hers|himself|herself)\b/i;
// A condition opener ("if your test came back reactive") makes a "your" health phrase hypothetical.
const CONDITIONAL_OPENER = /\b(?:if|when|whether|once|until|unless)\b/iu;
const CLAUSE_BREAK = /[,.;:!?]/u;
// The subject right before the statement is anyone at all: "someone starts treatment", "anyone who has had".
const ANYONE_BEFORE = /\b(?:someone|somebody|anyone|anybody|everyone|everybody|people|patients|whoever|a[ \u00a0]+(?:person|patient))(?:[ \u00a0]+who)?[ \u00a0]+$/iu;
// A name-shaped pair as the subject ("Marcus Hill, who is recovering…", "Dev Anand is…"): a person even
// where the tagger does not know the name.
const SUBJECT_AFTER = /^(?:,\s*who\b|\s+(?:is|was|are|were|has|had|remains)\b)/u;
// A first name's possessive before the detail ("Alan's blood tests"), in a reply: staff writing about one
// patient. Not a day or a time ("Monday's scan", "Today's clinic").
const POSSESSOR = /^(\p{Lu}\p{Ll}{1,20})['’]s\s/u;
const NOT_POSSESSOR = /^(?:Today|Tomorrow|Yesterday|Tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Week|Year|Scotland|England|Wales|Ireland|Canada|Britain|Everyone|Nobody|Someone|Anyone)$/u;

export default defineRule(withJudgement('special-category', 'Read as a whole, this discloses health or other special-category detail about a person: leave it out unless they have explicitly agreed to its publication.', {
  id: 'personal-data/special-category',
  category: 'personal-data',
  description: 'Health, sexual orientation, religion, political opinion, union membership or criminal records of an identifiable person.',
  docs: {
    rationale: 'Special-category data about an identifiable person needs explicit grounds (UK GDPR Art 9, APP sensitive information); a social media post almost never has them.',
    flagged: ['Get well soon to our bin crew member Gary Hughes, who is being treated for cancer.', 'Our colleague Sam, who has dementia, retires today.'],
    clean: ['Cancer screening saves lives: book yours today.', 'Flu jabs for over 65s are now available.', 'It’s Mental Health Awareness Week.'],
  },
  defaultSeverity: 'error',
  topics: ['special-category-data', 'personal-data'],
  languages: ['en'],
  hasSuggestions: true,
  sensitive: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, bodyOffset } = ctx.doc;
    const words = ctx.doc.words();
    const live = ALL_STATEMENTS.filter(({ gates }) => gates.every((g) => g(words)));
    if (live.length === 0) return;
    const body = prose.slice(bodyOffset);
    if (!PREFILTER.test(body)) return;
    const hits: Array<{ offset: number; endOffset: number; what: string }> = [];
    for (const { re, what, needs, hint } of live) {
      if (hint && !ctx.doc.proseRegExp(hint).test(body)) continue;
      const scan = ctx.doc.proseRegExp(re);
      scan.lastIndex = 0;
      for (const m of body.matchAll(scan)) {
        const offset = bodyOffset + m.index;
        const endOffset = offset + m[0].length;
        if (needs) {
          const sentence = sentenceAt(ctx.doc, offset);
          if (!sentence || !needs.test(prose.slice(sentence.offset, sentence.endOffset))) continue;
        }
        if (!hits.some((h) => h.offset < endOffset && offset < h.endOffset)) hits.push({ offset, endOffset, what });
      }
    }
    if (hits.length === 0) return;
    for (const hit of hits.sort((a, b) => a.offset - b.offset)) {
      const sentence = sentenceAt(ctx.doc, hit.offset) ?? { offset: Math.max(bodyOffset, hit.offset - 150), endOffset: hit.endOffset };
      const post = ctx.posts.find((p) => hit.offset >= p.offset && hit.offset < p.endOffset) ?? { offset: bodyOffset, endOffset: prose.length };
      const sentenceText = prose.slice(sentence.offset, sentence.endOffset);
      if (CONSENT.test(sentenceText)) continue;
      // Said of no one in particular: "how quickly someone starts treatment", "patients who have had a stroke".
      if (ANYONE_BEFORE.test(prose.slice(Math.max(sentence.offset, hit.offset - 30), hit.offset))) continue;
      // "Your" is the person written to only in a reply: "manage your diabetes" in a post is advice.
      if (/^your\b/iu.test(prose.slice(hit.offset, hit.endOffset))) {
        if (ctx.meta.replyTo === undefined) continue;
        // "If your hepatitis C antibody test came back reactive, call the clinic": a condition, not a result told.
        const before = prose.slice(sentence.offset, hit.offset);
        // Only the clause the word sits in: text after the last comma or stop (a split, not a `[^,]*$` regex, so linear).
        const clause = before.split(CLAUSE_BREAK).pop() ?? '';
        if (CONDITIONAL_OPENER.test(clause)) continue;
      }
      // A school sentence naming someone ("Marcus Hill has been suspended…") is about a student: any
      // name-shaped candidate counts there, not only titled ones.
      const candidates = findNameCandidates(prose, sentence.offset, sentence.endOffset);
      let identifiable =
        IDENTIFYING_ROLE.test(sentenceText) ||
        candidates.some((n) => /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b/.test(n.text)) ||
        (hit.what === EDUCATION && candidates.length > 0) ||
        candidates.some((n) => SUBJECT_AFTER.test(prose.slice(n.endOffset, n.endOffset + 12))) ||
        (ctx.meta.replyTo !== undefined && !NOT_POSSESSOR.test(POSSESSOR.exec(prose.slice(hit.offset, hit.endOffset))?.[1] ?? 'Today')) ||
        // In a reply, "your test came back reactive" is the health of the person written to.
        (ctx.meta.replyTo !== undefined && /^your\b/iu.test(prose.slice(hit.offset, hit.endOffset)));
      if (!identifiable) {
        const names = findPersonNames(ctx, post.offset, post.endOffset, { includeOfficeHolders: true });
        if (names === undefined) return; // compromise is loading: the second pass decides
        const inSentence = names.some((n) => n.offset >= sentence.offset && n.endOffset <= sentence.endOffset);
        const earlier = names.some((n) => n.endOffset <= sentence.offset);
        identifiable = inSentence || (earlier && PRONOUN.test(sentenceText));
      }
      if (!identifiable) continue;
      ctx.report({
        offset: hit.offset,
        endOffset: hit.endOffset,
        message:
          hit.what === EDUCATION
            ? 'A student’s education record (grades, discipline, special educational needs or attendance) about an identifiable student: remove it unless the family has given written consent.'
            : `Special-category data (${hit.what}) about an identifiable person: remove it unless you have their explicit consent.`,
        suggestions: redaction(hit.offset, hit.endOffset, `the ${hit.what}`, ctx),
      });
    }
  },
}));
