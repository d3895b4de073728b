import type { PolicyPack } from './types.js';

const AI_ACT = 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj';
const GDPR = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';

export const euPack: PolicyPack = {
  id: 'eu',
  name: 'European Union (and Ireland)',
  topics: {
    accessibility: [{ policy: 'eu-wad', title: 'Web Accessibility Directive (EU) 2016/2102', section: 'Art 4', url: 'https://eur-lex.europa.eu/eli/dir/2016/2102/oj', summary: 'Public sector content must be perceivable, operable, understandable and robust.' }],
    'personal-data': [{ policy: 'eu-gdpr', title: 'GDPR (EU) 2016/679', section: 'Art 5(1)(c) (data minimisation)', url: GDPR, summary: 'Personal data must be limited to what is necessary.' }],
    'special-category-data': [{ policy: 'eu-gdpr', title: 'GDPR (EU) 2016/679', section: 'Art 9(1)', url: GDPR, summary: 'Processing of special categories of personal data is prohibited without an exception.' }],
    children: [{ policy: 'eu-gdpr', title: 'GDPR (EU) 2016/679', section: 'Recital 38', url: GDPR, summary: 'Children merit specific protection with regard to their personal data.' }],
    'ai-transparency': [
      { policy: 'eu-ai-act', title: 'EU AI Act (Regulation (EU) 2024/1689)', section: 'Art 50(4)', url: AI_ACT, summary: 'Disclose AI-generated or manipulated text published to inform the public, and deepfakes, unless human-reviewed under editorial responsibility.' },
      { policy: 'eu-ai-act', title: 'EU AI Act (Regulation (EU) 2024/1689)', section: 'Art 50(5)', url: AI_ACT, summary: 'The disclosure must be clear and distinguishable at the first exposure.' },
    ],
    'ai-governance': [{ policy: 'eu-ai-act', title: 'EU AI Act (Regulation (EU) 2024/1689)', section: 'Art 4 (AI literacy); Art 50(4)', url: AI_ACT, summary: 'Human review and editorial responsibility for AI-generated content.' }],
    'contempt-of-court': [{ policy: 'echr-art-6', title: 'European Convention on Human Rights', section: 'Art 6(2) (presumption of innocence)', summary: 'Everyone charged with a criminal offence shall be presumed innocent until proved guilty.' }, { policy: 'eu-directive-2016-343', title: 'Directive (EU) 2016/343 on the presumption of innocence', section: 'Art 4', summary: 'Public authorities must not refer to suspects as guilty.' }],
    'victim-anonymity': [{ policy: 'eu-victims-directive', title: 'Victims’ Rights Directive 2012/29/EU', section: 'Art 21', summary: 'Protect the privacy and identity of victims.' }, { policy: 'ie-criminal-law-rape-act', title: 'Criminal Law (Rape) Act 1981 (Ireland)', section: 's.7', summary: 'Complainants of sexual offences must not be identified.' }],
    defamation: [{ policy: 'ie-defamation-act-2009', title: 'Defamation Act 2009 (Ireland)', section: 's.6', url: 'https://www.irishstatutebook.ie/eli/2009/act/31/enacted/en/html', summary: 'Publishing that an identifiable person committed an offence, without a conviction, risks a defamation claim.' }],
    'legal-liability': [{ policy: 'ie-civil-liability-2017', title: 'Civil Liability (Amendment) Act 2017 (Ireland)', section: 'Part 4 (open disclosure)', url: 'https://www.irishstatutebook.ie/eli/2017/act/30/enacted/en/html', summary: 'An apology made under open disclosure is not an admission of liability; other admissions of fault can be used in a claim.' }],
    'political-impartiality': [{ policy: 'ie-civil-service-code', title: 'Civil Service Code of Standards and Behaviour (Ireland)', section: 'Impartiality', summary: 'Civil servants serve the government of the day impartially.' }],
    'official-languages': [
      { policy: 'ie-official-languages-act-2003', title: 'Official Languages Act 2003 (Ireland), as amended by the Official Languages (Amendment) Act 2021', url: 'https://www.irishstatutebook.ie/eli/2003/act/32/enacted/en/html', summary: 'Public bodies publish in Irish, or in Irish and English, where the Act or their language scheme requires; the Irish text is not less prominent than the English.' },
    ],
  },
};
