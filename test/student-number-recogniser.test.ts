// personal-data/national-id: student and pupil numbers (intl/student-number), from the eleventh held-out round
// ("We've linked him to his sister's record, student no. 4471902"), and a driving licence after a bare
// "license" in a reply ("It's linked to license D4417-2290-8815"). Label word × punctuation × value layout ×
// locale; near-misses keep the label without a value, a year, a business's licence.
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const spans = ruleSpans('Riverside Council', 'personal-data/national-id');

const LABELS = ['student no.', 'student number', 'Student ID:', 'pupil number', 'student #', 'learner number', 'enrolment number', 'UPN'];
const VALUES = ['4471902', '20391847', 'S1029384', '0012 3391'];
const LOCALES = ['en-AU', 'en-GB', 'en-US', 'en-NZ', 'en-CA', 'en-IE'];

describe('national-id: a student or pupil number after its label', () => {
  for (const [i, label] of LABELS.entries()) {
    for (const [k, value] of VALUES.entries()) {
      const locale = LOCALES[(i + k) % LOCALES.length]!;
      it(`${locale}: "${label} ${value}"`, async () => {
        expect(await spans(`We've linked him to his sister's record, ${label} ${value}, so he will get a place.`, locale, true)).toEqual([value]);
      });
    }
  }
});

describe('national-id: a licence after a bare "license"', () => {
  for (const label of ['license', 'licence', 'License']) {
    for (const value of ['D4417-2290-8815', 'A7293847', 'K483 2917 5520']) {
      it(`"${label} ${value}"`, async () => {
        expect(await spans(`Your sticker is linked to ${label} ${value}, so update your address first.`, 'en-US', true)).toEqual([value]);
      });
    }
  }
});

describe('national-id: student and licence near-misses', () => {
  const NEAR: Array<[string, string]> = [
    ['Student numbers rose to 4,471 this year across 12 schools.', 'a count, not a label and a value'],
    ['Enrolment for 2027 opens on 1 February: apply at education.vic.gov.au/enrol.', 'a year'],
    ['The premises licence 0123456 for the Mill Lane Tavern was renewed.', 'a business licence'],
    ['Licence fees rise in 2027 to £45.', 'a year, a price'],
    ['Our student support line is 1800 338 663.', 'the organisation\u2019s own line, no student number label'],
  ];
  for (const [text, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await spans(text, 'en-AU')).toEqual([]);
    });
  }
});
