// Chatbot leftovers in French, Irish, Welsh and te reo Māori by dimension (issue #17, hb2 training sets):
// the family of leftover ("Here is a version of your post", "Certainly! Here is …", "as you asked", "I hope
// this helps", "As an AI language model") × language × where it sits in the post, with the same words in
// ordinary public-post sentences beside them. Data: src/lang/<code>/checks.json (chatbotLeftovers).
// Then ai-disclosure/undisclosed-ai: a leftover shows a declared review did not happen.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';
import type { Locale } from '../src/types.js';

async function leftovers(text: string) {
  const linter = await createLinter({ extends: [], rules: { 'ai-disclosure/chatbot-leftover': 'error' } });
  return (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === 'ai-disclosure/chatbot-leftover').map((f) => text.slice(f.offset, f.endOffset));
}

// Each language's body paragraph (long enough to identify) and the English version after it.
const BODY: Record<string, string> = {
  fr: "Soirée d'observation des étoiles le samedi 13 décembre à 19 h au centre d'accueil. Habillez-vous chaudement et apportez une lampe frontale à lumière rouge!",
  ga: 'Tosóidh an scéim uathrollaithe pinsin an 1 Eanáir 2026. Má tá tú idir 23 agus 60 bliain d’aois agus mura bhfuil pinsean ceirde agat, rollófar go huathoibríoch thú.',
  cy: "Mae ein sganiwr MRI newydd wedi cyrraedd Ysbyty Aberteifi! Bydd yn golygu amseroedd aros byrrach, ac ni fydd angen i gleifion deithio i Gaerfyrddin am sgan mwyach.",
  mi: 'Kua tuwhera anō te ara hīkoi ki runga o Matairangi. Nau mai, haere mai ki te hīkoi i te taha o tō whānau, ā, kia tūpato i ngā rā ua.',
};
const ENGLISH = 'Stargazing night on Saturday at 7 p.m. at the visitor centre. Dress warmly and bring a red-light headlamp!';

// [language, leftover, why]
const LEFTOVERS: ReadonlyArray<readonly [string, string, string]> = [
  ['fr', 'Voici une version française plus naturelle de votre publication :', 'a version of your post, with a language and a comparative'],
  ['fr', 'Voici la traduction anglaise de votre message :', 'a translation of your message'],
  ['fr', 'Bien sûr ! Voici une version révisée de votre publication :', 'certainly! here is a revised version'],
  ['fr', 'Comme demandé, voici le texte bilingue :', 'as requested, here is'],
  ['fr', "J'espère que cela vous sera utile.", 'I hope this is useful'],
  ['fr', "En tant que modèle de langage IA, je n'ai pas accès aux horaires.", 'as an AI language model'],
  ['ga', "Seo leagan Gaeilge den phost, mar a d'iarr tú:", 'an Irish version of the post, as you asked'],
  ['ga', 'Seo aistriúchán Béarla ar do theachtaireacht:', 'an English translation of your message'],
  ['ga', 'Cinnte! Seo dréacht den phostáil:', 'certainly! here is a draft'],
  ['ga', 'Tá súil agam go gcabhróidh sé seo leat!', 'I hope this helps you'],
  ['ga', 'Mar mhúnla teanga, níl rochtain agam ar an idirlíon.', 'as a language model'],
  ['cy', "Dyma'r fersiwn Gymraeg o'ch neges:", 'the Welsh version of your message'],
  ['cy', 'Wrth gwrs! Dyma fersiwn ddwyieithog:', 'of course! here is a bilingual version'],
  ['cy', 'Gobeithio bod hyn o gymorth!', 'I hope this helps'],
  ['cy', 'Fel model iaith AI, ni allaf wirio’r oriau agor.', 'as an AI language model'],
  ['mi', 'Anei tētahi putanga reo Māori o tō pānui:', 'here is a Māori version of your post'],
  ['mi', 'Anei he whakamāoritanga o tō pānui, i runga i tō tono:', 'a translation, as you requested'],
  ['mi', 'Ko te tūmanako ka āwhina tēnei i a koe!', 'I hope this helps you'],
  // A version handed over "ready to publish", or "of the post" (not "your post") before a colon.
  ['cy', "Dyma fersiwn Gymraeg o'r post, yn barod i'w gyhoeddi:", 'a Welsh version of the post, ready to publish'],
  ['cy', "Dyma'r cyfieithiad, yn barod i'w bostio.", 'the translation, ready to post'],
  ['cy', "Dyma fersiwn ddwyieithog o'r neges:", 'a bilingual version of the message, before a colon'],
  ['fr', 'Voici la version française, prête à être publiée :', 'the French version, ready to be published'],
  ['fr', 'Voici une traduction anglaise du message :', 'an English translation of the message, before a colon'],
  ['ga', 'Seo leagan Gaeilge, réidh le foilsiú:', 'an Irish version, ready to publish'],
  ['ga', 'Seo aistriúchán Béarla ón bpostáil:', 'an English translation of the post, before a colon'],
  ['mi', 'Anei he putanga reo Māori, kua rite mō te whakaputa:', 'a Māori version, ready to publish'],
];

describe('ai-disclosure/chatbot-leftover: leftover × language × position', () => {
  for (const [lang, leftover, why] of LEFTOVERS) {
    it(`${lang}, first line: "${leftover}" (${why})`, async () => {
      const got = await leftovers(`${leftover}\n\n${BODY[lang]}\n\n${ENGLISH}`);
      expect(got).toHaveLength(1);
      expect(leftover.startsWith(got[0]!.replace(/\s+/g, ' ')) || got[0]!.startsWith(leftover.slice(0, 12))).toBe(true);
    });
    it(`${lang}, end of its paragraph: "${leftover}" (${why})`, async () => {
      const got = await leftovers(`${BODY[lang]} ${leftover}\n\n${ENGLISH}`);
      expect(got).toHaveLength(1);
    });
  }
});

// The same words doing ordinary work in a public post: "here is", "as you asked", "version", "hope".
const NEAR_MISSES: ReadonlyArray<readonly [string, string, string]> = [
  ['fr', 'Voici les nouveaux horaires de la piscine municipale pour la saison d’hiver.', '"voici" introducing the council’s own news'],
  ['fr', 'Comme demandé par les résidents, le parc restera ouvert jusqu’à 21 h.', '"as requested by residents": a service decision'],
  ['fr', 'Une version en gros caractères de la brochure est disponible à l’accueil.', 'a large-print version offered to residents'],
  ['fr', 'Nous espérons que cela vous aidera à planifier votre visite.', '"we hope this helps you plan"'],
  ['ga', 'Seo na huaireanta oscailte nua don leabharlann le linn na Nollag.', '"seo" introducing opening hours'],
  ['ga', 'Tá leagan Gaeilge den fhoirm ar fáil ar ár suíomh gréasáin.', 'an Irish version of the form offered'],
  ['cy', 'Dyma’r oriau agor newydd ar gyfer y llyfrgell dros y Nadolig.', '"dyma" introducing opening hours'],
  ['cy', 'Mae fersiwn Gymraeg o’r ffurflen ar gael ar ein gwefan.', 'a Welsh version of the form offered'],
  ['mi', 'Anei ngā hāora tuwhera hou o te whare pukapuka mō te raumati.', '"anei" introducing opening hours'],
  ['cy', 'Mae’r neuadd yn barod i’w defnyddio eto ar ôl y gwaith atgyweirio.', '"ready to use" about a hall, no version handed over'],
  ['cy', 'Dyma’r amserlen newydd ar gyfer y bysiau, sydd ar gael ar ein gwefan.', '"dyma" introducing a timetable'],
  ['fr', 'Voici le nouveau terrain de jeu, prêt à accueillir les enfants dès samedi.', '"ready" about a playground'],
  ['ga', 'Tá an halla réidh le húsáid arís tar éis na hoibre.', '"ready to use" about a hall'],
];

describe('ai-disclosure/chatbot-leftover: the same words in ordinary posts', () => {
  for (const [lang, sentence, why] of NEAR_MISSES) {
    it(`${lang}: "${sentence}" (${why})`, async () => {
      expect(await leftovers(`${sentence} ${BODY[lang]}\n\n${ENGLISH}`)).toEqual([]);
    });
  }
  it('the other languages’ patterns are not read in English text', async () => {
    expect(await leftovers(`Voici une version française plus naturelle de votre publication : that phrase quoted in an English post about our translation service, which we offer for free to every resident.`)).toEqual([]);
  });
});

describe('ai-disclosure/undisclosed-ai: a leftover voids the declared review', () => {
  const post = (lead: string) =>
    `---\nplatform: linkedin\nai:\n  used: true\n  tools: ["ChatGPT Enterprise"]\n  role: edited\n  reviewedBy: "Aoife Ní Bhriain"\n---\n${lead}${BODY.ga}\n\nThe auto-enrolment pension scheme starts on 1 January 2026. If you are aged 23 to 60, you will be enrolled automatically.`;
  async function severities(text: string, locale: Locale) {
    const linter = await createLinter({ extends: [], locale, rules: { 'ai-disclosure/undisclosed-ai': 'warning' } });
    return (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === 'ai-disclosure/undisclosed-ai').map((f) => f.severity);
  }
  it('EU, edited and reviewed, no leftover: exempt (Art 50(4))', async () => {
    expect(await severities(post(''), 'en-IE')).toEqual([]);
  });
  it("EU, edited and reviewed, with an Irish leftover: a warning", async () => {
    expect(await severities(post("Seo leagan Gaeilge den phost, mar a d'iarr tú:\n\n"), 'en-IE')).toEqual(['warning']);
  });
  it('UK, edited and reviewed, no leftover: a suggestion (info)', async () => {
    expect(await severities(post(''), 'en-GB')).toEqual(['info']);
  });
  it('UK, edited and reviewed, with an English leftover: a warning that says why', async () => {
    const linter = await createLinter({ extends: [], locale: 'en-GB', rules: { 'ai-disclosure/undisclosed-ai': 'warning' } });
    const [f] = (await linter.lintAsync(post("Certainly! Here's a friendly post for your council:\n\n"))).findings;
    expect(f!.severity).toBe('warning');
    expect(f!.message).toContain('the chatbot text left in it shows it was not reviewed');
  });
  it('a template slot alone is not chat: the review stands (info)', async () => {
    expect(await severities(post('[Insert date]\n\n'), 'en-GB')).toEqual(['info']);
  });
});
