// personal-data/address in a reply: a spot beside a house ("the leak outside 14 Tōtara Place", "vans parking
// across the dropped kerb outside 14 Carronvale Road") is the resident's own street, from the twelfth
// held-out round. Generated over the spot word × street type × macron or plain name × locale; near-misses
// keep the spot words where they name the organisation's works, a broadcast notice or the organisation's
// own premises ("our 1 High Street office"), and "our"/"notre" is a venue only right before the address.
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const spans = ruleSpans('Rakaunui District Council', 'personal-data/address');

const SPOTS = ['outside', 'opposite', 'near'];
const STREETS = ['14 Tōtara Place', '14 Carronvale Road', '27 Elm Grove', '3 Kererū Street'];
const LOCALES = ['en-NZ', 'en-GB', 'en-AU'];

describe('address: a spot beside a house in a reply', () => {
  for (const spot of SPOTS) {
    for (const street of STREETS) {
      for (const locale of LOCALES) {
        it(`${locale}: "… the leak ${spot} ${street}" in a reply is reported`, async () => {
          const text = `Hi Sharon, thanks for letting us know. I've logged a job for the leak ${spot} ${street}, Pōkai. Our contractor will be in touch.`;
          expect(await spans(text, locale, true)).toEqual([street]);
        });
      }
    }
  }
  it('a visit by our inspector to the person\u2019s home, in French, is reported', async () => {
    const text = 'Notre inspectrice passera au 1142, chemin de comté 17, à Saint-Isidore demain avant midi.';
    expect(await spans(text, 'en-CA', true)).toEqual(['1142, chemin de comté 17']);
  });
});

describe('address: spot near-misses', () => {
  const NEAR: Array<[string, boolean, string]> = [
    ['Roadworks outside 14 Mill Lane start on Monday.', false, 'a broadcast notice of works'],
    ['The roadworks outside 14 Mill Lane will finish on Friday.', true, 'a reply about the organisation\u2019s works'],
    ['Repairs to the footpath opposite 22 Station Road are booked for next week.', true, 'repairs named before the spot'],
    ['You can drop it in at our 1 High Street office.', true, '"our" right before the address: our premises'],
    ['Come along to the library at 12 Queen Street.', true, 'a venue before the address'],
  ];
  for (const [text, reply, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await spans(text, 'en-GB', reply)).toEqual([]);
    });
  }
});
