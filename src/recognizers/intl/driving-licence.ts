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
  // (A bare "license" too, as a reply says it, "linked to license D4417-2290-8815"; not a business's
  // licence, "premises licence 0123456".)
  context: new RegExp(String.raw`\b(?:driv(?:ing|er['’]?s?)\s+licen[cs]e|(?<!\b(?:premises|alcohol|liquor|business|trading|operator['’]?s?|gaming|software|music|export|import|broadcasting|spectrum|waste|carrier['’]?s?)\s+)licen[cs]e|DL)${LABEL_TAIL}`, 'i'),
  adjacentOnly: true,
  gate: ['licence', 'license', 'dl'],
};
