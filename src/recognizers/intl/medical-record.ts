// Hospital and clinic record numbers: a medical record number (MRN), a hospital or patient number, an
// Australian unit record number (UR, URN), a chart number. No check digit and no national layout (each
// hospital issues its own), so only a value right after its label counts: "Beryl Hutchins (MRN 2048817)".
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, FIVE_DIGITS_IN_CAPS, LABEL_TAIL, LABELLED_VALUE, labelledValue } from '../layouts.js';
import type { Recogniser } from '../types.js';

export const medicalRecord: Recogniser = {
  id: 'intl/medical-record',
  country: 'INTL',
  jurisdictions: [],
  name: 'medical record or hospital number',
  pattern: lazyRegExp(`${D}${LABELLED_VALUE}${E}`, 'gu'),
  validate: labelledValue,
  hint: FIVE_DIGITS_IN_CAPS,
  context: new RegExp(
    String.raw`\b(?:MRN|medical\s+record(?:s)?|health\s+record|hospital|patient|UR|URN|unit\s+record|chart|case\s+note|numéro\s+de\s+dossier(?:\s+médical)?|dossier\s+médical|rhif\s+ysbyty|uimhir\s+ospidéil)${LABEL_TAIL}`,
    'i',
  ),
  adjacentOnly: true,
  gate: ['mrn', 'medical', 'health', 'hospital', 'patient', 'ur', 'urn', 'unit', 'chart', 'case', 'numéro', 'dossier', 'rhif', 'uimhir'],
};
