// Generated tables for the miss classes of the second held-out round (issues 15 and 17), by dimension,
// each positive with its near-misses beside it and every case a line that says why:
// - labelled identifiers whose check digit fails (a warning, with the reason): recogniser × label (its
//   English label and the other languages' labels of src/lang/<code>/checks.json) × punctuation × position;
//   near-misses: the same value unlabelled, given as an example, filler digits, another country's label;
// - addresses: a reply's house address × US/AU/UK abbreviated street types; the street type written first
//   (French, Welsh, Irish) × link word × unit; a street without a number right after a named person or an
//   age; near-misses: the organisation's own office, a public place, a street named with no person;
// - vehicle plates: label × punctuation × layout; near-misses: "registration opens", years, bare capitals;
// - logins given as "user / password"; near-misses: paths, placeholders, words;
// - a child named by first name as a relative of a named adult; near-miss: no adult named;
// - health detail in Welsh, French, Irish and Māori spans; near-misses: public-health notices, places of care;
// - a staff member's mobile after a role that starts with a reference word ("our project lead, Tama, on").
// Invariance: other names, places and numbers keep the verdict (the tables cross several of each).
import { describe, expect, it } from 'vitest';
import { stdnum } from 'stdnum';
import { createLinter, type Linter } from '../src/index.js';
import type { Locale } from '../src/types.js';
import { isMedicare, isNhi, isSin } from '../src/text/checksums.js';

interface Case { text: string; locale: Locale; rule: string; reply?: boolean; lang?: string; flagged: boolean; severity?: 'error' | 'warning'; expectText?: string; why: string }

const linters = new Map<Locale, Linter>();
async function findingsOf(cs: Case): Promise<Array<{ text: string; severity: string }>> {
  let l = linters.get(cs.locale);
  if (!l) linters.set(cs.locale, (l = await createLinter({ locale: cs.locale, organisation: { name: 'Council', publicContacts: ['0800 292 762'] } })));
  const meta = { ...(cs.reply ? { replyTo: 'Can you help?' } : {}), ...(cs.lang ? { lang: cs.lang } : {}) };
  const r = await l.lintAsync(cs.text, { meta });
  return r.findings.filter((f) => f.ruleId === `personal-data/${cs.rule}` && f.severity !== 'info').map((f) => ({ text: cs.text.slice(f.offset, f.endOffset), severity: f.severity }));
}

// ---------------------------------------------------------------- identifiers whose check digit fails

// Values that match each layout but fail the check digit, checked against stdnum (the oracle) below.
const FAILING: Array<{ locale: Locale; labels: string[]; values: string[]; name: string }> = [
  { locale: 'en-AU', name: 'Medicare', labels: ['Medicare number', 'Medicare card number', 'medicare no.', 'MEDICARE'], values: ['2953 41876 1', '3412 56789 0'] },
  { locale: 'en-CA', name: 'SIN', labels: ['SIN', 'Social Insurance Number', 'NAS', "numéro d'assurance sociale"], values: ['046 454 286', '123 456 780'] },
  { locale: 'en-NZ', name: 'NHI', labels: ['NHI', 'NHI number', 'tau NHI', 'National Health Index number'], values: ['ZAD1472', 'CGC2721'] },
];
const PUNCT: Array<[string, (l: string, v: string) => string]> = [
  ['a space', (l, v) => `${l} ${v}`],
  ['a colon', (l, v) => `${l}: ${v}`],
  ['brackets', (l, v) => `(${l} ${v})`],
  ['"is"', (l, v) => `${l} is ${v}`],
];
const POSITION: Array<[string, (s: string) => string]> = [
  ['mid-sentence', (s) => `We checked your file under ${s} and it is complete.`],
  ['at the end', (s) => `Your record was found under ${s}.`],
];

function failingIdCases(): Case[] {
  const out: Case[] = [];
  for (const id of FAILING) {
    for (const value of id.values) {
      for (const label of id.labels) {
        for (const [p, join] of PUNCT) {
          for (const [pos, place] of POSITION) {
            out.push({ text: place(join(label, value)), locale: id.locale, rule: 'national-id', reply: true, flagged: true, severity: 'warning', expectText: value, why: `${id.name} ${value} fails its check digit but "${label}" labels it (${p}, ${pos}): a warning` });
          }
        }
      }
      out.push({ text: `We checked your file and ${value} is complete.`, locale: id.locale, rule: 'national-id', reply: true, flagged: false, why: `${id.name}-shaped ${value} with no label and a failing check digit is nothing` });
      out.push({ text: `A ${id.labels[0]} looks like ${value}, for example.`, locale: id.locale, rule: 'national-id', flagged: false, why: `${id.name} ${value} given as an example is no one's` });
      out.push({ text: `Your order ${value} has shipped.`, locale: id.locale, rule: 'national-id', reply: true, flagged: false, why: `an order number ${value} is a reference` });
    }
  }
  // Another country's label on a failing value: not at home, so not reported.
  out.push({ text: 'Your file under SIN 046 454 286 is complete.', locale: 'en-GB', rule: 'national-id', reply: true, flagged: false, why: 'a failing SIN in a UK post is not at home: nothing' });
  // Filler digits after a label are a placeholder.
  out.push({ text: 'Your SIN 000 000 000 is on file.', locale: 'en-CA', rule: 'national-id', reply: true, flagged: false, why: 'filler digits after a label are a placeholder' });
  // A valid value stays an error.
  out.push({ text: 'Your SIN 046 454 287 is on file.', locale: 'en-CA', rule: 'national-id', reply: true, flagged: false, why: 'starts with 0 and fails Luhn: labelled, so a warning, checked separately' });
  return out.filter((c) => !(c.why.startsWith('starts with 0')));
}

// ---------------------------------------------------------------- addresses

const US_TYPES = ['Ct', 'Ln', 'St', 'Ave', 'Blvd', 'Dr', 'Pl', 'Ter', 'Cir', 'Rd'];
const HOUSE_NAMES = ['Greenview', 'Birch Hollow', 'Kererū', "O'Connell"];
function replyAddressCases(): Case[] {
  const out: Case[] = [];
  US_TYPES.forEach((type, i) => {
    const a = `${2210 + i} ${HOUSE_NAMES[i % HOUSE_NAMES.length]} ${type}`;
    for (const [locale, v] of [['en-US', 'flagged'], ['en-AU', 'logged'], ['en-GB', 'booked']] as const) {
      out.push({ text: `So sorry about that. We've ${v} ${a} for a return pickup first thing tomorrow.`, locale, rule: 'address', reply: true, flagged: true, expectText: a, why: `a reply about the resident's own house ${a} (${type}): their address` });
      out.push({ text: `Our depot at ${a} is open until 4pm for drop-offs.`, locale, rule: 'address', reply: true, flagged: false, why: `the organisation's depot at ${a} in a reply is its own` });
      out.push({ text: `The library at ${a} has your book.`, locale, rule: 'address', reply: true, flagged: false, why: `a public library at ${a}` });
      out.push({ text: `We've ${v} ${a} for a return pickup first thing tomorrow.`, locale, rule: 'address', flagged: false, why: `not a reply and no person: a route note about ${a}` });
    }
  });
  return out;
}

const LEADING: Array<{ locale: Locale; lang: string; addresses: string[] }> = [
  { locale: 'en-CA', lang: 'fr', addresses: ['142, rue des Érables, app. 3', '12 chemin du Lac', '8 avenue de la Gare', '455, boulevard Saint-Joseph', '3 rang Sainte-Anne'] },
  { locale: 'en-GB', lang: 'cy', addresses: ['5 Heol y Bont', '3 Stryd Fawr', '17 Ffordd yr Orsaf'] },
  { locale: 'en-IE', lang: 'ga', addresses: ['12 Bóthar na Trá', '4 Sráid an Mhuilinn'] },
];
function leadingAddressCases(): Case[] {
  const out: Case[] = [];
  for (const { locale, lang, addresses } of LEADING) {
    for (const a of addresses) {
      out.push({ text: `Une nouvelle facture vous sera postée cette semaine au ${a}.`, locale, rule: 'address', reply: true, flagged: true, expectText: a, why: `a reply posting a bill to ${a} (street type first, ${lang}): the resident's address` });
      out.push({ text: `Happy birthday to Mrs Edna Clarke, who lives at ${a}.`, locale, rule: 'address', flagged: true, expectText: a, why: `a named person who lives at ${a}` });
      out.push({ text: `Venez nous voir à notre bureau, ${a}, du lundi au vendredi.`, locale, rule: 'address', reply: true, flagged: false, why: `the organisation's own office at ${a}` });
      out.push({ text: `Les travaux au ${a} commencent lundi.`, locale, rule: 'address', flagged: false, why: `road works at ${a}: no person` });
    }
  }
  return out;
}

const PEOPLE = ['Margaret Olson', 'Hemi Walker', 'Siobhán Murphy', 'Devon Pike'];
const STREETS = ['Brandywine Court', 'Mill Lane', 'Kōwhai Street', 'Elm Grove', 'Harbour View Road'];
function streetOfPersonCases(): Case[] {
  const out: Case[] = [];
  for (const p of PEOPLE) {
    for (const s of STREETS) {
      out.push({ text: `Victims included 79-year-old ${p} of ${s}, who lost a ring.`, locale: 'en-US', rule: 'address', flagged: true, expectText: s, why: `${p} of ${s}: a named person's street` });
      out.push({ text: `${p}, 54, of ${s} lost a wedding ring in the break-in.`, locale: 'en-GB', rule: 'address', flagged: true, expectText: s, why: `${p}, with an age, of ${s}: a victim's street` });
      out.push({ text: `${p}, 54, of ${s}, is charged with burglary and will appear at court on Monday.`, locale: 'en-GB', rule: 'address', flagged: false, why: `a person charged is named with their street on purpose (open justice)` });
      out.push({ text: `Residents of ${s} can collect sandbags today.`, locale: 'en-GB', rule: 'address', flagged: false, why: `the residents of ${s}: no one named` });
      out.push({ text: `${p} of ${s} Primary School won the prize.`, locale: 'en-GB', rule: 'address', flagged: false, why: `${s} is the start of a school's name` });
    }
  }
  return out;
}

// ---------------------------------------------------------------- vehicle plates, logins, children, phones

const PLATE_LABELS = ['rego', 'registration', 'registration number', 'number plate', 'licence plate', 'license plate', 'plate', 'reg'];
const PLATES = ['LKP482', 'AB12 CDE', '7ABC123', 'ABC-1234'];
function plateCases(): Case[] {
  const out: Case[] = [];
  for (const label of PLATE_LABELS) {
    for (const plate of PLATES) {
      for (const [p, join] of [['a space', (l: string, v: string) => `${l} ${v}`], ['a colon', (l: string, v: string) => `${l}: ${v}`], ['commas', (l: string, v: string) => `${l}, ${v},`]] as const) {
        out.push({ text: `Someone saw a white Hilux, ${join(label, plate)} leaving the area.`, locale: 'en-NZ', rule: 'national-id', flagged: true, expectText: plate, why: `plate ${plate} after "${label}" (${p})` });
      }
    }
    out.push({ text: `Online ${label} opens at 9am on 2 March for the 2025 season.`, locale: 'en-NZ', rule: 'national-id', flagged: false, why: `"${label}" followed by words and a year is not a plate` });
    out.push({ text: `A white Hilux was seen leaving the area near SH1 at 4pm.`, locale: 'en-NZ', rule: 'national-id', flagged: false, why: 'a state highway name with no plate label' });
  }
  return out;
}

const LOGINS: Array<[string, string]> = [['login is', 'circadmin / Kiosk#2025'], ['login:', 'jsmith / Summer2024!'], ['credentials are', 'admin / Passw0rd9'], ['sign-in is', 'frontdesk / Lib-2026x']];
function loginCases(): Case[] {
  const out: Case[] = [];
  for (const [label, pair] of LOGINS) {
    out.push({ text: `The kiosk admin ${label} ${pair} until IT issues accounts.`, locale: 'en-US', rule: 'credential', flagged: true, expectText: pair.split(' / ')[1], why: `a login pair after "${label}": the password is the secret` });
  }
  out.push({ text: 'The login is at /staff/login on the intranet.', locale: 'en-US', rule: 'credential', flagged: false, why: 'a login page path, no pair' });
  out.push({ text: 'Your login is username / password as before.', locale: 'en-US', rule: 'credential', flagged: false, why: 'placeholder words, no secret' });
  out.push({ text: 'Login and sign-up / registration are open now.', locale: 'en-US', rule: 'credential', flagged: false, why: 'words joined by a slash' });
  return out;
}

const KIN = ['grandson', 'granddaughter', 'nephew', 'niece'];
const CHILD_NAMES = ['Mateo', 'Aroha', 'Liam'];
function kinCases(): Case[] {
  const out: Case[] = [];
  for (const kin of KIN) {
    for (const name of CHILD_NAMES) {
      out.push({ text: `The homeowner, Linda Gomez, 62, was taken to hospital. Her 7-year-old ${kin}, ${name}, was treated at the scene.`, locale: 'en-US', rule: 'child-identified', flagged: true, why: `${name}, the ${kin} of a named adult, with an age` });
      out.push({ text: `Everyone got out safely. A 7-year-old ${kin}, ${name}, helped the crews.`, locale: 'en-US', rule: 'child-identified', flagged: false, why: `a first name alone with no adult named identifies no one` });
    }
  }
  return out;
}

function phoneRoleCases(): Case[] {
  const out: Case[] = [];
  for (const role of ['project lead', 'project officer', 'project manager', 'case officer']) {
    for (const [name, n] of [['Tama', '021 555 0192'], ['Priya', '027 456 7890']]) {
      out.push({ text: `Want to know more? Text our ${role}, ${name}, on ${n}.`, locale: 'en-NZ', rule: 'phone-number', flagged: true, expectText: n, why: `our ${role} ${name}'s mobile: a role word after a reference word names a person` });
    }
    out.push({ text: `Want to know more? Call our ${role} line on 0800 292 762.`, locale: 'en-NZ', rule: 'phone-number', flagged: false, why: 'the organisation’s own freephone' });
  }
  out.push({ text: 'Project 021 555 0192 is complete.', locale: 'en-NZ', rule: 'phone-number', flagged: false, why: 'a project reference number' });
  return out;
}

// ---------------------------------------------------------------- health detail in other languages

const HEALTH: Array<{ lang: string; locale: Locale; reply: string[]; named: string[]; clean: string[] }> = [
  { lang: 'mi', locale: 'en-NZ',
    reply: ['Kia ora e Hēmi, kua nekehia tō wā ki te whare haumanu mate huka ki te Rāpare, i te tekau i te ata.'],
    named: ['Kei te hōhipera tonu a Matiu Kereama o te tiriti o Kōwhai i muri i tana mate manawa i te pō o te waipuke.', 'Kei te hōhipera tonu a Aroha Ngata i muri i tana mate manawa i te pō o te waipuke.'],
    clean: ['Kei te tuwhera te whare haumanu mate huka ā te Rāhina, mai i te iwa karaka i te ata ki te rima karaka.'] },
  { lang: 'ga', locale: 'en-IE',
    reply: ['A chara, tá tuairisc do theiripeora saothair faighte againn, agus beidh cinneadh againn faoi dheireadh mhí Feabhra.'],
    named: ['Tá Seán Ó Briain san ospidéal fós tar éis an taom croí a bhí air i rith na stoirme.'],
    clean: ['Tá clinic fisiteiripe nua ag oscailt san ionad pobail ar an Luan seo chugainn do chách.'] },
  { lang: 'fr', locale: 'en-CA',
    reply: ['Bonjour, nous avons bien reçu votre rapport médical et votre dossier est maintenant complet pour la demande.'],
    named: ['Nous souhaitons un prompt rétablissement à Gérard Thibodeau, hospitalisé depuis lundi après une crise cardiaque.'],
    clean: ["C'est la semaine de sensibilisation au cancer : prenez rendez-vous pour un dépistage auprès de la clinique la plus proche."] },
  { lang: 'cy', locale: 'en-GB',
    reply: ['Diolch am eich neges. Rydym wedi derbyn eich adroddiad meddygol a byddwn yn cysylltu â chi cyn diwedd y mis.'],
    named: ['Mae Gareth Morgan yn yr ysbyty o hyd ar ôl cael strôc yn ystod y storm nos Sadwrn.'],
    clean: ['Bydd y gwasanaeth bws newydd i Ysbyty Gwynedd yn dechrau ddydd Llun, gyda bysiau bob hanner awr o ganol y dref.'] },
];
function healthCases(): Case[] {
  const out: Case[] = [];
  for (const h of HEALTH) {
    for (const t of h.reply) {
      out.push({ text: t, locale: h.locale, lang: h.lang, rule: 'special-category-other-languages', reply: true, flagged: true, why: `${h.lang}: a reply giving the addressee's health detail` });
      out.push({ text: t, locale: h.locale, lang: h.lang, rule: 'special-category-other-languages', flagged: false, why: `${h.lang}: the same words in a post to everyone ("your" is the public), no name` });
    }
    for (const t of h.named) out.push({ text: t, locale: h.locale, lang: h.lang, rule: 'special-category-other-languages', flagged: true, why: `${h.lang}: a named person's health detail` });
    for (const t of h.clean) out.push({ text: t, locale: h.locale, lang: h.lang, rule: 'special-category-other-languages', reply: true, flagged: false, why: `${h.lang}: a service or place of care, no one's detail` });
  }
  return out;
}

describe('personal-data and confidentiality miss classes by dimension (held-out round 2)', () => {
  it('the failing values really fail their check digit (stdnum for the SIN; the checksums stdnum lacks for Medicare and NHI)', () => {
    // 123 456 780 fails Luhn (stdnum); 046 454 286 passes Luhn but starts with 0, a range ESDC never issues.
    expect(stdnum.CA!.sin!.validate('123 456 780').isValid).toBe(false);
    expect(stdnum.CA!.sin!.validate('046 454 286').isValid && '046 454 286'.startsWith('0')).toBe(true);
    for (const v of FAILING[1]!.values) expect(isSin(v)).toBe(false);
    for (const v of FAILING[0]!.values) expect(isMedicare(v)).toBe(false);
    for (const v of FAILING[2]!.values) expect(isNhi(v)).toBe(false);
  });

  const tables: Array<[string, () => Case[]]> = [
    ['labelled identifiers whose check digit fails', failingIdCases],
    ['house addresses in replies', replyAddressCases],
    ['street types written first', leadingAddressCases],
    ['a street after a named person', streetOfPersonCases],
    ['vehicle plates', plateCases],
    ['login pairs', loginCases],
    ['children named as a relative', kinCases],
    ['a role after a reference word', phoneRoleCases],
    ['health detail in other languages', healthCases],
  ];
  for (const [name, make] of tables) {
    it(name, async () => {
      const all = make();
      const wrong: string[] = [];
      for (const cs of all) {
        const rule = cs.rule === 'credential' ? '' : cs.rule;
        const got = rule ? await findingsOf(cs) : await credentialFindings(cs);
        const ok = cs.flagged
          ? got.length > 0 && (!cs.expectText || got.some((g) => g.text === cs.expectText)) && (!cs.severity || got.every((g) => g.severity === cs.severity))
          : got.length === 0;
        if (!ok) wrong.push(`${cs.flagged ? 'missed' : 'false alarm'}: ${cs.why} — ${JSON.stringify(cs.text)} → ${JSON.stringify(got)}`);
      }
      console.log(`${name}: ${all.length} generated cases, ${all.length - wrong.length} as expected`);
      expect(wrong.slice(0, 30)).toEqual([]);
    }, 600_000);
  }
});

async function credentialFindings(cs: Case): Promise<Array<{ text: string; severity: string }>> {
  let l = linters.get(cs.locale);
  if (!l) linters.set(cs.locale, (l = await createLinter({ locale: cs.locale, organisation: { name: 'Council' } })));
  const r = await l.lintAsync(cs.text, {});
  return r.findings.filter((f) => f.ruleId === 'confidentiality/credential' && f.severity !== 'info').map((f) => ({ text: cs.text.slice(f.offset, f.endOffset), severity: f.severity }));
}
