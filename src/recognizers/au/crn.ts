// Australian Centrelink Customer Reference Number (Services Australia): nine digits and a letter, written
// "207 448 913K". Its check character's algorithm is not published, so the value counts only with its label
// right before it ("CRN", "Customer Reference Number", "Centrelink number").
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, LABEL_TAIL, SEP } from '../layouts.js';
import type { Recogniser } from '../types.js';

const LAYOUT = /^\d{3}[ \u00a0-]?\d{3}[ \u00a0-]?\d{3}[ \u00a0-]?[A-Z]$/u;

export const crn: Recogniser = {
  id: 'au/crn',
  country: 'AU',
  jurisdictions: ['au'],
  name: 'Centrelink Customer Reference Number',
  pattern: lazyRegExp(`${D}\\d{3}${SEP}\\d{3}${SEP}\\d{3}${SEP}[A-Z]${E}`, 'gu'),
  validate: (value) => LAYOUT.test(value),
  hint: /\d{3}[ \u00a0-]?\d{3}[ \u00a0-]?\d{3}[ \u00a0-]?[A-Z]/,
  context: new RegExp(String.raw`\b(?:CRN|[Cc]ustomer\s+[Rr]eference\s+[Nn]umber|Centrelink(?:\s+(?:customer|reference|client))?(?:\s+(?:reference|number|no\.?))*)${LABEL_TAIL}`, ''),
  adjacentOnly: true,
  noCheckDigit: true,
  // (Its own label holds "Reference": the label decides, reference words do not veto it.)
  labelDecides: true,
  homeOnly: true,
  gate: ['crn', 'customer', 'centrelink'],
};
