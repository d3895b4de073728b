// legal/admission-of-liability: fault owned with the harm as the subject ("so the damage to your hull is on
// us", "the cost of the repair is on us"), an omission owned with when it should have been done ("we should
// have closed the boardwalk then"), and an admission two sentences after the harm it owns (an incident
// update that says what happened, then owns it). From the tenth held-out round. Generated over subject ×
// harm × reply or post × locale; near-misses keep the words without the fault (a free coffee, news to come,
// a letter the reader should have had, a denial, no harm in the post).
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const spans = ruleSpans('Riverside Council', 'legal/admission-of-liability');

const LOCALES = ['en-GB', 'en-US', 'en-CA'];
// (Each lead names the harm, so the subjects without it, "the repair bill", own that damage.)
const HARMS = [
  ['Our crew took the boards off the dock and your boat was damaged, so', 'damage to your hull'],
  ['The pothole on Mill Lane damaged your car, and it was reported to us twice, so', 'damage to your tyre'],
  ['Our mower threw a stone through your window and caused the damage, so', 'damage to your window'],
];
const SUBJECTS = ['the {h} is on us', 'the {h} is all on us', 'the cost of the repair is on us', 'the repair bill is on us'];
const OMISSIONS = ['we should have closed the boardwalk then', 'we should have fixed the pothole sooner', 'we ought to have put up warning signs straight away', 'our crews should have inspected the supports months ago'];

describe('admission-of-liability: owned fault and omissions', () => {
  for (const locale of LOCALES) {
    for (const reply of [true, false]) {
      for (const [lead, harm] of HARMS) {
        for (const subj of SUBJECTS) {
          const owned = subj.replace('{h}', harm!);
          const text = `Sorry about this. ${lead} ${owned}.`;
          it(`${locale} ${reply ? 'reply' : 'post'}: "${owned}" owns the ${harm}`, async () => {
            expect(await spans(text, locale, reply)).toEqual([owned]);
          });
        }
      }
      for (const o of OMISSIONS) {
        const text = `A hiker fell two metres and was taken to hospital. Our inspection found rot in the supports, and ${o}.`;
        it(`${locale} ${reply ? 'reply' : 'post'}: "${o}" owns an omission beside the harm`, async () => {
          expect(await spans(text, locale, reply)).toEqual([o]);
        });
      }
      const update = 'A hiker fell two metres and was taken to hospital.\n\nWe owe the public a straight answer: we should have closed the boardwalk then. That is on us.';
      it(`${locale} ${reply ? 'reply' : 'post'}: an admission two sentences after the harm`, async () => {
        expect(await spans(update, locale, reply)).toEqual(['we should have closed the boardwalk then', 'That is on us']);
      });
    }
  }
});

describe('admission-of-liability: near-misses', () => {
  const NEAR: Array<[string, string]> = [
    ['The coffee is on us at the open day.', 'a free offer, no harm'],
    ['We should have more news tomorrow about the fall on the boardwalk.', 'news to come, no past participle'],
    ['You should have received a letter about the flood damage last week.', 'the reader, not the organisation'],
    ['We should have closed the boardwalk then.', 'an omission with no harm in the post'],
    ['A hiker fell on the boardwalk. We do not think we should have closed the path sooner, but it is being investigated.', 'a denial before the words'],
  ];
  for (const [text, why] of NEAR) {
    for (const reply of [true, false]) {
      it(`${reply ? 'reply' : 'post'}: "${text}" (${why})`, async () => {
        expect(await spans(text, 'en-GB', reply)).toEqual([]);
      });
    }
  }
});
