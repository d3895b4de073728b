// Gating by language in the engine: rules that declare `languages` run only on spans in those languages
// (English word rules never report on Welsh, French, Irish or Māori text, nor on loan words inside
// English), language-independent rules run on every span, and English-only drafts are unchanged.
import { describe, expect, it } from 'vitest';
import { createLinter, defineRule, builtinRules, Document } from '../src/index.js';
import { languageHint, languagesOf } from '../src/lang/index.js';
import { frontmatterTags } from '../src/engine/document.js';
import type { Finding } from '../src/index.js';

const LONG_FR =
  "Le ministère de la Santé publique, en collaboration avec les autorités provinciales et territoriales ainsi qu'avec les organismes communautaires de partout au pays, rappelle à toutes les personnes admissibles qu'il est encore possible de recevoir gratuitement le vaccin contre la grippe saisonnière dans les cliniques, les pharmacies participantes et les centres de santé communautaires jusqu'à la fin du mois de mars prochain.";
const LONG_EN =
  'The public health department, working together with provincial and territorial authorities as well as with community organisations from across the country, reminds all eligible people that it is still possible to receive the seasonal influenza vaccination free of charge at clinics, participating pharmacies and community health centres until the end of next March.';

const ids = (fs: Finding[]) => fs.map((f) => f.ruleId);

describe('English-only rules do not read other languages', () => {
  it('a long French sentence gives no English reading-level or sentence-length finding; its English twin does', async () => {
    const linter = await createLinter({ locale: 'en-CA' });
    const fr = await linter.lintAsync(LONG_FR);
    expect(ids(fr.findings)).not.toContain('language/long-sentence');
    expect(ids(fr.findings)).not.toContain('language/reading-level');
    const en = await linter.lintAsync(LONG_EN);
    expect(en.findings.filter((f) => f.ruleId === 'language/long-sentence').map((f) => [f.offset, f.endOffset])).toEqual([[0, LONG_EN.length]]);
    expect(ids(en.findings)).toContain('language/reading-level');
  });

  it('in a bilingual post, the English paragraph is read alone (position and statistics of English text only)', async () => {
    const linter = await createLinter({ locale: 'en-CA' });
    for (const text of [`${LONG_FR}\n\n${LONG_EN}`, `${LONG_EN}\n\n${LONG_FR}`, `${LONG_FR} ${LONG_EN}`]) {
      const r = await linter.lintAsync(text);
      const at = text.indexOf(LONG_EN);
      expect(r.findings.filter((f) => f.ruleId === 'language/long-sentence').map((f) => [f.offset, f.endOffset]), text.slice(0, 20)).toEqual([[at, at + LONG_EN.length]]);
      const grade = r.findings.find((f) => f.ruleId === 'language/reading-level');
      expect(grade && [grade.offset, grade.endOffset]).toEqual([at, at + LONG_EN.length]);
    }
  });

  it('a long Welsh, Irish or Māori sentence gets no English sentence or reading finding either', async () => {
    const linter = await createLinter({ locale: 'en-GB' });
    const long = {
      cy: 'Mae Cyngor Sir Ceredigion, mewn partneriaeth â Bwrdd Iechyd Prifysgol Hywel Dda a nifer o sefydliadau gwirfoddol lleol ar draws y sir, yn atgoffa pawb sy’n gymwys ei bod hi’n dal yn bosibl cael y brechlyn ffliw am ddim yn y clinigau, mewn fferyllfeydd sy’n cymryd rhan ac yn y canolfannau iechyd cymunedol tan ddiwedd mis Mawrth nesaf.',
      ga: 'Ba mhaith le Comhairle Chontae na Gaillimhe, i gcomhar le Feidhmeannacht na Seirbhíse Sláinte agus le go leor eagraíochtaí pobail ar fud an chontae, a mheabhrú do gach duine atá incháilithe go bhfuil sé fós indéanta an vacsaín fliú a fháil saor in aisce sna clinicí, sna cógaslanna rannpháirteacha agus sna hionaid sláinte pobail go dtí deireadh mhí an Mhárta seo chugainn.',
      mi: 'Kei te whakamahara atu a Te Kaunihera o Pōneke, i te taha o Te Whatu Ora me ngā rōpū hapori maha puta noa i te rohe, ki ngā tāngata katoa e āhei ana, kei te wātea tonu te werohanga rewharewha kore utu ki ngā whare haumanu, ki ngā toa rongoā e uru mai ana, ki ngā pokapū hauora hapori hoki tae noa ki te mutunga o Poutūterangi ā tērā tau.',
    };
    for (const [lang, text] of Object.entries(long)) {
      const r = await linter.lintAsync(text);
      expect(ids(r.findings).filter((id) => id.startsWith('language/')), lang).toEqual([]);
    }
  });

  it('no finding of a rule declared for some languages lands in a span of another language', async () => {
    const linter = await createLinter({ locale: 'en-GB' });
    const text = `${LONG_FR}\n\nMae'r cyngor yn falch iawn o gyhoeddi bod y llyfrgell newydd yn agor. Dyma'r newyddion gorau ers blynyddoedd i bawb yn yr ardal.\n\n${LONG_EN} THIS IS IMPORTANT.`;
    const doc = new Document(text);
    const spans = doc.languageSpans(languageHint(frontmatterTags(doc.frontmatterData), 'en-GB'));
    const byId = new Map(builtinRules.map((r) => [r.id, r]));
    const r = await linter.lintAsync(text);
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      const langs = byId.get(f.ruleId)?.languages;
      if (!langs) continue;
      const touched = languagesOf(spans, f);
      expect(touched.length === 0 || touched.some((l) => langs.includes(l)), `${f.ruleId} at ${f.offset}`).toBe(true);
    }
  });
});

describe('language-independent rules read every span', () => {
  // The repro: the same private mobile number in a Welsh and an English sentence.
  const cases = [
    { lang: 'cy', text: 'Ffoniwch Siân Jones ar 07911 123456 heddiw os oes gennych chi unrhyw gwestiynau.' },
    { lang: 'en', text: 'Call Sian Jones on 07911 123456 today if you have any questions.' },
    { lang: 'cy', text: 'Bydd y llyfrgell ar gau ddydd Llun. Ffoniwch Rhodri ar 07700 123456 am fanylion.' },
    { lang: 'en', text: 'The library is closed on Monday. Call Rhodri on 07700 123456 for details.' },
  ];
  it.each(cases)('$lang: $text', async ({ text }) => {
    const linter = await createLinter({ locale: 'en-GB' });
    const r = await linter.lintAsync(text);
    const number = /07\d{3} \d{6}/.exec(text)!;
    const phone = r.findings.filter((f) => f.ruleId === 'personal-data/phone-number');
    expect(phone.map((f) => [f.offset, f.endOffset, f.severity, f.sensitive])).toEqual([[number.index, number.index + number[0].length, 'error', true]]);
  });

  it('the same Welsh sentence with a cy-GB locale: same finding, UK citations', async () => {
    const text = cases[0]!.text;
    const r = await (await createLinter({ locale: 'cy-GB' })).lintAsync(text);
    const phone = r.findings.find((f) => f.ruleId === 'personal-data/phone-number');
    expect(phone?.offset).toBe(text.indexOf('07911'));
    const en = await (await createLinter({ locale: 'en-GB' })).lintAsync(text);
    expect(phone?.citations).toEqual(en.findings.find((f) => f.ruleId === 'personal-data/phone-number')?.citations);
  });

  it('an email address, a protective marking and an AWS key in French text: the findings of the English twin', async () => {
    const linter = await createLinter({ locale: 'fr-CA' });
    const fr = 'OFFICIAL-SENSITIVE : écrivez à marie.tremblay@gmail.com pour obtenir la clé AKIAIOSFODNN7EXAMPLF du compte de la ville.';
    const en = 'OFFICIAL-SENSITIVE: write to marie.tremblay@gmail.com to get the key AKIAIOSFODNN7EXAMPLF for the city account.';
    const independent = (fs: Finding[]) => ids(fs).filter((id) => !builtinRules.find((r) => r.id === id)?.languages).sort();
    const a = independent((await linter.lintAsync(fr)).findings);
    expect(a).toEqual(independent((await linter.lintAsync(en)).findings));
    expect(a).toEqual(expect.arrayContaining(['confidentiality/protective-marking', 'personal-data/email']));
  });
});

describe('the rule contract', () => {
  const base = { category: 'language' as const, description: 'A test rule for the language seam.', docs: {}, defaultSeverity: 'warning' as const, topics: ['plain-language' as const] };
  it('languages must be supported codes, at least one', () => {
    expect(() => defineRule({ ...base, id: 'language/x-empty', languages: [], check() {} })).toThrow(/languages/);
    expect(() => defineRule({ ...base, id: 'language/x-de', languages: ['de' as 'en'], check() {} })).toThrow(/languages/);
    expect(defineRule({ ...base, id: 'language/x-en', languages: ['en', 'en'], check() {} }).languages).toEqual(['en']);
    expect(defineRule({ ...base, id: 'language/x-all', check() {} }).languages).toBeUndefined();
  });

  // A rule that reports every sentence it can see, and every word with a letter outside ASCII.
  const seeAll = (id: string, languages?: Array<'en' | 'fr' | 'cy'>) =>
    defineRule({
      ...base,
      id,
      ...(languages ? { languages } : {}),
      check(ctx) {
        for (const s of ctx.doc.sentences()) ctx.report({ offset: s.offset, endOffset: s.endOffset, message: 'sentence' });
        for (const m of ctx.doc.prose.matchAll(/\p{L}*[^\x00-\x7f\s]\p{L}*/gu)) if (/\p{L}/u.test(m[0])) ctx.report({ offset: m.index, endOffset: m.index + m[0].length, message: 'word' });
      },
    });
  const text = "Kia ora whānau! The hui is at the marae on Saturday.\n\nLa réunion aura lieu samedi à la salle communautaire, venez nombreux avec vos enfants.";

  it('an English rule sees only the English text, and never a loan word; a rule for every language sees all', async () => {
    const linter = await createLinter({ rules: { 'language/t-en': 'warning', 'language/t-all': 'warning' } }, { rules: [seeAll('language/t-en', ['en']), seeAll('language/t-all')] });
    const r = await linter.lintAsync(text);
    const fr = text.indexOf('La réunion');
    const en = r.findings.filter((f) => f.ruleId === 'language/t-en');
    const all = r.findings.filter((f) => f.ruleId === 'language/t-all');
    // English: its sentences, not "whānau" (a loan word), nothing in the French paragraph.
    expect(en.map((f) => text.slice(f.offset, f.endOffset))).toEqual(['Kia ora whānau!', 'The hui is at the marae on Saturday.']);
    expect(all.some((f) => f.offset >= fr)).toBe(true);
    expect(all.map((f) => text.slice(f.offset, f.endOffset))).toContain('whānau');
  });

  it('a French rule sees only the French paragraph; the context API answers for the draft', async () => {
    const seen: unknown[] = [];
    const probe = defineRule({
      ...base,
      id: 'language/t-fr',
      languages: ['fr'],
      check(ctx) {
        seen.push(ctx.languageSpans().map((s) => s.lang), ctx.spansOf('fr').length, ctx.inLanguage({ offset: 0, endOffset: 5 }, 'en'), ctx.languageAt(text.indexOf('réunion')));
        for (const s of ctx.doc.sentences()) ctx.report({ offset: s.offset, endOffset: s.endOffset, message: 'sentence' });
      },
    });
    const linter = await createLinter({ rules: { 'language/t-fr': 'warning' } }, { rules: [probe] });
    const r = await linter.lintAsync(text);
    expect(r.findings.map((f) => f.offset)).toEqual([text.indexOf('La réunion')]);
    expect(seen).toEqual([['en', 'fr'], 1, true, 'fr']);
  });

  it('a rule for a language the draft does not have is not run at all', async () => {
    let runs = 0;
    const probe = defineRule({ ...base, id: 'language/t-cy', languages: ['cy'], check() { runs++; } });
    const linter = await createLinter({ rules: { 'language/t-cy': 'warning' } }, { rules: [probe] });
    await linter.lintAsync('The library is closed on Monday.');
    expect(runs).toBe(0);
    await linter.lintAsync('Bydd y llyfrgell ar gau ddydd Llun ar gyfer gwaith atgyweirio.');
    expect(runs).toBe(1);
  });
});

describe('locales: language and region', () => {
  it.each([
    ['cy-GB', 'uk'],
    ['fr-CA', 'ca'],
    ['mi-NZ', 'nz'],
    ['ga-IE', 'eu'],
  ] as const)('%s is accepted; jurisdiction %s from the region', async (locale, jurisdiction) => {
    const linter = await createLinter({ locale });
    expect(linter.config.settings.jurisdiction).toBe(jurisdiction);
  });

  it('English text under a Welsh or French locale is spelled by the English of the region', async () => {
    const gb = await (await createLinter({ locale: 'cy-GB' })).lintAsync('The new colour scheme for the town centre was chosen by residents.');
    expect(ids(gb.findings)).not.toContain('language/spelling');
    const gbUs = await (await createLinter({ locale: 'cy-GB' })).lintAsync('The new color scheme for the town center was chosen by residents.');
    expect(gbUs.findings.filter((f) => f.ruleId === 'language/spelling').length).toBeGreaterThan(0);
    // A bilingual list: the English half is checked as en-GB.
    const bi = await (await createLinter({ locale: 'en-GB' })).lintAsync('---\nlang: [cy, en-GB]\n---\nBydd y cynllun lliw newydd yn cael ei ddewis gan drigolion yr ardal.\n\nThe new color scheme will be chosen by residents.');
    expect(bi.findings.filter((f) => f.ruleId === 'language/spelling').map((f) => f.excerpt)).toEqual(['color']);
  });

  it('an unknown locale is still a config error', async () => {
    await expect(createLinter({ locale: 'de-DE' as 'en-GB' })).rejects.toThrow(/locale/);
  });
});
