// personal-data/special-category: special-category data about an identifiable person — health
// conditions and treatment, sexual orientation, religion, political opinion, trade-union membership and
// criminal records — in the same sentence as a person's name, a pronoun referring to a named person, or a
// role that identifies someone ("our bin crew member"). Public health messages ("cancer screening saves
// lives", "Mental Health Awareness Week") name no one and are not reported.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { redaction } from '../../src/text/pii-context.js';
import { findNameCandidates, findPersonNames } from '../../src/text/names.js';

const CONDITIONS = [
  'cancer', 'breast cancer', 'prostate cancer', 'bowel cancer', 'lung cancer', 'skin cancer', 'leukaemia', 'leukemia', 'lymphoma', 'a brain tumour', 'a brain tumor', 'a tumour', 'a tumor',
  'dementia', "alzheimer's", 'alzheimers', "parkinson's", 'parkinsons', 'multiple sclerosis', 'motor neurone disease', 'mnd', 'hiv',
  'covid', 'covid-19', 'long covid', 'coronavirus', 'diabetes', 'depression', 'anxiety', 'ptsd', 'schizophrenia', 'bipolar disorder', 'bipolar', 'psychosis',
  'an eating disorder', 'anorexia', 'bulimia', 'addiction', 'alcoholism', 'drug addiction', 'a stroke', 'a heart attack', 'heart disease', 'heart failure',
  'kidney failure', 'kidney disease', 'liver disease', 'epilepsy', 'autism', 'adhd', 'a brain injury', 'mental health problems', 'mental health issues',
  'a mental health condition', 'a mental illness', 'mental illness', 'hepatitis', 'tuberculosis', 'sepsis', 'meningitis', 'chemotherapy', 'chemo',
  'radiotherapy', 'dialysis', 'a transplant', 'a kidney transplant', 'a breakdown', 'a nervous breakdown', 'a terminal illness', 'terminal cancer', 'a rare disease',
  'a rare condition', 'motor neuron disease', 'cystic fibrosis', 'sickle cell', 'lupus', 'arthritis', 'an overdose', 'self-harm', 'a miscarriage', 'infertility', 'ivf',
];
const COND = CONDITIONS.sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
const FAITHS = 'Muslim|Jewish|a\\s+Jew|Christian|Catholic|Protestant|Hindu|Sikh|Buddhist|atheist|Mormon|Jehovah[\'’]s\\s+Witness';
const ORIENTATIONS = 'gay|lesbian|bisexual|bi|transgender|trans|non-binary|nonbinary|queer|asexual|pansexual|intersex';
const PARTIES = 'Labour|Conservative|Tory|Liberal(?:\\s+Democrat)?|Lib\\s+Dem|Green|Reform|SNP|Plaid|Democrat(?:ic)?|Republican|NDP|ACT|National|One\\s+Nation|Fianna\\s+F[aá]il|Fine\\s+Gael|Sinn\\s+F[eé]in|Te\\s+P[aā]ti\\s+M[aā]ori';
const UNIONS = 'Unison|Unite|GMB|RMT|NEU|NASUWT|RCN|BMA|PCS|UCU|FBU|CWU|Usdaw|SIPTU|F[oó]rsa|INMO|AEU|ANMF|CPSU|AWU|CUPE|PSAC|Teamsters|AFSCME|SEIU|PSA|NZNO|E\\s+t[uū]';

const INSTITUTIONS = 'school|schools|church|churches|college|academy|cathedral|charity|community|communities|festival|festivals|centre|center|parish|diocese|hospital|primary|secondary|high|foundation|organisation|organization|group|groups|tradition|holiday|celebration|celebrations|faith|food|area|population|event|events|service|services|network|club|society|venue|space|leaders|pride|history|month|week|flag';

// Phrases that state a person's special-category data. Each is bounded and alternation-only.
const STATEMENTS: ReadonlyArray<{ re: RegExp; what: string }> = [
  {
    re: new RegExp(String.raw`\b(?:(?:being|been|is|was|currently)\s+)?(?:treated|receiving\s+treatment|having\s+treatment|undergoing\s+treatment|in\s+treatment|tested\s+positive|diagnosed|suffering|suffers|suffered|battling|fighting|recovering|living|lives|died|passed\s+away|admitted\s+to\s+hospital|in\s+hospital|hospitalised|hospitalized|undergoing|receiving|struggling|struggles|struggled)\s+(?:for|with|from|of)?\s*(?:${COND})(?![\p{L}\p{N}])`, 'giu'),
    what: 'health information',
  },
  { re: new RegExp(String.raw`\b(?:has|had|have|got|developed)\s+(?:been\s+diagnosed\s+with\s+)?(?:${COND})(?![\p{L}\p{N}])`, 'giu'), what: 'health information' },
  { re: /\b(?:is|was|has\s+been|became)\s+(?:HIV[\s-]positive|pregnant|terminally\s+ill|seriously\s+ill|paralysed|paralyzed|sectioned|in\s+a\s+coma|in\s+intensive\s+care|on\s+dialysis|on\s+antidepressants|in\s+rehab|registered\s+blind|autistic)\b/giu, what: 'health information' },
  {
    // "is Muslim", "was a gay man"; not "is a Catholic school" (an institution, not a person).
    re: new RegExp(String.raw`\b(?:is|was|being)\s+(?:an?\s+)?(?:openly\s+|devout\s+|practising\s+|practicing\s+)?(?:${ORIENTATIONS}|${FAITHS})(?:\s+(?:man|woman|person|member))?(?![\p{L}\p{N}-])(?!\s+(?:${INSTITUTIONS})\b)`, 'gu'),
    what: 'sexual orientation or religion',
  },
  { re: new RegExp(String.raw`\bcame\s+out\s+as\s+(?:${ORIENTATIONS})\b|\b(?:his|her|their)\s+(?:sexuality|sexual\s+orientation|religion|religious\s+beliefs|faith|ethnicity|ethnic\s+origin|gender\s+identity)\b`, 'giu'), what: 'sexual orientation, religion or ethnicity' },
  { re: new RegExp(String.raw`\b(?:is|was|as)\s+an?\s+(?:${PARTIES})\s+(?:party\s+)?(?:voter|supporter|member|activist)\b|\bvote[sd]?\s+(?:for\s+)?(?:${PARTIES})\b`, 'gu'), what: 'political opinion' },
  { re: new RegExp(String.raw`\b(?:is|was|as)\s+an?\s+(?:(?:${UNIONS})\s+)?(?:union\s+member|shop\s+steward|union\s+rep(?:resentative)?)\b|\b(?:is|was)\s+a\s+member\s+of\s+(?:the\s+)?(?:${UNIONS})\b`, 'gu'), what: 'trade-union membership' },
  { re: /\b(?:has|had|with)\s+(?:a\s+)?(?:criminal\s+record|previous\s+convictions?|a\s+record\s+for|spent\s+convictions?)\b|\bserved\s+(?:time|\d{1,2}\s+(?:years|months))\s+(?:in\s+prison|in\s+jail|behind\s+bars|for)\b|\b(?:is|was)\s+(?:an?\s+)?(?:ex-offender|ex-prisoner|ex-con|registered\s+sex\s+offender)\b|\bon\s+the\s+sex\s+offenders?['’]?\s+register\b/giu, what: 'criminal record' },
];
const PREFILTER = /treat|diagnos|suffer|battl|fight|recover|living|lives|died|passed|hospital|undergo|receiv|struggl|has|had|have|got|develop|\bis\b|\bwas\b|\bas\b|came\s+out|his|her|their|vote|record|convict|served|offender|register/i;
// A role that identifies one person ("our bin crew member", "my neighbour", "a teacher at St Mary's").
const IDENTIFYING_ROLE = /\b(?:our|my|your|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}(?:colleague|member\s+of\s+staff|staff\s+member|employee|worker|driver|crew\s+member|officer|teacher|nurse|caretaker|manager|volunteer|neighbour|neighbor|mum|mom|dad|son|daughter|wife|husband|partner|friend|brother|sister|grandson|granddaughter|client|patient|tenant|pupil|student|apprentice|cleaner|receptionist|warden|ranger|librarian|firefighter|paramedic|councillor|mayor|chief\s+executive)\b/iu;
const PRONOUN = /\b(?:he|she|him|his|her|hers|himself|herself)\b/i;

export default defineRule({
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
  hasSuggestions: true,
  sensitive: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, bodyOffset } = ctx.doc;
    const body = prose.slice(bodyOffset);
    if (!PREFILTER.test(body)) return;
    const hits: Array<{ offset: number; endOffset: number; what: string }> = [];
    for (const { re, what } of STATEMENTS) {
      re.lastIndex = 0;
      for (const m of body.matchAll(re)) {
        const offset = bodyOffset + m.index;
        const endOffset = offset + m[0].length;
        if (!hits.some((h) => h.offset < endOffset && offset < h.endOffset)) hits.push({ offset, endOffset, what });
      }
    }
    if (hits.length === 0) return;
    const sentences = ctx.doc.sentences();
    for (const hit of hits.sort((a, b) => a.offset - b.offset)) {
      const sentence = sentences.find((s) => hit.offset >= s.offset && hit.offset < s.endOffset) ?? { offset: Math.max(bodyOffset, hit.offset - 150), endOffset: hit.endOffset };
      const post = ctx.posts.find((p) => hit.offset >= p.offset && hit.offset < p.endOffset) ?? { offset: bodyOffset, endOffset: prose.length };
      const sentenceText = prose.slice(sentence.offset, sentence.endOffset);
      let identifiable = IDENTIFYING_ROLE.test(sentenceText) || findNameCandidates(prose, sentence.offset, sentence.endOffset).some((n) => /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b/.test(n.text));
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
        message: `Special-category data (${hit.what}) about an identifiable person: remove it unless you have their explicit consent.`,
        suggestions: redaction(hit.offset, hit.endOffset, `the ${hit.what}`),
      });
    }
  },
});
