// The check digits of src/text/checksums.ts against an oracle: the npm `stdnum` package (a port of
// python-stdnum). For every identifier stdnum knows, thousands of generated numbers — random ones, mostly
// invalid, and valid ones found by stdnum — are validated by both; they must agree, except in the
// documented classes where commslint is deliberately stricter (each with its reason). IBANs: a valid
// number for every country of the IBAN registry, with check digits found by stdnum's ISO 7064 mod 97-10,
// must pass, and the same number one character longer or shorter, or with one digit changed, must fail.
import { describe, expect, it } from 'vitest';
import { stdnum } from 'stdnum';
import { luhnChecksumValidate, mod97base10Validate } from 'stdnum/lib/cjs/util/checksum.js';
import * as c from '../src/text/checksums.js';

/** stdnum's validator for a country and identifier (its index types every country as optional). */
function validator(country: string, id: string): (v: string) => boolean {
  const v = (stdnum as Record<string, Record<string, { validate: (x: string) => { isValid: boolean } }> | undefined>)[country]?.[id];
  if (!v) throw new Error(`stdnum has no ${country}.${id}`);
  return (x) => v.validate(x).isValid;
}
import { IBAN_REGISTRY } from '../src/recognizers/data/iban-registry.js';

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}
const rnd = random(2026);
const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letter = (from = LETTERS): string => from[Math.floor(rnd() * from.length)]!;

interface OracleSpec {
  name: string;
  generate: () => string;
  ours: (v: string) => boolean;
  theirs: (v: string) => boolean;
  /** Why commslint may reject a number stdnum accepts (undefined: no such class, full agreement). */
  stricter?: (v: string) => string | undefined;
}

const filler = (v: string): string | undefined => (c.isTrivialDigits(v) ? 'repeated or counting digits: filler, not an issued number' : undefined);

const SPECS: OracleSpec[] = [
  { name: 'UK National Insurance number', generate: () => letter() + letter() + digits(6) + letter('ABCD'), ours: c.isNino, theirs: validator('GB', 'nino') },
  { name: 'AU tax file number (9 digits)', generate: () => digits(9), ours: c.isTfn, theirs: validator('AU', 'tfn'), stricter: filler },
  { name: 'AU tax file number (8 digits)', generate: () => digits(8), ours: c.isTfn, theirs: validator('AU', 'tfn'), stricter: filler },
  { name: 'AU Business Number', generate: () => digits(11), ours: c.isAbn, theirs: validator('AU', 'abn') },
  { name: 'AU Company Number', generate: () => digits(9), ours: c.isAcn, theirs: validator('AU', 'acn') },
  {
    name: 'CA Social Insurance Number', generate: () => digits(9), ours: c.isSin, theirs: validator('CA', 'sin'),
    stricter: (v) => (/^[08]/.test(v) ? 'first digit 0 or 8: never issued to a person (ESDC; 8 is for business numbers)' : filler(v)),
  },
  { name: 'CA British Columbia Personal Health Number', generate: () => `9${digits(9)}`, ours: c.isBcPhn, theirs: validator('CA', 'bc_bhn'), stricter: filler },
  { name: 'IE PPS number', generate: () => digits(7) + letter('ABCDEFGHIJKLMNOPQRSTUVW') + (rnd() < 0.5 ? '' : letter('AHWTX')), ours: c.isPps, theirs: validator('IE', 'pps') },
  {
    name: 'NZ IRD number', generate: () => digits(rnd() < 0.5 ? 8 : 9), ours: c.isIrd, theirs: validator('NZ', 'ird'),
    stricter: (v) => (Number(v) <= 10_000_000 || Number(v) >= 150_000_000 ? 'outside 10,000,000–150,000,000, the range Inland Revenue issues' : undefined),
  },
  {
    name: 'US Social Security number', generate: () => digits(9), ours: c.isSsn, theirs: validator('US', 'ssn'),
    stricter: (v) => (/0000$/.test(v) ? 'serial 0000: never issued (SSA)' : filler(v)),
  },
  { name: 'Luhn (payment cards, SIN)', generate: () => digits(12 + Math.floor(rnd() * 8)), ours: c.luhn, theirs: (v) => luhnChecksumValidate(v) },
];

/** Random numbers (mostly invalid) and, by rejection against stdnum, at least `minValid` valid ones. */
function cases(spec: OracleSpec, random = 4000, minValid = 400): string[] {
  const out: string[] = [];
  for (let i = 0; i < random; i++) out.push(spec.generate());
  let valid = out.filter(spec.theirs).length;
  for (let i = 0; valid < minValid && i < 200_000; i++) {
    const v = spec.generate();
    if (spec.theirs(v)) {
      out.push(v);
      valid++;
    }
  }
  return out;
}

export const agreement: Array<{ name: string; cases: number; valid: number; agree: number; stricter: number }> = [];

describe('check digits agree with stdnum', () => {
  for (const spec of SPECS) {
    it(spec.name, () => {
      const all = cases(spec);
      let agree = 0;
      let stricter = 0;
      for (const v of all) {
        const ours = spec.ours(v);
        const theirs = spec.theirs(v);
        if (ours === theirs) {
          agree++;
          continue;
        }
        // The only disagreement allowed: stdnum accepts, commslint rejects for a documented reason.
        const reason = theirs && !ours ? spec.stricter?.(v) : undefined;
        expect(reason, `${spec.name} ${v}: commslint ${ours}, stdnum ${theirs}`).toBeDefined();
        stricter++;
      }
      const valid = all.filter(spec.theirs).length;
      agreement.push({ name: spec.name, cases: all.length, valid, agree, stricter });
      expect(valid).toBeGreaterThanOrEqual(400);
      expect(agree + stricter).toBe(all.length);
    });
  }
  it('summary', () => {
    for (const a of agreement) console.log(`stdnum oracle: ${a.name}: ${a.agree}/${a.cases} agree (${a.valid} valid per stdnum; ${a.stricter} rejected by a stricter documented rule)`);
  });
});

/** A BBAN of the registry structure ("4!a6!n8!n"), random. */
function bban(structure: string): string {
  let out = '';
  for (const [, n, t] of structure.matchAll(/(\d+)!?([nac])/g)) {
    for (let i = 0; i < Number(n); i++) out += t === 'n' ? digits(1) : t === 'a' ? letter() : rnd() < 0.5 ? digits(1) : letter();
  }
  return out;
}
/** ISO 13616: letters as 10–35, the country code and check digits moved to the end. */
const numeric = (iban: string): string => [...(iban.slice(4) + iban.slice(0, 4))].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');

describe('IBAN: every country of the IBAN registry', () => {
  const countries = Object.entries(IBAN_REGISTRY);
  it('the registry has every member country', () => {
    expect(countries.length).toBeGreaterThanOrEqual(89);
  });
  for (const [cc, entry] of countries) {
    it(`${cc} (${entry.country}): length ${entry.length}`, () => {
      for (let round = 0; round < 5; round++) {
        const body = bban(entry.bban);
        // The check digits stdnum's mod 97-10 accepts.
        const check = Array.from({ length: 99 }, (_, i) => String(i).padStart(2, '0')).find((d) => mod97base10Validate(numeric(`${cc}${d}${body}`)))!;
        const iban = `${cc}${check}${body}`;
        expect(iban.length, iban).toBe(entry.length);
        expect(c.isIban(iban), iban).toBe(true);
        expect(c.isIban(iban.replace(/(.{4})/g, '$1 ').trim()), `${iban} in groups of four`).toBe(true);
        expect(c.isIban(iban + '0'), `${iban} one longer`).toBe(false);
        expect(c.isIban(iban.slice(0, -1)), `${iban} one shorter`).toBe(false);
        // One digit of the BBAN changed: mod 97 catches every single substitution.
        const at = [...body].findIndex((ch) => /\d/.test(ch));
        if (at >= 0) {
          const changed = `${cc}${check}${body.slice(0, at)}${(Number(body[at]) + 1) % 10}${body.slice(at + 1)}`;
          expect(c.isIban(changed), `${changed} one digit changed`).toBe(mod97base10Validate(numeric(changed)));
        }
      }
    });
  }
});
