// NHS number (England, Wales, Isle of Man), with Scotland's CHI and Northern Ireland's H&C labels: ten
// digits, mod 11 check digit.
import { isNhsNumber } from '../../text/checksums.js';
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, SEP, SIX_DIGITS } from '../layouts.js';
import type { Recogniser } from '../types.js';

export const nhs: Recogniser = {
  id: 'gb/nhs',
  country: 'GB',
  jurisdictions: ['uk'],
  name: 'NHS number',
  pattern: lazyRegExp(`${D}\\d{3}${SEP}\\d{3}${SEP}\\d{4}${E}`, 'gu'),
  validate: isNhsNumber,
  hint: SIX_DIGITS,
  context: /\b(?:NHS|CHI|H&C|HSC|patient|patients|hospital\s+(?:number|no)|health\s+(?:and\s+care\s+)?(?:number|no)|medical\s+record|MRN)\b/i,
  // 3-3-4 with a valid check digit and an NHS range first digit (4, 6, 7), in a UK locale.
  standalone: (v, locale) => locale === 'en-GB' && /^[467]\d{2}[ -]\d{3}[ -]\d{4}$/.test(v),
};
