// legal/prejudicial-statement: the act stated with a light verb and a noun about someone charged, from the
// eleventh held-out round ("Travis Lee Whitcomb, 34, was arrested and charged … Whitcomb ran a scam rolling
// back odometers"), and the new crime verbs (forged, falsified, tampered with). Generated over the person ×
// the act × locale; near-misses keep the act where it asserts no guilt (after a conviction, hedged as
// alleged, a warning about scams in general).
import { describe, expect, it } from 'vitest';
import { ruleSpansAsync } from './cached-linter.js';

const spans = ruleSpansAsync('Delmont Department of Motor Vehicles', 'legal/prejudicial-statement');

const PEOPLE: Array<[string, string]> = [['Travis Lee Whitcomb', 'Whitcomb'], ['Sandra Okafor', 'Okafor'], ['Liam Byrne', 'He']];
const ACTS = ['ran a scam', 'ran a racket', 'forged', 'falsified', 'tampered with', 'rolled back'];
const OBJECTS: Record<string, string> = { 'ran a scam': ' selling cars with washed titles', 'ran a racket': ' selling fake permits', forged: ' the titles of 17 cars', falsified: ' the mileage records', 'tampered with': ' the odometers', 'rolled back': ' the odometers on 40 cars' };
const LOCALES = ['en-US', 'en-CA', 'en-GB'];

describe('prejudicial-statement: the act stated about a person charged', () => {
  for (const [i, [full, ref]] of PEOPLE.entries()) {
    for (const [k, act] of ACTS.entries()) {
      const locale = LOCALES[(i + k) % LOCALES.length]!;
      it(`${locale}: "${ref} ${act}${OBJECTS[act]}"`, async () => {
        const text = `${full}, 34, was arrested on Tuesday and charged with 17 counts of title fraud. ${ref} ${act}${OBJECTS[act]}. He is due in court next month.`;
        expect(await spans(text, locale)).toEqual([act]);
      });
    }
  }
});

describe('prejudicial-statement: light-verb near-misses', () => {
  const NEAR: Array<[string, string]> = [
    ['Travis Lee Whitcomb, 34, was found guilty on Tuesday of 17 counts of title fraud. Whitcomb ran a scam rolling back odometers.', 'after a conviction the act may be stated'],
    ['Travis Lee Whitcomb, 34, was charged on Tuesday. He is accused of running a scam rolling back odometers.', 'hedged as an accusation'],
    ['Scammers ran a scam like this in Bayport last year: check the title history before you buy.', 'a warning, nobody charged'],
    ['Travis Lee Whitcomb, 34, was charged on Tuesday. Police allege he forged the titles of 17 cars.', 'the police allege it'],
  ];
  for (const [text, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await spans(text, 'en-US')).toEqual([]);
    });
  }
});
