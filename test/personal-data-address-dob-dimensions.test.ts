// Generated tables for home addresses, dates of birth and labelled health numbers, by dimension:
// - addresses: street type (every entry of src/recognizers/data/street-types.ts) × street name (macrons,
//   apostrophes, inner capitals) × unit prefix × what ties it to a person (lives at, a reply's "your
//   complaint about the parties at", a neighbour's property) × jurisdiction; near-misses beside each:
//   the organisation's own office, a public venue, roadworks, the same address in a post with no person,
//   a vacant or publicly owned building, "live" the adjective (live-fire, a live stream);
// - dates of birth: label (DOB, D.O.B., dob, date of birth, born, b.) × punctuation × date layout (day
//   first, month first, month name, ISO) × position × locale; near-misses: event dates, future dates,
//   "Plan B." before a date;
// - labelled digits: a health-number label before a grouping no region writes its phones in (PHN 9123 456
//   782) is an identifier, a phone-shaped value after the same label is not (libphonenumber's formats).
import { describe, expect, it } from 'vitest';
import { stdnum } from 'stdnum';
import { createLinter, type Linter } from '../src/index.js';
import { STREET_TYPES } from '../src/recognizers/data/street-types.js';
import type { Locale } from '../src/types.js';

interface Case { text: string; locale: Locale; rule: string; reply?: boolean; flagged: boolean; why: string }

const JURISDICTION_LOCALE: Record<string, Locale> = { common: 'en-GB', uk: 'en-GB', ie: 'en-IE', au: 'en-AU', nz: 'en-NZ', ca: 'en-CA', us: 'en-US' };
const STREET_NAMES = ['Kererū', 'Ōtaki', "O'Connell", 'McDonald', 'Birch', 'Te Awa'];
const UNITS: Array<[string, (n: string) => string]> = [
  ['no unit', (n) => n],
  ['a flat prefix', (n) => `Flat 3, ${n}`],
  ['a unit prefix', (n) => `Unit 2, ${n}`],
  ['a slash unit', (n) => `4/${n}`],
];
const TIES: Array<[string, boolean, (a: string) => string]> = [
  ['"lives at" with a named person', false, (a) => `Mrs Edna Clarke, who lives at ${a}, turns 100 today.`],
  ['a reply: the complaint about a neighbour’s parties', true, (a) => `We've passed your complaint about the parties at ${a} to our noise team.`],
  ['a reply: a neighbour’s property', true, (a) => `Your neighbour's property at ${a} has been inspected.`],
  ['a man "of" the address', false, (a) => `A 34-year-old man of ${a} has been charged.`],
];
const NEAR: Array<[string, boolean, (a: string) => string]> = [
  ['the organisation’s own office', true, (a) => `You can collect a new bin from our depot at ${a}.`],
  ['a public venue', false, (a) => `Join us at the Town Hall, ${a}, on Saturday.`],
  ['roadworks outside the address', true, (a) => `Your report about the pothole outside ${a} has gone to the roading team.`],
  ['no person: a post about parties', false, (a) => `We've had complaints about the parties at ${a}.`],
  ['a vacant building the city owns', false, (a) => `Our recruit class will do live-fire training in a vacant house at ${a}.`],
  ['a council-owned property', false, (a) => `Crews are clearing the council-owned property at ${a} this week.`],
  ['"live" the adjective, not "lives"', false, (a) => `We will run a live stream from the training house at ${a}.`],
];

function addressCases(): Case[] {
  const out: Case[] = [];
  for (const [jurisdiction, types] of Object.entries(STREET_TYPES)) {
    const locale = JURISDICTION_LOCALE[jurisdiction]!;
    types.forEach((type, i) => {
      const name = STREET_NAMES[i % STREET_NAMES.length]!;
      const [unitName, unit] = UNITS[i % UNITS.length]!;
      const address = unit(`${12 + i} ${name} ${type}`);
      for (const [tie, reply, make] of TIES) {
        out.push({ text: make(address), locale, rule: 'address', reply, flagged: true, why: `${jurisdiction} street type "${type}", street "${name}", ${unitName}: ${tie} ties it to a private person` });
      }
      for (const [near, reply, make] of NEAR) {
        out.push({ text: make(address), locale, rule: 'address', reply, flagged: false, why: `${jurisdiction} street type "${type}": ${near} is not a private person's home` });
      }
    });
  }
  return out;
}

const DATES: Array<[string, string, boolean]> = [
  // [layout, date, only month-first reads it]
  ['month first (US)', '03/14/1988', true], ['day first', '14/03/1988', false], ['day first, dots', '14.3.1988', false], ['month first, hyphens', '3-14-1988', true],
  ['two-digit year', '3/14/88', true], ['day month year', '14 March 1988', false], ['month day, year', 'March 14, 1988', false], ['ordinal day', '14th March 1988', false], ['ISO', '1988-03-14', false],
];
const DOB_LABELS: Array<[string, (d: string) => string]> = [
  ['DOB after a comma', (d) => `Suspect: John Smith, DOB ${d}, of no fixed address.`],
  ['DOB in brackets', (d) => `John Smith (DOB ${d}) was arrested.`],
  ['D.O.B. with dots', (d) => `John Smith, D.O.B. ${d}, was arrested.`],
  ['lower-case dob with a colon', (d) => `name: john smith, dob:${d}`],
  ['DOB with a dash', (d) => `John Smith, DOB - ${d}, was arrested.`],
  ['"date of birth is"', (d) => `Her date of birth is ${d}.`],
  ['Date of Birth as a label', (d) => `Date of Birth: ${d}`],
  ['"born on"', (d) => `He was born on ${d} in Leeds.`],
  ['"b." in brackets', (d) => `Jane Doe (b. ${d}) joined the board.`],
  ['"b." after a comma', (d) => `Jane Doe, b. ${d}, of Millbrook.`],
];
const DOB_NEAR: Array<[string, (d: string) => string]> = [
  ['an event date', (d) => `The fair is on ${d} at the park.`],
  ['a deadline', (d) => `Applications close ${d}.`],
  ['"Plan B." ends a sentence before a date', (d) => `We have a Plan B. ${d} is the new date.`],
];

function dobCases(): Case[] {
  const out: Case[] = [];
  for (const locale of ['en-US', 'en-GB', 'en-CA', 'en-NZ'] as Locale[]) {
    for (const [layout, date] of DATES) {
      for (const [label, make] of DOB_LABELS) out.push({ text: make(date), locale, rule: 'date-of-birth', flagged: true, why: `${locale}: ${label} with a full date (${layout})` });
      for (const [near, make] of DOB_NEAR) out.push({ text: make(date), locale, rule: 'date-of-birth', flagged: false, why: `${locale}: ${near} (${layout}) is not a date of birth` });
    }
    out.push({ text: 'Born on 14 March 2090 at the clinic: our new service.', locale, rule: 'date-of-birth', flagged: false, why: `${locale}: a date still to come is no one's date of birth` });
  }
  return out;
}

/** Valid BC PHNs by stdnum (the oracle), deterministic. */
function bcPhns(count: number): string[] {
  const out: string[] = [];
  for (let n = 123_456_70; out.length < count; n += 7919) {
    const v = `9${String(n).padStart(8, '0')}`;
    for (let c = 0; c < 10; c++) if (stdnum.CA!.bc_bhn!.validate(`${v}${c}`).isValid) out.push(`${v}${c}`);
  }
  return out.slice(0, count);
}
const g433 = (v: string, sep: string): string => `${v.slice(0, 4)}${sep}${v.slice(4, 7)}${sep}${v.slice(7)}`;

function labelledDigitCases(): Case[] {
  const out: Case[] = [];
  const phns = bcPhns(4);
  for (const v of phns) {
    for (const sep of [' ', '-', '']) {
      for (const [form, make] of [
        ['"under PHN" after a reference word', (x: string) => `For reference, we found your file under PHN ${x}.`],
        ['"Your PHN is"', (x: string) => `Your PHN is ${x}.`],
        ['"personal health number:"', (x: string) => `Personal health number: ${x}`],
      ] as Array<[string, (x: string) => string]>) {
        out.push({ text: make(g433(v, sep)), locale: 'en-CA', rule: 'national-id', reply: true, flagged: true, why: `a valid BC PHN (stdnum) ${JSON.stringify(sep)}-separated, ${form}` });
      }
    }
    out.push({ text: `Order ${g433(v, ' ')} has shipped.`, locale: 'en-CA', rule: 'national-id', flagged: false, why: 'a valid BC PHN layout labelled as an order is a reference' });
  }
  // A mistyped PHN (check digit off) is still a health number when its label sits right before it in a
  // grouping that no phone uses.
  const typo = phns[0]!.slice(0, 9) + ((Number(phns[0]!.at(-1)) + 1) % 10);
  out.push({ text: `For reference, we found your file under PHN ${g433(typo, ' ')}.`, locale: 'en-CA', rule: 'national-id', reply: true, flagged: true, why: 'the label right before a 4-3-3 ten-digit value: no region writes phones 4-3-3' });
  for (const [locale, phone] of [['en-US', '1-800-555-0142'], ['en-CA', '1 800 555 0142'], ['en-NZ', '0800 829 448'], ['en-AU', '13 22 13'], ['en-GB', '0161 496 0000']] as Array<[Locale, string]>) {
    for (const label of ['Medicaid:', 'PHN']) {
      out.push({ text: `${label} ${phone}`, locale, rule: 'national-id', flagged: false, why: `${locale}: ${phone} is grouped as libphonenumber formats a phone of the region: a helpline after a bare label` });
    }
  }
  out.push({ text: 'Medicaid 12 500 people enrolled this year.', locale: 'en-US', rule: 'national-id', flagged: false, why: 'a count of fewer than eight digits after a bare label' });
  return out;
}

const linters = new Map<Locale, Linter>();
async function findingsOf(cs: Case): Promise<string[]> {
  let l = linters.get(cs.locale);
  if (!l) linters.set(cs.locale, (l = await createLinter({ locale: cs.locale, organisation: { name: 'Council' } })));
  const r = await l.lintAsync(cs.text, cs.reply ? { meta: { replyTo: 'Can you help?' } } : {});
  return r.findings.filter((f) => f.ruleId === `personal-data/${cs.rule}` && f.severity !== 'info').map((f) => cs.text.slice(f.offset, f.endOffset));
}

describe('personal-data tables by dimension: addresses, dates of birth, labelled health numbers', () => {
  const tables: Array<[string, () => Case[]]> = [['home addresses', addressCases], ['dates of birth', dobCases], ['labelled health numbers', labelledDigitCases]];
  for (const [name, make] of tables) {
    it(name, async () => {
      const all = make();
      const wrong: string[] = [];
      for (const cs of all) {
        const got = await findingsOf(cs);
        if ((got.length > 0) !== cs.flagged) wrong.push(`${cs.flagged ? 'missed' : 'false alarm'}: ${cs.why} — ${JSON.stringify(cs.text)} → ${JSON.stringify(got)}`);
      }
      console.log(`${name}: ${all.length} generated cases, ${all.length - wrong.length} as expected`);
      expect(wrong.slice(0, 30)).toEqual([]);
    }, 600_000);
  }

  it('reports exactly the address, the date and the number', async () => {
    expect(await findingsOf({ text: "We've passed your complaint about the parties at 22 Kererū Crescent, Ōpito Bay, to our noise team.", locale: 'en-NZ', rule: 'address', reply: true, flagged: true, why: '' })).toEqual(['22 Kererū Crescent']);
    expect(await findingsOf({ text: 'Jane Doe (b. 03/14/1988) joined.', locale: 'en-US', rule: 'date-of-birth', flagged: true, why: '' })).toEqual(['b. 03/14/1988']);
    expect(await findingsOf({ text: 'For reference, we found your file under PHN 9123 456 782.', locale: 'en-CA', rule: 'national-id', reply: true, flagged: true, why: '' })).toEqual(['9123 456 782']);
  });
});
