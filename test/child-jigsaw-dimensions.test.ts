// legal/identifying-child and personal-data/child-identified, from the twelfth held-out round: an unnamed
// child in a case singled out by school, year and home ("The boy, who lives in Sauchie and is a third-year
// pupil at Lornshill Academy, has been referred to the Children's Reporter"); a child hurt where no case is
// spoken of (a dog attack) reported as personal data too; an animal's breed after its age is no child's name.
// Generated over the child noun × the school detail × the year detail × the case words; near-misses keep a
// school as a place, a case with no school, a school detail with no case, and horses and dogs with ages.
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const legal = ruleSpans('Forth Valley Police Division', 'legal/identifying-child');
const pd = ruleSpans('Rakaunui District Council', 'personal-data/child-identified');

const NOUNS: Array<[string, string]> = [['A 14-year-old boy', 'The boy'], ['A 13-year-old girl', 'The girl'], ['A teenage boy', 'The teenager'], ['A 15-year-old youth', 'The youth']];
const SCHOOLS = ['is a pupil at Lornshill Academy', 'is a student at Alloa High School', 'is a third-year pupil at Lornshill Academy', 'attends St Modan\u2019s High School'];
const CASES = ['has been charged following an assault', 'has been arrested in connection with a robbery'];

describe('identifying-child: an unnamed child singled out by school in a case', () => {
  for (const [intro, again] of NOUNS) {
    for (const school of SCHOOLS) {
      for (const c of CASES) {
        it(`"${intro} ${c}. ${again}, who lives in Sauchie and ${school}, …"`, async () => {
          const text = `${intro} ${c} in Alloa on Tuesday. ${again}, who lives in Sauchie and ${school}, has been referred to the Children's Reporter.`;
          const got = await legal(text, 'en-GB');
          expect(got).toHaveLength(1);
          // One range from the home to the school, read together.
          expect(got[0]!.startsWith('who lives in Sauchie')).toBe(true);
          expect(got[0]!.endsWith(school.split(/ at |attends /).at(-1)!)).toBe(true);
        });
      }
    }
  }
});

describe('identifying-child: near-misses', () => {
  const NEAR: Array<[string, string]> = [
    ['A 14-year-old boy has been charged following an assault near the Alloa Academy bus stops.', 'the school is where it happened'],
    ['A 14-year-old boy has been charged and will appear at the youth court.', 'a case with no school'],
    ['The boy, a pupil at Lornshill Academy, won the county chess final.', 'a school with no case'],
    ['Duke is a 12-year-old Clydesdale cross and Banjo is a 9-year-old thoroughbred cross, and officers ride them at the show.', 'horses with ages'],
    ['Police dog Max, a 6-year-old German Shepherd, retires this week after catching a burglary suspect.', 'a police dog'],
  ];
  for (const [text, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await legal(text, 'en-GB')).toEqual([]);
    });
  }
});

describe('child-identified: a child hurt where no case is spoken of', () => {
  for (const harm of ['was bitten on Rimu Street', 'was hurt in the dog attack on Sunday', 'was injured when a tree fell']) {
    for (const locale of ['en-NZ', 'en-AU']) {
      it(`${locale}: "Mia Te Hira (7), the Year 3 student at Kōtuku Bridge School who ${harm}"`, async () => {
        const text = `We've been in touch with the family of Mia Te Hira (7), the Year 3 student at Kōtuku Bridge School who ${harm}. Our investigation continues.`;
        expect((await pd(text, locale)).length).toBe(1);
      });
    }
  }
  it('a child in a police case is left to the legal rule', async () => {
    const text = 'Mia Te Hira (7), a Year 3 student at Kōtuku Bridge School, was assaulted on Sunday. Police have arrested a man.';
    expect(await pd(text, 'en-NZ')).toEqual([]);
  });
});
