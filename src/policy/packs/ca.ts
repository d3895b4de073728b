import type { PolicyPack } from './types.js';

const COMMS = 'https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=30682';

export const caPack: PolicyPack = {
  id: 'ca',
  name: 'Canada',
  topics: {
    conduct: [{ policy: 'ca-values-ethics', title: 'Values and Ethics Code for the Public Sector', section: 'Respect for people', url: 'https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=25049', summary: 'Treat all people with respect, dignity and fairness.' }],
    equality: [{ policy: 'ca-chra', title: 'Canadian Human Rights Act', section: 's.3 (prohibited grounds); s.12 (discriminatory notices)', url: 'https://laws-lois.justice.gc.ca/eng/acts/h-6/', summary: 'Federal communications must not publish discriminatory notices or language.' }],
    accuracy: [{ policy: 'ca-comms-directive', title: 'Directive on the Management of Communications and Federal Identity', section: 'App. C', url: COMMS, summary: 'Communications are accurate, clear and objective.' }],
    'plain-language': [{ policy: 'ca-comms-directive', title: 'Directive on the Management of Communications and Federal Identity', section: 'Plain language', url: COMMS, summary: 'Use plain language in communications with the public.' }],
    accessibility: [{ policy: 'ca-accessible-canada-act', title: 'Accessible Canada Act; Standard on Web Accessibility', url: 'https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=23601', summary: 'Federal content meets WCAG: alt text, captions, accessible hashtags.' }],
    'protective-marking': [{ policy: 'ca-dsm-app-j', title: 'Directive on Security Management', section: 'Appendix J (Protected A/B/C, Classified)', url: 'https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=32614', summary: 'Protected and Classified information must not be released publicly.' }],
    embargo: [{ policy: 'ca-comms-directive', title: 'Directive on the Management of Communications and Federal Identity', section: 'Announcements', url: COMMS, summary: 'Announcements are released only when approved.' }],
    'confidential-information': [{ policy: 'ca-dsm-app-j', title: 'Directive on Security Management', section: 'Appendix J', url: 'https://www.tbs-sct.canada.ca/pol/doc-eng.aspx?id=32614', summary: 'Sensitive information stays within need-to-know.' }],
    'account-security': [{ policy: 'cccs-social-media', title: 'Canadian Centre for Cyber Security: Security considerations for social media', url: 'https://www.cyber.gc.ca/en/guidance/social-media-itsap00066', summary: 'Never expose credentials or internal systems.' }],
    'personal-data': [{ policy: 'ca-privacy-act', title: 'Privacy Act (Canada)', section: 's.8(1)', url: 'https://laws-lois.justice.gc.ca/eng/acts/p-21/section-8.html', summary: 'Personal information shall not be disclosed without consent.' }],
    'special-category-data': [{ policy: 'ca-privacy-act', title: 'Privacy Act (Canada)', section: 's.3 "personal information"; s.8(1)', url: 'https://laws-lois.justice.gc.ca/eng/acts/p-21/section-8.html', summary: 'Information on race, religion, health and criminal history is personal information.' }],
    children: [{ policy: 'ca-ycja', title: 'Youth Criminal Justice Act', section: 's.110', url: 'https://laws-lois.justice.gc.ca/eng/acts/y-1.5/section-110.html', summary: 'Young persons dealt with under the Act must not be identified.' }, { policy: 'ca-privacy-act', title: 'Privacy Act (Canada)', section: 's.8(1)', url: 'https://laws-lois.justice.gc.ca/eng/acts/p-21/section-8.html', summary: 'Personal information of children is not disclosed without consent.' }],
    'ai-transparency': [{ policy: 'ca-genai-guide', title: 'TBS Guide on the use of generative AI', section: 'FASTER: Transparent', url: 'https://www.canada.ca/en/government/system/digital-government/digital-government-innovations/responsible-use-ai/guide-use-generative-ai.html', summary: 'Identify content produced by generative AI.' }],
    'ai-governance': [{ policy: 'ca-genai-guide', title: 'TBS Guide on the use of generative AI', section: 'FASTER: Accountable', url: 'https://www.canada.ca/en/government/system/digital-government/digital-government-innovations/responsible-use-ai/guide-use-generative-ai.html', summary: 'Review generated content; use approved tools.' }],
    'political-impartiality': [{ policy: 'ca-comms-directive', title: 'Directive on the Management of Communications and Federal Identity', section: 'App. C C.2.2.1–C.2.2.5 (non-partisan communications)', url: COMMS, summary: 'Government communications must be non-partisan.' }],
    'pre-election': [{ policy: 'ca-caretaker', title: 'Guidelines on the Conduct of Ministers, Ministers of State, Exempt Staff and Public Servants During an Election', url: 'https://www.canada.ca/en/privy-council/services/publications/guidelines-conduct-ministers-state-exempt-staff-public-servants-election.html', summary: 'Restraint in communications during an election period.' }],
    endorsement: [{ policy: 'ca-comms-directive', title: 'Directive on the Management of Communications and Federal Identity', section: 'Non-endorsement', url: COMMS, summary: 'Government communications do not endorse commercial products.' }],
    'contempt-of-court': [{ policy: 'ca-criminal-code', title: 'Criminal Code; common-law sub judice rule', section: 's.517, s.539, s.542', summary: 'Publications that prejudice a fair trial are contempt.' }],
    'victim-anonymity': [{ policy: 'ca-criminal-code-486-4', title: 'Criminal Code', section: 's.486.4', url: 'https://laws-lois.justice.gc.ca/eng/acts/c-46/section-486.4.html', summary: 'Publication bans protect the identity of sexual offence complainants.' }],
    defamation: [{ policy: 'ca-libel-slander', title: 'Provincial defamation law (e.g. Libel and Slander Act, R.S.O. 1990, c. L.12)', summary: 'Publishing that an identifiable person committed an offence, without a conviction, risks a defamation claim.' }],
    'legal-liability': [{ policy: 'ca-apology-act', title: 'Apology Act, 2009 (Ontario), and other provincial apology acts', section: 's.2', url: 'https://www.ontario.ca/laws/statute/09a03', summary: 'An apology is not an admission of liability, but an express admission of fault can be used in a claim.' }],
    'official-languages': [
      { policy: 'ca-official-languages-act', title: 'Official Languages Act (Canada)', section: 'Part IV (Communications with and Services to the Public), ss. 21–33', url: 'https://laws-lois.justice.gc.ca/eng/acts/o-3.01/', summary: 'Federal institutions communicate with the public in both official languages, with the two versions published at the same time and of equal quality.' },
    ],
  },
};
