// impartiality/party-political: a party brought into a reply, and blame by its frame, from the tenth held-out
// round ("whatever the Liberal Democrat leaflets going round say", "if the Greens on council hadn't blocked
// the car park sale, it'd be lower", "Take it up with the Republicans who voted for AB 84"). Generated over
// party × frame × reply or post × locale; near-misses keep the frame without a party, or the party without a
// side taken (what the chamber did, a party's conference as a venue, Labour Day). And a record to be held
// against someone when voting ("Parents: remember this when you vote"), beside civic reminders.
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const spans = ruleSpans('Wyvernshire County Council', 'impartiality/party-political');

// [locale, the party as written after "the", the span reported]
const PARTIES: Array<[string, string, string]> = [
  ['en-GB', 'Liberal Democrats', 'Liberal Democrats'],
  ['en-GB', 'Conservatives', 'Conservatives'],
  ['en-AU', 'Greens', 'Greens'],
  ['en-US', 'Republicans', 'the Republicans'],
];
const span = (p: [string, string, string], sentence: string): string => (p[2].startsWith('the ') ? p[2].replace(/^the/u, sentence.includes('The ' + p[1]) ? 'The' : 'the') : p[2]);

describe('party-political: blame by its frame, in any post', () => {
  for (const p of PARTIES) {
    const [locale, party] = p;
    const FRAMES: Array<[string, string]> = [
      [`Rates rose 4.1%. If the ${party} on council hadn't blocked the sale, they'd be lower.`, 'a counterfactual with the party as subject'],
      [`Rates rose 4.1%. If the ${party} had not voted against the sale, they would be lower.`, 'the same, "had not"'],
      [`Take it up with the ${party} who voted for the budget.`, 'a complaint sent on to the party'],
    ];
    for (const [text, why] of FRAMES) {
      for (const reply of [false, true]) {
        it(`${locale} ${reply ? 'reply' : 'post'}: "${text}" (${why})`, async () => {
          expect(await spans(text, locale, reply)).toEqual([span(p, text)]);
        });
      }
    }
  }
});

describe('party-political: a party brought into a reply', () => {
  for (const p of PARTIES) {
    const [locale, party] = p;
    const text = `No library is closing, whatever the ${party} are saying on their leaflets.`;
    it(`${locale} reply: "${text}" takes a side`, async () => {
      expect(await spans(text, locale, true)).toEqual([span(p, text)]);
    });
    it(`${locale} post: "${text}" (a post needs praise or blame)`, async () => {
      expect(await spans(text, locale, false)).toEqual([]);
    });
  }
  for (const [locale, party] of [['en-GB', 'Liberal Democrat'], ['en-GB', 'Labour'], ['en-GB', 'Conservative']]) {
    const text = `No library is closing, whatever the ${party} leaflets going round say.`;
    it(`${locale} reply: "${text}" dismisses a party's leaflets`, async () => {
      expect(await spans(text, locale!, true)).toEqual([party]);
    });
  }
});

describe('party-political: a record to be held against someone at the ballot box', () => {
  const CALLS = ['remember this when you vote', 'Remember that at the ballot box', "don't forget this at the polls", 'remember this on polling day', 'Remember it come election time'];
  for (const call of CALLS) {
    for (const lead of ['Parents: ', 'Class sizes are up again. ', '']) {
      const text = `${lead}${call}.`;
      it(`"${text}" asks for a vote against`, async () => {
        expect(await spans(text, 'en-CA', false)).toEqual([call]);
      });
    }
  }
  for (const text of ['Remember to bring ID when you vote.', 'Remember this when you book your appointment.', "Don't forget your umbrella at the polls."]) {
    it(`"${text}" is a civic or ordinary reminder`, async () => {
      expect(await spans(text, 'en-CA', false)).toEqual([]);
    });
  }
});

describe('party-political: near-misses', () => {
  const NEAR: Array<[string, string]> = [
    ['@x The Labour motion was defeated 10 votes to 7 on Tuesday.', 'what the chamber did, in a reply'],
    ['The Labour group proposed the amendment, which was carried.', 'procedure'],
    ['The Green Party conference brings road closures around the centre.', 'a conference as a venue'],
    ["If the bins hadn't been blocked by parked cars, crews would have emptied them.", 'the counterfactual frame without a party'],
    ['Take it up with the parking team, who can cancel the ticket.', 'a complaint sent on to a team'],
    ['Our offices are closed on Labour Day.', 'Labour Day'],
  ];
  for (const [text, why] of NEAR) {
    for (const reply of [true, false]) {
      it(`${reply ? 'reply' : 'post'}: "${text}" (${why})`, async () => {
        expect(await spans(text, 'en-GB', reply)).toEqual([]);
      });
    }
  }
});
