// Health insurance and health card numbers with no check digit: US Medicaid, Canadian provincial cards
// other than Ontario's (Quebec RAMQ, BC PHN), Australia's IHI. Identifiers with a check digit (NHS, CHI,
// Australian Medicare, Ontario) are their own recognisers and are not taken here.
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, FIVE_DIGITS_IN_CAPS, LABEL_TAIL, LABELLED_VALUE, labelledValue } from '../layouts.js';
import type { Recogniser } from '../types.js';

export const healthInsurance: Recogniser = {
  id: 'intl/health-insurance',
  country: 'INTL',
  jurisdictions: [],
  name: 'health insurance or health card number',
  pattern: lazyRegExp(`${D}${LABELLED_VALUE}${E}`, 'gu'),
  validate: labelledValue,
  hint: FIVE_DIGITS_IN_CAPS,
  context: new RegExp(
    String.raw`\b(?:Medicaid|Medi-Cal|MassHealth|health\s+(?:card|insurance|plan|ID)|(?:personal\s+)?health\s+number|PHN|IHI|RAMQ|carte\s+(?:d['’]assurance\s+maladie|sant[ée]))${LABEL_TAIL}`,
    'i',
  ),
  adjacentOnly: true,
  gate: ['medicaid', 'medi', 'masshealth', 'health', 'phn', 'ihi', 'ramq', 'carte', 'assurance', 'maladie', 'medicare'],
};
