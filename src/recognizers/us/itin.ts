// US Individual Taxpayer Identification Number (IRS), issued to taxpayers who cannot get an SSN: the
// SSN's layout with a 9 first and an issued middle group.
import { isItin } from '../../text/checksums.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, SIX_DIGITS } from '../layouts.js';
import type { Recogniser } from '../types.js';

const S = '[ \\u00a0.-]?';

export const itin: Recogniser = {
  id: 'us/itin',
  country: 'US',
  jurisdictions: ['us'],
  name: 'Individual Taxpayer Identification Number (ITIN)',
  pattern: lazyRegExp(`${D}9\\d{2}${S}\\d{2}${S}\\d{4}${E}`, 'gu'),
  validate: isItin,
  hint: SIX_DIGITS,
  context: /\b(?:ITINs?|[Ii]ndividual\s+[Tt]axpayer|INDIVIDUAL\s+TAXPAYER|[Tt]axpayer\s+(?:ID|[Ii]dentification)|TIN)\b/,
  sentenceOnly: true,
  // Hyphenated 3-2-4 with a 9 first and an issued middle group: the ITIN's own layout, like the SSN's.
  standalone: (v) => /^\d{3}-\d{2}-\d{4}$/.test(v),
};
