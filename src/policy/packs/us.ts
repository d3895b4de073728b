import type { PolicyPack } from './types.js';

export const usPack: PolicyPack = {
  id: 'us',
  name: 'United States',
  topics: {
    conduct: [{ policy: 'us-5-cfr-2635-101', title: '5 CFR 2635.101 Basic obligation of public service', url: 'https://www.ecfr.gov/current/title-5/part-2635/section-2635.101', summary: 'Public service is a public trust; act professionally.' }],
    equality: [{ policy: 'us-ada-title-ii', title: 'Americans with Disabilities Act, Title II; Civil Rights Act of 1964, Title VI', url: 'https://www.ada.gov/topics/title-ii/', summary: 'Public entities must not discriminate on the basis of disability, race, color or national origin.' }],
    accuracy: [{ policy: 'plain-writing-act', title: 'Plain Writing Act of 2010', section: '§4(b)', url: 'https://www.plainlanguage.gov/law/', summary: 'Public documents must be clear and well organised.' }],
    'plain-language': [{ policy: 'plain-writing-act', title: 'Plain Writing Act of 2010', section: '§3(3), §4(b)', url: 'https://www.plainlanguage.gov/law/', summary: 'Use plain writing in every covered document.' }],
    accessibility: [{ policy: 'section-508', title: 'Section 508 of the Rehabilitation Act', url: 'https://www.section508.gov/', summary: 'Federal content must be accessible (alt text, captions, readable text).' }, { policy: 'digital-gov-social', title: 'digital.gov: Accessible social media', url: 'https://digital.gov/resources/improving-the-accessibility-of-social-media-in-government/', summary: 'CamelCase hashtags (#DigitalGov not #digitalgov), alt text, captions.' }],
    'protective-marking': [{ policy: 'us-32-cfr-2002', title: '32 CFR Part 2002 (Controlled Unclassified Information)', section: '§2002.20, §2002.36', url: 'https://www.ecfr.gov/current/title-32/subtitle-B/chapter-XX/part-2002', summary: 'CUI must not be released to the public without decontrol.' }, { policy: 'eo-13526', title: 'Executive Order 13526 / 32 CFR 2001.23(a)', summary: 'TOP SECRET, SECRET and CONFIDENTIAL information is classified.' }],
    embargo: [{ policy: 'us-5-cfr-2635-703', title: '5 CFR 2635.703 Use of nonpublic information', url: 'https://www.ecfr.gov/current/title-5/part-2635/section-2635.703', summary: 'Employees shall not disclose nonpublic information.' }],
    'confidential-information': [{ policy: 'us-5-cfr-2635-703', title: '5 CFR 2635.703 Use of nonpublic information', url: 'https://www.ecfr.gov/current/title-5/part-2635/section-2635.703', summary: 'Employees shall not disclose nonpublic information.' }],
    'account-security': [{ policy: 'cisa-secure-accounts', title: 'CISA: Secure our World — strong passwords and MFA', url: 'https://www.cisa.gov/secure-our-world', summary: 'Never expose credentials or internal systems.' }],
    'personal-data': [{ policy: 'us-privacy-act', title: 'Privacy Act of 1974', section: '5 U.S.C. §552a(b)', url: 'https://www.justice.gov/opcl/privacy-act-1974', summary: 'No disclosure of records about an individual without consent.' }],
    'special-category-data': [{ policy: 'us-privacy-act', title: 'Privacy Act of 1974', section: '5 U.S.C. §552a(b)', url: 'https://www.justice.gov/opcl/privacy-act-1974', summary: 'Health and other sensitive records about individuals must not be disclosed.' }, { policy: 'hipaa', title: 'HIPAA Privacy Rule', section: '45 CFR 164.502', summary: 'Protected health information must not be disclosed without authorisation.' }],
    children: [{ policy: 'us-privacy-act', title: 'Privacy Act of 1974', section: '5 U.S.C. §552a(b)', url: 'https://www.justice.gov/opcl/privacy-act-1974', summary: 'Records about individuals, children included, are not disclosed without consent.' }, { policy: 'ferpa', title: 'FERPA', section: '20 U.S.C. §1232g', summary: 'Student records are protected.' }],
    'ai-transparency': [{ policy: 'omb-m-25-21', title: 'OMB Memorandum M-25-21', section: 'Transparency', summary: 'Agencies are transparent about their use of AI.' }],
    'ai-governance': [{ policy: 'omb-m-25-21', title: 'OMB Memorandum M-25-21', section: 'AI governance and risk management', summary: 'Agencies govern AI use and keep human oversight.' }],
    'political-impartiality': [{ policy: 'hatch-act', title: 'Hatch Act: OSC social media guidance (2018)', url: 'https://osc.gov/Services/Pages/HatchAct-Federal.aspx', summary: 'Official accounts must not advocate for or against a party or candidate.' }],
    'pre-election': [{ policy: 'hatch-act', title: 'Hatch Act: OSC social media guidance (2018)', url: 'https://osc.gov/Services/Pages/HatchAct-Federal.aspx', summary: 'No partisan political activity from official accounts, especially during elections.' }],
    endorsement: [{ policy: 'us-5-cfr-2635-702', title: '5 CFR 2635.702(c) Endorsements', url: 'https://www.ecfr.gov/current/title-5/part-2635/section-2635.702', summary: 'An employee shall not use their position to endorse any product, service or enterprise.' }],
    'contempt-of-court': [{ policy: 'aba-rule-3-6', title: 'ABA Model Rule 3.6 Trial Publicity; DOJ Justice Manual 1-7.500', url: 'https://www.justice.gov/jm/1-7000-media-relations', summary: 'Do not comment on the guilt or character of a defendant.' }],
    'victim-anonymity': [{ policy: 'us-18-usc-3771', title: 'Crime Victims’ Rights Act, 18 U.S.C. §3771(a)(8)', summary: 'Victims have the right to be treated with respect for their dignity and privacy.' }],
  },
};
