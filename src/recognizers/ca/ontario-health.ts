// Ontario health card number (OHIP): 4-3-3 digits (Luhn) and an optional two-letter version code.
import { isOntarioHealthNumber } from '../../text/checksums.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, SEP, SIX_DIGITS } from '../layouts.js';
import type { Recogniser } from '../types.js';

export const ontarioHealth: Recogniser = {
  id: 'ca/ontario-health',
  country: 'CA',
  jurisdictions: ['ca'],
  name: 'health card number',
  pattern: lazyRegExp(`${D}\\d{4}${SEP}\\d{3}${SEP}\\d{3}(?:[ \\u00a0-]?[A-Z]{2})?${E}`, 'gu'),
  validate: (v) => isOntarioHealthNumber(v.replace(/[A-Z]/g, '')),
  hint: SIX_DIGITS,
  context: /\b(?:OHIP|[Hh]ealth\s+[Cc]ard|HEALTH\s+CARD|carte\s+[Ss]ant[ée])\b/,
  sentenceOnly: true,
};
