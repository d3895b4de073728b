// Canadian Social Insurance Number (ESDC): nine digits, Luhn, never starting with 0 or 8.
import { isSin } from '../../text/checksums.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, SEP, SIX_DIGITS } from '../layouts.js';
import type { Recogniser } from '../types.js';

export const sin: Recogniser = {
  id: 'ca/sin',
  country: 'CA',
  jurisdictions: ['ca'],
  name: 'Social Insurance Number',
  pattern: lazyRegExp(`${D}\\d{3}${SEP}\\d{3}${SEP}\\d{3}${E}`, 'gu'),
  validate: isSin,
  hint: SIX_DIGITS,
  context: /\b(?:SIN|NAS|[Ss]ocial\s+[Ii]nsurance|SOCIAL\s+INSURANCE|num[ée]ro\s+d['’]assurance\s+sociale)\b/,
};
