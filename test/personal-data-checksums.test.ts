// Check-digit vectors for src/text/checksums.ts (from ../shared/reference/personal-data-and-secrets.md
// and the issuers' published examples).
import { describe, expect, it } from 'vitest';
import * as c from '../src/text/checksums.js';

const cases: Array<[string, (v: string) => boolean, string[], string[]]> = [
  ['NHS number', c.isNhsNumber, ['401 023 2137', '943 476 5870', '462 625 0890', '4505577104'], ['401 023 2138', '000 000 0000', '123 456 789']],
  ['NINO', c.isNino, ['JG 10 37 26 A', 'AB123456C', 'ab 12 34 56 d'], ['QQ 12 34 56 C', 'DA123456A', 'GB123456A', 'AB123456E', 'AO123456A']],
  ['TFN', c.isTfn, ['876 543 210', '163 667 426', '123 456 782'], ['876 543 211', '111 111 111']],
  ['ABN', c.isAbn, ['51 824 753 556', '53 004 085 616'], ['51 824 753 557']],
  ['ACN', c.isAcn, ['005 499 981', '000 000 019'], ['005 499 982']],
  ['Medicare', c.isMedicare, ['2123 45670 1', '2123456701'], ['2123 45671 1', '1123 45670 1', '2123 45670 0']],
  ['SIN', c.isSin, ['130 692 544', '193 456 787'], ['046 454 286', '046 454 287', '846 454 283', '000 000 000']],
  ['SSN', c.isSsn, ['536-22-1940', '536 22 1940', '536221940', '536-22 1940', '536.22.1940'], ['078-05-1120', '123-45-6789', '000-12-3456', '666-12-3456', '912-12-3456', '536-00-1940', '536-22-0000', '536/22/1940', '111-11-1111']],
  ['IRD', c.isIrd, ['49091850', '49-098-576', '35901981'], ['136410133', '9125568', '49091851']],
  ['NHI', c.isNhi, ['WLD9413', 'ZAC5361', 'ZBN77VL'], ['ZZZ0044', 'WLD9414', 'ZBN77VM', 'IOL1234']],
  ['PPS', c.isPps, ['1234567T', '1234567TW', '1234567FA'], ['1234567A', '1234567TA']],
  ['IBAN', c.isIban, ['GB82 WEST 1234 5698 7654 32', 'IE29 AIBK 9311 5212 3456 78', 'DE89 3704 0044 0532 0130 00'], ['GB82 WEST 1234 5698 7654 33', 'GB82 WEST 1234 5698 7654', 'XX82 WEST 1234 5698 7654 32']],
  ['payment card', c.isPaymentCard, ['4039 1693 8036 4091', '4111 1111 1111 1111', '5555 5555 5555 4444', '3782 822463 10005', '6011 1111 1111 1117'], ['4039 1693 8036 4092', '1234 5678 9012 3452', '0000 0000 0000 0000']],
  ['ABA routing', c.isAbaRouting, ['011000015', '021000021'], ['011000016']],
];

describe('checksums', () => {
  for (const [name, fn, valid, invalid] of cases) {
    it(`${name}: accepts valid vectors`, () => {
      for (const v of valid) expect(fn(v), v).toBe(true);
    });
    it(`${name}: rejects invalid vectors`, () => {
      for (const v of invalid) expect(fn(v), v).toBe(false);
    });
  }
  it('names card brands', () => {
    expect(c.cardBrand('4039169380364091')).toBe('Visa');
    expect(c.cardBrand('378282246310005')).toBe('American Express');
    expect(c.cardBrand('9999999999999999')).toBeUndefined();
  });
  it('spots trivial digit runs', () => {
    expect(c.isTrivialDigits('0000 0000')).toBe(true);
    expect(c.isTrivialDigits('123456789')).toBe(true);
    expect(c.isTrivialDigits('462 625 0890')).toBe(false);
  });
});
