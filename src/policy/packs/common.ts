import type { PolicyPack } from './types.js';

/** International baseline cited when a jurisdiction pack has nothing on a topic. */
export const commonPack: PolicyPack = {
  id: 'common',
  name: 'International',
  topics: {
    conduct: [{ policy: 'un-social-media-guidelines', title: 'UN Secretariat Guidelines for the Personal Use of Social Media', section: '2019', summary: 'Public servants keep their conduct on social media courteous and professional.' }],
    equality: [{ policy: 'un-inclusive-language', title: 'United Nations Guidelines for gender-inclusive language', url: 'https://www.un.org/en/gender-inclusive-language/guidelines.shtml', summary: 'Use language that does not discriminate.' }],
    accessibility: [{ policy: 'wcag-2.2', title: 'Web Content Accessibility Guidelines (WCAG) 2.2', section: 'SC 1.1.1, 1.2.2, 3.1.5', url: 'https://www.w3.org/TR/WCAG22/', summary: 'Text alternatives, captions and readable text.' }],
    'plain-language': [{ policy: 'wcag-2.2', title: 'Web Content Accessibility Guidelines (WCAG) 2.2', section: 'SC 3.1.5 Reading level', url: 'https://www.w3.org/TR/WCAG22/#reading-level', summary: 'Text should not require more than lower secondary education reading ability.' }],
    'platform-terms': [
      { policy: 'platform-limits', title: 'Platform publishing limits (X, Bluesky, Mastodon, Threads, Instagram, LinkedIn, Facebook, TikTok, YouTube)', summary: 'A post over the platform’s limit is cut or refused.' },
      { platforms: ['x'], policy: 'x-counting-characters', title: 'X Developer Platform: Counting characters', url: 'https://developer.x.com/en/docs/counting-characters', summary: 'X weighs characters (CJK and emoji 2) and counts every link as 23; 280 per post.' },
      { platforms: ['bluesky'], policy: 'bluesky-post-lexicon', title: 'Bluesky app.bsky.feed.post lexicon', url: 'https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json', summary: 'Post text: at most 300 graphemes and 3,000 bytes; at most 8 extra tags.' },
      { platforms: ['mastodon'], policy: 'mastodon-posting', title: 'Mastodon documentation: Posting to your profile', url: 'https://docs.joinmastodon.org/user/posting/', summary: '500 characters by default; links count 23; remote mentions count the username only.' },
      { platforms: ['threads'], policy: 'threads-api-posts', title: 'Threads API: Posts', url: 'https://developers.facebook.com/docs/threads/posts', summary: 'Text up to 500 characters (emoji count their UTF-8 bytes); at most 5 links.' },
      { platforms: ['instagram'], policy: 'instagram-media-api', title: 'Instagram Graph API: IG User Media reference', url: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media', summary: 'Captions up to 2,200 characters, 30 hashtags and 20 @ tags.' },
      { platforms: ['youtube'], policy: 'youtube-hashtags', title: 'YouTube Help: Use hashtags for video search', url: 'https://support.google.com/youtube/answer/6390658', summary: 'Titles up to 100 characters, descriptions up to 5,000; over 60 hashtags and all are ignored.' },
    ],
    'ai-transparency': [{ policy: 'un-ceb-ai-principles', title: 'UN CEB Principles for the Ethical Use of AI in the UN System', section: 'Transparency and explainability', url: 'https://unsceb.org/principles-ethical-use-artificial-intelligence-united-nations-system', summary: 'Be transparent about the use of AI.' }],
    'ai-governance': [{ policy: 'un-ceb-ai-principles', title: 'UN CEB Principles for the Ethical Use of AI in the UN System', section: 'Human autonomy and oversight', url: 'https://unsceb.org/principles-ethical-use-artificial-intelligence-united-nations-system', summary: 'Keep human oversight of AI use.' }],
    'account-security': [{ policy: 'owasp-secrets', title: 'OWASP Secrets Management Cheat Sheet', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html', summary: 'Never expose credentials or internal systems.' }],
    accuracy: [{ policy: 'oecd-public-integrity', title: 'OECD Recommendation on Public Integrity', section: 'Openness and accuracy', url: 'https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-0435', summary: 'Public communication must be accurate and complete.' }],
    'protective-marking': [{ policy: 'iso-27001', title: 'ISO/IEC 27001:2022', section: 'Annex A 5.12–5.13 (classification and labelling)', summary: 'Classified information is handled according to its label and never released publicly.' }],
    embargo: [{ policy: 'iso-27001', title: 'ISO/IEC 27001:2022', section: 'Annex A 5.14 (information transfer)', summary: 'Information is released only under agreed rules.' }],
    'confidential-information': [{ policy: 'iso-27001', title: 'ISO/IEC 27001:2022', section: 'Annex A 5.12 (classification of information)', summary: 'Internal information stays internal.' }],
    'personal-data': [{ policy: 'oecd-privacy', title: 'OECD Privacy Guidelines (2013)', section: 'Use Limitation Principle', url: 'https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-0188', summary: 'Personal data should not be disclosed except with consent or by authority of law.' }],
    'special-category-data': [{ policy: 'coe-convention-108', title: 'Council of Europe Convention 108+', section: 'Art 6 (special categories of data)', url: 'https://www.coe.int/en/web/data-protection/convention108-and-protocol', summary: 'Health, origin, beliefs, sex life and criminal data need appropriate safeguards.' }],
    children: [{ policy: 'uncrc', title: 'UN Convention on the Rights of the Child', section: 'Art 16; Art 40(2)(b)(vii)', url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-child', summary: 'No child shall be subjected to arbitrary interference with their privacy.' }],
    'political-impartiality': [{ policy: 'un-social-media-guidelines', title: 'UN Secretariat Guidelines for the Personal Use of Social Media', section: 'Impartiality', summary: 'Public servants maintain political impartiality.' }],
    'pre-election': [{ policy: 'oecd-public-integrity', title: 'OECD Recommendation on Public Integrity', section: 'Impartiality', url: 'https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-0435', summary: 'Public resources are not used for electoral advantage.' }],
    endorsement: [{ policy: 'oecd-conflict-of-interest', title: 'OECD Guidelines for Managing Conflict of Interest in the Public Service', summary: 'Public office is not used to favour private businesses.' }],
    'contempt-of-court': [{ policy: 'iccpr-14', title: 'International Covenant on Civil and Political Rights', section: 'Art 14(2)', url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/international-covenant-civil-and-political-rights', summary: 'Everyone charged with a criminal offence has the right to be presumed innocent.' }],
    'victim-anonymity': [{ policy: 'un-victims-declaration', title: 'UN Declaration of Basic Principles of Justice for Victims of Crime', section: '¶6(d)', summary: 'Protect the privacy of victims.' }],
  },
};
