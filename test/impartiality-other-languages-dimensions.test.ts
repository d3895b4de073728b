// Impartiality in French, Welsh, Irish and te reo Māori by class (src/text/semantic/impartiality-other-languages.ts,
// data in the `impartiality` sections of src/lang/<code>/checks.json), end to end through
// impartiality/election-period-other-languages and impartiality/endorsement-other-languages, generated over
// language × title × party word × name × credit (or more × member noun × like), and language × business
// word × superlative × place tail (or a call to patronise). Next to every positive, near-misses with the
// same words: outside the election period, credit to people who are no members, a member named with what
// they did only, praise with no business named, a question. Every case says why.
import { describe } from 'vitest';
import { caseTables } from './case-tables.js';
import { createLinter, type Linter } from '../src/index.js';
import type { Locale } from '../src/types.js';

interface Case { text: string; lang: string; locale: Locale; rule: string; during: boolean; flagged: boolean; expectText?: string; why: string }

const linters = new Map<string, Linter>();
async function findings(cs: Case): Promise<string[]> {
  const key = cs.locale;
  let l = linters.get(key);
  if (!l) linters.set(key, (l = await createLinter({ locale: cs.locale, organisation: { name: 'Roads Service' }, electionPeriods: [{ name: 'By-election', start: '2027-03-29', end: '2027-04-26' }] })));
  const publishAt = cs.during ? '2027-04-15T14:00:00Z' : '2027-06-15T14:00:00Z';
  const r = await l.lintAsync(cs.text, { meta: { lang: cs.lang, publishAt, platform: 'facebook' } });
  return r.findings.filter((f) => f.ruleId === `impartiality/${cs.rule}` && f.severity !== 'info').map((f) => cs.text.slice(f.offset, f.endOffset));
}

const EP = 'election-period-other-languages';
const EN = 'endorsement-other-languages';

// Per language: the titles with a party word, the credit phrases, a factual sentence, the wish for more.
const CREDIT = [
  {
    lang: 'fr', locale: 'fr-CA' as Locale, lead: 'Le nouveau carrefour giratoire est maintenant ouvert à la circulation.',
    titles: ['la candidate libérale', 'la conseillère municipale', 'la ministre', 'la candidate'], credits: ['pour son engagement sans relâche', 'pour son dévouement', 'qui s\u2019est battue pour ce projet'],
    thank: (who: string, credit: string) => `Merci à ${who} ${credit}.`, plain: (who: string) => `${who.replace(/^la /, 'La ')} a visité le chantier mardi.`,
    noMember: 'Merci aux bénévoles pour leur engagement sans relâche.', more: 'On a besoin de plus d\u2019élus comme elle!', moreNot: 'On a besoin de plus de bénévoles comme elle!',
  },
  {
    lang: 'cy', locale: 'cy-GB' as Locale, lead: 'Mae camerâu teledu cylch cyfyng newydd bellach ar waith yng nghanol y dref.',
    titles: ["i'r Cynghorydd", 'i Gynghorydd Sir', "i'r ymgeisydd Llafur"], credits: ["sydd wedi brwydro'n ddiflino dros y dref", "am ei gwaith caled dros y dref", "sydd wedi gweithio'n ddiflino"],
    thank: (who: string, credit: string) => `Diolch yn arbennig ${who}, ${credit}.`, plain: (who: string) => `Agorodd ${who.replace(/^i'r |^i /, 'y ')} y llyfrgell newydd ddydd Sadwrn.`,
    noMember: "Diolch i'r gwirfoddolwyr sydd wedi gweithio'n ddiflino.", more: 'Mae angen mwy o gynghorwyr fel hi!', moreNot: 'Mae angen mwy o wirfoddolwyr fel hi!',
  },
  {
    lang: 'ga', locale: 'ga-IE' as Locale, lead: 'Tá an pháirc súgartha nua oscailte anois do pháistí an pharóiste.',
    titles: ['leis an gComhairleoir', 'leis an iarrthóir'], credits: ['a throid go crua ar son an pharóiste', 'as a cuid oibre crua'],
    thank: (who: string, credit: string) => `Buíochas ar leith ${who}, ${credit}.`, plain: (who: string) => `D'oscail ${who.replace(/^leis an /, 'an ')} an pháirc Dé Sathairn.`,
    noMember: 'Buíochas leis na hoibrithe deonacha a throid go crua ar son an pharóiste.', more: 'Teastaíonn níos mó comhairleoirí cosúil léi!', moreNot: 'Teastaíonn níos mó oibrithe deonacha cosúil léi!',
  },
  {
    lang: 'mi', locale: 'mi-NZ' as Locale, lead: 'Kua tuwhera te papa tākaro hou mō ngā tamariki o te rohe.',
    titles: ['ki te Kaikaunihera', 'ki te kaitono'], credits: ['mō tōna kaha ki te hapori', 'mō tana mahi nui'],
    thank: (who: string, credit: string) => `Ngā mihi nui ${who} ${credit}.`, plain: (who: string) => `I whakatuwhera ${who.replace(/^ki te /, 'te ')} i te papa i te Rāhoroi.`,
    noMember: 'Ngā mihi nui ki ngā kaimahi mō tō rātou kaha ki te hapori.', more: 'Me nui ake ētahi atu kaikaunihera pēnei i a ia!', moreNot: 'Me nui ake ētahi atu kaimahi pēnei i a ia!',
  },
];
const NAMES = ['Dana Whitcomb', 'Elen Parry', 'Máire Ní Bhriain', 'Aroha Tipene'];

function creditCases(): Case[] {
  const out: Case[] = [];
  for (const x of CREDIT) {
    const base = { lang: x.lang, locale: x.locale, rule: EP };
    for (const title of x.titles) for (const name of NAMES) for (const credit of x.credits) {
      const who = `${title} ${name}`;
      const text = `${x.lead} ${x.thank(who, credit)}`;
      out.push({ ...base, text, during: true, flagged: true, expectText: name, why: `${x.lang}: credit given to a member or candidate named after their title ("${title}")` });
      out.push({ ...base, text, during: false, flagged: false, why: `${x.lang}: the same credit outside the election period` });
    }
    const who = `${x.titles[0]} ${NAMES[1]}`;
    out.push({ ...base, text: `${x.lead} ${x.thank(who, x.credits[0]!)} ${x.more}`, during: true, flagged: true, expectText: x.more.replace(/!$/u, '').split(' ').slice(-2).join(' '), why: `${x.lang}: the wish for more members like the one named` });
    out.push({ ...base, text: `${x.lead} ${x.noMember}`, during: true, flagged: false, why: `${x.lang}: credit to people who are no members` });
    out.push({ ...base, text: `${x.lead} ${x.plain(who)}`, during: true, flagged: /candidat|ymgeisydd|iarrthóir|kaitono/u.test(x.titles[0]!), why: `${x.lang}: a member named with what they did (a candidate named is publicity on its own)` });
    out.push({ ...base, text: `${x.lead} ${x.noMember} ${x.moreNot}`, during: true, flagged: false, why: `${x.lang}: more volunteers like her, no member named` });
  }
  return out;
}

const ENDORSE = [
  {
    lang: 'fr', locale: 'fr-CA' as Locale, businesses: ['Café du Havre', 'Boulangerie Leblanc', 'Restaurant Chez Léo'],
    thank: (b: string) => `Un gros merci au ${b}, qui a nourri nos équipes tout l'hiver`, praises: ['le meilleur déjeuner en ville', 'la meilleure pâtisserie de la région'], calls: ['allez les encourager', 'passez les voir'],
    noBiz: 'Merci aux voisins pour leur patience', plainPraise: 'Le meilleur moyen de rester en sécurité en ville : ralentissez',
  },
  {
    lang: 'cy', locale: 'cy-GB' as Locale, businesses: ["Gaffi'r Harbwr", 'Fecws Morgan', 'Siop Fferm Tŷ Gwyn'],
    // (After "i" the trade word takes the soft mutation: Caffi → Gaffi, Becws → Fecws.)
    thank: (b: string) => `Diolch i ${b} am fwydo ein criwiau drwy'r gaeaf`, praises: ['y coffi gorau yn y dref', 'y bara gorau yn yr ardal'], calls: ["ewch draw i'w cefnogi", 'cefnogwch nhw'],
    noBiz: "Diolch i'r cymdogion am eu hamynedd", plainPraise: "Dyma'r lle gorau yn y dref i wylio'r machlud",
  },
];

function endorsementCases(): Case[] {
  const out: Case[] = [];
  for (const x of ENDORSE) {
    const base = { lang: x.lang, locale: x.locale, rule: EN, during: false };
    for (const b of x.businesses) {
      for (const p of x.praises) {
        out.push({ ...base, text: `${x.thank(b)} : ${p}!`, flagged: true, expectText: p, why: `${x.lang}: a superlative with a place tail, the business named ("${b}")` });
        out.push({ ...base, text: `${x.thank(b)}. ${p.replace(/^./u, (c) => c.toUpperCase())}?`, flagged: false, why: `${x.lang}: a question asks rather than endorses` });
      }
      for (const c of x.calls) out.push({ ...base, text: `${x.thank(b)} – ${c}!`, flagged: true, expectText: c, why: `${x.lang}: a call to go and patronise the business named` });
      out.push({ ...base, text: `${x.thank(b)}.`, flagged: false, why: `${x.lang}: thanks to a business that helped is no endorsement` });
    }
    for (const p of x.praises) out.push({ ...base, text: `${x.noBiz} : ${p}!`, flagged: false, why: `${x.lang}: the superlative with no business named` });
    for (const c of x.calls) out.push({ ...base, text: `${x.noBiz} – ${c}!`, flagged: false, why: `${x.lang}: the call with no business named` });
    out.push({ ...base, text: `${x.thank(x.businesses[0]!)}. ${x.plainPraise}.`, flagged: false, why: `${x.lang}: a superlative about something else, next to a business` });
  }
  return out;
}

describe('impartiality in French, Welsh, Irish and te reo Māori, by class', () => {
  const tables: Array<[string, () => Case[]]> = [
    ['credit to members and candidates during an election period', creditCases],
    ['endorsement of one business', endorsementCases],
  ];
  caseTables(tables, findings);
});
