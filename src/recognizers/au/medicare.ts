// Australian Medicare card number (Services Australia): ten digits (first 2–6, a weighted check digit,
// an issue number) and an optional individual reference number.
import { isMedicare } from '../../text/checksums.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, NO, SEP, SIX_DIGITS } from '../layouts.js';
import type { Recogniser } from '../types.js';

export const medicare: Recogniser = {
  id: 'au/medicare',
  country: 'AU',
  jurisdictions: ['au'],
  name: 'Medicare number',
  pattern: lazyRegExp(`${D}[2-6]\\d{3}${SEP}\\d{5}${SEP}\\d(?:${SEP}\\d)?${E}`, 'gu'),
  validate: isMedicare,
  hint: SIX_DIGITS,
  context: new RegExp(String.raw`\bmedicare${NO}\b`, 'i'),
};
