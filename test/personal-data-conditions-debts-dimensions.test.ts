// Generated tables for the personal-data misses of the fourth held-out round (h10–h12, hb3-*):
// - chronic conditions of a named person ("He also has COPD and type 2 diabetes", "uses home oxygen for her
//   COPD"): condition × frame × name × locale (personal-data/special-category, conditions in health-terms.json);
// - a test's outcome in a reply ("your hepatitis C antibody test came back reactive"): test × outcome × register;
// - a private person's debt or balance (personal-data/financial-situation): debt phrase × amount format ×
//   register (reply, named, titled) × jurisdiction, with aggregates and fees that name no one;
// - an address tied to a person by an owner link ("registered to Sharon Lee at 6 Acacia Court"): link ×
//   street type × punctuation × jurisdiction; te reo Māori street types written first ("112 Huarahi Mātai");
// - health detail in the Welsh, French, Irish and Māori half of a bilingual post (issue 17): language ×
//   health word × name.
// Near-misses beside each must stay clean, and invariance rows (other names, places, numbers) keep the verdict.
import { describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../src/index.js';
import type { Locale } from '../src/types.js';

interface Case { text: string; locale: Locale; rule: string; reply?: string; lang?: string; flagged: boolean; expectText?: string; why: string }

const linters = new Map<Locale, Linter>();
async function hits(cs: Case): Promise<string[]> {
  let l = linters.get(cs.locale);
  if (!l) linters.set(cs.locale, (l = await createLinter({ locale: cs.locale })));
  const meta: Record<string, unknown> = {};
  if (cs.reply) meta['replyTo'] = cs.reply;
  if (cs.lang) meta['lang'] = cs.lang;
  const r = await l.lintAsync(cs.text, { meta });
  return r.findings.filter((f) => f.ruleId === `personal-data/${cs.rule}` && f.severity !== 'info').map((f) => cs.text.slice(f.offset, f.endOffset));
}

const LOCALES: Locale[] = ['en-GB', 'en-US', 'en-AU', 'en-NZ', 'en-CA', 'en-IE'];
const PEOPLE: Array<[string, 'He' | 'She', 'his' | 'her']> = [['Harold Brennan', 'He', 'his'], ['Doreen Whitlow', 'She', 'her'], ['Aroha Ngata', 'She', 'her'], ['Marcus Doyle', 'He', 'his']];

function conditionCases(): Case[] {
  const out: Case[] = [];
  const CONDITIONS = ['COPD', 'type 2 diabetes', 'asthma', 'emphysema', 'hepatitis C', 'high blood pressure', 'cerebral palsy', 'a heart condition', "Crohn's disease", 'Crohn’s disease'];
  let i = 0;
  for (const c of CONDITIONS) {
    const [name, He, pos] = PEOPLE[i % PEOPLE.length]!;
    const locale = LOCALES[i++ % LOCALES.length]!;
    const bare = c.replace(/^a\s+/, '');
    out.push({ text: `${name}, 71, remains in hospital. ${He} also has ${c}, which put ${He === 'He' ? 'him' : 'her'} at higher risk.`, locale, rule: 'special-category', flagged: true, expectText: `has ${c}`, why: `"has ${c}" of a person named in the sentence before` });
    out.push({ text: `Thank you to ${name}, who uses home oxygen for ${pos} ${bare}.`, locale, rule: 'special-category', flagged: true, expectText: `${pos} ${bare}`, why: `a possessive before the condition, the person named in the sentence` });
    out.push({ text: `People with ${bare} should get a flu vaccine this winter.`, locale, rule: 'special-category', flagged: false, why: 'advice to everyone with the condition, no one named' });
    out.push({ text: `${bare.charAt(0).toUpperCase()}${bare.slice(1)} clinics run every Tuesday at the health centre.`, locale, rule: 'special-category', flagged: false, why: 'a service named after the condition' });
  }
  out.push({ text: 'Dr Ana Ruiz said asthma cases rise every winter.', locale: 'en-US', rule: 'special-category', flagged: false, why: 'a named official speaking about a condition in general' });
  out.push({ text: 'Anyone who develops pneumonia symptoms after visiting the area should see a doctor.', locale: 'en-US', rule: 'special-category', flagged: false, why: 'public advice: symptoms, no one named' });
  return out;
}

function testOutcomeCases(): Case[] {
  const out: Case[] = [];
  const TESTS = ['hepatitis C antibody test', 'HIV test', 'blood test', 'PCR test', 'biopsy results', 'swab'];
  const OUTCOMES = ['came back reactive', 'came back positive', 'was abnormal', 'returned positive'];
  let i = 0;
  for (const t of TESTS) {
    for (const o of OUTCOMES.slice(0, 2)) {
      const locale = LOCALES[i++ % LOCALES.length]!;
      out.push({ text: `Hi Teresa, sorry for the wait. Your ${t} ${o} and a nurse will call you.`, locale, rule: 'special-category', reply: 'Still waiting on my results!', flagged: true, expectText: `Your ${t} ${o}`, why: `a reply telling the person written to that their ${t} ${o}` });
      out.push({ text: `If your ${t} ${o.replace('came', 'comes')}, call the clinic.`, locale, rule: 'special-category', flagged: false, why: 'advice to every reader, conditional, not a reply' });
      out.push({ text: `If your ${t} ${o}, call the clinic.`, locale, rule: 'special-category', reply: 'What now?', flagged: false, why: 'conditional in a reply: not a result being told' });
    }
  }
  out.push({ text: 'Please bring your blood test results to your appointment.', locale: 'en-GB', rule: 'special-category', reply: 'What do I bring?', flagged: false, why: 'no outcome stated' });
  return out;
}

function debtCases(): Case[] {
  const out: Case[] = [];
  const AMOUNTS: Array<[Locale, string]> = [['en-AU', '$2,346.80'], ['en-GB', '£1,200'], ['en-IE', '€540.25'], ['en-NZ', 'NZ$ 880'], ['en-US', '$3,400'], ['en-CA', '420 dollars']];
  const BEFORE = ['an overdue balance of', 'arrears of', 'an outstanding balance of', 'a debt of', 'an amount owing of'];
  const AFTER = ['in rent arrears', 'in council tax arrears', 'overdue', 'still owing', 'unpaid'];
  let i = 0;
  for (const [locale, amount] of AMOUNTS) {
    const before = BEFORE[i % BEFORE.length]!;
    const after = AFTER[i++ % AFTER.length]!;
    out.push({ text: `Hi Graham, we've looked up assessment 40218-7 and it shows ${before} ${amount} from last year.`, locale, rule: 'financial-situation', reply: 'Why have I got a final notice?', flagged: true, expectText: `${before.replace(/^an? /, '')} ${amount}`, why: `a reply giving the person written to their ${before} ${amount}` });
    out.push({ text: `Your account is ${amount} ${after}. Please call us.`, locale, rule: 'financial-situation', reply: 'Am I behind?', flagged: true, expectText: `${amount} ${after}`, why: `the sum, then "${after}", in a reply` });
    out.push({ text: `Mr Hale owes ${amount} in unpaid rates.`, locale, rule: 'financial-situation', flagged: true, expectText: `owes ${amount}`, why: 'a titled person and what they owe' });
    out.push({ text: `Janet Doyle owes the council ${amount}.`, locale, rule: 'financial-situation', flagged: true, expectText: `owes the council ${amount}`, why: 'a named person owes a sum (linking words between)' });
    out.push({ text: `The average overdue balance is ${amount}: set up a payment plan if you are behind.`, locale, rule: 'financial-situation', flagged: false, why: 'an average: about many people' });
    out.push({ text: `Arrears across the district total ${amount} million.`, locale, rule: 'financial-situation', reply: 'How bad is it?', flagged: false, why: 'an aggregate, even in a reply' });
    out.push({ text: `A ${amount} late fee applies to rates paid after 30 September.`, locale, rule: 'financial-situation', flagged: false, why: 'a published fee, no one owes it yet' });
    out.push({ text: `Jane Smith, our finance director, said arrears had fallen to ${amount}.`, locale, rule: 'financial-situation', flagged: false, why: 'a trend reported by an official: "had fallen to" is not a debt of hers' });
  }
  out.push({ text: 'Bonjour Mme Roy, votre solde impayé est de 420,50 $.', locale: 'en-CA', lang: 'fr', rule: 'financial-situation', flagged: true, expectText: 'solde impayé est de 420,50 $', why: 'French: a titled person’s unpaid balance' });
  out.push({ text: 'If your balance is overdue, call us to set up a payment plan.', locale: 'en-GB', rule: 'financial-situation', reply: 'Help', flagged: false, why: 'no sum' });
  return out;
}

function addressCases(): Case[] {
  const out: Case[] = [];
  const LINKS = ['is registered to', 'belongs to', 'is owned by'];
  const TYPES = ['Court', 'Close', 'Place', 'Grove', 'Crescent'];
  const PLACES: Array<[Locale, string]> = [['en-AU', 'Tarrawong'], ['en-GB', 'Upper Wick'], ['en-NZ', 'Tāwhiti'], ['en-US', 'Corrin'], ['en-IE', 'Carrigmore']];
  let i = 0;
  for (const t of TYPES) {
    const link = LINKS[i % LINKS.length]!;
    const [locale, place] = PLACES[i++ % PLACES.length]!;
    for (const sep of [', ', ' in ']) {
      out.push({ text: `Found cat! His microchip ${link} Sharon Lee at 6 Acacia ${t}${sep}${place}, but the phone goes to voicemail.`, locale, rule: 'address', flagged: true, expectText: `6 Acacia ${t}`, why: `"${link}" a named person, then a house number and "${t}"` });
    }
    out.push({ text: `Found cat! His microchip ${link} Priya Nair at 19 Wattle ${t}, ${place}.`, locale, rule: 'address', flagged: true, expectText: `19 Wattle ${t}`, why: 'invariance: another name, number and street' });
    out.push({ text: `The hall ${link} the council at 6 Acacia ${t}.`, locale, rule: 'address', flagged: false, why: 'owned by the council: no person' });
  }
  out.push({ text: 'Kua whakaae ia kia mutu te tahu para i tōna kāinga i te 112 Huarahi Mātai.', locale: 'en-NZ', lang: 'mi', rule: 'address', reply: 'My neighbour is burning rubbish again', flagged: true, expectText: '112 Huarahi Mātai', why: 'Māori: the street type first, in a reply (a private person’s home)' });
  out.push({ text: 'Kua whakaae ia kia mutu te tahu para i tōna kāinga i te 4 Tiriti o Kupe.', locale: 'en-NZ', lang: 'mi', rule: 'address', reply: 'He aha?', flagged: true, expectText: '4 Tiriti o Kupe', why: 'Māori: "Tiriti" with a linking "o"' });
  out.push({ text: 'Ka tū te hui i te 12 Ara Tūhono ā te Rāhina.', locale: 'en-NZ', lang: 'mi', rule: 'address', flagged: false, why: 'a meeting place, not tied to a person' });
  return out;
}

function otherLanguageHealthCases(): Case[] {
  const out: Case[] = [];
  const ROWS: Array<[string, Locale, (name: string) => string, string]> = [
    ['cy', 'en-GB', (n) => `Rydym wedi siarad â'r ward: mae eich mam, ${n}, yn cael triniaeth ar gyfer niwmonia.`, 'niwmonia'],
    ['cy', 'en-GB', (n) => `Mae ${n} yn yr uned gofal dwys heddiw.`, 'gofal dwys'],
    ['fr', 'en-CA', (n) => `Nous avons parlé à l'équipe : ${n} est en traitement pour une pneumonie.`, 'pneumonie'],
    ['fr', 'en-CA', (n) => `Le test de ${n} a montré une hépatite.`, 'hépatite'],
    ['ga', 'en-IE', (n) => `Tá ${n} san aonad dianchúraim le niúmóine.`, 'niúmóine'],
    ['mi', 'en-NZ', (n) => `Kei te hōhipera tonu a ${n} i te mate huango.`, 'mate huango'],
  ];
  const NAMES = ['Megan Jenkins', 'Marc Roy', 'Siobhán Kelly', 'Rāwiri Paki'];
  let i = 0;
  for (const [lang, locale, make, word] of ROWS) {
    for (const n of [NAMES[i % NAMES.length]!, NAMES[(i + 1) % NAMES.length]!]) {
      out.push({ text: make(n), locale, lang, rule: 'special-category-other-languages', flagged: true, expectText: n, why: `${lang}: ${n} named with "${word}" in the sentence` });
    }
    i++;
  }
  out.push({ text: 'Mae triniaeth am ddim ar gael i bawb yn y clinig.', locale: 'en-GB', lang: 'cy', rule: 'special-category-other-languages', flagged: false, why: 'cy: a service for everyone, no one named' });
  out.push({ text: 'Le traitement de votre demande prendra cinq jours.', locale: 'en-CA', lang: 'fr', rule: 'special-category-other-languages', reply: 'Où en est ma demande ?', flagged: false, why: 'fr: "traitement" of a request, not medical' });
  out.push({ text: 'Semaine de sensibilisation à la pneumonie : faites-vous vacciner.', locale: 'en-CA', lang: 'fr', rule: 'special-category-other-languages', flagged: false, why: 'fr: a public campaign, no one named' });
  return out;
}

const TABLES: Array<[string, Case[]]> = [
  ['chronic conditions of a named person', conditionCases()],
  ['a test outcome told in a reply', testOutcomeCases()],
  ['a private person’s debt or balance', debtCases()],
  ['an address after an owner link; Māori street types', addressCases()],
  ['health detail in the other language of a bilingual post', otherLanguageHealthCases()],
];

describe.each(TABLES)('%s', (_name, cases) => {
  it.each(cases.map((c) => [c.why, c] as const))('%s', async (_why, cs) => {
    const found = await hits(cs);
    if (!cs.flagged) expect(found, cs.text).toEqual([]);
    else {
      expect(found.length, cs.text).toBeGreaterThan(0);
      if (cs.expectText) expect(found.some((f) => f.includes(cs.expectText!) || cs.expectText!.includes(f)), `${cs.text} → ${JSON.stringify(found)}`).toBe(true);
    }
  });
});
