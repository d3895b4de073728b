// tone/flippant-about-harm (./rules/tone/flippant-about-harm.json), from the twelfth held-out round: a joke
// about the person harmed ("luckily the only thing badly hurt was his pride") anywhere in the paragraph of a
// crash, and "Spoiler:" before the outcome of one ("Spoiler: the train always wins 🚆😬 Driver was taken to the
// hospital"). Generated over the joke × the harm × the pronoun; near-misses keep the words with no harm.
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const spans = ruleSpans('Forth Valley Police Division', 'tone/flippant-about-harm');

const HARMS = ['his car ended up on its roof and he was taken to hospital', 'the car crashed into a wall', 'he was injured when the car left the road'];
describe('flippant-about-harm: the person\u2019s pride, and a spoiler', () => {
  for (const harm of HARMS) {
    for (const joke of ['the only thing badly hurt was his pride', 'the only thing hurt was her pride', 'the only casualty was his pride']) {
      it(`"${harm}. Luckily ${joke}."`, async () => {
        const text = `A 27-year-old man was charged after ${harm}. Luckily ${joke}.`;
        expect((await spans(text, 'en-GB')).join(' ')).toContain(joke.replace(/^the /, ''));
      });
    }
    it(`"Spoiler: …" beside "${harm}"`, async () => {
      const text = `Car vs. train again today. Spoiler: the train always wins. The driver was taken to the hospital after ${harm}.`;
      expect(await spans(text, 'en-US')).toContain('Spoiler:');
    });
  }
});

describe('flippant-about-harm: pride and spoiler near-misses', () => {
  const NEAR: Array<[string, string]> = [
    ['Spoiler alert: the new library opens on Monday!', 'no harm'],
    ['The team took real pride in the rescue.', 'pride with no joke'],
    ['Trains always win: stay off the tracks. No one was hurt in Tuesday\u2019s near miss.', 'safety advice, no one hurt'],
  ];
  for (const [text, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await spans(text, 'en-GB')).toEqual([]);
    });
  }
});
