// US Social Security number (SSA): area, group and serial (3-2-4), with the SSA's never-issued ranges
// and the numbers published in advertising excluded.
import { isSsn } from '../../text/checksums.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, SIX_DIGITS } from '../layouts.js';
import type { Recogniser } from '../types.js';

// Hyphens, spaces or dots; a labelled value may mix them ("078-051121"), as forms do.
const S = '[ \\u00a0.-]?';

export const ssn: Recogniser = {
  id: 'us/ssn',
  country: 'US',
  jurisdictions: ['us'],
  name: 'Social Security number',
  pattern: lazyRegExp(`${D}\\d{3}${S}\\d{2}${S}\\d{4}${E}`, 'gu'),
  validate: isSsn,
  hint: SIX_DIGITS,
  context: /(?:\b(?:SSN|SSNs|[Ss]ocial\s+[Ss]ecurity|SOCIAL\s+SECURITY)\b|\bSS#)/,
  sentenceOnly: true,
  // The 3-2-4 hyphenated layout is the SSN's own.
  standalone: (v) => /^\d{3}-\d{2}-\d{4}$/.test(v),
};
