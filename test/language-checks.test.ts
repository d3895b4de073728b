// The checks that read Welsh, French, Irish and Māori text through their packs' data files
// (src/lang/<code>/checks.json): swearing and insults, AI-disclosure wordings, chatbot leftovers, phone
// context words and identifier labels; and the bilingual rules end to end. Each positive sits beside a
// near-miss; English drafts keep their verdicts.
import { describe, expect, it } from 'vitest';
import { createLinter, type ConfigInput, type Finding } from '../src/index.js';

async function lint(text: string, config: ConfigInput = {}): Promise<Finding[]> {
  const linter = await createLinter(config);
  return (await linter.lintAsync(text)).findings;
}
const ids = (fs: Finding[], prefix: string): Array<[string, string]> => fs.filter((f) => f.ruleId.startsWith(prefix)).map((f) => [f.ruleId, f.excerpt ?? '']);
const at = (text: string, needle: string): number => text.indexOf(needle);

// A French paragraph long enough to be identified, with a slot for the word under test.
const FR = (w: string): string => `${w} la route est encore fermée ce matin à cause des travaux de la ville et nous ne savons pas quand elle rouvrira.`;
const CY = (w: string): string => `${w} mae'r ffordd ar gau eto y bore yma oherwydd gwaith y cyngor ac nid ydym yn gwybod pryd y bydd yn ailagor.`;
const GA = (w: string): string => `${w} tá an bóthar dúnta arís ar maidin mar gheall ar obair na comhairle agus níl a fhios againn cathain a osclófar é.`;

describe('tone/profanity in French, Welsh and Irish text', () => {
  const cases: Array<{ text: string; word: string; why: string }> = [
    { text: FR('Merde,'), word: 'Merde', why: 'French swearing at the start of a sentence' },
    { text: FR('Quel bordel :'), word: 'bordel', why: 'French swearing inside a sentence' },
    { text: FR('Putain,'), word: 'Putain', why: 'strong French swearing' },
    { text: CY('Cachu hwch,'), word: 'Cachu', why: 'Welsh swearing' },
    { text: GA('Cac,'), word: 'Cac', why: 'Irish swearing' },
  ];
  for (const c of cases) {
    it(`flags "${c.word}": ${c.why}`, async () => {
      const found = (await lint(c.text)).filter((f) => f.ruleId === 'tone/profanity');
      expect(found.map((f) => [f.offset, f.endOffset])).toEqual([[at(c.text, c.word), at(c.text, c.word) + c.word.length]]);
      expect(found[0]!.message).toMatch(/in (French|Welsh|Irish)/);
    });
  }
  const clean: Array<{ text: string; why: string }> = [
    { text: FR('Le Conseil municipal rappelle que'), why: '"con" inside "Conseil" is not a word of its own' },
    { text: FR('Dans le cul-de-sac des Érables,'), why: 'a hyphenated place word' },
    { text: FR('Zut,'), why: 'a mild word no list holds' },
    { text: CY('Diolch i bawb,'), why: 'ordinary Welsh' },
  ];
  for (const c of clean) {
    it(`leaves alone: ${c.why}`, async () => {
      expect(ids(await lint(c.text), 'tone/')).toEqual([]);
    });
  }
  it('English swearing lists do not read French text, and English text keeps its findings', async () => {
    const text = `${FR('Bonjour,')}\n\nThe road is closed again this morning, what a bloody mess, and we do not know when it will reopen.`;
    const found = (await lint(text)).filter((f) => f.ruleId === 'tone/profanity');
    expect(found.map((f) => text.slice(f.offset, f.endOffset))).toEqual(['bloody']);
  });
});

describe('tone/insult in the other languages', () => {
  it('flags "amadán" in Irish text and "imbéciles" after the elided "d’" in French', async () => {
    const ga = GA('Níl ionat ach amadán,');
    expect((await lint(ga)).filter((f) => f.ruleId === 'tone/insult').map((f) => ga.slice(f.offset, f.endOffset))).toEqual(['amadán']);
    const fr = FR('Bande d’imbéciles,');
    expect((await lint(fr)).filter((f) => f.ruleId === 'tone/insult').map((f) => fr.slice(f.offset, f.endOffset))).toEqual(['imbéciles']);
  });
});

describe('personal-data/phone-number with the span language’s context words', () => {
  // 07700 900123 is in Ofcom's drama range: libphonenumber rejects it, so only a call word makes it a phone.
  it('flags a mobile given for a person in Welsh ("Ffoniwch Siân ar …")', async () => {
    const text = CY('Ffoniwch Siân Jones ar 07700 900123 heddiw,');
    const found = (await lint(text)).filter((f) => f.ruleId === 'personal-data/phone-number');
    expect(found.map((f) => [f.offset, f.excerpt])).toEqual([[at(text, '07700'), '07•••••••23']]);
  });
  it('leaves the organisation’s own line alone ("Ffoniwch ni ar …", "Ffoniwch y cyngor ar …")', async () => {
    expect(ids(await lint(CY('Ffoniwch ni ar 07700 900123 heddiw,')), 'personal-data/')).toEqual([]);
    expect(ids(await lint(CY('Ffoniwch y cyngor ar 01545 570881 heddiw,')), 'personal-data/')).toEqual([]);
  });
});

describe('identifier labels in the other languages', () => {
  it('a National Insurance number labelled in Welsh is found; the same digits unlabelled are not', async () => {
    const text = CY('Ei rhif Yswiriant Gwladol yw JG103726A, ac');
    expect(ids(await lint(text), 'personal-data/')).toEqual([['personal-data/national-id', 'JG•••••6A']]);
    expect(ids(await lint(CY('Y cod yw JG103726A, ac')), 'personal-data/')).toEqual([]);
  });
  it('a PPS number labelled "uimhir PSP" in Irish is found', async () => {
    const text = GA('Is é a huimhir PSP ná 1234567T, agus');
    expect(ids(await lint(text, { locale: 'en-IE' }), 'personal-data/').map(([id]) => id)).toEqual(['personal-data/national-id']);
  });
});

describe('AI disclosure wordings and chatbot leftovers in French, Welsh and Māori', () => {
  const ai = (body: string): string => `---\nai:\n  used: true\n  reviewedBy: "A. Reviewer"\n---\n${body}\n`;
  const disclosures = [
    FR('Bonjour,') + ' Cette publication a été rédigée avec l’aide de l’IA.',
    CY('Helo,') + " Cafodd y neges hon ei hysgrifennu gyda chymorth AI.",
    CY('Helo,') + " Mae'r neges hon wedi'i drafftio gyda chymorth AI.",
  ];
  for (const body of disclosures) {
    it(`accepts as a disclosure: ${body.slice(-45)}`, async () => {
      expect(ids(await lint(ai(body)), 'ai-disclosure/undisclosed-ai')).toEqual([]);
    });
  }
  it('still asks for a disclosure when the post has none', async () => {
    expect(ids(await lint(ai(FR('Bonjour,'))), 'ai-disclosure/undisclosed-ai').map(([id]) => id)).toEqual(['ai-disclosure/undisclosed-ai']);
  });
  const leftovers: Array<[string, string]> = [
    [`En tant que modèle de langage IA, je ne peux pas vérifier les horaires. ${FR('Par ailleurs,')}`, 'En tant que modèle de langage IA'],
    [`${FR('Bonjour,')} N’hésitez pas à me demander une autre version.`, 'N’hésitez pas à me demander'],
    [`Dyma fersiwn Gymraeg o'ch neges: ${CY('Helo,')}`, "Dyma fersiwn Gymraeg o'ch neges"],
  ];
  for (const [text, leftover] of leftovers) {
    it(`flags the chatbot leftover "${leftover}"`, async () => {
      const found = (await lint(text)).filter((f) => f.ruleId === 'ai-disclosure/chatbot-leftover');
      expect(found.map((f) => text.slice(f.offset, f.endOffset))).toEqual([leftover]);
    });
  }
  it('leaves "N’hésitez pas à nous contacter" (a council inviting residents) alone', async () => {
    expect(ids(await lint(`${FR('Bonjour,')} N’hésitez pas à nous contacter au 506-555-0100.`, { locale: 'en-CA' }), 'ai-disclosure/')).toEqual([]);
  });
});

describe('language/bilingual-mismatch end to end', () => {
  const welsh = 'Bydd Llyfrgell Treganna ar agor o {T} ddydd Sadwrn 6 Rhagfyr. Croeso i bawb i’r llyfrgell newydd.';
  const english = 'Canton Library will be open from {E} on Saturday 6 December. Everyone is welcome at the new library.';
  for (const [order, name] of [
    [0, 'Welsh first'],
    [1, 'English first'],
  ] as const) {
    it(`${name}: a Welsh 9yb beside an English 10am is one finding on "9yb" naming both and the English line`, async () => {
      const parts = [welsh.replace('{T}', '9yb tan 5yh'), english.replace('{E}', '10am to 5pm')];
      const text = (order === 0 ? parts : [...parts].reverse()).join('\n\n');
      const found = (await lint(text)).filter((f) => f.ruleId === 'language/bilingual-mismatch');
      const englishLine = order === 0 ? 3 : 1;
      expect(found.map((f) => [f.offset, f.endOffset, f.category, f.severity])).toEqual([[at(text, '9yb'), at(text, '9yb') + 3, 'language', 'error']]);
      expect(found[0]!.message).toBe(`The Welsh text says 9am ("9yb"), the English 10am (line ${englishLine}): make the two versions give the same time.`);
      expect(found[0]!.citations.map((c) => c.policy)).toContain('welsh-language-standards');
    });
    it(`${name}: the same times written the two ways are clean`, async () => {
      const parts = [welsh.replace('{T}', '9yb tan 5yh'), english.replace('{E}', '9am to 5pm')];
      const text = (order === 0 ? parts : [...parts].reverse()).join('\n\n');
      expect(ids(await lint(text), 'language/')).toEqual([]);
    });
  }
  it('a phone mismatch is masked unless both numbers are the organisation’s own', async () => {
    const text = 'Ffoniwch ni ar 07700 900124 os oes gennych chi unrhyw gwestiynau am y gwasanaeth newydd.\n\nCall us on 07700 900123 if you have any questions about the new service.';
    const found = (await lint(text)).filter((f) => f.ruleId === 'language/bilingual-mismatch');
    expect(found.map((f) => [f.excerpt, f.sensitive])).toEqual([['07•••••••24', true]]);
    expect(found[0]!.message).not.toContain('900124');
  });
  it('a paragraph in another language that is not a translation (a short sign-off) is never compared', async () => {
    const text = 'The library opens at 9am on Monday 1 December and closes at 5pm. Everyone is welcome.\n\nDiolch yn fawr, 10yb!';
    expect(ids(await lint(text), 'language/bilingual')).toEqual([]);
  });
});

describe('language/bilingual-order (off by default)', () => {
  const text = 'The swimming pool will be closed on Monday 3 March for cleaning. We are sorry for any inconvenience.\n\nBydd y pwll nofio ar gau ddydd Llun 3 Mawrth ar gyfer glanhau. Mae’n ddrwg gennym am unrhyw anghyfleustra.';
  it('is off in commslint:recommended', async () => {
    expect(ids(await lint(text), 'language/bilingual-order')).toEqual([]);
  });
  it('when on, flags Welsh placed after the English, and a Welsh version that leaves out the date', async () => {
    const on: ConfigInput = { rules: { 'language/bilingual-order': 'warning' } };
    expect((await lint(text, on)).filter((f) => f.ruleId === 'language/bilingual-order').map((f) => [f.offset, f.message])).toEqual([
      [at(text, 'Bydd'), 'The Welsh text comes after the English: your language scheme puts Welsh first.'],
    ]);
    const gap = 'Bydd y pwll nofio ar gau ddydd Llun ar gyfer glanhau. Mae’n ddrwg gennym am unrhyw anghyfleustra.\n\nThe swimming pool will be closed on Monday 3 March for cleaning. We are sorry for any inconvenience.';
    expect((await lint(gap, on)).filter((f) => f.ruleId === 'language/bilingual-order').map((f) => f.message)).toEqual(['The Welsh text leaves out the 3 March the English gives: give Welsh readers the same information.']);
  });
  it('with first: fr, checks French-first drafts and ignores Welsh ones', async () => {
    const fr: ConfigInput = { rules: { 'language/bilingual-order': ['warning', { first: 'fr' }] } };
    expect(ids(await lint(text, fr), 'language/bilingual-order')).toEqual([]);
  });
});

describe('commslint:wales preset', () => {
  it('is the UK jurisdiction in Welsh, with the recommended rules and Welsh first', async () => {
    const text = 'The swimming pool will be closed on Monday 3 March for cleaning. We are sorry for any inconvenience.\n\nBydd y pwll nofio ar gau ddydd Llun 3 Mawrth ar gyfer glanhau. Mae’n ddrwg gennym am unrhyw anghyfleustra.';
    const found = await lint(text, { extends: ['commslint:wales'] });
    expect(found.filter((f) => f.ruleId === 'language/bilingual-order').map((f) => [f.severity, f.citations[0]!.policy])).toEqual([['warning', 'welsh-language-standards']]);
    // The recommended rules are on too.
    expect(ids(await lint('What the f*** is this?', { extends: ['commslint:wales'] }), 'tone/profanity').length).toBe(1);
  });
});
