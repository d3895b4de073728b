// legal/victim-identification, from the twelfth held-out round: the complainant introduced by what she was
// doing ("a 19-year-old woman was walking home … when she was approached by a man who assaulted her"), her
// workplace given as a shift ("after finishing her shift at the Drovers Rest"), and a course and year ("a
// second-year nursing student who lives in the Cornton area"). Generated over the activity × the detail ×
// the noun; near-misses keep the details in a post with no sexual offence and about the accused.
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const spans = ruleSpans('Forth Valley Police Division', 'legal/victim-identification');

const ACTIVITIES = ['walking home along Barnton Street', 'waiting at a bus stop on King Street', 'cycling along the canal path'];
const NOUNS = ['woman', 'girl', 'student'];
const DETAILS: Array<[string, string]> = [
  ['after finishing her shift at the Drovers Rest', 'her shift at the Drovers Rest'],
  ['on her way from the Riverside Centre', ''],
];

describe('victim-identification: the complainant introduced by what she was doing', () => {
  for (const activity of ACTIVITIES) {
    for (const noun of NOUNS) {
      for (const [detail, expected] of DETAILS) {
        it(`"a 19-year-old ${noun} was ${activity} ${detail} when … assaulted her"`, async () => {
          const text = `Officers are appealing for information following a sexual assault in Stirling. At around 12.40am, a 19-year-old ${noun} was ${activity} ${detail} when she was approached by a man who assaulted her. The ${noun}, a second-year nursing student who lives in the Cornton area, is being supported by officers.`;
          const got = await spans(text, 'en-GB');
          if (expected) expect(got).toContain(expected);
          expect(got).toContain('second-year nursing student');
          expect(got).toContain('who lives in the Cornton');
        });
      }
    }
  }
});

describe('victim-identification: narrative near-misses', () => {
  const NEAR: Array<[string, string]> = [
    ['A 19-year-old woman was walking home along Barnton Street after finishing her shift at the Drovers Rest when her bag was snatched. The woman, a second-year nursing student, was not hurt.', 'a theft, no sexual offence'],
    ['A man has been charged with sexual assault. The man, a second-year nursing student who lives in the Cornton area, will appear at Stirling Sheriff Court.', 'details of the accused'],
  ];
  for (const [text, why] of NEAR) {
    it(`"${text.slice(0, 60)}…" (${why})`, async () => {
      expect(await spans(text, 'en-GB')).toEqual([]);
    });
  }
});
