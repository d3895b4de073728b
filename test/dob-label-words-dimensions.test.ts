// personal-data/date-of-birth: words that say where the date is kept, between the label and the date ("DOB
// on file 03/14/1971", from the tenth held-out round). Generated over label × kept words × date format ×
// locale; near-misses are eligibility ranges ("born between … and …", "born on or after …"), which name
// nobody's birthday, and a format example.
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const reportedIn = ruleSpans('Riverside Council', 'personal-data/date-of-birth');
const spans = (text: string, locale: string): Promise<string[]> => reportedIn(text, locale, true);

const LABELS = ['DOB', 'D.O.B.', 'date of birth', 'Date of birth', 'birth date'];
const KEPT = ['on file', 'on record', 'we hold is', 'as recorded is', 'on our system:', 'listed as'];
const DATES: Array<[string, string]> = [['en-US', '03/14/1971'], ['en-GB', '14/03/1971'], ['en-GB', '14 March 1971'], ['en-CA', 'March 14, 1971'], ['en-AU', '1971-03-14']];

describe('date-of-birth: label, kept words, date', () => {
  for (const [locale, date] of DATES) {
    for (const label of LABELS) {
      for (const kept of KEPT) {
        const found = `${label} ${kept} ${date}`;
        it(`${locale}: "${found}"`, async () => {
          expect(await spans(`Hi Gary, your licence (${found}) went out by mail on Monday.`, locale)).toEqual([found]);
        });
      }
    }
  }
});

describe('date-of-birth: near-misses', () => {
  const NEAR: Array<[string, string, string]> = [
    ['en-GB', 'If your child was born between 1 March 2021 and 28 February 2022, they start P1 in August.', 'an eligibility range'],
    ['en-US', 'Anyone born on or after January 1, 1960, needs hunter education.', 'an eligibility range'],
    ['en-NZ', 'Anyone born after 1 January 1969 should have two doses of MMR.', 'an eligibility range'],
    ['en-US', 'DOB is needed on the form, for example 03/14/1971.', 'a format example: the words between are not where a date is kept'],
    ['en-GB', 'The records of births since 1 January 1900 are at the archive.', 'no label'],
  ];
  for (const [locale, text, why] of NEAR) {
    it(`${locale}: "${text}" (${why})`, async () => {
      expect(await spans(text, locale)).toEqual([]);
    });
  }
});
