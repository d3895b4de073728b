// Language spans (src/lang/): identification per paragraph and per sentence, the frontmatter and directive
// overrides, by dimension (language × position × mixing × override source), with invariance (other names
// and numbers keep the verdict) and near-misses (one word of another language does not flip a paragraph).
import { describe, expect, it } from 'vitest';
import { Document } from '../src/index.js';
import { languageHint, LANGS, LANGUAGE_PACKS, inLanguage, spanAt, spansOf, type Lang, type LangSpan } from '../src/lang/index.js';
import { frontmatterTags } from '../src/engine/document.js';

// The same ordinary notice in each language (written for these tests).
const SAY: Record<Lang, string> = {
  en: 'The library will be closed on Monday for repairs and will open again on Tuesday morning.',
  cy: 'Bydd y llyfrgell ar gau ddydd Llun ar gyfer gwaith atgyweirio a bydd yn agor eto fore Mawrth.',
  fr: "La bibliothèque sera fermée lundi pour des travaux et rouvrira mardi matin à l'heure habituelle.",
  ga: 'Beidh an leabharlann dúnta Dé Luain le haghaidh deisiúcháin agus beidh sí ar oscailt arís maidin Dé Máirt.',
  mi: 'Ka katia te whare pukapuka i te Rāhina mō ngā mahi whakatika, ā, ka tuwhera anō i te ata o te Rātū.',
};
const OTHER = LANGS.filter((l) => l !== 'en');

function spans(text: string, locale = 'en-GB'): readonly LangSpan[] {
  const doc = new Document(text);
  return doc.languageSpans(languageHint(frontmatterTags(doc.frontmatterData), locale));
}
function langAt(text: string, needle: string, locale?: string): Lang | undefined {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`no ${needle}`);
  return spanAt(spans(text, locale), at)?.lang;
}

describe('identification by paragraph', () => {
  const cases: Array<{ text: string; lang: Lang; where: string; why: string }> = [];
  for (const lang of LANGS) {
    const other = lang === 'en' ? 'cy' : 'en';
    cases.push({ text: SAY[lang], lang, where: SAY[lang], why: `${lang} alone` });
    cases.push({ text: `${SAY[lang]}\n\n${SAY[other]}`, lang, where: SAY[lang], why: `${lang} first, ${other} after` });
    cases.push({ text: `${SAY[other]}\n\n${SAY[lang]}`, lang, where: SAY[lang], why: `${lang} second, after ${other}` });
    cases.push({ text: `${SAY.en}\n\n${SAY[lang]}\n\n${SAY.en}`, lang, where: SAY[lang], why: `${lang} between English paragraphs` });
    cases.push({ text: `---\nplatform: x\n---\n${SAY[lang]}`, lang, where: SAY[lang], why: `${lang} after frontmatter without lang` });
    cases.push({ text: `- ${SAY[lang]}\n- ${SAY[lang]}`, lang, where: SAY[lang], why: `${lang} in list items` });
    cases.push({ text: `> ${SAY[lang]}`, lang, where: SAY[lang], why: `${lang} in a block quote` });
  }
  it.each(cases)('$why', ({ text, lang, where }) => {
    expect(langAt(text, where)).toBe(lang);
  });

  it('spans cover each block exactly, sorted and disjoint, with offsets into the draft text', () => {
    const text = `---\nplatform: x\n---\n${SAY.cy}\n\n${SAY.en}\n`;
    const s = spans(text);
    const cy = text.indexOf(SAY.cy);
    const en = text.indexOf(SAY.en);
    expect(s).toEqual([
      { start: cy, end: cy + SAY.cy.length, lang: 'cy', confidence: 1, source: 'detected' },
      { start: en, end: en + SAY.en.length, lang: 'en', confidence: 1, source: 'detected' },
    ]);
  });

  it('a draft with no word of another language is all English, with nothing against it', () => {
    const s = spans(`${SAY.en}\n\nCall us on 0300 123 4567.`);
    expect(s.map((x) => [x.lang, x.confidence, x.source])).toEqual([
      ['en', 1, 'detected'],
      ['en', 1, 'detected'],
    ]);
  });
});

describe('identification by sentence inside a paragraph', () => {
  const cases: Array<{ text: string; first: Lang; second: Lang; why: string }> = [];
  for (const lang of OTHER) {
    cases.push({ text: `${SAY[lang]} ${SAY.en}`, first: lang, second: 'en', why: `${lang} then English in one line` });
    cases.push({ text: `${SAY.en} ${SAY[lang]}`, first: 'en', second: lang, why: `English then ${lang} in one line` });
    cases.push({ text: `${SAY[lang]}\n${SAY.en}`, first: lang, second: 'en', why: `${lang} and English on two lines of one paragraph` });
  }
  it.each(cases)('$why', ({ text, first, second }) => {
    const s = spans(text);
    expect(s.map((x) => x.lang)).toEqual([first, second]);
    // Cut at the second sentence's start; the first span starts at the block.
    const secondStart = text.indexOf(first === 'en' ? SAY[second] : SAY.en);
    expect(s[0]!.start).toBe(0);
    expect(s[0]!.end).toBe(secondStart);
    expect(s[1]!.start).toBe(secondStart);
    expect(s[1]!.end).toBe(text.length);
  });

  it('a sentence too short to tell stays with the sentence before it', () => {
    const text = `${SAY.cy} Diolch. ${SAY.en}`;
    const s = spans(text);
    expect(s.map((x) => x.lang)).toEqual(['cy', 'en']);
    expect(s[1]!.start).toBe(text.indexOf(SAY.en));
  });
});

describe('near-misses: a word of another language does not flip a paragraph', () => {
  const cases: Array<{ text: string; lang: Lang; why: string }> = [
    { text: 'Kia ora whānau, the hui at the marae is on Saturday from 10am.', lang: 'en', why: 'NZ English with Māori greeting and loan words' },
    { text: 'Our kaumātua will open the new community centre in Ōtautahi on Friday.', lang: 'en', why: 'NZ English with a macron place name and a loan word' },
    { text: 'Diolch to everyone who came to the Eisteddfod this year, see you next year!', lang: 'en', why: 'Welsh English with diolch and Eisteddfod' },
    { text: 'Bore da! The council offices in Aberystwyth are open as usual today.', lang: 'en', why: 'Welsh greeting before English' },
    { text: 'Merci to all the volunteers who helped at the Winter Carnival this weekend.', lang: 'en', why: 'Canadian English with merci' },
    { text: 'The Taoiseach and the Gardaí will attend the ceremony at Dáil Éireann on Monday.', lang: 'en', why: 'Irish English with Irish offices' },
    { text: 'Sláinte! Thanks to everyone who joined us for Seachtain na Gaeilge this year.', lang: 'en', why: 'Irish English with an Irish toast and festival name' },
    { text: "Téléchargez l'application Service Canada sur l'App Store ou Google Play dès aujourd'hui.", lang: 'fr', why: 'French with English brand names' },
    { text: 'Mae’r Wi-Fi am ddim ar gael yn y llyfrgell bob dydd, gan gynnwys dydd Sul.', lang: 'cy', why: 'Welsh with an English brand word and a curly apostrophe' },
    { text: 'Tá Wi-Fi saor in aisce ar fáil sa leabharlann gach lá den tseachtain.', lang: 'ga', why: 'Irish with an English brand word' },
    { text: 'Kei te wātea te Wi-Fi kore utu ki te whare pukapuka i ngā rā katoa.', lang: 'mi', why: 'Māori with an English brand word' },
    { text: 'Visit Te Papa this weekend for the Matariki light show #Matariki #TePapa #Pōneke', lang: 'en', why: 'hashtags with macrons are not Māori text' },
  ];
  it.each(cases)('$why', ({ text, lang }) => {
    expect(spans(text).map((s) => s.lang)).toEqual([lang]);
  });
});

describe('invariance: names and numbers keep the verdict', () => {
  const frames: Array<{ lang: Lang; make: (name: string, phone: string) => string }> = [
    { lang: 'cy', make: (n, p) => `Ffoniwch ${n} ar ${p} os oes gennych chi unrhyw gwestiynau am y gwasanaeth.` },
    { lang: 'fr', make: (n, p) => `Vous pouvez joindre ${n} au ${p} si vous avez des questions sur le service.` },
    { lang: 'ga', make: (n, p) => `Glaoigh ar ${n} ag ${p} má tá aon cheist agat faoin tseirbhís seo.` },
    { lang: 'mi', make: (n, p) => `Waea atu ki a ${n} i te ${p} mēnā he pātai āu mō te ratonga nei.` },
    { lang: 'en', make: (n, p) => `Please call ${n} on ${p} if you have any questions about the service.` },
  ];
  const names = ['Siân Jones', 'Marie-Claude Tremblay', 'Seán Ó Briain', 'Hēmi Walker', 'John Smith', 'Priya Patel'];
  const phones = ['07911 123456', '(613) 555-0188', '087 123 4567', '021 555 0192'];
  const cases = frames.flatMap((f) => names.flatMap((n) => phones.map((p) => ({ lang: f.lang, text: f.make(n, p), why: `${f.lang} sentence with ${n}, ${p}` }))));
  it.each(cases)('$why', ({ lang, text }) => {
    expect(spans(text).map((s) => s.lang)).toEqual([lang]);
  });
});

describe('overrides', () => {
  it('frontmatter lang: one tag sets every block, source frontmatter', () => {
    for (const lang of LANGS) {
      const text = `---\nlang: ${lang === 'en' ? 'en-GB' : lang}\n---\n${SAY.fr}\n\n${SAY.en}`;
      expect(spans(text).map((s) => [s.lang, s.source, s.confidence])).toEqual([
        [lang, 'frontmatter', 1],
        [lang, 'frontmatter', 1],
      ]);
    }
  });

  it('frontmatter lang list: identification among the listed languages, the first as fallback', () => {
    const text = `---\nlang: [cy, en-GB]\n---\n${SAY.cy}\n\n${SAY.en}\n\nA487`;
    expect(spans(text).map((s) => [s.lang, s.source])).toEqual([
      ['cy', 'detected'],
      ['en', 'detected'],
      ['en', 'detected'],
    ]);
    // French is not a candidate: a French paragraph is read as one of the listed languages.
    expect(spans(`---\nlang: [cy, en-GB]\n---\n${SAY.fr}`).map((s) => s.lang)).not.toContain('fr');
  });

  it('a language without a pack in frontmatter is ignored (identification decides)', () => {
    expect(spans(`---\nlang: de\n---\n${SAY.cy}`).map((s) => [s.lang, s.source])).toEqual([['cy', 'detected']]);
  });

  it('the config locale gives the fallback for blocks too thin to tell', () => {
    expect(spans('A487', 'cy-GB').map((s) => s.lang)).toEqual(['cy']);
    expect(spans('A487', 'en-GB').map((s) => s.lang)).toEqual(['en']);
    expect(spans('A487', 'fr-CA').map((s) => s.lang)).toEqual(['fr']);
  });

  it('a commslint-lang directive sets the following blocks until the next; auto returns to identification', () => {
    const text = `${SAY.en}\n\n<!-- commslint-lang fr -->\n\n${SAY.en}\n\n${SAY.cy}\n\n<!-- commslint-lang auto -->\n\n${SAY.cy}`;
    expect(spans(text).map((s) => [s.lang, s.source])).toEqual([
      ['en', 'detected'],
      ['fr', 'directive'],
      ['fr', 'directive'],
      ['cy', 'detected'],
    ]);
  });

  it('a directive beats frontmatter; a directive naming a language without a pack is ignored', () => {
    const text = `---\nlang: cy\n---\n${SAY.en}\n\n<!-- commslint-lang en-GB -->\n\n${SAY.cy}\n\n<!-- commslint-lang de -->\n\n${SAY.cy}`;
    expect(spans(text).map((s) => [s.lang, s.source])).toEqual([
      ['cy', 'frontmatter'],
      ['en', 'directive'],
      ['en', 'directive'],
    ]);
  });

  it('a malformed directive (two tags, no tag) is not a language directive', () => {
    for (const d of ['<!-- commslint-lang -->', '<!-- commslint-lang cy en -->', '<!-- commslint-language cy -->']) {
      expect(spans(`${d}\n\n${SAY.en}`).map((s) => s.source), d).toEqual(['detected']);
    }
  });

  it('frontmatter lang list is validated and kept: meta.lang is the first tag, meta.langs the list', () => {
    const doc = new Document(`---\nlang: [mi, en-NZ]\n---\nKia ora`);
    expect(doc.frontmatterData.lang).toBe('mi');
    expect(doc.frontmatterData.langs).toEqual(['mi', 'en-NZ']);
    expect(() => new Document(`---\nlang: [mi, "not a tag"]\n---\nKia ora`)).toThrow(/frontmatter key "lang(\.1)?"/);
    expect(() => new Document(`---\nlang: []\n---\nKia ora`)).toThrow(/frontmatter key "lang/);
  });
});

describe('span helpers', () => {
  const text = `${SAY.cy}\n\n${SAY.en}`;
  const s = spans(text);
  const en = text.indexOf(SAY.en);
  it('spansOf, spanAt and inLanguage read the spans', () => {
    expect(spansOf(s, 'cy').map((x) => x.start)).toEqual([0]);
    expect(spanAt(s, en)?.lang).toBe('en');
    // Between the blocks (the blank line) lies no span.
    expect(spanAt(s, SAY.cy.length)).toBeUndefined();
    expect(inLanguage(s, { offset: en, endOffset: en + 5 }, 'en')).toBe(true);
    // A range over both languages is in neither alone.
    expect(inLanguage(s, { offset: 0, endOffset: text.length }, 'en')).toBe(false);
    expect(inLanguage(s, { offset: 0, endOffset: 3 }, 'en')).toBe(false);
  });

  it('every pack has its segmenter locale, identification words and loan words', () => {
    for (const lang of LANGS) {
      const p = LANGUAGE_PACKS[lang];
      expect(p.code).toBe(lang);
      expect(() => new Intl.Segmenter(p.segmenterLocale, { granularity: 'sentence' })).not.toThrow();
      expect(p.stopwords.length).toBeGreaterThan(20);
      if (lang !== 'en') expect(p.loanwords.length).toBeGreaterThan(5);
      for (const w of [...p.stopwords, ...p.evidence, ...p.loanwords]) expect(w, `${lang}: ${w}`).toBe(w.toLowerCase().normalize('NFC'));
    }
  });
});
