// Driving licence numbers elsewhere (US states, Canadian provinces and Australian states each have their
// own layout, none with a published check digit): any labelled value, the label right before it. The
// UK's DVLA layout is gb/driving-licence.
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, FIVE_DIGITS_IN_CAPS, LABEL_TAIL, LABELLED_VALUE, labelledValue } from '../layouts.js';
import type { Recogniser } from '../types.js';

export const drivingLicence: Recogniser = {
  id: 'intl/driving-licence',
  country: 'INTL',
  jurisdictions: [],
  name: 'driving licence number',
  pattern: lazyRegExp(`${D}${LABELLED_VALUE}${E}`, 'gu'),
  validate: labelledValue,
  hint: FIVE_DIGITS_IN_CAPS,
  context: new RegExp(String.raw`\b(?:driv(?:ing|er['’]?s?)\s+licen[cs]e|DL)${LABEL_TAIL}`, 'i'),
  adjacentOnly: true,
  gate: ['licence', 'license', 'dl'],
};
