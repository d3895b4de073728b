// US Medicare Beneficiary Identifier (CMS, since 2018): no check digit, but a strict character layout,
// so a Medicare or MBI label anywhere near is enough (the Australian Medicare number, all digits, is
// au/medicare). Forms and replies write it in lower case too.
import { isMbi } from '../../text/checksums.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E } from '../layouts.js';
import type { Recogniser } from '../types.js';

export const mbi: Recogniser = {
  id: 'us/mbi',
  country: 'US',
  jurisdictions: ['us'],
  name: 'Medicare Beneficiary Identifier',
  pattern: lazyRegExp(`${D}[1-9][A-Za-z][\\dA-Za-z]\\d-?[A-Za-z][\\dA-Za-z]\\d-?[A-Za-z]{2}\\d{2}${E}`, 'gu'),
  validate: isMbi,
  hint: /[1-9][A-Za-z][\dA-Za-z]\d/,
  context: /\b(?:[Mm]edicare|MEDICARE|MBI|mbi)\b/,
  gate: ['medicare', 'mbi'],
};
