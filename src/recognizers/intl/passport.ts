// Passport numbers of any country: one or two letters and six to eight digits (UK, US since 2021,
// Canada, Australia, New Zealand, Ireland), or nine digits (older US and UK books). No check digit is
// printed outside the machine-readable zone, so the label must sit right before the value.
import { isTrivialDigits } from '../../text/checksums.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, LABEL_TAIL, SIX_DIGITS } from '../layouts.js';
import type { Recogniser } from '../types.js';

export const passport: Recogniser = {
  id: 'intl/passport',
  country: 'INTL',
  jurisdictions: [],
  name: 'passport number',
  pattern: lazyRegExp(`${D}(?:[A-Za-z]{1,2}\\d{6,8}|\\d{9})${E}`, 'gu'),
  // Nine digits counting up or repeated are filler; a letter prefix makes the value an issued layout.
  validate: (v) => /[A-Za-z]/.test(v) || !isTrivialDigits(v),
  hint: SIX_DIGITS,
  context: new RegExp(String.raw`\bpassports?${LABEL_TAIL}`, 'i'),
  adjacentOnly: true,
  gate: ['passport', 'passports'],
};
