// language/acronym by dimension: unexplained plan, survey and programme initials × language of the post
// (English, French, Welsh, Irish, bilingual) × how they are bracketed × how many a post holds, beside the
// near-misses that must stay quiet: the other languages' everyday initialisms (GIG, NAS, IA, FSS: data file
// src/text/data/acronyms-well-known.json), acronyms spelled out before them in that language, and a bracket
// that closes on the acronym. Each row says why.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';

async function acronyms(text: string) {
  const linter = await createLinter({ extends: [], rules: { 'language/acronym': 'warning' } });
  return (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === 'language/acronym').map((f) => ({ text: text.slice(f.offset, f.endOffset), severity: f.severity }));
}
const fr = (s: string) => `---\nlang: fr-CA\n---\n${s}`;
const cy = (s: string) => `---\nlang: cy\n---\n${s}`;
const ga = (s: string) => `---\nlang: ga\n---\n${s}`;

// [draft, expected findings as "ACR:severity", why]
const ROWS: ReadonlyArray<readonly [string, readonly string[], string]> = [
  [fr('Travaux conformément au PIAT 2027-2031, avec maintien de la circulation (DJMA de 18 000 véh.) et avis du CCTR.'), ['PIAT:warning', 'DJMA:warning', 'CCTR:warning'], 'three French plan and survey acronyms: a warning each'],
  [fr('Travaux conformément au PIAT 2027-2031.'), ['PIAT:info'], 'one French acronym alone: information'],
  [fr('Travaux conformément au Plan d’infrastructure axé sur les transports (PIAT).'), [], 'French expansion before, the bracket closing on the acronym'],
  [fr('Le plan PIAT (Plan d’infrastructure axé sur les transports) commence en juin.'), [], 'French expansion in brackets after'],
  [fr('Indiquez votre NAS. Contactez la GRC. Pas d’IA utilisée. La TPS s’applique.'), [], 'everyday French initialisms (SIN, RCMP, AI, GST)'],
  [cy('Mae’r GIG yn cynnig brechlyn ffliw. Ewch i wefan y DU.'), [], 'everyday Welsh initialisms (NHS, UK)'],
  [cy('Yn unol â’r AHNE, yr ACA a’r CCA, bydd y gwaith yn dechrau.'), ['AHNE:warning', 'ACA:warning', 'CCA:warning'], 'three Welsh planning acronyms'],
  [ga('Déan teagmháil leis an FSS nó le d’uimhir PSP.'), [], 'everyday Irish initialisms (HSE, PPS)'],
  [ga('De réir an PFN, an SDZ agus an UDP, tosóidh an obair.'), ['PFN:warning', 'SDZ:warning', 'UDP:warning'], 'three planning acronyms in an Irish post'],
  [ga('Beidh an LAP ar fáil ar líne.'), [], 'a short English word in capitals in an Irish post (LAP): emphasis, not an acronym'],
  ['Scope: granular shoulder build-up per the 2027–2031 MYCIP, with single-lane traffic (AADT 18,000) and a TMP.', ['MYCIP:warning', 'AADT:warning', 'TMP:warning'], 'English: a bracket holding a figure does not explain the acronym in it'],
  ['Ask about a Discretionary Housing Payment (DHP).', [], 'English: the bracket closes on the acronym after its expansion'],
  ['Traffic counts (AADT) are on our website.', [], 'a bracket that closes on the acronym is read as the short form of the words before it'],
  // The first part of a compound is an acronym like any other; a code with digits is not one.
  ['We are hiring lateral DPSST-certified deputies.', ['DPSST:info'], 'an acronym before "-certified"'],
  ['Our CVSA-trained and DPSST-certified officers, with FTO-led coaching.', ['CVSA:warning', 'DPSST:warning', 'FTO:warning'], 'three compounds, three acronyms'],
  ['COVID-19 jabs and NHS-funded care across the UK-wide network.', [], 'a code with digits, and well-known acronyms in compounds'],
  ['Book an MOT-style safety check for your bike.', [], 'a well-known acronym in a compound'],
  ['Officers dealt with 4 RTCs on the A9 over the weekend.', ['RTC:info'], 'a service\u2019s incident shorthand (road traffic collision), in the plural: residents do not know it'],
  ['Reports of ASB in Riverside Park are down this month.', ['ASB:info'], 'antisocial behaviour as the service writes it'],
  ['Road traffic collisions (RTCs) are down this year.', [], 'the plural spelled out before the bracket'],
  ['Book your MOT and check your HGV permit online.', [], 'acronyms residents do know (caps.ts) stay quiet'],
];

describe('language/acronym: unexplained acronyms × language × bracket form × count', () => {
  for (const [text, want, why] of ROWS) {
    it(`${JSON.stringify(text.replace(/^---[\s\S]*?---\n/, '')).slice(0, 70)} → ${want.join(', ') || 'nothing'} (${why})`, async () => {
      expect((await acronyms(text)).map((f) => `${f.text}:${f.severity}`)).toEqual(want);
    });
  }
});
