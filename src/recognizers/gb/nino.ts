// UK National Insurance number (HMRC): two prefix letters, six digits, a suffix A–D.
import { isNino } from '../../text/checksums.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, SIX_DIGITS } from '../layouts.js';
import type { Recogniser } from '../types.js';

export const nino: Recogniser = {
  id: 'gb/nino',
  country: 'GB',
  jurisdictions: ['uk'],
  name: 'National Insurance number',
  pattern: lazyRegExp(`${D}[A-Za-z]{2}[ \\u00a0]?\\d{2}[ \\u00a0]?\\d{2}[ \\u00a0]?\\d{2}[ \\u00a0]?[A-Da-d]${E}`, 'gu'),
  validate: isNino,
  hint: SIX_DIGITS,
  // "NI" and "NINO" in capitals ("ni" is a word in other languages); "nino"/"Nino" as a form field label.
  context: /\b(?:[Nn]ational\s+[Ii]nsurance|NATIONAL\s+INSURANCE|NI(?:NO)?|[Nn]ino|NI\s+(?:[Nn]umber|[Nn]o))\b/,
  sentenceOnly: true,
  // "JG 10 37 26 A": the spaced, upper-case layout HMRC prints is distinctive on its own.
  standalone: (v) => /^[A-Z]{2} \d{2} \d{2} \d{2} [A-D]$/.test(v),
  noCheckDigit: true,
};
