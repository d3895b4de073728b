// src/text/phone-types.ts (number types from libphonenumber's metadata, patterns compiled once) and the
// fast validity path of src/text/phone.ts, against libphonenumber-js itself as the oracle: for every
// country's example numbers and thousands of generated numbers of the six regions, the same type and
// the same validity.
import { describe, expect, it } from 'vitest';
import { getCountries, getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import { numberType } from '../src/text/phone-types.js';
import { classifyPhone } from '../src/text/phone.js';

describe('numberType agrees with libphonenumber getType()', () => {
  it('every country’s example mobile number, and its neighbours', () => {
    let compared = 0;
    for (const cc of getCountries()) {
      const ex = getExampleNumber(cc, examples);
      if (!ex) continue;
      const nsn = ex.nationalNumber;
      // The example and numbers one digit away from it (last digit changed, one digit more or less).
      for (const v of [nsn, nsn.slice(0, -1) + ((Number(nsn.at(-1)) + 1) % 10), nsn + '5', nsn.slice(0, -1)]) {
        const p = parsePhoneNumberFromString(`+${ex.countryCallingCode}${v}`);
        if (!p?.country || p.country !== cc) continue;
        expect(numberType(p.nationalNumber, cc as CountryCode), `${cc} ${v}`).toBe(p.getType());
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(400);
  });
});

describe('the fast path gives what the parse gives, for the six regions', () => {
  let seed = 99;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const d = (n: number): string => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
  const layouts: Record<string, Array<() => string>> = {
    GB: [() => `07${d(3)} ${d(6)}`, () => `01${d(3)} ${d(6)}`, () => `020 ${d(4)} ${d(4)}`, () => `+44 7${d(3)} ${d(6)}`, () => `0${d(10)}`],
    AU: [() => `04${d(2)} ${d(3)} ${d(3)}`, () => `0${d(1)} ${d(4)} ${d(4)}`, () => `+61 4${d(2)} ${d(3)} ${d(3)}`, () => `1${d(3)} ${d(3)} ${d(3)}`],
    US: [() => `(${d(3)}) ${d(3)}-${d(4)}`, () => `1-${d(3)}-${d(3)}-${d(4)}`, () => `+1 ${d(3)} ${d(3)} ${d(4)}`],
    CA: [() => `${d(3)}-${d(3)}-${d(4)}`, () => `+1 ${d(3)} ${d(3)} ${d(4)}`],
    NZ: [() => `02${d(1)} ${d(3)} ${d(4)}`, () => `0${d(1)} ${d(3)} ${d(4)}`, () => `+64 2${d(1)} ${d(3)} ${d(4)}`],
    IE: [() => `08${d(1)} ${d(3)} ${d(4)}`, () => `0${d(1)} ${d(3)} ${d(4)}`, () => `+353 8${d(1)} ${d(3)} ${d(4)}`],
  };
  for (const [region, makers] of Object.entries(layouts)) {
    it(region, () => {
      for (let i = 0; i < 600; i++) {
        const raw = makers[i % makers.length]!();
        const info = classifyPhone(raw, region as CountryCode);
        const p = parsePhoneNumberFromString(raw, region as CountryCode);
        // Valid by the fast path only where the parse says valid, with the same type and E.164 form.
        if (info?.valid && p?.isValid()) expect(info.e164, raw).toBe(p.number);
        if (p?.isValid() && p.country === region) expect(info?.valid, raw).toBe(true);
        if (info?.valid) expect(p?.isValid(), raw).toBe(true);
      }
    });
  }
});
