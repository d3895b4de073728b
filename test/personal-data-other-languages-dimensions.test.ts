// Generated tables for the personal-data misses and the false alarm of the third bilingual round (issue 17,
// "personal data found in every language span"), each positive next to its near-misses:
// - job adverts, service descriptions and ward names in Welsh, French, Irish and Māori are no one's health
//   detail (capitalised job titles and wards are not names: src/lang/<code>/checks.json notNameWords);
// - a person named with a title in those languages beside an operation or injury word is;
// - a house address after the languages' "of/from" word next to a titled person ("o 14 Heol y Felin");
//   near-miss: the organisation's own office;
// - the owner of lost or found property named (personal-data/property-owner) × language × phrase × name
//   (hyphenated first names too); near-misses: "if it belongs to you", an organisation as owner.
// Invariance: other names, places and numbers keep the verdict.
import { describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../src/index.js';
import type { Locale } from '../src/types.js';

interface Case { text: string; locale: Locale; lang?: string; rule: string; reply?: boolean; flagged: boolean; expectText?: string; why: string }

const linters = new Map<Locale, Linter>();
async function spans(cs: Case): Promise<Array<{ offset: number; endOffset: number }>> {
  let l = linters.get(cs.locale);
  if (!l) linters.set(cs.locale, (l = await createLinter({ locale: cs.locale, organisation: { name: 'Bwrdd Iechyd', publicContacts: ['01239 612214'] } })));
  const meta = { ...(cs.reply ? { replyTo: 'Can you help?' } : {}), ...(cs.lang ? { lang: cs.lang } : {}) };
  const r = await l.lintAsync(cs.text, { meta });
  return r.findings.filter((f) => f.ruleId === `personal-data/${cs.rule}` && f.severity !== 'info').map((f) => ({ offset: f.offset, endOffset: f.endOffset }));
}

// ---------------------------------------------------------------- job adverts, services, wards: no person

const NOT_PEOPLE: Array<{ lang: string; locale: Locale; texts: string[] }> = [
  { lang: 'cy', locale: 'en-GB', texts: [
    "Rydym yn chwilio am Weithiwr Cymorth Gofal Iechyd i ymuno â'n tîm ar Ward Glan-y-môr, Ysbyty Aberteifi.",
    "Swydd wag: Nyrs Staff ar Ward Teifi, Ysbyty Bronglais. Mae'r gallu i siarad Cymraeg yn hanfodol.",
    'Mae Uned Mân Anafiadau Ysbyty Tywyn ar agor bob dydd o 8yb tan 8yh.',
    'Mae Gwasanaeth Therapydd Galwedigaethol Ceredigion yn symud i Ganolfan Iechyd Aberaeron.',
  ] },
  { lang: 'fr', locale: 'en-CA', texts: [
    "Nous recrutons un Préposé aux bénéficiaires pour l'Unité Lavoie de l'Hôpital de Moncton.",
    "Poste à combler : Infirmière Auxiliaire au Pavillon Dumont, Hôpital régional de Campbellton.",
    "Le Service de physiothérapeute de la Clinique Saint-Joseph déménage au Centre de santé de Bouctouche.",
  ] },
  { lang: 'ga', locale: 'en-IE', texts: [
    'Folúntas: Oibrí Cúram Sláinte ar Bharda Naomh Bríd, Ospidéal na Gaillimhe.',
    'Tá Ionad Sláinte Chill Airne ag oscailt clinic fisiteiripe nua ar an Luan.',
  ] },
  { lang: 'mi', locale: 'en-NZ', texts: [
    'E rapu ana mātou i tētahi Kaimahi Tautoko Hauora mō te Wāri Tamariki, Hōhipera o Whangārei.',
    'Kei te tuwhera te Whare Haumanu Mate Huka o Kaitaia ā te Rāhina.',
  ] },
];
function notPeopleCases(): Case[] {
  return NOT_PEOPLE.flatMap(({ lang, locale, texts }) =>
    texts.map((text) => ({ text, locale, lang, rule: 'special-category-other-languages', flagged: false, why: `${lang}: a job advert, service or ward (capitalised titles and places), no person` })),
  );
}

// ---------------------------------------------------------------- a titled person with an operation or injury

const TITLED: Array<{ lang: string; locale: Locale; make: (name: string) => string; word: string; names: string[] }> = [
  { lang: 'cy', locale: 'en-GB', make: (n) => `Diolch i'r tîm! Cafodd ${n}, 82 oed, glun newydd yr wythnos diwethaf ac mae hi eisoes yn cerdded eto.`, word: 'glun newydd', names: ['Mrs Eirlys Pritchard', 'Mr Dafydd Rees', 'Dr Siân Lloyd'] },
  { lang: 'cy', locale: 'en-GB', make: (n) => `Mae ${n} yn gwella gartref ar ôl llawdriniaeth ar ei galon.`, word: 'llawdriniaeth', names: ['Mrs Eirlys Pritchard', 'Mr Dafydd Rees'] },
  { lang: 'fr', locale: 'en-CA', make: (n) => `Prompt rétablissement à ${n}, qui se remet de ses blessures après la collision de lundi.`, word: 'blessures', names: ['Mme Lucie Arsenault', 'Monsieur Roger Cormier'] },
  { lang: 'ga', locale: 'en-IE', make: (n) => `Tá ${n} ag teacht chuici féin tar éis obráid ar a cromán.`, word: 'obráid', names: ['Mrs Máire Ní Bhriain', 'Dr Nóra Ní Shé'] },
];
function titledCases(): Case[] {
  const out: Case[] = [];
  for (const t of TITLED) {
    for (const name of t.names) {
      out.push({ text: t.make(name), locale: t.locale, lang: t.lang, rule: 'special-category-other-languages', flagged: true, expectText: name, why: `${t.lang}: ${name} (a title) beside "${t.word}"` });
    }
  }
  out.push({ text: 'Mae llawdriniaeth ar y galon ar gael yn Ysbyty Treforys bob dydd.', locale: 'en-GB', lang: 'cy', rule: 'special-category-other-languages', flagged: false, why: 'cy: a service offered, no person' });
  return out;
}

// ---------------------------------------------------------------- an address after "of/from" next to a titled person

const ADDRESSES: Array<{ lang: string; locale: Locale; make: (a: string) => string; addresses: string[]; own: (a: string) => string }> = [
  { lang: 'cy', locale: 'en-GB', make: (a) => `Llongyfarchiadau i Mrs Eirlys Pritchard, 82 oed, o ${a}, Aberteifi, ar ei phen-blwydd!`, addresses: ['14 Heol y Felin', '3 Stryd Fawr', '27 Ffordd yr Orsaf'], own: (a) => `Mae ein swyddfa yn ${a}, Aberteifi, ar agor bob dydd.` },
  { lang: 'ga', locale: 'en-IE', make: (a) => `Comhghairdeas le Mrs Máire Ní Bhriain ó ${a}, Trá Lí, ar a breithlá!`, addresses: ['12 Bóthar na Trá', '4 Sráid an Mhuilinn'], own: (a) => `Tá ár n-oifig ag ${a}, Trá Lí, oscailte gach lá.` },
  { lang: 'fr', locale: 'en-CA', make: (a) => `Félicitations à Mme Lucie Arsenault, du ${a}, pour ses 100 ans!`, addresses: ['142 rue des Érables', '12 chemin du Lac'], own: (a) => `Notre bureau, au ${a}, est ouvert du lundi au vendredi.` },
];
function addressCases(): Case[] {
  const out: Case[] = [];
  for (const a of ADDRESSES) {
    for (const addr of a.addresses) {
      out.push({ text: a.make(addr), locale: a.locale, lang: a.lang, rule: 'address', flagged: true, expectText: addr, why: `${a.lang}: ${addr} after the "of/from" word next to a titled person` });
      out.push({ text: a.own(addr), locale: a.locale, lang: a.lang, rule: 'address', flagged: false, why: `${a.lang}: the organisation's own office at ${addr}` });
    }
  }
  return out;
}

// ---------------------------------------------------------------- the owner of lost or found property

const OWNERS = ['Marc-André Cormier', 'Jean-Luc Gallant', 'Mary-Kate Doyle', 'Hemi Walker', 'Mme Lucie Arsenault'];
const PROPERTY: Array<{ lang: string; locale: Locale; make: (n: string) => string; clean: string[] }> = [
  { lang: 'fr', locale: 'en-CA', make: (n) => `Objet trouvé : un portefeuille brun a été trouvé sur le sentier dimanche. Il appartient à ${n}, de Saint-Louis-de-Kent.`,
    clean: ["Objet trouvé : un portefeuille brun a été trouvé sur le sentier dimanche. S'il vous appartient, appelez le centre d'accueil avec une description.", 'Objet trouvé : un sac à dos. Le bureau des objets trouvés appartient à la Ville de Moncton.'] },
  { lang: 'en', locale: 'en-GB', make: (n) => `Found: a purse belonging to ${n} was handed in at the library on Saturday.`,
    clean: ['Found: a purse was handed in at the library on Saturday. If it belongs to you, call us with a description.', 'Lost property belongs to the council after 30 days and is given to charity.'] },
  { lang: 'cy', locale: 'en-GB', make: (n) => `Canfuwyd waled ddu yn y parc ddydd Sul. Mae'r waled yn perthyn i ${n}.`,
    clean: ["Canfuwyd waled ddu yn y parc ddydd Sul. Os yw'n perthyn i chi, ffoniwch y llyfrgell."] },
];
function propertyCases(): Case[] {
  const out: Case[] = [];
  for (const p of PROPERTY) {
    for (const n of OWNERS) {
      const lang = p.lang === 'en' ? undefined : p.lang;
      out.push({ text: p.make(n), locale: p.locale, ...(lang ? { lang } : {}), rule: 'property-owner', flagged: true, expectText: n, why: `${p.lang}: ${n} named as the owner of found property` });
    }
    for (const text of p.clean) out.push({ text, locale: p.locale, ...(p.lang === 'en' ? {} : { lang: p.lang }), rule: 'property-owner', flagged: false, why: `${p.lang}: the owner is addressed or is an organisation, no one named` });
  }
  out.push({ text: 'This award belongs to Jane Smith and the whole library team: congratulations!', locale: 'en-GB', rule: 'property-owner', flagged: false, why: '"belongs to" a named person, but no lost or found property in the post' });
  return out;
}

// ---------------------------------------------------------------- the person named in the sentence before
// A health detail whose sentence points back (ei, son, a) at the person the sentence before names, in the
// same paragraph. Near-misses: a blank line between (another story), a sentence with no person word.
function previousSentenceCases(): Case[] {
  const rows: Array<{ lang: string; locale: Locale; named: (n: string) => string; health: string; expectText: string; unpointed: string }> = [
    { lang: 'cy', locale: 'en-GB', named: (n) => `Mae ${n}, 82, o Aberaeron wedi'i ddarganfod yn ddiogel.`, health: "Dywedodd ei deulu ei fod wedi cael diagnosis o glefyd Alzheimer fis diwethaf.", expectText: 'diagnosis o glefyd Alzheimer', unpointed: 'Mae clinig dementia ar agor bob dydd Llun yn Aberaeron.' },
    { lang: 'fr', locale: 'en-CA', named: (n) => `${n}, 82 ans, a été retrouvé sain et sauf ce matin.`, health: 'Selon sa famille, il souffre de démence depuis un an.', expectText: 'démence', unpointed: 'La clinique de démence est ouverte le lundi.' },
  ];
  const out: Case[] = [];
  for (const r of rows) {
    for (const n of ['Hywel Bowen', 'Gérard Thériault', 'Siân Morgan']) {
      out.push({ text: `${r.named(n)} ${r.health}`, locale: r.locale, lang: r.lang, rule: 'special-category-other-languages', flagged: true, expectText: r.expectText, why: `${r.lang}: the person named in the sentence before (${n})` });
      out.push({ text: `${r.named(n)}\n\n${r.health}`, locale: r.locale, lang: r.lang, rule: 'special-category-other-languages', flagged: false, why: `${r.lang}: a blank line between the name and the health detail` });
      out.push({ text: `${r.named(n)} ${r.unpointed}`, locale: r.locale, lang: r.lang, rule: 'special-category-other-languages', flagged: false, why: `${r.lang}: a service, not pointed at anyone` });
    }
  }
  return out;
}

const TABLES: Array<[string, () => Case[]]> = [
  ['job adverts, services and wards', notPeopleCases],
  ['titled people with an operation or injury', titledCases],
  ['addresses after "of/from"', addressCases],
  ['owners of lost or found property', propertyCases],
  ['a health detail about the person named in the sentence before', previousSentenceCases],
];

describe('personal data in Welsh, French, Irish and Māori spans (generated)', () => {
  for (const [name, make] of TABLES) {
    describe(name, () => {
      for (const cs of make()) {
        it(`${cs.flagged ? 'flags' : 'passes'} (${cs.rule}): ${cs.why} — ${cs.text}`, async () => {
          const got = await spans(cs);
          if (!cs.flagged) return expect(got).toEqual([]);
          const at = cs.text.indexOf(cs.expectText!);
          expect(at).toBeGreaterThanOrEqual(0);
          expect(got.some((g) => g.offset < at + cs.expectText!.length && at < g.endOffset), JSON.stringify(got)).toBe(true);
        });
      }
    });
  }
});
