// Guilt stated in French, Irish and Welsh by class (src/text/semantic/acts-other-languages.ts, data in the
// `legal` sections of src/lang/{fr,ga,cy}/checks.json), end to end through
// legal/prejudicial-statement-other-languages, generated over person noun × verb × tense ×
// clitic/demonstrative × language:
// - French: an object pronoun between the relative or subject and the auxiliary ("qui l'a frappée", "il
//   les a volés"); how the person drove, stated in the imperfect or perfect ("roulait bien au-delà de la
//   limite"); a verdict on them ("n'a aucune excuse").
// - Irish: a demonstrative between the person noun and the relative particle ("an fear seo a dhumpáil").
// - Welsh: a verb-noun after "ar ôl iddo" ("ar ôl iddo dorri i mewn"), a past form after "y dyn (hwn) a",
//   an offender noun after the article ("y lleidr").
// Next to every positive, near-misses with the same words: hedged ("accusé d'avoir", "líomhnaítear", "ar
// amheuaeth o", "honnir"), a passive victim clause, the conditional, an appeal before any charge, a post
// after the conviction. Every case says why.
import { describe } from 'vitest';
import { caseTables } from './case-tables.js';
import { createLinter, type Linter } from '../src/index.js';
import type { Locale } from '../src/types.js';

interface Case { text: string; locale: Locale; lang: string; flagged: boolean; expectText?: string; why: string }

const linters = new Map<Locale, Linter>();
async function findings(cs: Case): Promise<string[]> {
  let l = linters.get(cs.locale);
  if (!l) linters.set(cs.locale, (l = await createLinter({ locale: cs.locale, organisation: { name: 'Roads Service' } })));
  const r = await l.lintAsync(cs.text, { meta: { lang: cs.lang } });
  return r.findings.filter((f) => f.ruleId === 'legal/prejudicial-statement-other-languages' && f.severity !== 'info').map((f) => cs.text.slice(f.offset, f.endOffset));
}

// French: person noun × clitic × auxiliary (tense) × participle.
const FR_PERSONS = ['conducteur', 'homme', 'suspect'];
const FR_CLITICS: Array<{ before: string; agree: string; why: string }> = [
  { before: "l'", agree: 'e', why: 'the elided object pronoun fused to the auxiliary ("l\u2019a")' },
  { before: 'les ', agree: 's', why: 'a plural object pronoun before the auxiliary' },
  { before: 'nous ', agree: 's', why: '"nous" as the object, not the subject' },
];
const FR_AUX = [{ aux: 'a', tense: 'passé composé' }, { aux: 'avait', tense: 'plus-que-parfait' }];
const FR_VERBS = ['frappé', 'agressé', 'menacé'];
const le = (noun: string): string => (/^[aeiouh]/u.test(noun) ? `L'${noun}` : `Le ${noun}`);
const frCharge = (k: number): string => `Un homme de Riverview a été accusé hier. Il comparaîtra devant la Cour provinciale à Moncton le ${10 + k} juin.`;

function frenchCases(): Case[] {
  const out: Case[] = [];
  let k = 0;
  for (const person of FR_PERSONS) for (const cl of FR_CLITICS) for (const { aux, tense } of FR_AUX) for (const verb of FR_VERBS) {
    const charge = frCharge(k++ % 20);
    const auxWritten = cl.before === "l'" ? `l'${aux}` : `${cl.before}${aux}`;
    const part = `${verb}${cl.agree}`;
    out.push({ text: `${charge} ${le(person)} qui ${auxWritten} ${part} est détenu.`, locale: 'fr-CA', lang: 'fr', flagged: true, expectText: part, why: `${cl.why}, ${tense}: the relative clause states the act` });
    out.push({ text: `${charge} ${le(person)} est accusé de les avoir ${verb}s.`, locale: 'fr-CA', lang: 'fr', flagged: false, why: '"accusé de … avoir": the act as the charge' });
    out.push({ text: `${charge} La signaleuse qui a été ${verb}e par ${le(person).toLowerCase()} est à l'hôpital.`, locale: 'fr-CA', lang: 'fr', flagged: false, why: 'a passive victim clause: what happened to her, not who did it' });
    out.push({ text: `${charge} ${le(person)} qui ${cl.before === "l'" ? "l'aurait" : `${cl.before}aurait`} ${part} est détenu.`, locale: 'fr-CA', lang: 'fr', flagged: false, why: 'the conditional: the French of an allegation' });
  }
  // Conduct stated as fact: person × verb (tense) × intensifier × manner.
  const manners = ['au-delà de la limite', 'en état d\u2019ébriété', 'à 140 km/h'];
  const verbs = [{ v: 'roulait', tense: 'imparfait' }, { v: 'conduisait', tense: 'imparfait' }, { v: 'a roulé', tense: 'passé composé' }];
  for (const person of FR_PERSONS) for (const { v, tense } of verbs) for (const manner of manners) for (const intens of ['', 'bien ']) {
    const charge = frCharge(k++ % 20);
    out.push({ text: `${charge} ${le(person)} ${v} ${intens}${manner} au moment de la collision.`, locale: 'fr-CA', lang: 'fr', flagged: true, expectText: manner, why: `how the person drove stated as fact (${tense}${intens ? ', with an intensifier' : ''})` });
    out.push({ text: `${charge} Selon la police, ${le(person).toLowerCase()} ${v} ${intens}${manner}.`, locale: 'fr-CA', lang: 'fr', flagged: false, why: '"selon la police": the claim attributed' });
    out.push({ text: `Un ${person} ${v} ${intens}${manner} hier soir. Nous lançons un appel à témoins.`, locale: 'fr-CA', lang: 'fr', flagged: false, why: 'an appeal: no one is charged' });
    out.push({ text: `${le(person)} a été reconnu coupable et condamné. Il ${v} ${intens}${manner}.`, locale: 'fr-CA', lang: 'fr', flagged: false, why: 'after the conviction the act may be stated' });
  }
  // A verdict on the person, alone and joined to a claim by "et".
  for (const person of FR_PERSONS) {
    const charge = frCharge(k++ % 20);
    out.push({ text: `${charge} ${le(person)} n'a aucune excuse.`, locale: 'fr-CA', lang: 'fr', flagged: true, expectText: 'aucune excuse', why: 'a verdict on the person charged' });
    out.push({ text: `${charge} ${le(person)} qui l'a frappée roulait bien au-delà de la limite et n'a aucune excuse.`, locale: 'fr-CA', lang: 'fr', flagged: true, expectText: 'aucune excuse', why: 'the verdict joined by "et" to a claim about the same subject' });
    out.push({ text: `${charge} Il n'y a aucune excuse pour conduire en état d'ébriété.`, locale: 'fr-CA', lang: 'fr', flagged: false, why: 'a general safety message, said of no one' });
    out.push({ text: `${charge} Nos équipes roulaient à 50 km/h dans la zone.`, locale: 'fr-CA', lang: 'fr', flagged: false, why: 'the crews are nobody in the case' });
  }
  return out;
}

// Irish: person noun × demonstrative × past form.
function irishCases(): Case[] {
  const out: Case[] = [];
  const persons = ['fear', 'bhean', 'duine'];
  const acts = [{ v: 'dhumpáil', what: 'breis is 40 tonna dramhaíola ar an bportach' }, { v: 'ghoid', what: 'trí charr ón gclós' }, { v: 'bhuail', what: 'fear eile lasmuigh den siopa' }];
  let k = 0;
  for (const person of persons) for (const demo of ['seo', 'sin', 'úd']) for (const { v, what } of acts) {
    const charge = `Cúisíodh fear ${40 + (k++ % 20)} bliain d'aois inniu. Cuireadh an cás ar athló go dtí an 9 Márta i gCúirt Dúiche Chill Ruáin.`;
    const art = 'an';
    out.push({ text: `${charge} Is é ${art} ${person} ${demo} a ${v} ${what} anuraidh.`, locale: 'ga-IE', lang: 'ga', flagged: true, expectText: `a ${v}`, why: `a demonstrative ("${demo}") between the person noun and the relative: the act stated as fact` });
    out.push({ text: `${charge} Líomhnaítear gurb é ${art} ${person} ${demo} a ${v} ${what}.`, locale: 'ga-IE', lang: 'ga', flagged: false, why: '"líomhnaítear": the act alleged' });
    out.push({ text: `${charge} Is é an carr ${demo} a ${v} ${what}.`, locale: 'ga-IE', lang: 'ga', flagged: false, why: 'a thing, not a person, before the demonstrative' });
    out.push({ text: `Ciontaíodh an fear inné. Is é ${art} ${person} ${demo} a ${v} ${what}.`, locale: 'ga-IE', lang: 'ga', flagged: false, why: 'after the conviction' });
    out.push({ text: `Tá na Gardaí ag iarraidh labhairt leis ${art} ${person} ${demo} a ${v} ${what}. Glaoigh orainn.`, locale: 'ga-IE', lang: 'ga', flagged: false, why: 'an appeal: no one is charged' });
  }
  return out;
}

// Welsh: opener × verb-noun, person × demonstrative × past form, article × offender noun.
function welshCases(): Case[] {
  const out: Case[] = [];
  const charge = (k: number): string => `Mae dyn ${30 + k} oed o Aberaeron wedi'i gyhuddo o fyrgleriaeth a bydd yn ymddangos gerbron Llys Ynadon Aberystwyth ddydd Mercher.`;
  const openers = ['ar ôl iddo', 'ar ôl iddi', 'wedi iddyn nhw'];
  const verbNouns = [{ vn: 'dorri i mewn', base: 'torri i mewn', rest: "i'r drydedd siop" }, { vn: 'ddwyn', base: 'dwyn', rest: 'arian o’r til' }, { vn: 'ymosod ar', base: 'ymosod ar', rest: 'aelod o staff' }, { vn: 'drywanu', base: 'trywanu', rest: 'dyn arall' }];
  let k = 0;
  for (const op of openers) for (const { vn, base, rest } of verbNouns) {
    const c = charge(k++ % 20);
    out.push({ text: `${c} Cafodd ei ddal ${op} ${vn} ${rest}.`, locale: 'cy-GB', lang: 'cy', flagged: true, expectText: vn.split(' ')[0], why: `"${op}" + a mutated verb-noun: the act stated as fact` });
    out.push({ text: `${c} Cafodd ei arestio ar amheuaeth o ${vn} ${rest}.`, locale: 'cy-GB', lang: 'cy', flagged: false, why: '"ar amheuaeth o": the act as the suspicion' });
    out.push({ text: `${c} Honnir iddo ${vn} ${rest}.`, locale: 'cy-GB', lang: 'cy', flagged: false, why: '"honnir": the act alleged' });
    out.push({ text: `Cafwyd y dyn yn euog ddoe. Cafodd ei ddal ${op} ${vn} ${rest}.`, locale: 'cy-GB', lang: 'cy', flagged: false, why: 'after the conviction' });
    out.push({ text: `Cafodd dyn ei ddal ${op} ${vn} ${rest}. Rydyn ni'n apelio am wybodaeth.`, locale: 'cy-GB', lang: 'cy', flagged: false, why: `an appeal: no one is charged (${base})` });
  }
  const pasts = [{ p: 'dorrodd i mewn', rest: "i'r siop", passive: "Torrwyd i mewn i'r siop" }, { p: 'ddygodd', rest: 'y car', passive: 'Dygwyd y car' }, { p: 'ymosododd ar', rest: 'y gyrrwr', passive: 'Ymosodwyd ar y gyrrwr' }];
  for (const head of ['y dyn', 'y ferch']) for (const demo of ['', ' hwn', ' yma']) for (const { p, rest, passive } of pasts) {
    const c = charge(k++ % 20);
    const d = head === 'y ferch' && demo === ' hwn' ? ' hon' : demo;
    out.push({ text: `${c} Mae'r heddlu'n dweud mai ${head}${d} a ${p} ${rest}.`, locale: 'cy-GB', lang: 'cy', flagged: true, expectText: p.split(' ')[0], why: `a person noun${d ? ' and a demonstrative' : ''}, the relative particle and a past form` });
    out.push({ text: `${c} ${passive} nos Sadwrn ac mae ${head}${d} wedi'i anafu.`, locale: 'cy-GB', lang: 'cy', flagged: false, why: 'the impersonal passive: what happened, not who did it' });
    out.push({ text: `${c} Honnir mai ${head}${d} a ${p} ${rest}.`, locale: 'cy-GB', lang: 'cy', flagged: false, why: '"honnir": alleged' });
  }
  for (const det of ['y', "i'r"]) for (const label of ['lleidr', 'troseddwr']) {
    const c = charge(k++ % 20);
    const s = det === 'y' ? `Bydd y ${label} yn y llys ddydd Mercher.` : `Rhoddwyd mechnïaeth i'r ${label}.`;
    out.push({ text: `${c} ${s}`, locale: 'cy-GB', lang: 'cy', flagged: true, expectText: label, why: `an offender noun after the article ("${det}") for the person charged` });
    out.push({ text: `${c} Bydd y ${label} honedig yn y llys ddydd Mercher.`, locale: 'cy-GB', lang: 'cy', flagged: false, why: 'the offender noun hedged after it ("honedig", alleged)' });
  }
  return out;
}

describe('stated acts in French, Irish and Welsh, by class', () => {
  const tables: Array<[string, () => Case[]]> = [
    ['French: object pronouns, conduct, verdicts', frenchCases],
    ['Irish: demonstrative before the relative', irishCases],
    ['Welsh: openers, relatives, labels', welshCases],
  ];
  caseTables(tables, findings);
});
