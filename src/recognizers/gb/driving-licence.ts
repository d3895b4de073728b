// UK (DVLA) driving licence number: 16 characters — five of the surname (padded with 9s), the birth
// decade digit, the birth month (plus 50 for women), the day, the year digit, two initials (9 when
// none), a digit and two check letters. The layout encodes a date of birth, so "licence" alone labels it.
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E } from '../layouts.js';
import type { Recogniser } from '../types.js';

const UK_LICENCE = /^[A-Z9]{5}\d(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])(?:0[1-9]|[12]\d|3[01])\d[A-Z9]{2}\d[A-Z]{2}$/;

/** True for a DVLA licence number: the layout above, with a real month (1–12, or 51–62) and day. */
export function isUkDrivingLicence(value: string): boolean {
  const v = value.toUpperCase();
  return UK_LICENCE.test(v) && !/^9/.test(v);
}

export const ukDrivingLicence: Recogniser = {
  id: 'gb/driving-licence',
  country: 'GB',
  jurisdictions: ['uk'],
  name: 'driving licence number',
  pattern: lazyRegExp(`${D}[A-Za-z9]{5}\\d{6}[A-Za-z9]{2}\\d[A-Za-z]{2}${E}`, 'gu'),
  validate: isUkDrivingLicence,
  hint: /\d{6}[A-Za-z9]{2}\d/,
  context: /\b(?:driv(?:ing|er['’]?s?)\s+)?licen[cs]e(?:\s+(?:number|no\.?|#))?(?:\s*[:#(,]|\s+(?:is|was))?\s*$/i,
  adjacentOnly: true,
  labelledBefore: () => true,
  gate: ['licence', 'license', 'licences', 'licenses'],
};
