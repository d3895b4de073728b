// Student and pupil numbers: each school system issues its own (a Victorian student number, a US district's
// student ID, an English unique pupil number has its own check letter but is rarely quoted), none with a
// published check digit, so only a value right after its label counts: "his sister's record, student no.
// 4471902". A child's identifier in a reply ties the record to the family.
import { lazyRegExp } from '../../text/lazy-regexp.js';
import { D, E, FIVE_DIGITS_IN_CAPS, LABEL_TAIL, LABELLED_VALUE, labelledValue } from '../layouts.js';
import type { Recogniser } from '../types.js';

export const studentNumber: Recogniser = {
  id: 'intl/student-number',
  country: 'INTL',
  jurisdictions: [],
  name: 'student or pupil number',
  pattern: lazyRegExp(`${D}${LABELLED_VALUE}${E}`, 'gu'),
  validate: labelledValue,
  hint: FIVE_DIGITS_IN_CAPS,
  context: new RegExp(String.raw`\b(?:student|pupil|learner|enrolment|enrollment|unique\s+pupil|UPN|VSN|OEN|NSN)(?:\s+(?:ID|identifier|number|no\.?|#|num))?${LABEL_TAIL}`, 'i'),
  adjacentOnly: true,
  gate: ['student', 'pupil', 'learner', 'enrolment', 'enrollment', 'upn', 'vsn', 'oen', 'nsn'],
};
