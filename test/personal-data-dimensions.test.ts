// Generated tables by dimension for the personal-data detectors: label word × connective (colon, "is",
// bracket, a preposition before the label) × case × separator × position in the sentence × jurisdiction,
// each case with its expected verdict and the reason; invariance (other valid values keep the verdict);
// near-misses kept clean (references, invalid check digits, helplines, event dates, role mailboxes).
import { describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../src/index.js';
import * as c from '../src/text/checksums.js';
import type { Locale } from '../src/types.js';

interface Case { text: string; locale: Locale; rule: string; flagged: boolean; errorsOnly?: boolean; why: string }

let seed = 5;
const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
/** Valid values by rejection (deterministic): `count` distinct ones. */
function valid(count: number, gen: () => string, ok: (v: string) => boolean): string[] {
  const out = new Set<string>();
  while (out.size < count) {
    const v = gen();
    if (ok(v)) out.add(v);
  }
  return [...out];
}
/** One check digit off: the same layout, never valid. */
function invalid(v: string, ok: (v: string) => boolean): string {
  for (let k = 1; k < 10; k++) {
    const w = v.slice(0, -1) + ((Number(v.at(-1)) + k) % 10);
    if (!ok(w)) return w;
  }
  throw new Error(`no invalid neighbour of ${v}`);
}
const group = (v: string, sizes: number[], sep: string): string => {
  const parts: string[] = [];
  let i = 0;
  for (const n of sizes) parts.push(v.slice(i, (i += n)));
  return parts.join(sep);
};

interface IdTable { id: string; home: Locale; foreign: Locale; labels: Array<{ label: string; acronym: boolean }>; values: string[]; bad: string; sizes: number[]; seps: string[] }
const ID_TABLES: IdTable[] = [
  { id: 'TFN', home: 'en-AU', foreign: 'en-GB', labels: [{ label: 'tax file number', acronym: false }, { label: 'TFN', acronym: true }], values: valid(3, () => digits(9), c.isTfn), bad: '', sizes: [3, 3, 3], seps: [' ', '', '-'] },
  { id: 'SIN', home: 'en-CA', foreign: 'en-US', labels: [{ label: 'Social Insurance Number', acronym: false }, { label: 'SIN', acronym: true }], values: valid(3, () => `${1 + Math.floor(rnd() * 7)}${digits(8)}`, c.isSin), bad: '', sizes: [3, 3, 3], seps: [' ', '', '-'] },
  { id: 'IRD', home: 'en-NZ', foreign: 'en-AU', labels: [{ label: 'IRD number', acronym: true }, { label: 'Inland Revenue number', acronym: false }], values: valid(3, () => `0${digits(8)}`.replace(/^0/, String(1 + Math.floor(rnd() * 9))).slice(0, 9), (v) => c.isIrd(v) && !c.isSin(v) && !c.isTfn(v)), bad: '', sizes: [3, 3, 3], seps: [' ', '-'] },
  { id: 'Medicare', home: 'en-AU', foreign: 'en-GB', labels: [{ label: 'Medicare number', acronym: false }, { label: 'Medicare card number', acronym: false }], values: valid(3, () => `${2 + Math.floor(rnd() * 5)}${digits(9)}`, c.isMedicare), bad: '', sizes: [4, 5, 1], seps: [' ', ''] },
  { id: 'NHS', home: 'en-GB', foreign: 'en-AU', labels: [{ label: 'NHS number', acronym: true }], values: valid(3, () => `4${digits(9)}`, c.isNhsNumber), bad: '', sizes: [3, 3, 4], seps: [' ', '-', ''] },
];
for (const t of ID_TABLES) t.bad = invalid(t.values[0]!, t.id === 'TFN' ? c.isTfn : t.id === 'SIN' ? c.isSin : t.id === 'IRD' ? c.isIrd : t.id === 'Medicare' ? c.isMedicare : c.isNhsNumber);

const CONNECTIVES: Array<[string, (label: string, v: string) => string]> = [
  ['colon', (l, v) => `${l}: ${v}`],
  ['"is"', (l, v) => `${l} is ${v}`],
  ['space', (l, v) => `${l} ${v}`],
  ['bracket', (l, v) => `${l} (${v})`],
  ['"under" before the label', (l, v) => `under ${l} ${v}`],
  ['"with" before the label', (l, v) => `with ${l} ${v}`],
  ['"for" before the label', (l, v) => `for ${l} ${v}`],
];
const POSITIONS: Array<[string, (x: string) => string]> = [
  ['sentence start', (x) => `${x[0]!.toUpperCase()}${x.slice(1)}.`],
  ['mid-sentence', (x) => `A caller read out her details ${x} and then hung up.`],
  ['sentence end after a reply', (x) => `Thanks for getting in touch. Please do not post ${x}.`],
];

function idCases(): Case[] {
  const out: Case[] = [];
  for (const t of ID_TABLES) {
    for (const { label, acronym } of t.labels) {
      const cases: Array<[string, string]> = acronym ? [['as written', label]] : [['as written', label], ['upper case', label.toUpperCase()], ['lower case', label.toLowerCase()]];
      for (const [caseName, l] of cases) {
        for (const sep of t.seps) {
          for (const [connName, conn] of CONNECTIVES) {
            for (const [posName, pos] of POSITIONS) {
              for (const locale of [t.home, t.foreign]) {
                const where = `${t.id}, label "${label}" ${caseName}, ${connName}, separator ${JSON.stringify(sep)}, ${posName}, ${locale === t.home ? 'home' : 'foreign'} locale ${locale}`;
                // Invariance: every valid value keeps the verdict.
                for (const v of t.values) {
                  out.push({ text: pos(conn(l, group(v, t.sizes, sep))), locale, rule: 'national-id', flagged: true, why: `${where}: a valid number with its label in the sentence` });
                }
                // A failing check digit is never an error; labelled right before it, it is a warning with the reason (test/personal-data-gaps-dimensions.test.ts).
                out.push({ text: pos(conn(l, group(t.bad, t.sizes, sep))), locale, rule: 'national-id', flagged: false, errorsOnly: true, why: `${where}: the check digit fails, so no error` });
              }
            }
          }
        }
      }
    }
    // Near-misses: the same valid digits as a reference, order or case number.
    for (const ref of ['Order', 'Reference', 'Case', 'Planning application', 'Invoice']) {
      for (const sep of t.seps) {
        out.push({ text: `${ref} ${group(t.values[0]!, t.sizes, sep)} has been updated.`, locale: t.home, rule: 'national-id', flagged: false, why: `${t.id}: a valid number labelled "${ref}" is a reference, not a person's identifier` });
      }
    }
  }
  return out;
}

const PHONES: Record<Extract<Locale, `en-${string}`>, { mobile: string[]; landline: string[]; service: string[] }> = {
  'en-GB': { mobile: ['07911 123456', '07700 900123', '+44 7911 123456'], landline: ['0161 496 0000', '020 7946 0018'], service: ['0300 123 4567', '0800 555 111', '101', '999', '111'] },
  'en-AU': { mobile: ['0412 345 678', '+61 412 345 678'], landline: ['(02) 9876 5432'], service: ['13 22 13', '1800 333 000', '000'] },
  'en-US': { mobile: ['(415) 555-0132', '212-555-0199'], landline: ['(212) 555-0147'], service: ['1-800-555-0199', '911'] },
  'en-CA': { mobile: ['416-555-0123'], landline: ['(613) 555-0188'], service: ['1-888-555-0100', '811'] },
  'en-NZ': { mobile: ['021 123 4567', '+64 21 123 4567'], landline: ['(09) 555 0123'], service: ['0800 123 456', '111'] },
  'en-IE': { mobile: ['087 123 4567', '+353 87 123 4567'], landline: ['(01) 555 1234'], service: ['1800 123 456', '112'] },
};

function phoneCases(): Case[] {
  const out: Case[] = [];
  const personal: Array<[string, (p: string) => string]> = [
    ['"call me on"', (p) => `Please call me on ${p} about the bin.`],
    ['"my number is"', (p) => `My number is ${p} if you need access.`],
    ['"ring Dave on"', (p) => `Ring Dave on ${p} after six.`],
    ['staff promising to call the resident', (p) => `Our officer will call you at ${p} by Friday.`],
    ['"her mobile"', (p) => `Her mobile is ${p}.`],
    ['the owner on', (p) => `The dog's owner can be reached on ${p}.`],
  ];
  const organisation: Array<[string, (p: string) => string]> = [
    ['"call us on"', (p) => `Call us on ${p}.`],
    ['"our contact centre on"', (p) => `Our contact centre is open 9 to 5 on ${p}.`],
    ['"the helpline"', (p) => `The helpline: ${p}.`],
  ];
  for (const [locale, nums] of Object.entries(PHONES) as Array<[keyof typeof PHONES, (typeof PHONES)[keyof typeof PHONES]]>) {
    for (const p of [...nums.mobile, ...nums.landline]) {
      for (const [name, t] of personal) out.push({ text: t(p), locale, rule: 'phone-number', flagged: true, why: `${locale} ${p}: ${name} ties the number to a person` });
      for (const [name, t] of organisation) out.push({ text: t(p), locale, rule: 'phone-number', flagged: nums.mobile.includes(p) && false, why: `${locale} ${p}: ${name} makes it the organisation's line` });
    }
    for (const p of nums.service) {
      for (const [name, t] of [...personal, ...organisation]) out.push({ text: t(p), locale, rule: 'phone-number', flagged: false, why: `${locale} ${p}: a service or emergency number is never personal data (${name})` });
    }
  }
  return out;
}

function dobCases(): Case[] {
  const out: Case[] = [];
  const dates: Array<[string, string]> = [['day first', '20/05/1985'], ['month first', '05/20/1985'], ['hyphens', '5-20-1985'], ['dots', '20.05.1985'], ['day month year', '20 May 1985'], ['month day, year', 'May 20, 1985'], ['abbreviated month', '20-May-1985'], ['ISO', '1985-05-20']];
  const labels: Array<[string, (d: string) => string]> = [
    ['DOB colon', (d) => `DOB: ${d}`], ['date of birth is', (d) => `Her date of birth is ${d}.`], ['born on', (d) => `He was born on ${d} in Leeds.`], ['lower-case dob', (d) => `dob ${d}`], ['Date of Birth in capitals', (d) => `DATE OF BIRTH: ${d}`],
  ];
  for (const locale of ['en-GB', 'en-US', 'en-AU'] as Locale[]) {
    for (const [dn, d] of dates) {
      for (const [ln, l] of labels) out.push({ text: l(d), locale, rule: 'date-of-birth', flagged: true, why: `${locale}: ${ln} with a full date (${dn})` });
      for (const [en, e] of [['an event date', (x: string) => `The fair is on ${x} at the park.`], ['a deadline', (x: string) => `Applications close ${x}.`]] as Array<[string, (x: string) => string]>) {
        out.push({ text: e(d), locale, rule: 'date-of-birth', flagged: false, why: `${locale}: ${en} (${dn}) is not a date of birth` });
      }
    }
    out.push({ text: 'Happy 100th birthday, Edna! Born in 1925, she still swims daily.', locale, rule: 'date-of-birth', flagged: false, why: `${locale}: a birth year alone is not a full date of birth` });
  }
  return out;
}

function emailCases(): Case[] {
  const out: Case[] = [];
  for (const address of ['jane.smith82@gmail.com', 'tom@xn--80ak6aa92e.com', 'user@example.co.uk', 'a@xn--d1acufc.xn--p1ai']) {
    for (const [n, t] of [['"my email is"', (a: string) => `My email is ${a} if you need it.`], ['"her email address:"', (a: string) => `Her email address: ${a}`], ['"my e-mail"', (a: string) => `my e-mail ${a}`]] as Array<[string, (a: string) => string]>) {
      out.push({ text: t(address), locale: 'en-GB', rule: 'email', flagged: true, why: `${address}: ${n} makes it a person's own address` });
    }
  }
  for (const address of ['contact@riverside.gov.uk', 'press@council.gov.au', 'info@example.org']) {
    out.push({ text: `Email ${address} for details.`, locale: 'en-GB', rule: 'email', flagged: false, why: `${address}: a role mailbox is a public contact` });
  }
  return out;
}

const linters = new Map<Locale, Linter>();
async function findingsOf(cs: Case): Promise<string[]> {
  let l = linters.get(cs.locale);
  if (!l) linters.set(cs.locale, (l = await createLinter({ locale: cs.locale })));
  const r = await l.lintAsync(cs.text);
  return r.findings.filter((f) => f.ruleId === `personal-data/${cs.rule}` && (cs.errorsOnly ? f.severity === 'error' : f.severity !== 'info')).map((f) => cs.text.slice(f.offset, f.endOffset));
}

describe('personal-data tables by dimension', () => {
  const tables: Array<[string, () => Case[]]> = [['national identifiers', idCases], ['phone numbers', phoneCases], ['dates of birth', dobCases], ['email addresses', emailCases]];
  for (const [name, make] of tables) {
    it(name, async () => {
      const cases = make();
      const wrong: string[] = [];
      for (const cs of cases) {
        const got = await findingsOf(cs);
        if ((got.length > 0) !== cs.flagged) wrong.push(`${cs.flagged ? 'missed' : 'false alarm'}: ${cs.why} — ${JSON.stringify(cs.text)} → ${JSON.stringify(got)}`);
      }
      console.log(`${name}: ${cases.length} generated cases, ${cases.length - wrong.length} as expected`);
      expect(wrong.slice(0, 25)).toEqual([]);
    }, 600_000);
  }
});
