// impartiality/election-period-other-languages, a party named with its promises, blame or a call to vote,
// in Welsh, French, Irish and te reo Māori, by dimension: party × what is said of it × language, inside an
// election period. Near-misses: the same party names in a neutral notice, the word "llafur" (labour) in
// lower case, the same sentence outside the period.
import { describe, expect, it } from 'vitest';
import { partyTalk } from '../src/text/semantic/impartiality-other-languages.js';
import { createLinter } from '../src/index.js';

const ROWS: Array<{ lang: string; party: string; text: string }> = [
  ...['y Ceidwadwyr', 'Llafur', 'Plaid Cymru', 'Reform UK'].flatMap((party) => [
    { lang: 'cy', party, text: `Beth bynnag mae ${party} yn ei addo cyn yr etholiad, mae 20mya yn achub bywydau.` },
    { lang: 'cy', party, text: `Mae ${party} wedi torri eu haddewid i ariannu'r ysbyty.` },
  ]),
  ...['les libéraux', 'les conservateurs', 'le NPD', 'le Bloc québécois'].flatMap((party) => [
    { lang: 'fr', party, text: `Quoi qu'en disent ${party}, qui promettent tout avant l'élection, la limite reste 50 km/h.` },
    { lang: 'fr', party, text: `Ce sont ${party} qui ont sabré le budget de la santé.` },
  ]),
  ...['Fianna Fáil', 'Fine Gael', 'Sinn Féin'].map((party) => ({ lang: 'ga', party, text: `Is cuma cén gealltanas a thugann ${party} roimh an toghchán, tá an teorainn 50 km/u fós i bhfeidhm.` })),
  ...['Nāhinara', 'Te Pāti Māori'].map((party) => ({ lang: 'mi', party, text: `Ahakoa ngā oati a ${party} i mua i te pōti, ka tū tonu te whare hauora.` })),
];

describe('partyTalk by dimension', () => {
  it.each(ROWS)('$lang: "$party" in "$text"', ({ lang, party, text }) => {
    const got = partyTalk(lang, text).map((m) => text.slice(m.start, m.end));
    expect(got.some((g) => party.endsWith(g) || g.endsWith(party.split(' ').at(-1)!)), JSON.stringify(got)).toBe(true);
  });
  const NEAR: Array<{ lang: string; text: string; why: string }> = [
    { lang: 'cy', text: "Mae canlyniadau'r etholiad ar gyfer Llafur, y Ceidwadwyr a Plaid Cymru ar ein gwefan.", why: 'results, no promise or blame' },
    { lang: 'cy', text: "Mae llafur caled y gwirfoddolwyr wedi addo dyfodol i'r parc.", why: '"llafur" in lower case is labour' },
    { lang: 'fr', text: 'Les candidats des libéraux et des conservateurs débattront mardi.', why: 'a debate notice' },
    { lang: 'ga', text: 'Beidh iarrthóirí Fhianna Fáil agus Fhine Gael i láthair ag an gcruinniú.', why: 'a meeting notice' },
  ];
  it.each(NEAR)('$lang: leaves "$text" ($why)', ({ lang, text }) => {
    expect(partyTalk(lang, text)).toEqual([]);
  });
});

describe('end to end, inside and outside the period', () => {
  const config = { locale: 'en-GB' as const, organisation: { name: 'Heddlu Dyfed-Powys' }, electionPeriods: [{ name: 'Senedd election', start: '2026-03-26', end: '2026-05-07' }] };
  const body = "Beth bynnag mae'r Ceidwadwyr yn ei addo cyn yr etholiad, mae 20mya yn achub bywydau.\n\nWhatever the Conservatives promise, 20mph saves lives.";
  const draft = (at: string): string => `---\nlang: [cy, en-GB]\npublishAt: ${at}\n---\n${body}`;
  it('reports the party inside the period and not outside it', async () => {
    const linter = await createLinter(config);
    const inside = draft('2026-04-28T18:20:00Z');
    const found = (await linter.lintAsync(inside)).findings.filter((f) => f.ruleId === 'impartiality/election-period-other-languages');
    expect(found.map((f) => inside.slice(f.offset, f.endOffset))).toEqual(['Ceidwadwyr']);
    const outside = (await linter.lintAsync(draft('2026-06-28T18:20:00Z'))).findings.filter((f) => f.ruleId === 'impartiality/election-period-other-languages');
    expect(outside).toEqual([]);
  });
});
