// tone/flippant-about-harm: a mocking word in the sentence of a risk mocks it too, from the eleventh held-out
// round ("If your kid faints at the athletics carnival, well, at least they'll get out of the 1500m 😂").
// Generated over the risk × the mocking word × locale; near-misses keep the risk without one (an emoji alone
// beside a risk is a light safety message, see flippant-harm-dimensions), the harm negated, and "well, at
// least" about the weather.
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const spans = ruleSpans('Riverside Council', 'tone/flippant-about-harm');

const RISKS = ['If your kid faints at the athletics carnival', 'If you collapse from heatstroke at the show', 'Drivers who speed might find their car can fit around a telephone pole', 'Some of you could end up wrapped around a tree'];
const LAUGHS = ['lol', 'haha', 'but hey', 'lmao'];
const LOCALES = ['en-AU', 'en-GB', 'en-US', 'en-NZ'];

describe('flippant-about-harm: a laugh at a risk', () => {
  for (const [i, risk] of RISKS.entries()) {
    for (const [k, laugh] of LAUGHS.entries()) {
      const locale = LOCALES[(i + k) % LOCALES.length]!;
      it(`${locale}: "${risk} … ${laugh}"`, async () => {
        expect(await spans(`${risk}, you'll have a story to tell ${laugh}`, locale)).toEqual([laugh]);
      });
    }
  }
  it('"well, at least" and the emoji are each a laugh', async () => {
    expect(await spans("If your kid faints at the athletics carnival, well, at least they'll get out of the 1500m 😂", 'en-AU')).toEqual(['well, at least', '😂']);
  });
});

describe('flippant-about-harm: risk near-misses', () => {
  const NEAR: Array<[string, string]> = [
    ['If your child feels faint in the heat, find shade and give them water.', 'the risk, no laugh'],
    ['Drivers who speed might find their car can fit around a telephone pole 😂', 'an emoji alone beside a risk'],
    ['No one was injured 😂 but the shed has seen better days.', 'the harm negated'],
    ['Well, at least the rain stopped for the fete!', 'no harm'],
    ['Our staff bake-off was a hoot 😂 Thanks to everyone who came.', 'a laugh, no harm'],
  ];
  for (const [text, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await spans(text, 'en-GB')).toEqual([]);
    });
  }
});
