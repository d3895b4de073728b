// tone/hostile-reply and tone/hostile-reply-other-languages, as grammar data (src/text/data/put-down-grammar.json),
// from the twelfth held-out round: mock spending advice ("maybe skip one latte a month"), leaving the reader
// to work out the obvious ("we'll let you work it out"), "Funny how it's only ever …", a mock count of how
// often a complaint comes ("haven't seen one of those in at least five minutes"), the few who keep asking
// every single week (any post), and the French effort verb elided ("si vous aviez pris la peine d'écouter").
// Generated over each construct's word classes; near-misses keep the words in courteous replies.
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const en = ruleSpans('Lakeport Transit', 'tone/hostile-reply');
const other = ruleSpans('Lakeport Transit', 'tone/hostile-reply-other-languages');

const ROWS: Array<[string, string, boolean]> = [];
for (const maybe of ['maybe', 'perhaps', 'just']) for (const treat of ['latte', 'takeaway coffee', 'pint']) ROWS.push([`If that's breaking the bank, ${maybe} skip one ${treat} a month.`, `${maybe} skip one ${treat}`, true]);
for (const let_ of ["we'll let you", "I'll leave you to"]) for (const work of ['work it out', 'figure that one out', 'join the dots']) ROWS.push([`There's a foolproof way to never see us there again – ${let_} ${work}.`, `${let_} ${work}`, true]);
for (const funny of ['Funny how', 'Strange how', 'Amazing how']) for (const ever of ["it's only ever", "it's always"]) ROWS.push([`${funny} ${ever} 'revenue raising' when it's your car doing 47 in a 30.`, `${funny} ${ever}`, true]);
for (const seen of ["haven't seen", "haven't had"]) for (const span of ['five minutes', 'an hour', 'two minutes']) ROWS.push([`Wow, a fare complaint, ${seen} one of those in at least ${span}.`, `${seen} one of those in at least ${span}`, true]);
for (const few of ['the handful of you', 'the few of you']) for (const every of ['every single week', 'every day']) ROWS.push([`(And yes, to ${few} who keep asking ${every}: it's still free.)`, `${few} who keep asking ${every}`, false]);

describe('hostile-reply: sarcasm constructs', () => {
  for (const [text, span, reply] of ROWS) {
    it(`${reply ? 'reply' : 'post'}: "${text}"`, async () => {
      expect(await en(text, 'en-US', reply)).toContain(span);
    });
  }
  it('French: "si vous aviez pris la peine d\u2019écouter"', async () => {
    const text = "Madame Carrière, si vous aviez pris la peine d'écouter les trois messages qu'on vous a laissés hier, vous sauriez déjà tout ça.";
    expect(await other(text, 'en-CA', true)).toEqual(["si vous aviez pris la peine d'écouter"]);
  });
});

describe('hostile-reply: construct near-misses', () => {
  const NEAR: Array<[string, string]> = [
    ["We'll let you know as soon as the lift is fixed.", '"let you" + know'],
    ['You could skip the queue by booking online.', 'skip a queue, not a treat'],
    ['We have not seen any reports of a fault in the last hour.', 'a plain report'],
    ['Thanks to everyone who keeps asking about the new timetable: it is out on Monday.', 'no mock few'],
    ["If you'd like to listen to the recording, it is on our website.", 'a polite offer'],
  ];
  for (const [text, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await en(text, 'en-US', true)).toEqual([]);
    });
  }
});
