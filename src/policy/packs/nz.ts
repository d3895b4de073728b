import type { PolicyPack } from './types.js';

export const nzPack: PolicyPack = {
  id: 'nz',
  name: 'New Zealand',
  topics: {
    conduct: [{ policy: 'nz-psc-code', title: 'Public Service Commission: Standards of Integrity and Conduct', section: 'Respectful', url: 'https://www.publicservice.govt.nz/guidance/guide-the-code-of-conduct', summary: 'Treat everyone with respect; act professionally.' }],
    'plain-language': [{ policy: 'nz-plain-language-act', title: 'Plain Language Act 2022', section: 's.5', url: 'https://www.legislation.govt.nz/act/public/2022/0054/latest/whole.html', summary: 'Public documents must use plain language.' }],
    accuracy: [{ policy: 'nz-plain-language-act', title: 'Plain Language Act 2022', section: 's.3', url: 'https://www.legislation.govt.nz/act/public/2022/0054/latest/whole.html', summary: 'Communications are clear, concise and accurate.' }],
    accessibility: [{ policy: 'nz-web-accessibility', title: 'NZ Government Web Accessibility Standard 1.2', url: 'https://www.digital.govt.nz/standards-and-guidance/nz-government-web-standards/web-accessibility-standard-1-2', summary: 'Government content meets WCAG.' }],
    'protective-marking': [{ policy: 'nz-pspf', title: 'NZ Protective Security Requirements: Classification system', url: 'https://www.protectivesecurity.govt.nz/classification-system', summary: 'IN-CONFIDENCE, SENSITIVE, RESTRICTED, CONFIDENTIAL, SECRET and TOP SECRET material is not published.' }],
    'confidential-information': [{ policy: 'nz-psc-code', title: 'Public Service Commission: Standards of Integrity and Conduct', section: 'Trustworthy', url: 'https://www.publicservice.govt.nz/guidance/guide-the-code-of-conduct', summary: 'Keep official information confidential unless authorised.' }],
    embargo: [{ policy: 'nz-psc-code', title: 'Public Service Commission: Standards of Integrity and Conduct', section: 'Trustworthy', url: 'https://www.publicservice.govt.nz/guidance/guide-the-code-of-conduct', summary: 'Release official information only when authorised.' }],
    'personal-data': [{ policy: 'nz-privacy-act', title: 'Privacy Act 2020', section: 's.22 IPP 11', url: 'https://www.legislation.govt.nz/act/public/2020/0031/latest/LMS23342.html', summary: 'An agency must not disclose personal information except as permitted.' }],
    'special-category-data': [{ policy: 'nz-hipc', title: 'Health Information Privacy Code 2020', section: 'Rule 11', url: 'https://www.privacy.org.nz/privacy-act-2020/codes-of-practice/hipc2020/', summary: 'Health information must not be disclosed.' }, { policy: 'nz-privacy-act', title: 'Privacy Act 2020', section: 's.22 IPP 11', summary: 'Sensitive personal information must not be disclosed.' }],
    children: [{ policy: 'nz-privacy-act', title: 'Privacy Act 2020', section: 's.22 IPP 11; IPP 4 (children)', summary: 'Take particular care with children’s personal information.' }],
    'ai-transparency': [{ policy: 'nz-genai-guidance', title: 'NZ Government: Responsible AI guidance for the public service (GenAI)', section: 'Transparency', url: 'https://www.digital.govt.nz/standards-and-guidance/technology-and-architecture/artificial-intelligence', summary: 'Be open about the use of generative AI.' }],
    'ai-governance': [{ policy: 'nz-genai-guidance', title: 'NZ Government: Responsible AI guidance for the public service (GenAI)', section: 'Accountability and human oversight', url: 'https://www.digital.govt.nz/standards-and-guidance/technology-and-architecture/artificial-intelligence', summary: 'Use approved generative AI tools, and keep a person accountable for checking every output.' }],
    'political-impartiality': [{ policy: 'nz-psc-neutrality', title: 'Public Service Commission: Political neutrality guidance', url: 'https://www.publicservice.govt.nz/guidance/political-neutrality', summary: 'Official accounts stay politically neutral.' }],
    'pre-election': [{ policy: 'nz-psc-election', title: 'Public Service Commission: General election guidance', url: 'https://www.publicservice.govt.nz/guidance/general-election-guidance', summary: 'Take particular care about political neutrality in the election period.' }],
    'contempt-of-court': [{ policy: 'nz-contempt-act', title: 'Contempt of Court Act 2019', section: 's.7', url: 'https://www.legislation.govt.nz/act/public/2019/0044/latest/whole.html', summary: 'Publishing information that risks prejudicing a fair trial is an offence.' }],
    'victim-anonymity': [{ policy: 'nz-cpa-203', title: 'Criminal Procedure Act 2011', section: 's.203', url: 'https://www.legislation.govt.nz/act/public/2011/0081/latest/DLM3360330.html', summary: 'Automatic suppression of the identity of sexual offence complainants.' }],
  },
};
