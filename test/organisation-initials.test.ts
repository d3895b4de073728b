// The organisation's initials among the ways it names itself (src/text/semantic/lexicon.ts orgInitials):
// "the DMV" for the Delmont Department of Motor Vehicles, as its posts write it. Three letters or more, the
// little words skipped, each tail that starts with a capital.
import { describe, expect, it } from 'vitest';
import { orgInitials } from '../src/text/semantic/lexicon.js';

describe('orgInitials', () => {
  const CASES: Array<[string, string[], string]> = [
    ['Delmont Department of Motor Vehicles', ['DDMV', 'DMV'], 'the place first, then without it'],
    ['Health Service Executive', ['HSE'], 'three words'],
    ['Lakeport Regional Transit Authority', ['LRTA', 'RTA'], 'the tails of three words or more'],
    ['Riverside Council', [], 'two words make no acronym'],
    ['Department for Education', [], 'a little word skipped leaves two letters'],
    ['Cwm Glas University Health Board', ['CGUHB', 'GUHB', 'UHB'], 'Welsh place words are capitals too'],
  ];
  for (const [name, want, why] of CASES) {
    it(`${name} (${why})`, () => {
      expect(orgInitials(name)).toEqual(want);
    });
  }
});
