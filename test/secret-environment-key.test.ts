// confidentiality/credential: a key of the vendor_live_ / vendor_test_ shape ("olk_live_9fT2qX7vLm4Rz81cBw3H")
// after any label, from the twelfth held-out round; ai-disclosure/chatbot-leftover: an editing suggestion to
// add something to the post "to make it even more engaging". Generated over prefix × environment × label;
// near-misses keep the shape with a body of words and the phrases in the organisation's own voice.
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const cred = ruleSpans('Forth Valley Police Division', 'confidentiality/credential');
const chat = ruleSpans('Rakaunui District Council', 'ai-disclosure/chatbot-leftover');

const BODY = '9fT2qX7vLm4Rz81cBw3H';
describe('credential: vendor_environment_ keys', () => {
  for (const prefix of ['olk', 'acme', 'lr']) {
    for (const env of ['live', 'test', 'prod']) {
      for (const label of ['orlo api:', 'key for the scheduler', 'Here it is:']) {
        const key = `${prefix}_${env}_${BODY}`;
        it(`"${label} ${key}"`, async () => {
          expect(await cred(`${label} ${key}`, 'en-GB')).toEqual([key]);
        });
      }
    }
  }
  for (const text of ['Watch my_live_stream_schedule_today', 'the sk_test_xxxxxxxxxxxxxxxxxxxx placeholder', 'see olk_live_EXAMPLEEXAMPLEEXAMPLE']) {
    it(`near-miss: "${text}"`, async () => {
      expect(await cred(text, 'en-GB')).toEqual([]);
    });
  }
});

describe('chatbot-leftover: a suggestion to add to the post', () => {
  for (const edit of ['adjust the times', 'tweak the wording', 'change the date']) {
    for (const add of ['add a photo', 'add some emojis', 'include a hashtag']) {
      it(`"Feel free to ${edit} or ${add} to make it even more engaging!"`, async () => {
        const text = `Matariki storytime is on Saturday at 10am. Feel free to ${edit} or ${add} to make it even more engaging!`;
        expect(await chat(text, 'en-NZ')).toEqual([`Feel free to ${edit} or ${add} to make it even more engaging!`]);
      });
    }
  }
  for (const text of ['We have added ramps to make it more accessible.', 'Feel free to update your details online and add a photo to your profile.', 'Bring the kids to make it more fun for everyone.']) {
    it(`near-miss: "${text}"`, async () => {
      expect(await chat(text, 'en-NZ')).toEqual([]);
    });
  }
});
