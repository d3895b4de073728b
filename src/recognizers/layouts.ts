// Pattern pieces and value tests shared by the recognisers: boundaries, separators, label tails, and the
// labelled value of identifiers with no check digit.
import { isTrivialDigits } from '../text/checksums.js';

/** Not inside a longer token, a price or a decimal. */
export const D = String.raw`(?<![\p{L}\p{N}£$€.,/:-])`;
/** Not followed by a letter or digit, nor by a separator and a digit. */
export const E = String.raw`(?![\p{L}\p{N}]|[.,/:-]\p{N})`;
/** One optional separator between digit groups. */
export const SEP = '[ \\u00a0-]?';
/** "number", "no.", "#", "card number": the optional tail of a written-out label. */
export const NO = String.raw`(?:\s+(?:card\s+)?(?:number|no\.?|#|num))?`;

/** Six digits, possibly split by single separators: every digit-run identifier has at least that. */
export const SIX_DIGITS = /\d(?:[ \u00a0.-]?\d){5}/;
/**
 * A labelled value validates only with five digits, in groups of letters and digits split by single
 * separators (LABELLED_VALUE allows at most fourteen characters between two digits).
 */
export const FIVE_DIGITS_IN_CAPS = /\d(?:[A-Z \u00a0-]{0,20}\d){4}/;

/**
 * The value after a label, for identifiers with no check digit (driving licences, Medicaid and health
 * card numbers): a UK licence (MORGA657054SM9IJ), or a run of capitals and digits starting within four
 * letters of a digit (or after a group of four letters, as on Quebec's cards: "DOEJ 8001 0112"),
 * optionally in groups split by single spaces or hyphens ("D412-7789-0315", "1EG4-TE5-MK73"); each later
 * group has two or more characters and a digit after at most three letters, so "licence 4412 7 days"
 * stops at "4412". Bounded, and each group's letters-then-digit start is unambiguous (letters and digits
 * are disjoint): linear.
 */
export const LABELLED_VALUE = String.raw`(?:[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}|(?:[A-Z]{4}[ \u00a0])?[A-Z]{0,4}\d[\dA-Z]{0,14}(?:[ \u00a0-](?=[\dA-Z]{2})[A-Z]{0,3}\d[\dA-Z]{0,9}){0,4})`;
/**
 * After a label: "number", "ID", "card" (up to two, the first perhaps after a comma), then a colon, hash,
 * comma or opening bracket, or "is"/"was", right before the value: "driver's license (D412-…", "Medicaid
 * ID: LK70422196", "licence number is …", "his driver's licence, 048213097,".
 */
export const LABEL_TAIL = String.raw`(?:,?\s+(?:card|ID|number|no\.?|#|num)){0,2}(?:\s*[:#(,]|\s+(?:is|was))?\s*$`;

// Year ranges and ISO dates ("Health Plan 2025-2030", "driver licence 2025-07-01") are never identifiers.
const YEARS_OR_DATE = /^(?:19|20)\d{2}[ \u00a0-](?:(?:19|20)?\d{2}|\d{1,2}[ \u00a0-]\d{1,2})$/;

/** A labelled value for an identifier without a check digit: five or more digits, at most 20 characters, not filler. */
export function labelledValue(v: string): boolean {
  const c = v.replace(/[\s\u00a0-]/g, '');
  return c.length <= 20 && (c.match(/\d/g) ?? []).length >= 5 && !isTrivialDigits(c.replace(/\D/g, '')) && !YEARS_OR_DATE.test(v);
}
