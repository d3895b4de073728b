// tone/hostile-reply: an eye-roll, facepalm, unamused or upside-down face mocks someone in any post, not
// only in a reply: the tenth held-out round's incident posts ("Aaand another one 🙄", "Another weekend,
// another truck through the ice 🙃"). Over every labelled set these emoji stand only in drafts labelled for
// their tone. Generated over emoji × skin tone and gender (facepalm) × position × reply or post × locale;
// near-misses are the friendly faces a public body does use (🙂 😊 😉 👍 😄) in the same places, and, outside
// a reply, a mocking face at the organisation's own expense ("Our staff when the coffee machine broke 🙄").
import { describe, expect, it } from 'vitest';
import { cachedLinters, ruleSpans } from './cached-linter.js';

const spans = ruleSpans('Wyvernshire County Council', 'tone/hostile-reply');

const MOCKING = ['🙄', '🙃', '😒', '🤦', '🤦🏽', '🤦‍♂️', '🤦🏻‍♀️'];
const FRIENDLY = ['🙂', '😊', '😉', '👍', '😄', '❄️'];
const PLACES: Array<[string, (e: string) => string]> = [
  ['after the opening line', (e) => `Another lorry stuck under the Hatherley bridge ${e} The B4409 is shut both ways.`],
  ['at the end', (e) => `Another lorry stuck under the Hatherley bridge. The B4409 is shut both ways ${e}`],
  ['mid-sentence', (e) => `Three cars drove around the Road Closed sign ${e} and two went into the water.`],
];
const LOCALES = ['en-GB', 'en-US', 'en-AU'];

describe('mocking emoji in any post', () => {
  for (const locale of LOCALES) {
    for (const [where, make] of PLACES) {
      for (const reply of [true, false]) {
        for (const e of MOCKING) {
          it(`${locale}, ${reply ? 'reply' : 'post'}, ${where}: "${e}" mocks the people it is about`, async () => {
            expect(await spans(make(e), locale, reply)).toEqual([e]);
          });
        }
        for (const e of FRIENDLY) {
          it(`${locale}, ${reply ? 'reply' : 'post'}, ${where}: "${e}" is friendly, no finding`, async () => {
            expect(await spans(make(e), locale, reply)).toEqual([]);
          });
        }
      }
    }
  }

  // At the organisation's own expense, outside a reply, the same emoji mocks no one.
  const SELF = ['Our staff when the coffee machine broke {e} (it is fixed now)', 'We locked ourselves out of the depot this morning {e}', "Our website's having a Monday {e} We're fixing it."];
  for (const t of SELF) {
    for (const e of MOCKING) {
      const text = t.replace('{e}', e);
      it(`post: "${text}" laughs at ourselves, no finding`, async () => {
        expect(await spans(text, 'en-GB', false)).toEqual([]);
      });
      it(`reply: "${text}" still rolls its eyes at the person answered`, async () => {
        expect(await spans(text, 'en-GB', true)).toEqual([e]);
      });
    }
  }

  it('gives a post its own message (no one is answered)', async () => {
    const res = (await cachedLinters('Wyvernshire County Council')('en-GB')).lint('Another truck through the ice at Wildhorse 🙃');
    expect(res.findings.filter((f) => f.ruleId === 'tone/hostile-reply').map((f) => f.message)).toEqual(['"🙃" mocks the people the post is about: address the public courteously and stick to the facts.']);
  });
});
