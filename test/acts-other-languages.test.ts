// Guilt stated in French and Irish (src/text/semantic/acts-other-languages.ts, data in the `legal` section of
// src/lang/fr/checks.json and src/lang/ga/checks.json), end to end through
// legal/prejudicial-statement-other-languages, and the English stated act after an appositive charge
// ("Gerard Moloney (52) of Knockanore, charged yesterday, illegally dumped …") through
// legal/prejudicial-statement. Each positive beside near-misses with the same words hedged, passive, before
// any charge or after a verdict; names, places, numbers and offences vary. (English cases use en-GB, where
// police name people charged, so legal/prejudicial-statement's named-accused check stays out of them.)
// Every case says why.
import { describe, expect, it } from 'vitest';
import { caseTables } from './case-tables.js';
import { createLinter, type Linter } from '../src/index.js';
import type { Locale } from '../src/types.js';
import { offenderLabelsIn, statedActsIn } from '../src/text/semantic/acts-other-languages.js';

interface Case { text: string; locale: Locale; lang?: string; rule: string; flagged: boolean; expectText?: string; why: string }

const linters = new Map<Locale, Linter>();
async function findings(cs: Case): Promise<string[]> {
  let l = linters.get(cs.locale);
  if (!l) linters.set(cs.locale, (l = await createLinter({ locale: cs.locale, organisation: { name: 'Parks Service' } })));
  const r = await l.lintAsync(cs.text, { meta: cs.lang ? { lang: cs.lang } : {} });
  return r.findings.filter((f) => f.ruleId === `legal/${cs.rule}` && f.severity !== 'info').map((f) => cs.text.slice(f.offset, f.endOffset));
}

const FR = [
  { town: 'Richibucto', court: 'la Cour provinciale à Moncton', label: 'braconnier', act: 'a abattu illégalement', what: 'deux orignaux dans le parc' },
  { town: 'Rimouski', court: 'la Cour du Québec à Rimouski', label: 'voleur', act: 'a volé', what: 'trois véhicules dans le stationnement' },
  { town: 'Bathurst', court: 'la Cour provinciale à Bathurst', label: 'fraudeur', act: 'a escroqué', what: 'des aînés de la région' },
  { town: 'Gatineau', court: 'la Cour du Québec à Gatineau', label: 'cambrioleur', act: 'a cambriolé', what: 'cinq chalets au bord du lac' },
];
function frenchCases(): Case[] {
  const out: Case[] = [];
  FR.forEach((x, k) => {
    const charge = `Un homme de ${x.town} a été accusé à la suite d'une enquête. Il comparaîtra devant ${x.court} le ${8 + k} décembre.`;
    out.push({ text: `${charge} Ce ${x.label} ${x.act} ${x.what}.`, locale: 'fr-CA', lang: 'fr', rule: 'prejudicial-statement-other-languages', flagged: true, expectText: `Ce ${x.label}`, why: 'an offender noun after a demonstrative, for a person charged' });
    out.push({ text: `${charge} L'homme ${x.act} ${x.what}.`, locale: 'fr-CA', lang: 'fr', rule: 'prejudicial-statement-other-languages', flagged: true, why: 'the act stated as fact (auxiliary and participle) about the person charged' });
    out.push({ text: `${charge} L'homme qui ${x.act} ${x.what} est détenu.`, locale: 'fr-CA', lang: 'fr', rule: 'prejudicial-statement-other-languages', flagged: true, why: 'a relative clause stating the act' });
    // Near-misses.
    out.push({ text: `${charge} Il est accusé d'avoir ${x.act.replace(/^a /, '')} ${x.what}.`, locale: 'fr-CA', lang: 'fr', rule: 'prejudicial-statement-other-languages', flagged: false, why: '"accusé d\u2019avoir": the act as the charge' });
    out.push({ text: `${charge} L'homme aurait ${x.act.replace(/^a /, '')} ${x.what}.`, locale: 'fr-CA', lang: 'fr', rule: 'prejudicial-statement-other-languages', flagged: false, why: 'the conditional: the French of an allegation' });
    out.push({ text: `${charge} Le ${x.label} présumé n'a pas encore plaidé.`, locale: 'fr-CA', lang: 'fr', rule: 'prejudicial-statement-other-languages', flagged: false, why: 'the offender noun hedged by "présumé"' });
    out.push({ text: `Nous cherchons la personne qui ${x.act} ${x.what}. Appelez-nous si vous avez des informations.`, locale: 'fr-CA', lang: 'fr', rule: 'prejudicial-statement-other-languages', flagged: false, why: 'an appeal: no one is charged, no trial to prejudice' });
    out.push({ text: `L'homme de ${x.town} a été reconnu coupable et condamné. Il ${x.act} ${x.what}.`, locale: 'fr-CA', lang: 'fr', rule: 'prejudicial-statement-other-languages', flagged: false, why: 'after a verdict the act may be stated' });
    out.push({ text: `${charge} Les gardes ont abattu l'animal blessé.`, locale: 'fr-CA', lang: 'fr', rule: 'prejudicial-statement-other-languages', flagged: false, why: 'the wardens are nobody in the case' });
  });
  return out;
}

const GA = [
  { town: 'Tamhlacht', act: 'a ghoid', what: 'níos mó ná €48,000 ó cháiníocóirí', noun: 'airgead' },
  { town: 'Ceatharlach', act: 'a bhuail', what: 'fear eile lasmuigh den teach tábhairne', noun: 'carr' },
  { town: 'Dún Dealgan', act: 'a ghoid', what: 'trí charr ón gclós', noun: 'carr' },
];
function irishCases(): Case[] {
  const out: Case[] = [];
  GA.forEach((x, k) => {
    const charge = `Cúisíodh fear ${40 + k} bliain d'aois as ${x.town} inné.`;
    out.push({ text: `${charge} Beidh an fear, ${x.act} ${x.what}, os comhair na cúirte Dé Máirt.`, locale: 'ga-IE', lang: 'ga', rule: 'prejudicial-statement-other-languages', flagged: true, expectText: x.act, why: 'a relative clause stating the act about the man charged' });
    out.push({ text: `${charge} ${x.act.replace(/^a /, '').replace(/^./, (c) => c.toUpperCase())} sé ${x.what}.`, locale: 'ga-IE', lang: 'ga', rule: 'prejudicial-statement-other-languages', flagged: true, why: 'the verb and its subject pronoun: the act as fact' });
    out.push({ text: `${charge} Beidh an gadaí os comhair na cúirte Dé Máirt.`, locale: 'ga-IE', lang: 'ga', rule: 'prejudicial-statement-other-languages', flagged: true, expectText: 'an gadaí', why: 'an offender noun after the article for the person charged' });
    // Near-misses.
    out.push({ text: `${charge} Líomhnaítear gur ghoid sé ${x.what}.`, locale: 'ga-IE', lang: 'ga', rule: 'prejudicial-statement-other-languages', flagged: false, why: '"líomhnaítear gur": the act alleged' });
    out.push({ text: `Cúisíodh fear as ${x.noun} ${x.act} i ${x.town}. Beidh sé os comhair na cúirte Dé Máirt.`, locale: 'ga-IE', lang: 'ga', rule: 'prejudicial-statement-other-languages', flagged: false, why: 'the verbal noun ("X a ghoid", to steal X) as the charge, not a relative clause' });
    out.push({ text: `Tá na Gardaí ag lorg an fhir ${x.act} ${x.what}. Glaoigh orainn.`, locale: 'ga-IE', lang: 'ga', rule: 'prejudicial-statement-other-languages', flagged: false, why: 'an appeal: no one charged' });
    out.push({ text: `Ciontaíodh an fear inné. Beidh an fear, ${x.act} ${x.what}, os comhair na cúirte arís.`, locale: 'ga-IE', lang: 'ga', rule: 'prejudicial-statement-other-languages', flagged: false, why: 'after a conviction' });
  });
  return out;
}

const EN = [
  { who: 'Gerard Moloney (52) of Knockanore', act: 'illegally dumped', what: '40 tonnes of construction waste on Knockanore Bog', court: 'Ballinmore District Court' },
  { who: 'Dana Whitley, 41, of Elmwood', act: 'unlawfully killed', what: 'three protected deer', court: 'Maple Falls District Court' },
  { who: 'Liam Hart of Ashby', act: 'fraudulently claimed', what: '£12,000 in grants', court: "Northfield Magistrates' Court" },
];
function englishCases(): Case[] {
  const out: Case[] = [];
  EN.forEach((x) => {
    const stem = x.act.split(' ')[1]!;
    out.push({ text: `${x.who}, charged yesterday, ${x.act} ${x.what}. He appears at ${x.court} on 3 April.`, locale: 'en-GB', rule: 'prejudicial-statement', flagged: stem !== 'claimed', expectText: stem !== 'claimed' ? stem : undefined, why: stem !== 'claimed' ? 'an appositive says the person is charged; the act follows as fact' : '"claim" is no crime verb: the adverb alone does not make one' });
    out.push({ text: `${x.who}, charged yesterday, allegedly ${stem} ${x.what}. He appears at ${x.court} on 3 April.`, locale: 'en-GB', rule: 'prejudicial-statement', flagged: false, why: 'the act hedged after the appositive' });
    out.push({ text: `${x.who} has been charged in connection with ${x.what} that was ${x.act}. He appears at ${x.court} on 3 April.`, locale: 'en-GB', rule: 'prejudicial-statement', flagged: false, why: 'passive, and "in connection with": the charge, not the act' });
  });
  return out;
}

describe('stated acts in other languages', () => {
  it('French and Irish spans, exact', () => {
    const fr = 'Ce braconnier a abattu illégalement deux orignaux dans le parc en octobre.';
    expect(offenderLabelsIn('fr', fr).map((m) => fr.slice(m.start, m.end))).toEqual(['Ce braconnier']);
    expect(statedActsIn('fr', fr).map((m) => fr.slice(m.start, m.end))).toEqual(['braconnier a abattu illégalement']);
    const ga = 'Beidh an fear, a ghoid níos mó ná €48,000 ó cháiníocóirí, os comhair Chúirt Dúiche Bhaile Átha Cliath.';
    expect(statedActsIn('ga', ga).map((m) => ga.slice(m.start, m.end))).toEqual(['a ghoid']);
    expect(statedActsIn('cy', ga)).toEqual([]);
  });
  const tables: Array<[string, () => Case[]]> = [
    ['French', frenchCases],
    ['Irish', irishCases],
    ['English after an appositive charge', englishCases],
  ];
  caseTables(tables, findings);
});
