// Australian tax file number (ATO): eight or nine digits, weighted mod 11.
import { isTfn } from '../../text/checksums.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, SEP, SIX_DIGITS } from '../layouts.js';
import type { Recogniser } from '../types.js';

export const tfn: Recogniser = {
  id: 'au/tfn',
  country: 'AU',
  jurisdictions: ['au'],
  name: 'tax file number',
  pattern: lazyRegExp(`${D}\\d{3}${SEP}\\d{3}${SEP}\\d{2,3}${E}`, 'gu'),
  validate: isTfn,
  hint: SIX_DIGITS,
  context: /\b(?:TFN|[Tt]ax\s+[Ff]ile(?:\s+(?:[Nn]umber|[Nn]o))?|TAX\s+FILE)\b/,
};
