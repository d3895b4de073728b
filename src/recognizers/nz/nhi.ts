// New Zealand National Health Index number (HISO 10046): AAA9999 (mod 11) or AAA99AA (mod 23).
import { isNhi } from '../../text/checksums.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E } from '../layouts.js';
import type { Recogniser } from '../types.js';

export const nhi: Recogniser = {
  id: 'nz/nhi',
  country: 'NZ',
  jurisdictions: ['nz'],
  name: 'NHI number',
  pattern: lazyRegExp(`${D}[A-HJ-NP-Z]{3}[ \\u00a0]?\\d{2}(?:\\d{2}|[A-HJ-NP-Z]{2})${E}`, 'gu'),
  validate: isNhi,
  hint: /[A-HJ-NP-Z]{3}[ \u00a0]?\d{2}/,
  context: /\b(?:NHI|national\s+health\s+index|patient|patients|health\s+(?:number|no))\b/i,
};
