// New Zealand IRD number (Inland Revenue): eight or nine digits in range, mod 11 with two weight sets.
import { isIrd } from '../../text/checksums.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, SEP, SIX_DIGITS } from '../layouts.js';
import type { Recogniser } from '../types.js';

export const ird: Recogniser = {
  id: 'nz/ird',
  country: 'NZ',
  jurisdictions: ['nz'],
  name: 'IRD number',
  pattern: lazyRegExp(`${D}\\d{2,3}${SEP}\\d{3}${SEP}\\d{3}${E}`, 'gu'),
  validate: isIrd,
  hint: SIX_DIGITS,
  context: /\b(?:IRD|[Ii]nland\s+[Rr]evenue|INLAND\s+REVENUE|[Tt]ax\s+(?:[Nn]umber|[Nn]o)|TAX\s+NUMBER)\b/,
};
