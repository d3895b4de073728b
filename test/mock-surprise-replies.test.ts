// tone/hostile-reply: mock surprise in a reply, asking who could have foreseen what the person did ("Who
// could have seen that coming?", from the tenth held-out round; src/text/data/put-down-grammar.json).
// Generated over wording × what came before × organisation; near-misses are a witness appeal ("anyone who
// could have seen the crash"), an indirect question, and the same words in a post that answers no one.
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const WORDINGS = ['Who could have seen that coming', "Who could've seen that coming", "Who'd have seen that coming", 'Who would have seen this coming', 'Who could have predicted that', 'Who could have guessed'];
const BEFORE = ['Turning up in a van with no permit and being asked for one.', 'Bins out on the wrong day, and they were not emptied.', 'Parked on the verge and got a ticket.'];

for (const org of ['Wyvernshire County Council', 'Riverside City Council']) {
  const spans = ruleSpans(org, 'tone/hostile-reply');
  describe(`hostile-reply (${org}): mock surprise`, () => {
    for (const w of WORDINGS) {
      for (const b of BEFORE) {
        const text = `${b} ${w}? The rules are at riverside.gov.uk/permits`;
        it(`reply: "${w}?" after "${b}"`, async () => {
          expect(await spans(text, 'en-GB', true)).toEqual([w]);
        });
      }
    }
    const NEAR: Array<[string, boolean, string]> = [
      ['Anyone who could have seen the crash on Mill Lane, please call 101.', true, 'a witness appeal'],
      ['We are asking who could have seen the van that night.', true, 'an indirect question, not at the clause start'],
      ['Who could have seen that coming? Nobody, and that is why we test the alarms every week.', false, 'a post that answers no one'],
    ];
    for (const [text, reply, why] of NEAR) {
      it(`${reply ? 'reply' : 'post'}: "${text}" (${why})`, async () => {
        expect(await spans(text, 'en-GB', reply)).toEqual([]);
      });
    }
  });
}
