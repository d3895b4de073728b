import type { PolicyPack } from './types.js';

const PSPF8 = 'https://www.protectivesecurity.gov.au/information/sensitive-classified-information';
const APS = 'https://www.legislation.gov.au/C2004A00538/latest/text';
const APSC_SOCIAL = 'https://www.apsc.gov.au/working-aps/integrity/integrity-resources/guidance-aps-employees-social-media';

export const auPack: PolicyPack = {
  id: 'au',
  name: 'Australia',
  topics: {
    conduct: [{ policy: 'aps-code-of-conduct', title: 'Public Service Act 1999', section: 's.13(3) (courtesy) and s.13(11)', url: APS, summary: 'APS employees must treat everyone with respect and courtesy and uphold the APS Values.' }, { policy: 'apsc-social-media', title: 'APSC: Social media guidance for APS employees', url: APSC_SOCIAL, summary: 'Official social media must be professional and respectful.' }],
    equality: [{ policy: 'sda-1984', title: 'Sex Discrimination Act 1984 and Disability Discrimination Act 1992', summary: 'Avoid language that discriminates.' }],
    accuracy: [{ policy: 'style-manual', title: 'Australian Government Style Manual', section: 'Clear language and writing style', url: 'https://www.stylemanual.gov.au/writing-and-designing-content/clear-language-and-writing-style', summary: 'Check content is accurate and complete before publishing.' }],
    'plain-language': [{ policy: 'style-manual', title: 'Australian Government Style Manual', section: 'Plain language and word choice', url: 'https://www.stylemanual.gov.au/writing-and-designing-content/clear-language-and-writing-style/plain-language-and-word-choice', summary: 'Write for a reading level of about year 7; use common words.' }],
    accessibility: [{ policy: 'style-manual', title: 'Australian Government Style Manual', section: 'Accessible and inclusive content', url: 'https://www.stylemanual.gov.au/accessible-and-inclusive-content', summary: 'Alt text, CamelCase hashtags, emoji and capitals used sparingly (WCAG 2.2 AA).' }],
    'protective-marking': [{ policy: 'pspf-8', title: 'Protective Security Policy Framework', section: 'Policy 8: Sensitive and classified information', url: PSPF8, summary: 'OFFICIAL: Sensitive, PROTECTED, SECRET and TOP SECRET information must not be published.' }],
    embargo: [{ policy: 'aps-code-of-conduct', title: 'Public Service Act 1999', section: 's.13(10); Public Service Regulations reg 2.1', url: APS, summary: 'Do not disclose information without authority.' }],
    'confidential-information': [{ policy: 'aps-code-of-conduct', title: 'Public Service Regulations 2023', section: 's.7 (disclosure of information)', url: APS, summary: 'APS employees must not disclose information that could harm government.' }, { policy: 'pspf-8', title: 'Protective Security Policy Framework', section: 'Policy 8', url: PSPF8, summary: 'Protect sensitive information, including unreleased project information.' }],
    'account-security': [{ policy: 'acsc-secure-account', title: 'ASD/ACSC: Secure your accounts', url: 'https://www.cyber.gov.au/protect-yourself/securing-your-accounts', summary: 'Never share passwords or access keys.' }],
    'personal-data': [{ policy: 'au-app-6', title: 'Privacy Act 1988: Australian Privacy Principle 6', section: 'APP 6 (use or disclosure)', url: 'https://www.oaic.gov.au/privacy/australian-privacy-principles/australian-privacy-principles-guidelines/chapter-6-app-6-use-or-disclosure-of-personal-information', summary: 'Personal information may be disclosed only for the purpose it was collected.' }],
    'special-category-data': [{ policy: 'au-privacy-act-s6', title: 'Privacy Act 1988', section: 's.6 "sensitive information"; APP 6.2', url: 'https://www.oaic.gov.au/privacy/australian-privacy-principles', summary: 'Health, racial or ethnic origin, religion, sexual orientation and criminal records are sensitive information.' }],
    children: [{ policy: 'au-app-6', title: 'Privacy Act 1988: Australian Privacy Principle 6', section: 'APP 6; OAIC guidance on children', url: 'https://www.oaic.gov.au/privacy/your-privacy-rights/more-privacy-rights/children-and-young-people', summary: 'Take extra care before disclosing children’s personal information.' }],
    'ai-transparency': [{ policy: 'dta-responsible-ai', title: 'DTA Policy for the responsible use of AI in government', section: 'Transparency statements', url: 'https://www.digital.gov.au/policy/ai/policy', summary: 'Agencies are transparent about their use of AI.' }],
    'ai-governance': [{ policy: 'dta-responsible-ai', title: 'DTA Policy for the responsible use of AI in government', section: 'Accountable officials', url: 'https://www.digital.gov.au/policy/ai/policy', summary: 'AI use is governed, approved and overseen by accountable officials.' }],
    'political-impartiality': [{ policy: 'aps-values', title: 'Public Service Act 1999', section: 's.10(1) (impartial)', url: APS, summary: 'The APS is apolitical and provides impartial service.' }],
    'pre-election': [{ policy: 'caretaker-conventions', title: 'PM&C Guidance on Caretaker Conventions', section: '§7.3–7.4', url: 'https://www.pmc.gov.au/resources/guidance-caretaker-conventions', summary: 'During the caretaker period, avoid publicity that could be seen as promoting a party or candidate.' }],
    endorsement: [{ policy: 'aps-code-of-conduct', title: 'Public Service Act 1999', section: 's.13(10) (improper use of position)', url: APS, summary: 'Do not use an official position to gain a benefit for another person or business.' }],
    'contempt-of-court': [{ policy: 'au-sub-judice', title: 'Sub judice contempt (common law); Evidence Act and state contempt law', summary: 'Publishing material that tends to prejudice a fair trial is contempt.' }],
    'victim-anonymity': [{ policy: 'au-victim-anonymity', title: 'State sexual offence anonymity laws (e.g. Crimes Act 1900 (NSW) s.578A; Judicial Proceedings Reports Act 1958 (Vic) s.4)', summary: 'Complainants of sexual offences must not be identified.' }],
  },
};
