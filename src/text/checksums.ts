// Check-digit and validity rules of personal and business identifiers. A number that fails its check is
// not that identifier, so detectors call these before reporting. Inputs may contain spaces and hyphens;
// every function strips them first. Algorithms and vectors: ../shared/reference/personal-data-and-secrets.md;
// each is compared with the npm stdnum package in test/personal-data-stdnum-oracle.test.ts.
import { IBAN_REGISTRY } from '../recognizers/data/iban-registry.js';

/** Digits only (spaces, hyphens, dots and slashes removed); other characters are kept so they fail. */
export function compact(value: string): string {
  return value.replace(/[\s.\-/]/g, '');
}

function digitsOf(value: string, ...lengths: number[]): number[] | undefined {
  const c = compact(value);
  if (!/^\d+$/.test(c) || (lengths.length && !lengths.includes(c.length))) return undefined;
  return Array.from(c, Number);
}

function weighted(d: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += d[i]! * weights[i]!;
  return sum;
}

/** Luhn (mod 10) over all digits, the last being the check digit. */
export function luhn(value: string): boolean {
  const d = digitsOf(value);
  if (!d || d.length < 2) return false;
  let sum = 0;
  for (let i = d.length - 1, alt = false; i >= 0; i--, alt = !alt) {
    let n = d[i]!;
    if (alt) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** True when every digit is the same (000 000 0000) or the digits count up from 0 or 1 (123456789): filler. */
export function isTrivialDigits(value: string): boolean {
  const c = compact(value);
  if (/^(\d)\1*$/.test(c)) return true;
  return c.length >= 6 && ('01234567890123456789'.startsWith(c) || '1234567890123456789'.startsWith(c));
}

// ---------------------------------------------------------------------------------------------- UK

/** NHS number: 10 digits, weights 10..2 on the first nine, check = 11 - (sum mod 11) (11 -> 0, 10 invalid). */
export function isNhsNumber(value: string): boolean {
  const d = digitsOf(value, 10);
  if (!d || isTrivialDigits(value)) return false;
  const r = 11 - (weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  const check = r === 11 ? 0 : r;
  return check !== 10 && check === d[9];
}

const NINO_BAD_FIRST = new Set('DFIQUV');
const NINO_BAD_SECOND = new Set('DFIOQUV');
const NINO_BAD_PREFIX = new Set(['BG', 'GB', 'NK', 'KN', 'NT', 'TN', 'ZZ']);

/** UK National Insurance number: two prefix letters (HMRC rules), six digits, suffix A–D. */
export function isNino(value: string): boolean {
  const c = compact(value).toUpperCase();
  const m = /^([A-Z])([A-Z])(\d{6})([A-D])$/.exec(c);
  if (!m) return false;
  const [, a, b] = m;
  if (NINO_BAD_FIRST.has(a!) || NINO_BAD_SECOND.has(b!) || NINO_BAD_PREFIX.has(a! + b!)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------- AU

/** Tax file number: 8 or 9 digits with weights 1,4,3,7,5,8,6,9,10 (the first eight for the legacy 8-digit form, as stdnum), sum mod 11 == 0. */
export function isTfn(value: string): boolean {
  const d = digitsOf(value, 8, 9);
  if (!d || isTrivialDigits(value)) return false;
  return weighted(d, [1, 4, 3, 7, 5, 8, 6, 9, 10].slice(0, d.length)) % 11 === 0;
}

/** Australian Business Number: subtract 1 from the first digit, weights 10,1,3,…,19, sum mod 89 == 0. */
export function isAbn(value: string): boolean {
  const d = digitsOf(value, 11);
  if (!d || d[0] === 0) return false;
  const shifted = [d[0]! - 1, ...d.slice(1)];
  return weighted(shifted, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 === 0;
}

/** Australian Company Number: weights 8..1 over the first 8 digits, check = (10 - sum mod 10) mod 10. */
export function isAcn(value: string): boolean {
  const d = digitsOf(value, 9);
  if (!d) return false;
  return (10 - (weighted(d, [8, 7, 6, 5, 4, 3, 2, 1]) % 10)) % 10 === d[8];
}

/** Medicare card number: first digit 2–6, weights 1,3,7,9,1,3,7,9, sum mod 10 == digit 9; digit 10 the issue number (1–9); optional 11th IRN. */
export function isMedicare(value: string): boolean {
  const d = digitsOf(value, 10, 11);
  if (!d || d[0]! < 2 || d[0]! > 6) return false;
  if (d[9] === 0) return false;
  return weighted(d, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === d[8];
}

// ---------------------------------------------------------------------------------------------- CA

/** Social Insurance Number: 9 digits, Luhn, first digit not 0 or 8. */
export function isSin(value: string): boolean {
  const d = digitsOf(value, 9);
  if (!d || d[0] === 0 || d[0] === 8 || isTrivialDigits(value)) return false;
  return luhn(value);
}

// ---------------------------------------------------------------------------------------------- US

// Numbers the SSA voided after they were published in advertising, and filler (stdnum's us.ssn list).
const SSN_SAMPLES = new Set([
  '123456789', '123123123', '002281852', '042103580', '062360749', '078051120', '095073645', '128036045', '135016629', '141186941',
  '165167999', '165187999', '165207999', '165227999', '165247999', '189092294', '212097694', '212099999', '219099999', '306302348',
  '308125070', '457555462', '468288779', '549241889',
]);

/**
 * US Social Security number validity: area not 000/666/9xx, group not 00, serial not 0000, no repeated
 * digits and no number published in advertising (stdnum's list). Separators may be hyphens, spaces or
 * dots, mixed as forms write them ("078-051121"); the detector's unlabelled layout is stricter.
 */
export function isSsn(value: string): boolean {
  const v = value.trim();
  const m = /^(\d{3})[-. \u00a0]?(\d{2})[-. \u00a0]?(\d{4})$/.exec(v);
  if (!m) return false;
  const [, area, group, serial] = m;
  const all = area! + group! + serial!;
  if (/^(\d)\1{8}$/.test(all) || SSN_SAMPLES.has(all)) return false;
  if (area === '000' || area === '666' || area!.startsWith('9')) return false;
  return group !== '00' && serial !== '0000';
}

/**
 * US Individual Taxpayer Identification Number (IRS): 9XX-XX-XXXX, the middle group 50–65, 70–88, 90–92
 * or 94–99 (the ranges the IRS issues; an SSN never starts with 9, so the two never collide).
 */
export function isItin(value: string): boolean {
  const m = /^(9\d{2})([-. \u00a0]?)(\d{2})([-. \u00a0]?)(\d{4})$/.exec(value.trim());
  if (!m) return false;
  const group = Number(m[3]);
  const issued = (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
  return issued && m[5] !== '0000' && !isTrivialDigits(value);
}

/**
 * US Medicare Beneficiary Identifier (CMS): 11 characters, 4-3-4 when hyphenated — a digit 1–9, a letter,
 * a letter or digit, a digit, a letter, a letter or digit, a digit, two letters, two digits; the letters
 * never S, L, O, I, B or Z.
 */
export function isMbi(value: string): boolean {
  return MBI.test(compact(value).toUpperCase());
}
const MBI_LETTER = '[AC-HJKMNP-RT-Y]';
const MBI = new RegExp(`^[1-9]${MBI_LETTER}[0-9AC-HJKMNP-RT-Y]\\d${MBI_LETTER}[0-9AC-HJKMNP-RT-Y]\\d${MBI_LETTER}{2}\\d{2}$`);

// ---------------------------------------------------------------------------------------------- NZ

/** IRD number: 8–9 digits between 10,000,000 and 150,000,000, mod 11 with a second weight set on remainder 10. */
export function isIrd(value: string): boolean {
  const d = digitsOf(value, 8, 9);
  if (!d) return false;
  const n = Number(d.join(''));
  if (n <= 10_000_000 || n >= 150_000_000) return false;
  const padded = d.length === 8 ? [0, ...d] : d;
  const base = padded.slice(0, 8);
  const check = padded[8]!;
  for (const w of [
    [3, 2, 7, 6, 5, 4, 3, 2],
    [7, 4, 3, 2, 5, 2, 7, 6],
  ]) {
    const r = weighted(base, w) % 11;
    const c = r === 0 ? 0 : 11 - r;
    if (c === 10) continue;
    return c === check;
  }
  return false;
}

const NHI_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; // I and O excluded: A=1 … Z=24

/** NZ National Health Index number: old AAA9999 (mod 11) and new AAA99AA (mod 23) formats (HISO 10046:2023). */
export function isNhi(value: string): boolean {
  const c = compact(value).toUpperCase();
  const letter = (ch: string): number => NHI_LETTERS.indexOf(ch) + 1;
  const oldFmt = /^([A-HJ-NP-Z]{3})(\d{4})$/.exec(c);
  const newFmt = /^([A-HJ-NP-Z]{3})(\d{2})([A-HJ-NP-Z])([A-HJ-NP-Z])$/.exec(c);
  if (!oldFmt && !newFmt) return false;
  const first = [letter(c[0]!), letter(c[1]!), letter(c[2]!)];
  if (oldFmt) {
    const digits = Array.from(oldFmt[2]!, Number);
    const sum = weighted([...first, ...digits.slice(0, 3)], [7, 6, 5, 4, 3, 2]);
    const r = sum % 11;
    if (r === 0) return false;
    return (11 - r) % 10 === digits[3];
  }
  const d1 = Number(newFmt![2]![0]);
  const d2 = Number(newFmt![2]![1]);
  const sum = weighted([...first, d1, d2, letter(newFmt![3]!)], [7, 6, 5, 4, 3, 2]);
  const check = 23 - (sum % 23);
  return letter(newFmt![4]!) === check;
}

// ---------------------------------------------------------------------------------------------- IE

/** Irish PPS number: 7 digits and a check letter (mod 23, W = 0), optionally a second letter (A or H weighted 9; W, T, X). */
export function isPps(value: string): boolean {
  const c = compact(value).toUpperCase();
  const m = /^(\d{7})([A-W])([AHWTX])?$/.exec(c);
  if (!m) return false;
  const d = Array.from(m[1]!, Number);
  let sum = weighted(d, [8, 7, 6, 5, 4, 3, 2]);
  // The second letter of numbers issued since 2013 (A, H) is weighted 9; the older W, T and X are not.
  if (m[3] === 'A' || m[3] === 'H') sum += (m[3].charCodeAt(0) - 64) * 9;
  const r = sum % 23;
  const expected = r === 0 ? 'W' : String.fromCharCode(64 + r);
  return m[2] === expected;
}

// ---------------------------------------------------------------------------------------------- banking

/** The BBAN structure of a registry entry ("4!a6!n8!n") as an anchored pattern. */
function bbanPattern(bban: string): RegExp {
  const parts = [...bban.matchAll(/(?<!\d)(\d+)!?([nac])/g)].map(([, n, t]) => `${t === 'n' ? '\\d' : t === 'a' ? '[A-Z]' : '[A-Z0-9]'}{${n}}`);
  return new RegExp(`^${parts.join('')}$`);
}
const BBAN = new Map<string, RegExp>();

/** IBAN lengths by country, from the IBAN registry (src/recognizers/data/iban-registry.ts). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(IBAN_REGISTRY).map(([cc, e]) => [cc, e.length]));

/**
 * IBAN: a registry country, that country's length and BBAN structure (digits where the registry says
 * digits), and mod 97 == 1 after moving the first four characters to the end.
 */
export function isIban(value: string): boolean {
  const c = compact(value).toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(c)) return false;
  const cc = c.slice(0, 2);
  const entry = IBAN_REGISTRY[cc];
  if (!entry || entry.length !== c.length) return false;
  let bban = BBAN.get(cc);
  if (!bban) BBAN.set(cc, (bban = bbanPattern(entry.bban)));
  if (!bban.test(c.slice(4))) return false;
  const moved = c.slice(4) + c.slice(0, 4);
  let r = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    r = (v >= 10 ? r * 100 + v : r * 10 + v) % 97;
  }
  return r === 1;
}

export type CardBrand = 'Visa' | 'Mastercard' | 'American Express' | 'Discover' | 'JCB' | 'Diners Club' | 'UnionPay' | 'Maestro' | 'UATP' | 'Mir' | 'Troy';

/** The card brand from its issuer prefix and length, or undefined when no brand issues such a number. */
export function cardBrand(value: string): CardBrand | undefined {
  const c = compact(value);
  if (!/^\d{12,19}$/.test(c)) return undefined;
  const n = c.length;
  const p2 = Number(c.slice(0, 2));
  const p3 = Number(c.slice(0, 3));
  const p4 = Number(c.slice(0, 4));
  const p6 = Number(c.slice(0, 6));
  if (c[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'Visa';
  // UATP (airline cards): prefix 1, 15 digits. Mir (Russia): 2200–2204. Troy (Türkiye): 9792.
  if (c[0] === '1' && n === 15) return 'UATP';
  if (p4 >= 2200 && p4 <= 2204 && n >= 16 && n <= 19) return 'Mir';
  if (p4 === 9792 && n === 16) return 'Troy';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'Mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'American Express';
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) && n >= 16 && n <= 19) return 'Discover';
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'JCB';
  if ((p2 === 36 || p2 === 38 || (p3 >= 300 && p3 <= 305)) && n >= 14 && n <= 19) return 'Diners Club';
  if (p2 === 62 && n >= 16 && n <= 19) return 'UnionPay';
  if ((p2 === 50 || (p2 >= 56 && p2 <= 69)) && n >= 12 && n <= 19) return 'Maestro';
  return undefined;
}

/** A payment card number: a known issuer prefix and length, and Luhn. */
export function isPaymentCard(value: string): boolean {
  return cardBrand(value) !== undefined && !isTrivialDigits(value) && luhn(value);
}

/** UK sort code shape (NN-NN-NN) — no checksum exists without bank tables. */
export function isSortCode(value: string): boolean {
  return /^\d{2}[- ]?\d{2}[- ]?\d{2}$/.test(value.trim());
}

/** US ABA routing number: weights 3,7,1 repeated, sum mod 10 == 0. */
export function isAbaRouting(value: string): boolean {
  const d = digitsOf(value, 9);
  if (!d || isTrivialDigits(value)) return false;
  return weighted(d, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0;
}

/**
 * British Columbia Personal Health Number: 10 digits, the first 9; digits 2–9 weighted 2, 4, 8, 5, 10, 9,
 * 7, 3, and the last is (11 − sum mod 11) mod 11 (BC Ministry of Health conformance standards; stdnum's ca.bc_bhn).
 */
export function isBcPhn(value: string): boolean {
  const d = digitsOf(value, 10);
  if (!d || d[0] !== 9 || isTrivialDigits(value)) return false;
  return (11 - (weighted(d.slice(1, 9), [2, 4, 8, 5, 10, 9, 7, 3]) % 11)) % 11 === d[9];
}

/** Ontario health card number: 10 digits, Luhn over all ten (the version code letters are separate). */
export function isOntarioHealthNumber(value: string): boolean {
  const d = digitsOf(value, 10);
  if (!d || d[0] === 0 || isTrivialDigits(value)) return false;
  return luhn(value);
}
