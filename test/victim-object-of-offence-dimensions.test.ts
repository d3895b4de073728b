// legal/victim-identification: a complainant introduced as the object of the offence in the charge sentence
// ("charged with sexual assault of a 16-year-old applicant"), then identified in a later sentence by another
// noun ("The student, a junior at Millbrook High, has our full support"), from the eleventh held-out round.
// Generated over the offence × age × later noun × detail; near-misses keep the charge without a later
// detail of the complainant, an adult introduced by one noun and a later sentence about another person, and
// the accused's own workplace.
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const spans = ruleSpans('Delmont Department of Motor Vehicles', 'legal/victim-identification');

const OFFENCES = ['sexual assault of a 16-year-old applicant', 'sexual abuse of a 15-year-old pupil', 'indecent assault of a 14-year-old girl', 'rape of a 17-year-old student'];
const LATER = ['The student', 'The girl', 'The teenager', 'The pupil'];
const DETAILS = ['a junior at Millbrook High', 'a pupil at Riverside Academy', 'a sophomore at Lincoln High School', 'a student at St Mary\u2019s College'];
const LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-CA'];

describe('victim-identification: a child introduced as the object of the offence', () => {
  for (const [i, offence] of OFFENCES.entries()) {
    for (const [k, later] of LATER.entries()) {
      const detail = DETAILS[(i + k) % DETAILS.length]!;
      const locale = LOCALES[(i + 2 * k) % LOCALES.length]!;
      it(`${locale}: "${offence}" … "${later}, ${detail}"`, async () => {
        const text = `A road test examiner has been placed on leave after being charged with ${offence} on Sept. 14. ${later}, ${detail}, has our full support.`;
        expect(await spans(text, locale)).toEqual([detail]);
      });
    }
  }
});

describe('victim-identification: object-of-offence near-misses', () => {
  const NEAR: Array<[string, string]> = [
    ['A road test examiner has been placed on leave after being charged with sexual assault of a 16-year-old applicant. We are cooperating with State Police.', 'no later detail of the complainant'],
    ['A man has been charged with sexual assault of a woman in Mill Lane. The examiner, a teacher at Millbrook High, is suspended.', 'an adult woman; the later noun is someone else'],
    ['A teacher at Millbrook High has been charged with sexual assault of a 16-year-old. He is due in court on Monday.', 'the accused\u2019s workplace, in the charge sentence'],
  ];
  for (const [text, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await spans(text, 'en-US')).toEqual([]);
    });
  }
});
