// personal-data/address: a street without a house number that a named person (or one the sentence points
// at) lives on, from the tenth held-out round ("Little Jayden Moana-Tait, who lives on Corella Street").
// Generated over person × verb × street × locale; near-misses are everyone on a street (a roadworks letter,
// bin days), a charged person (open justice), a thing that "lives" somewhere, and a venue.
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const spans = ruleSpans('Riverside Council', 'personal-data/address');
const PEOPLE = ['Little Jayden Moana-Tait, who', 'Margaret Olson, who', 'Aroha Ngata', 'She', 'The boy, who'];
const VERBS = ['lives on', 'lives in', 'lived on', 'is living on'];
const STREETS = ['Corella Street', 'Brandywine Court', 'Kōwhai Crescent', 'Mill Lane'];
const LOCALES = ['en-AU', 'en-NZ', 'en-US', 'en-GB'];

describe('address: the street a person lives on', () => {
  for (const [i, person] of PEOPLE.entries()) {
    for (const [k, verb] of VERBS.entries()) {
      const street = STREETS[(i + k) % STREETS.length]!;
      const locale = LOCALES[(i + 2 * k) % LOCALES.length]!;
      const text = `${person} ${verb} ${street}, was a bit teary but otherwise fine.`;
      it(`${locale}: "${person} ${verb} ${street}"`, async () => {
        expect(await spans(text, locale)).toEqual([street]);
      });
    }
  }
});

describe('address: lived-on near-misses', () => {
  const NEAR: Array<[string, string]> = [
    ['Everyone who lives on Corella Street will get a letter about the roadworks.', 'everyone on the street'],
    ['If you live on Corella Street, your bins go out on Tuesday.', 'the reader as a resident of the street'],
    ['Residents living on Corella Street can park in the school car park.', 'residents in general'],
    ['Daniel Hargreaves, who lives on Field Road, was charged with burglary.', 'a charged person: open justice'],
    ['The bus lives on Mill Lane overnight.', 'no person'],
    ['Riverside Library lives on Mill Lane.', 'a venue'],
  ];
  for (const [text, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await spans(text, 'en-GB')).toEqual([]);
    });
  }
});
