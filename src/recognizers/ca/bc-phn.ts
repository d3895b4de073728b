// British Columbia Personal Health Number (PHN, on the BC Services Card): 10 digits starting with 9,
// written 4-3-3 ("9123 456 780") or unbroken, with a mod-11 check digit (stdnum's ca.bc_bhn).
import { isBcPhn } from '../../text/checksums.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, SEP, SIX_DIGITS } from '../layouts.js';
import type { Recogniser } from '../types.js';

export const bcPhn: Recogniser = {
  id: 'ca/bc-phn',
  country: 'CA',
  jurisdictions: ['ca'],
  name: 'personal health number',
  pattern: lazyRegExp(`${D}9\\d{3}${SEP}\\d{3}${SEP}\\d{3}${E}`, 'gu'),
  validate: isBcPhn,
  hint: SIX_DIGITS,
  context: /\b(?:PHN|[Pp]ersonal\s+[Hh]ealth\s+[Nn]umber|PERSONAL\s+HEALTH\s+NUMBER|(?:BC\s+)?[Ss]ervices\s+[Cc]ard|CareCard)\b/,
  sentenceOnly: true,
};
