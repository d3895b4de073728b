// tone/flippant-about-harm: jokes the tenth held-out round made about incidents: a mock scoreline beside
// harm ("Bridge 1, lorry 0." before "Driver has been taken to hospital"), a joke in the same paragraph as the
// harm rather than the next sentence ("Another truck through the ice 🙃 … Natural selection remains
// undefeated."), and vehicles through ice, into water or under a bridge as harm to property. Generated over
// thing × victim × harm × locale; near-misses are real match results (told with their sport), the same
// scoreline with no harm, a joke in another paragraph, and natural selection as a museum talk.
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const spans = ruleSpans('Riverside Council', 'tone/flippant-about-harm');
const LOCALES = ['en-GB', 'en-US', 'en-NZ'];

const SCORES = [['Bridge', 'lorry'], ['Ice', 'trucks'], ['Causeway', 'cars'], ['Potholes', 'cyclists']];
const HARMS = ['Driver has been taken to hospital', 'Two people were injured', 'One man is in hospital with head injuries'];
const VEHICLES = ['another truck through the ice at Wildhorse', 'another car into the floodwater at Dingo Creek', 'another lorry stuck under the rail bridge', 'another ute swept away at the ford'];

describe('flippant-about-harm: mock scorelines beside harm', () => {
  for (const locale of LOCALES) {
    for (const [thing, victim] of SCORES) {
      for (const harm of HARMS) {
        const score = `${thing} 1, ${victim} 0`;
        it(`${locale}: "${score}." beside "${harm}"`, async () => {
          expect(await spans(`Round 7 this year. ${score}. ${harm}, and the road is shut both ways.`, locale)).toEqual([score]);
        });
      }
    }
  }
});

describe('flippant-about-harm: a joke in the paragraph of the harm', () => {
  for (const locale of LOCALES) {
    for (const v of VEHICLES) {
      const text = `Another weekend, ${v} 🙃 The driver got out, thankfully. Seriously, folks. Natural selection remains undefeated.\n\nCheck the conditions before you travel.`;
      it(`${locale}: "${v}" with an upside-down face and a Darwin joke three sentences on`, async () => {
        expect(await spans(text, locale)).toEqual(['🙃', 'Natural selection']);
      });
    }
  }
});

describe('flippant-about-harm: scoreline and paragraph near-misses', () => {
  const NEAR: Array<[string, string]> = [
    ['Final score Riverside 2, Marlow 0. One player went to hospital with a sprained ankle; we wish him well.', 'a match result, told with its sport'],
    ['Riverside 2, Marlow 0 at the charity cup. One fan was taken to hospital after a fall.', 'a match result at a cup'],
    ['Bridge 1, lorry 0. The bridge has been inspected and the road is open.', 'the scoreline with no harm to anyone'],
    ['Two people were taken to hospital after a crash on the A38.\n\nThe road has reopened. In other news, our bake-off was a hoot 😂', 'the joke is in another paragraph, not next to the harm'],
    ['Learn about natural selection at our museum talk on Darwin this Saturday.', 'natural selection as a subject, no harm'],
  ];
  for (const [text, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await spans(text, 'en-GB')).toEqual([]);
    });
  }
});
