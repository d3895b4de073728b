// Bilingual consistency, by dimension: language pair × fact kind × written form × which version comes
// first × same or different value. Every mismatch case sits beside the same fact written the two
// languages' ways, which must compare equal; invariance cases change the names, places and both values
// equally and keep the verdict.
import { describe, expect, it } from 'vitest';
import { extractFacts, type FactKind } from '../src/text/bilingual/facts.js';
import { compareFacts } from '../src/text/bilingual/compare.js';

type Lang = 'cy' | 'fr' | 'ga' | 'mi';

/** Mismatches between a non-English text and its English version (as the rule sees them: non-English first). */
function mismatches(lang: Lang, other: string, english: string) {
  const a = extractFacts(other, 0, other.length, lang, { region: lang === 'fr' ? 'CA' : lang === 'ga' ? 'IE' : lang === 'mi' ? 'NZ' : 'GB' });
  const b = extractFacts(english, 0, english.length, 'en', { region: lang === 'fr' ? 'CA' : lang === 'ga' ? 'IE' : lang === 'mi' ? 'NZ' : 'GB' });
  return compareFacts(a, b);
}

// Clock times written each language's ways, by minutes since midnight. Why: each is a form a writer
// of that language uses (Welsh yb/yh, French 24-hour "h", Irish r.n./i.n., Māori karaka … i te ata).
const h12 = (m: number): number => (Math.floor(m / 60) % 12 === 0 ? 12 : Math.floor(m / 60) % 12);
const mm = (m: number): string => String(m % 60).padStart(2, '0');
const am = (m: number): boolean => m < 720;
const TIME_FORMS: Record<Lang | 'en', Array<(m: number) => string>> = {
  en: [(m) => `${h12(m)}${m % 60 ? `:${mm(m)}` : ''}${am(m) ? 'am' : 'pm'}`, (m) => `${h12(m)}.${mm(m)} ${am(m) ? 'a.m.' : 'p.m.'}`, (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${mm(m)}`],
  cy: [(m) => `${h12(m)}${m % 60 ? `:${mm(m)}` : ''}${am(m) ? 'yb' : 'yh'}`, (m) => `${h12(m)}.${mm(m)} ${am(m) ? 'y.b.' : 'y.h.'}`, (m) => `${h12(m)}${m % 60 ? `.${mm(m)}` : ''}${am(m) ? 'am' : 'pm'}`],
  fr: [(m) => `${Math.floor(m / 60)} h${m % 60 ? ` ${mm(m)}` : ''}`, (m) => `${Math.floor(m / 60)}h${mm(m)}`, (m) => `${Math.floor(m / 60)}:${mm(m)}`],
  ga: [(m) => `${h12(m)}${m % 60 ? `.${mm(m)}` : ''} ${am(m) ? 'r.n.' : 'i.n.'}`, (m) => `${h12(m)}${m % 60 ? `:${mm(m)}` : ''}${am(m) ? 'am' : 'pm'}`],
  mi: [(m) => `${h12(m)}${m % 60 ? `.${mm(m)}` : ''}${am(m) ? 'am' : 'pm'}`, (m) => `${h12(m)}${m % 60 ? `:${mm(m)}` : ' karaka'} ${am(m) ? 'i te ata' : 'i te ahiahi'}`],
};
// Frames with other facts that stay the same in both versions (a URL, a day), so a finding is about the time only.
const TIME_FRAMES: Record<Lang, [(t: string) => string, (t: string) => string]> = {
  cy: [(t) => `Bydd y llyfrgell ar agor am ${t} ddydd Sadwrn. Mwy: www.caerdydd.gov.uk/llyfrgell`, (t) => `The library will open at ${t} on Saturday. More: www.caerdydd.gov.uk/llyfrgell`],
  fr: [(t) => `La bibliothèque ouvrira à ${t} samedi. Détails : ville.ca/biblio`, (t) => `The library will open at ${t} on Saturday. Details: ville.ca/biblio`],
  ga: [(t) => `Osclóidh an leabharlann ag ${t} Dé Sathairn. Eolas: www.dcc.ie/leabharlann`, (t) => `The library will open at ${t} on Saturday. Info: www.dcc.ie/leabharlann`],
  mi: [(t) => `Ka tuwhera te whare pukapuka hei te ${t} i te Rāhoroi. Pānui: www.wcc.govt.nz/pukapuka`, (t) => `The library will open at ${t} on Saturday. Info: www.wcc.govt.nz/pukapuka`],
};
const LANGS: Lang[] = ['cy', 'fr', 'ga', 'mi'];
const TIMES = [9 * 60, 9 * 60 + 30, 14 * 60, 17 * 60 + 45];

describe('clock times: the same time written the two ways is clean; an hour apart is one mismatch on the non-English value', () => {
  for (const lang of LANGS) {
    for (const t of TIMES) {
      for (const [fi, form] of TIME_FORMS[lang].entries()) {
        for (const [ei, enForm] of TIME_FORMS.en.entries()) {
          const otherText = TIME_FRAMES[lang][0](form(t));
          it(`${lang} form ${fi} × en form ${ei} at ${t}: clean`, () => {
            expect(mismatches(lang, otherText, TIME_FRAMES[lang][1](enForm(t)))).toEqual([]);
          });
          it(`${lang} form ${fi} × en form ${ei} at ${t}: an hour later in English is one time mismatch at "${form(t)}"`, () => {
            const found = mismatches(lang, otherText, TIME_FRAMES[lang][1](enForm(t + 60)));
            expect(found.map((m) => [m.kind, otherText.slice(m.fact.offset, m.fact.endOffset)])).toEqual([['time', form(t)]]);
          });
        }
      }
    }
  }
  it('noon and midnight words match 12pm and 00:00 (hanner dydd, midi, meán lae; hanner nos, minuit)', () => {
    expect(mismatches('cy', 'Ar agor tan hanner dydd ddydd Sul yn y ganolfan.', 'Open until 12pm on Sunday at the centre.')).toEqual([]);
    expect(mismatches('fr', 'Ouvert jusqu’à midi dimanche au centre.', 'Open until noon on Sunday at the centre.')).toEqual([]);
    expect(mismatches('ga', 'Ar oscailt go dtí meán lae Dé Domhnaigh san ionad.', 'Open until midday on Sunday at the centre.')).toEqual([]);
    expect(mismatches('fr', 'Ouvert jusqu’à minuit samedi au centre.', 'Open until midnight on Saturday at the centre.')).toEqual([]);
    expect(mismatches('cy', 'Ar agor tan hanner nos nos Sadwrn yn y ganolfan.', 'Open until midnight on Saturday at the centre.')).toEqual([]);
    const m = mismatches('fr', 'Ouvert jusqu’à midi dimanche au centre.', 'Open until 1pm on Sunday at the centre.');
    expect(m.map((x) => [x.kind, x.fact.text, x.other.text])).toEqual([['time', 'midi', '1pm']]);
  });
  it('"après-midi" is the afternoon, not noon', () => {
    expect(mismatches('fr', 'Atelier samedi après-midi à la bibliothèque, de 14 h à 16 h.', 'Workshop on Saturday afternoon at the library, 2pm to 4pm.')).toEqual([]);
  });
  it('a range whose first hour has no marker matches either half of the day ("o 9 tan 5yh", "9–5pm")', () => {
    expect(mismatches('cy', 'Ar agor o 9 tan 5yh bob dydd yn y ganolfan.', 'Open from 9am to 5pm every day at the centre.')).toEqual([]);
    expect(mismatches('cy', 'Ar agor 9-5yh bob dydd yn y ganolfan hamdden.', 'Open 9am-5pm every day at the leisure centre.')).toEqual([]);
    expect(mismatches('cy', 'Ar agor o 9 tan 5 bob dydd yn y ganolfan hamdden.', 'Open 9am to 5pm every day at the leisure centre.')).toEqual([]);
    const m = mismatches('cy', 'Ar agor o 9 tan 5yh bob dydd yn y ganolfan.', 'Open from 9am to 4pm every day at the centre.');
    expect(m.map((x) => [x.kind, x.fact.text, x.other.text])).toEqual([['time', '5yh', '4pm']]);
  });
  it('ages in a range are numbers in English and bare hours in Welsh: still clean', () => {
    expect(mismatches('cy', 'Sesiynau i blant o 5 i 11 oed, hanner dydd tan 2yh.', 'Sessions for children aged 5 to 11, from 12pm to 2pm.')).toEqual([]);
  });
});

// Dates: day and month written each language's way, with and without the weekday and the year.
const MONTHS: Record<Lang, string[]> = {
  cy: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ga: ['Eanáir', 'Feabhra', 'Márta', 'Aibreán', 'Bealtaine', 'Meitheamh', 'Iúil', 'Lúnasa', 'Meán Fómhair', 'Deireadh Fómhair', 'Samhain', 'Nollaig'],
  mi: ['Hānuere', 'Pēpuere', 'Māehe', 'Āperira', 'Mei', 'Hune', 'Hūrae', 'Ākuhata', 'Hepetema', 'Oketopa', 'Noema', 'Tīhema'],
};
const MI_TRADITIONAL = ['Kohitātea', 'Hui-tanguru', 'Poutū-te-rangi', 'Paenga-whāwhā', 'Haratua', 'Pipiri', 'Hōngongoi', 'Here-turi-kōkā', 'Mahuru', 'Whiringa-ā-nuku', 'Whiringa-ā-rangi', 'Hakihea'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE_FORMS: Record<Lang, Array<(d: number, m: number) => string>> = {
  cy: [(d, m) => `${d} ${MONTHS.cy[m - 1]}`, (d, m) => `${d} ${MONTHS.cy[m - 1]} 2026`],
  fr: [(d, m) => `${d === 1 ? '1er' : d} ${MONTHS.fr[m - 1]}`, (d, m) => `${d} ${MONTHS.fr[m - 1]} 2026`],
  ga: [(d, m) => `${d} ${MONTHS.ga[m - 1]}`, (d, m) => `${d}ú ${MONTHS.ga[m - 1]} 2026`],
  mi: [(d, m) => `${d} ${MONTHS.mi[m - 1]}`, (d, m) => `${d} o ${MI_TRADITIONAL[m - 1]}`, (d, m) => `${d} ${MONTHS.mi[m - 1]!.normalize('NFD').replace(/\p{M}/gu, '')}`],
};
const EN_DATE_FORMS: Array<(d: number, m: number) => string> = [(d, m) => `${d} ${EN_MONTHS[m - 1]}`, (d, m) => `${EN_MONTHS[m - 1]} ${d}`, (d, m) => `${d}${d === 1 ? 'st' : d === 2 ? 'nd' : d === 3 ? 'rd' : 'th'} ${EN_MONTHS[m - 1]} 2026`];
const DATE_FRAMES: Record<Lang, [(t: string) => string, (t: string) => string]> = {
  cy: [(t) => `Bydd y casgliad biniau nesaf ar ${t}. Diolch am eich amynedd.`, (t) => `The next bin collection will be on ${t}. Thank you for your patience.`],
  fr: [(t) => `La prochaine collecte aura lieu le ${t}. Merci de votre patience.`, (t) => `The next collection will take place on ${t}. Thank you for your patience.`],
  ga: [(t) => `Beidh an chéad bhailiú eile ar an ${t}. Go raibh maith agaibh.`, (t) => `The next collection will be on ${t}. Thank you for your patience.`],
  mi: [(t) => `Ko te kohinga para e whai ake nei ā te ${t}. Ngā mihi.`, (t) => `The next rubbish collection is on ${t}. Thank you.`],
};
const DATES: Array<[number, number]> = [
  [1, 12],
  [3, 3],
  [21, 9],
  [30, 10],
];

describe('dates: the same day written the two ways is clean; a day off is one mismatch', () => {
  for (const lang of LANGS) {
    for (const [d, m] of DATES) {
      for (const [fi, form] of DATE_FORMS[lang].entries()) {
        for (const [ei, enForm] of EN_DATE_FORMS.entries()) {
          const otherText = DATE_FRAMES[lang][0](form(d, m));
          it(`${lang} form ${fi} × en form ${ei}, ${d}/${m}: clean`, () => {
            expect(mismatches(lang, otherText, DATE_FRAMES[lang][1](enForm(d, m)))).toEqual([]);
          });
          it(`${lang} form ${fi} × en form ${ei}, ${d}/${m}: a day later in English is one date mismatch`, () => {
            const found = mismatches(lang, otherText, DATE_FRAMES[lang][1](enForm(d + 1, m)));
            expect(found.map((x) => [x.kind, otherText.slice(x.fact.offset, x.fact.endOffset)])).toEqual([['date', form(d, m)]]);
          });
        }
      }
    }
  }
  it('"Mawrth" after a number is March, after "dydd" Tuesday', () => {
    expect(mismatches('cy', 'Cyfarfod ddydd Mawrth 3 Mawrth yn Neuadd y Dref.', 'Meeting on Tuesday 3 March at the Town Hall.')).toEqual([]);
    const m = mismatches('cy', 'Cyfarfod ddydd Mawrth 3 Mawrth yn Neuadd y Dref.', 'Meeting on Wednesday 3 March at the Town Hall.');
    expect(m.map((x) => [x.kind, x.fact.text, x.other.display])).toEqual([['weekday', 'ddydd Mawrth', 'Wednesday']]);
  });
  it('a year in only one version is the same date; two different years are a mismatch', () => {
    expect(mismatches('fr', 'Collecte le 5 décembre 2026 au parc.', 'Collection on December 5 at the park.')).toEqual([]);
    const m = mismatches('fr', 'Collecte le 5 décembre 2026 au parc.', 'Collection on December 5, 2025 at the park.');
    expect(m.map((x) => x.kind)).toEqual(['date']);
  });
});

// Weekdays: each language's words, with Welsh soft mutation after "nos" and "ddydd", Irish "Dé hAoine".
const WEEKDAYS: Record<Lang, string[]> = {
  cy: ['ddydd Llun', 'dydd Mawrth', 'ddydd Mercher', 'dydd Iau', 'nos Wener', 'ddydd Sadwrn', 'dydd Sul'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  ga: ['Dé Luain', 'Dé Máirt', 'Dé Céadaoin', 'Déardaoin', 'Dé hAoine', 'Dé Sathairn', 'Dé Domhnaigh'],
  mi: ['Rāhina', 'Rātū', 'Rāapa', 'Rāpare', 'Rāmere', 'Rāhoroi', 'Rātapu'],
};
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY_FRAMES: Record<Lang, [(t: string) => string, (t: string) => string]> = {
  cy: [(t) => `Mae'r ganolfan ailgylchu ar gau ${t} oherwydd gwaith cynnal a chadw.`, (t) => `The recycling centre is closed on ${t} for maintenance work.`],
  fr: [(t) => `L’écocentre sera fermé ${t} pour des travaux d’entretien.`, (t) => `The ecocentre will be closed on ${t} for maintenance work.`],
  ga: [(t) => `Beidh an t-ionad athchúrsála dúnta ${t} le haghaidh oibre cothabhála.`, (t) => `The recycling centre will be closed on ${t} for maintenance work.`],
  mi: [(t) => `Ka kati te pokapū hangarua ā te ${t} mō ngā mahi whakatika.`, (t) => `The recycling centre will be closed on ${t} for maintenance work.`],
};
describe('weekdays: same day clean, another day one mismatch', () => {
  for (const lang of LANGS) {
    for (let d = 0; d < 7; d++) {
      const otherText = WEEKDAY_FRAMES[lang][0](WEEKDAYS[lang][d]!);
      it(`${lang} ${WEEKDAYS[lang][d]} × ${EN_WEEKDAYS[d]}: clean`, () => {
        expect(mismatches(lang, otherText, WEEKDAY_FRAMES[lang][1](EN_WEEKDAYS[d]!))).toEqual([]);
      });
      it(`${lang} ${WEEKDAYS[lang][d]} × ${EN_WEEKDAYS[(d + 1) % 7]}: one weekday mismatch`, () => {
        const found = mismatches(lang, otherText, WEEKDAY_FRAMES[lang][1](EN_WEEKDAYS[(d + 1) % 7]!));
        expect(found.map((x) => [x.kind, x.fact.text])).toEqual([['weekday', WEEKDAYS[lang][d]]]);
      });
    }
  }
});

// Prices: symbol before or after, decimal comma or point.
const PRICE_FORMS: Record<Lang | 'en', Array<(cents: number) => string>> = {
  en: [(c) => `$${(c / 100).toFixed(2)}`, (c) => `£${(c / 100).toFixed(2)}`],
  cy: [(c) => `£${(c / 100).toFixed(2)}`],
  fr: [(c) => `${(c / 100).toFixed(2).replace('.', ',')} $`, (c) => `${(c / 100).toFixed(2).replace('.', ',')}$`, (c) => `${(c / 100).toFixed(2).replace('.', ',')} €`],
  ga: [(c) => `€${(c / 100).toFixed(2)}`],
  mi: [(c) => `$${(c / 100).toFixed(2)}`],
};
const PRICE_FRAMES: Record<Lang, [(t: string) => string, (t: string) => string]> = {
  cy: [(t) => `Mae tocynnau ar gyfer y sioe yn costio ${t} yr un.`, (t) => `Tickets for the show cost ${t} each.`],
  fr: [(t) => `Les billets pour le spectacle coûtent ${t} chacun.`, (t) => `Tickets for the show cost ${t} each.`],
  ga: [(t) => `Cosnaíonn ticéid don seó ${t} an ceann.`, (t) => `Tickets for the show cost ${t} each.`],
  mi: [(t) => `Ko te utu mō ia tīkiti ki te whakaaturanga he ${t}.`, (t) => `Tickets for the show cost ${t} each.`],
};
const CURRENCY: Record<Lang, (c: number) => string> = { cy: (c) => `£${(c / 100).toFixed(2)}`, fr: (c) => `$${(c / 100).toFixed(2)}`, ga: (c) => `€${(c / 100).toFixed(2)}`, mi: (c) => `$${(c / 100).toFixed(2)}` };
describe('prices: "5,50 $" and "$5.50" are the same price; a different amount is a mismatch', () => {
  for (const lang of LANGS) {
    for (const cents of [500, 550, 1250]) {
      for (const [fi, form] of PRICE_FORMS[lang].entries()) {
        const otherText = PRICE_FRAMES[lang][0](form(cents));
        const sameCurrency = form(cents).includes('€') ? (c: number) => `€${(c / 100).toFixed(2)}` : CURRENCY[lang];
        it(`${lang} form ${fi}, ${cents}c: clean`, () => {
          expect(mismatches(lang, otherText, PRICE_FRAMES[lang][1](sameCurrency(cents)))).toEqual([]);
        });
        it(`${lang} form ${fi}, ${cents}c against ${cents + 100}c: one price mismatch`, () => {
          const found = mismatches(lang, otherText, PRICE_FRAMES[lang][1](sameCurrency(cents + 100)));
          expect(found.map((x) => [x.kind, otherText.slice(x.fact.offset, x.fact.endOffset)])).toEqual([['price', form(cents)]]);
        });
      }
    }
  }
});

// Identifiers: phone numbers, URLs, hashtags, @mentions, e-mail. A changed digit or letter in the same
// slot is a mismatch; two different names (a translated hashtag, the Welsh handle) are not.
const IDENT_CASES: Array<{ lang: Lang; kind: FactKind; other: string; english: string; flagged: string | null; why: string }> = [
  { lang: 'cy', kind: 'phone', other: 'Ffoniwch ni ar 0300 123 4567 am ragor o wybodaeth.', english: 'Call us on 0300 123 4567 for more information.', flagged: null, why: 'same number' },
  { lang: 'cy', kind: 'phone', other: 'Ffoniwch ni ar 0300 123 4568 am ragor o wybodaeth.', english: 'Call us on 0300 123 4567 for more information.', flagged: '0300 123 4568', why: 'one digit changed' },
  { lang: 'cy', kind: 'phone', other: 'Ffoniwch ni ar 03001234567 am ragor o wybodaeth.', english: 'Call us on 0300 123 4567 for more information.', flagged: null, why: 'same digits, other spacing' },
  { lang: 'fr', kind: 'phone', other: 'Appelez le 613-555-0142 pour en savoir plus.', english: 'Call 613-555-0143 to find out more.', flagged: '613-555-0142', why: 'last digit changed' },
  { lang: 'fr', kind: 'phone', other: 'Appelez le 613 555-0142 pour en savoir plus.', english: 'Call (613) 555-0142 to find out more.', flagged: null, why: 'same number, other punctuation' },
  { lang: 'fr', kind: 'phone', other: 'Appelez le 1-800-622-6232 (service en français) pour en savoir plus.', english: 'Call 1-866-443-3344 (English service) to find out more.', flagged: null, why: 'a separate French-language line is a different number, not a typo' },
  { lang: 'ga', kind: 'phone', other: 'Glaoigh ar 01 222 2222 chun tuilleadh eolais a fháil.', english: 'Call 01 222 2223 for more information.', flagged: '01 222 2222', why: 'one digit changed' },
  { lang: 'mi', kind: 'phone', other: 'Waea mai ki 04 499 4444 mō ētahi atu kōrero.', english: 'Call 04 499 4444 for more information.', flagged: null, why: 'same number' },
  { lang: 'cy', kind: 'url', other: 'Rhagor o wybodaeth: www.caerdydd.gov.uk/biniau2026', english: 'More information: www.caerdydd.gov.uk/biniau2025', flagged: 'www.caerdydd.gov.uk/biniau2026', why: 'same address, other year' },
  { lang: 'cy', kind: 'url', other: 'Rhagor o wybodaeth: www.llyw.cymru/biniau', english: 'More information: www.gov.wales/bins', flagged: null, why: 'the Welsh and English domains of one body' },
  { lang: 'fr', kind: 'url', other: 'Détails : https://www.canada.ca/fr/sante.html', english: 'Details: https://www.canada.ca/en/health.html', flagged: null, why: 'translated path' },
  { lang: 'fr', kind: 'url', other: 'Détails : https://ville.ca/fr/collecte', english: 'Details: https://ville.ca/en/collecte', flagged: null, why: 'language segment only' },
  { lang: 'fr', kind: 'url', other: 'Détails : https://ville.ca/collectes-hiver', english: 'Details: https://ville.ca/collecte-hiver', flagged: 'https://ville.ca/collectes-hiver', why: 'one letter added to the same address' },
  { lang: 'cy', kind: 'hashtag', other: 'Dewch i’r ŵyl! #Eisteddfod2026', english: 'Come to the festival! #Eisteddfod2025', flagged: '#Eisteddfod2026', why: 'same tag, other year' },
  { lang: 'cy', kind: 'hashtag', other: 'Dewch i’r ŵyl! #DiogelwchFfyrdd', english: 'Come to the festival! #RoadSafety', flagged: null, why: 'translated hashtag' },
  { lang: 'cy', kind: 'hashtag', other: 'Dewch i’r ŵyl! #eisteddfod2026', english: 'Come to the festival! #Eisteddfod2026', flagged: null, why: 'case only' },
  { lang: 'fr', kind: 'mention', other: 'Suivez @VilleOttawa pour les mises à jour.', english: 'Follow @CityofOttawa for updates.', flagged: null, why: 'the French and English handles differ by design' },
  { lang: 'fr', kind: 'mention', other: 'Suivez @SanteCanada2 pour les mises à jour.', english: 'Follow @SanteCanada1 for updates.', flagged: '@SanteCanada2', why: 'digit changed in the same handle' },
  { lang: 'ga', kind: 'email', other: 'Seol ríomhphost chuig eolas@comhairle.ie le do thoil.', english: 'Please e-mail info@comhairle.ie.', flagged: null, why: 'a separate Irish-language mailbox' },
  { lang: 'ga', kind: 'email', other: 'Seol ríomhphost chuig eolas@comhairle.ie le do thoil.', english: 'Please e-mail eolas@comhairlee.ie.', flagged: 'eolas@comhairle.ie', why: 'domain mistyped' },
];
describe('identifiers: changed digits or letters in the same slot are mismatches; different names are not', () => {
  for (const c of IDENT_CASES) {
    it(`${c.lang} ${c.kind}: ${c.why}`, () => {
      const found = mismatches(c.lang, c.other, c.english);
      expect(found.map((x) => [x.kind, c.other.slice(x.fact.offset, x.fact.endOffset)])).toEqual(c.flagged ? [[c.kind, c.flagged]] : []);
    });
  }
});

describe('numbers and one-sided facts', () => {
  const cases: Array<{ lang: Lang; other: string; english: string; flagged: string[]; why: string }> = [
    { lang: 'cy', other: 'Bydd y ffordd ar gau am bythefnos o 1 Rhagfyr.', english: 'The road will be closed for two weeks from 1 December.', flagged: [], why: 'a number written as a word in both' },
    { lang: 'cy', other: 'Bydd y ffordd ar gau am 14 diwrnod o 1 Rhagfyr.', english: 'The road will be closed for two weeks from 1 December.', flagged: [], why: 'digits in one version only' },
    { lang: 'fr', other: 'Les travaux dureront 2,5 semaines sur 1 200 mètres.', english: 'The works will last 2.5 weeks over 1,200 metres.', flagged: [], why: 'decimal comma and space thousands' },
    { lang: 'fr', other: 'Les travaux dureront 3,5 semaines sur 1 200 mètres.', english: 'The works will last 2.5 weeks over 1,200 metres.', flagged: ['3,5'], why: 'a different duration' },
    { lang: 'cy', other: 'Mae 40 o leoedd ar gael yn y clwb.', english: 'There are 45 places available at the club.', flagged: ['40'], why: 'a different count' },
    { lang: 'cy', other: 'Mae 40 o leoedd ar gael yn y clwb ar yr A470.', english: 'There are 40 places available at the club on the A470.', flagged: [], why: 'same count, same road' },
    { lang: 'fr', other: 'Inscriptions : 24/7 en ligne, 300 places.', english: 'Sign up 24/7 online, 300 places.', flagged: [], why: 'slash pair kept whole' },
    { lang: 'cy', other: 'Dewch i’r noson gwis ar 5 Rhagfyr am 7yh.', english: 'Come to the quiz night on 5 December at 7pm. Doors open 6.30pm.', flagged: [], why: 'an extra fact in English only' },
    { lang: 'mi', other: 'E 3 ngā wāhi hei te Rāhina.', english: 'There are 3 venues on Monday, and 2 on Tuesday.', flagged: [], why: 'one-sided extra number and day' },
  ];
  for (const c of cases) {
    it(`${c.lang}: ${c.why}`, () => {
      expect(mismatches(c.lang, c.other, c.english).map((x) => c.other.slice(x.fact.offset, x.fact.endOffset))).toEqual(c.flagged);
    });
  }
});

describe('invariance: other names, places and both values changed equally keep the verdict', () => {
  const base = { other: 'Bydd {PLACE} ar agor am {T} ddydd {D} {N} {M}. Ffoniwch {TEL}.', english: '{PLACE_EN} will open at {TE} on {DE} {N} {ME}. Call {TEL}.' };
  const variants = [
    { PLACE: 'Llyfrgell Treganna', PLACE_EN: 'Canton Library', T: '9yb', TE: '9am', D: 'Llun', DE: 'Monday', N: '1', M: 'Rhagfyr', ME: 'December', TEL: '029 2087 2000' },
    { PLACE: 'Canolfan Hamdden Llanrhymni', PLACE_EN: 'Llanrumney Leisure Centre', T: '10:30yb', TE: '10.30am', D: 'Gwener', DE: 'Friday', N: '14', M: 'Chwefror', ME: 'February', TEL: '01792 636000' },
    { PLACE: 'Pwll Nofio Aberystwyth', PLACE_EN: 'Aberystwyth Swimming Pool', T: '2yh', TE: '14:00', D: 'Sadwrn', DE: 'Saturday', N: '30', M: 'Medi', ME: 'September', TEL: '0300 123 4567' },
  ];
  const fill = (t: string, v: Record<string, string>): string => t.replace(/\{(\w+)\}/g, (_, k: string) => v[k]!);
  for (const v of variants) {
    it(`clean with ${v.PLACE_EN}, ${v.TE}, ${v.DE} ${v.N} ${v.ME}`, () => {
      expect(mismatches('cy', fill(base.other, v), fill(base.english, v))).toEqual([]);
    });
    it(`one mismatch with ${v.PLACE_EN} when only the English day number changes`, () => {
      const english = fill(base.english, { ...v, N: String(Number(v.N) === 30 ? 29 : Number(v.N) + 1) });
      expect(mismatches('cy', fill(base.other, v), english).map((x) => x.kind)).toEqual(['date']);
    });
  }
});

describe('two days of one month', () => {
  const cases: Array<{ lang: Lang; other: string; english: string; flagged: string[]; why: string }> = [
    { lang: 'cy', other: 'Gŵyl y dref ar 6-7 Rhagfyr yn y parc.', english: 'Town festival on December 6–7 in the park.', flagged: [], why: 'a range written day-first and month-first' },
    { lang: 'cy', other: 'Gŵyl y dref ar 6 a 7 Rhagfyr yn y parc.', english: 'Town festival on 6 and 7 December in the park.', flagged: [], why: '"a" and "and" between the days' },
    { lang: 'fr', other: 'Festival les 6 et 7 décembre au parc.', english: 'Festival on December 6 and 7 at the park.', flagged: [], why: '"et" between the days' },
    { lang: 'fr', other: 'Festival les 6 et 8 décembre au parc.', english: 'Festival on December 6 and 7 at the park.', flagged: ['8 décembre'], why: 'the second day differs' },
    { lang: 'ga', other: 'Féile ar an 6-7 Nollaig sa pháirc.', english: 'Festival on 6-7 December in the park.', flagged: [], why: 'the same range in Irish' },
  ];
  for (const c of cases) {
    it(`${c.lang}: ${c.why}`, () => {
      expect(mismatches(c.lang, c.other, c.english).map((x) => c.other.slice(x.fact.offset, x.fact.endOffset).trim())).toEqual(c.flagged);
    });
  }
});
