import type { PolicyPack } from './types.js';

const GCS_PROPRIETY_DIGITAL = 'https://gcs.civilservice.gov.uk/guidance/professional-standards/propriety/propriety-in-digital-and-social-media/';
const CIVIL_SERVICE_CODE = 'https://www.gov.uk/government/publications/civil-service-code/the-civil-service-code';
const UK_GDPR = 'https://www.legislation.gov.uk/eur/2016/679/article/';
const LA_PUBLICITY = 'https://www.gov.uk/government/publications/recommended-code-of-practice-for-local-authority-publicity';

export const ukPack: PolicyPack = {
  id: 'uk',
  name: 'United Kingdom',
  topics: {
    conduct: [
      { policy: 'gcs-propriety-digital', title: 'GCS: Propriety in digital and social media', section: 'Five things to remember', url: GCS_PROPRIETY_DIGITAL, summary: 'Official accounts must be courteous and professional; think before you post.' },
      { policy: 'civil-service-code', title: 'The Civil Service Code', section: 'Integrity', url: CIVIL_SERVICE_CODE, summary: 'Civil servants must act with integrity and treat the public with courtesy.' },
    ],
    equality: [
      { policy: 'equality-act-2010', title: 'Equality Act 2010', section: 's.149 (public sector equality duty)', url: 'https://www.legislation.gov.uk/ukpga/2010/15/section/149', summary: 'Public bodies must have due regard to eliminating discrimination and fostering good relations.' },
    ],
    accuracy: [
      { policy: 'civil-service-code', title: 'The Civil Service Code', section: 'Honesty and objectivity', url: CIVIL_SERVICE_CODE, summary: 'Set out the facts accurately; do not publish unfinished or misleading information.' },
      { policy: 'gcs-propriety', title: 'GCS: Propriety guidance', section: 'Objective and explanatory', url: 'https://gcs.civilservice.gov.uk/guidance/professional-standards/propriety/', summary: 'Government communication must be objective, explanatory and accurate.' },
    ],
    'plain-language': [
      { policy: 'govuk-style', title: 'GOV.UK content design: writing for GOV.UK', section: 'Plain English', url: 'https://www.gov.uk/guidance/content-design/writing-for-gov-uk', summary: 'Use plain English, short sentences (25 words or fewer) and words people use.' },
      { policy: 'gcs-accessible-social', title: 'GCS: Making your social media accessible', section: 'Plain language', url: 'https://gcs.civilservice.gov.uk/publications/making-your-social-media-accessible/', summary: 'Keep sentences to 25 words or fewer, spell out acronyms and avoid jargon.' },
    ],
    accessibility: [
      { policy: 'gcs-accessible-social', title: 'GCS: Making your social media accessible', url: 'https://gcs.civilservice.gov.uk/publications/making-your-social-media-accessible/', summary: 'CamelCase hashtags, alt text on images, few emoji, plain symbols.' },
      { policy: 'psbar-2018', title: 'Public Sector Bodies (Websites and Mobile Applications) Accessibility Regulations 2018', section: 'reg. 4', url: 'https://www.legislation.gov.uk/uksi/2018/952/regulation/4', summary: 'Public sector content must be perceivable, operable, understandable and robust (WCAG 2.2 AA).' },
    ],
    'protective-marking': [
      { policy: 'uk-gscp', title: 'Government Security Classifications Policy', section: 'Classification tiers', url: 'https://www.gov.uk/government/publications/government-security-classifications', summary: 'OFFICIAL-SENSITIVE, SECRET and TOP SECRET material must never be published.' },
    ],
    embargo: [
      { policy: 'civil-service-code', title: 'The Civil Service Code', section: 'Integrity: information', url: CIVIL_SERVICE_CODE, summary: 'Do not disclose official information without authority.' },
      { policy: 'gcs-propriety-digital', title: 'GCS: Propriety in digital and social media', section: 'Official accounts checklist', url: GCS_PROPRIETY_DIGITAL, summary: 'Publish only approved, released information from official accounts.' },
    ],
    'confidential-information': [
      { policy: 'civil-service-code', title: 'The Civil Service Code', section: 'Integrity: information', url: CIVIL_SERVICE_CODE, summary: 'Do not disclose official information without authority.' },
      { policy: 'uk-gscp', title: 'Government Security Classifications Policy', section: 'Handling OFFICIAL information', url: 'https://www.gov.uk/government/publications/government-security-classifications', summary: 'Internal project names and unreleased information stay within need-to-know.' },
    ],
    'account-security': [
      { policy: 'ncsc-social-media', title: 'NCSC: Social media: protecting what you publish', url: 'https://www.ncsc.gov.uk/guidance/social-media-protecting-what-you-publish', summary: 'Never publish credentials, internal systems or links that expose the organisation.' },
      { policy: 'moj-social-media-security', title: 'MoJ Security Guidance: Protecting social media accounts', url: 'https://security-guidance.service.justice.gov.uk/protecting-social-media-accounts/', summary: 'Keep passwords, tokens and internal addresses out of public posts.' },
    ],
    'personal-data': [
      { policy: 'uk-gdpr', title: 'UK GDPR', section: 'Art 5(1)(c) (data minimisation)', url: `${UK_GDPR}5`, summary: 'Personal data must be adequate, relevant and limited to what is necessary.' },
      { policy: 'uk-gdpr', title: 'UK GDPR', section: 'Art 5(1)(b) (purpose limitation)', url: `${UK_GDPR}5`, summary: 'Personal data collected for one purpose must not be published for another.' },
    ],
    'special-category-data': [
      { policy: 'uk-gdpr', title: 'UK GDPR', section: 'Art 9(1) (special category data)', url: `${UK_GDPR}9`, summary: 'Health, ethnicity, religion, sexual orientation, political opinions and union membership need explicit grounds.' },
      { policy: 'dpa-2018', title: 'Data Protection Act 2018', section: 's.10 and Sch 1; s.11(2) criminal offence data', url: 'https://www.legislation.gov.uk/ukpga/2018/12/section/10', summary: 'Special category and criminal offence data may be processed only under a Schedule 1 condition.' },
    ],
    children: [
      { policy: 'uk-gdpr', title: 'UK GDPR', section: 'Recital 38 and Art 5(1)(c)', url: `${UK_GDPR}5`, summary: 'Children merit specific protection of their personal data.' },
      { policy: 'cypa-1933', title: 'Children and Young Persons Act 1933', section: 's.49', url: 'https://www.legislation.gov.uk/ukpga/Geo5/23-24/12/section/49', summary: 'Children in youth proceedings must not be identified.' },
    ],
    'ai-transparency': [
      { policy: 'uk-ai-playbook', title: 'AI Playbook for the UK Government', section: 'Principle 7 (open and collaborative)', url: 'https://www.gov.uk/government/publications/ai-playbook-for-the-uk-government', summary: 'Be open and transparent about where and how AI is used.' },
      { policy: 'gcs-generative-ai', title: 'GCS Generative AI policy', url: 'https://www.communications.gov.uk/publications/gcs-generative-ai-policy', summary: 'Government communicators disclose AI-generated content and keep a human in the loop.' },
    ],
    'ai-governance': [
      { policy: 'gcs-generative-ai', title: 'GCS Generative AI policy', section: 'Approved tools and human oversight', url: 'https://www.communications.gov.uk/publications/gcs-generative-ai-policy', summary: 'Use only approved tools; a person reviews and owns every output.' },
      { policy: 'uk-ai-playbook', title: 'AI Playbook for the UK Government', section: 'Principle 4 (meaningful human control)', url: 'https://www.gov.uk/government/publications/ai-playbook-for-the-uk-government', summary: 'Keep meaningful human control at the right stages.' },
    ],
    'political-impartiality': [
      { policy: 'civil-service-code', title: 'The Civil Service Code', section: 'Political impartiality', url: CIVIL_SERVICE_CODE, summary: 'Serve the government of the day without acting in a party-political way.' },
      { policy: 'la-publicity-code', title: 'Code of Recommended Practice on Local Authority Publicity', section: '¶33–35', url: LA_PUBLICITY, summary: 'Council publicity must be even-handed and must not promote a political party.' },
      { policy: 'lga-1986', title: 'Local Government Act 1986', section: 's.2', url: 'https://www.legislation.gov.uk/ukpga/1986/10/section/2', summary: 'A local authority shall not publish material designed to affect support for a political party.' },
    ],
    'pre-election': [
      { policy: 'la-publicity-code', title: 'Code of Recommended Practice on Local Authority Publicity', section: '¶34', url: LA_PUBLICITY, summary: 'Between notice of election and polling day, no publicity about candidates or contentious issues.' },
      { policy: 'lga-pre-election', title: 'LGA: Pre-election period — social media', url: 'https://www.local.gov.uk/publications/purdah-short-guide-publicity-during-pre-election-period', summary: 'Official accounts avoid featuring candidates during the pre-election period.' },
    ],
    endorsement: [
      { policy: 'gcs-propriety', title: 'GCS: Propriety guidance', section: 'Commercial endorsement', url: 'https://gcs.civilservice.gov.uk/guidance/professional-standards/propriety/', summary: 'Government communication must not endorse a commercial product or business.' },
      { policy: 'civil-service-code', title: 'The Civil Service Code', section: 'Objectivity', url: CIVIL_SERVICE_CODE, summary: 'Act impartially; do not favour particular businesses.' },
    ],
    'contempt-of-court': [
      { policy: 'contempt-of-court-act-1981', title: 'Contempt of Court Act 1981', section: 'ss.1–2, Sch 1 ¶3–5', url: 'https://www.legislation.gov.uk/ukpga/1981/49', summary: 'Once a suspect is arrested, publications creating a substantial risk of serious prejudice are contempt.' },
      { policy: 'college-of-policing-app', title: 'College of Policing APP: Media relations', url: 'https://www.college.police.uk/app/engagement-and-communication/media-relations', summary: 'Say nothing about a suspect beyond the charge and basic facts.' },
    ],
    'victim-anonymity': [
      { policy: 'soaa-1992', title: 'Sexual Offences (Amendment) Act 1992', section: 's.1', url: 'https://www.legislation.gov.uk/ukpga/1992/34/section/1', summary: 'Complainants of sexual offences have lifelong anonymity: nothing may identify them.' },
    ],
    defamation: [{ policy: 'defamation-act-2013', title: 'Defamation Act 2013', section: 's.1 (serious harm)', url: 'https://www.legislation.gov.uk/ukpga/2013/26', summary: 'Publishing that an identifiable person committed an offence, without a conviction, risks a defamation claim.' }],
    'legal-liability': [{ policy: 'compensation-act-2006', title: 'Compensation Act 2006', section: 's.2', url: 'https://www.legislation.gov.uk/ukpga/2006/29/section/2', summary: 'An apology is not of itself an admission of negligence, but an express admission of fault or liability can be used in a claim and may breach the insurer’s conditions.' }],
    'official-languages': [
      { policy: 'welsh-language-standards', title: 'Welsh Language Standards (No. 1) Regulations 2015; (No. 2), (No. 4), (No. 5) Regulations 2016; (No. 6) and (No. 7) Regulations 2017', section: 'Service delivery standards: social media', url: 'https://www.welshlanguagecommissioner.wales/', summary: 'A body that publishes a message in English on social media publishes it in Welsh too, and the Welsh is not treated less favourably than the English (same content, not placed after it where the body’s standards require Welsh first).' },
      { policy: 'welsh-language-measure-2011', title: 'Welsh Language (Wales) Measure 2011', section: 's.1 (official status)', url: 'https://www.legislation.gov.uk/mwa/2011/1/section/1', summary: 'Welsh has official status in Wales and is not to be treated less favourably than English.' },
    ],
  },
};
