// Irish Personal Public Service number (DSP): seven digits and a mod 23 check letter, optionally a
// second letter.
import { isPps } from '../../text/checksums.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, SIX_DIGITS } from '../layouts.js';
import type { Recogniser } from '../types.js';

export const pps: Recogniser = {
  id: 'ie/pps',
  country: 'IE',
  jurisdictions: ['eu'],
  name: 'PPS number',
  pattern: lazyRegExp(`${D}\\d{7}[ \\u00a0]?[A-Wa-w][AHWTXahwtx]?${E}`, 'gu'),
  validate: isPps,
  hint: SIX_DIGITS,
  context: /\b(?:PPS|PPSN|RSI|[Pp]ersonal\s+[Pp]ublic\s+[Ss]ervice|PERSONAL\s+PUBLIC\s+SERVICE)\b/,
  standalone: (_v, locale) => locale === 'en-IE',
};
