// legal/admission-of-liability: an offer to pay in the sentence of an admission, reported on its own, from the
// eleventh held-out round ("This was entirely our fault, and the DMV will reimburse anyone who suffers any
// loss because of it", "That's on us, and the Department will cover all of Oliver's medical and physio
// costs"), and a clinical error owned by the organisation's staff ("our radiology staff clearly misread your
// father's scan"). Generated over the organisation's name (generic, configured, its initials) × the offer ×
// whose loss × locale; near-misses keep the words without an offer for the harm ("any claim will be
// assessed", a refund for a cancelled event, the organisation's initials in a plain notice).
import { describe, expect, it } from 'vitest';
import { ruleSpansAsync } from './cached-linter.js';

const spans = ruleSpansAsync('Delmont Department of Motor Vehicles', 'legal/admission-of-liability');

const ADMISSIONS = ['This was entirely our fault', "That's on us", 'It is all our fault'];
const NAMES = ['the DMV', 'the Department', 'we', 'the Delmont Department of Motor Vehicles'];
const OFFERS = [
  (n: string) => `${n} will reimburse anyone who suffers any loss because of it`,
  (n: string) => `${n} will cover all of Oliver's medical and physio costs`,
  (n: string) => `${n} will pay for the repairs to your car`,
  (n: string) => `${n} will cover any costs your family has had`,
];
const LOCALES = ['en-US', 'en-AU', 'en-GB'];

describe('admission-of-liability: an offer beside the admission', () => {
  for (const [i, admit] of ADMISSIONS.entries()) {
    for (const [k, offer] of OFFERS.entries()) {
      const name = NAMES[(i + k) % NAMES.length]!;
      const o = offer(name);
      for (const locale of LOCALES) {
        it(`${locale}: "${admit}, and ${o}."`, async () => {
          const text = `Your car was damaged by our crew on Tuesday. ${admit}, and ${o}.`;
          const got = await spans(text, locale);
          // The admission, and the offer from its verb to the sentence's end.
          expect(got, JSON.stringify(got)).toContain(admit.split(', and')[0]);
          expect(got).toContain(`${o.slice(o.indexOf('will '))}.`);
        });
      }
    }
  }
  for (const staff of ['our radiology staff', 'our staff', 'our team']) {
    for (const act of ['clearly misread your father\u2019s scan', 'misdiagnosed your mother', 'gave you the wrong dose']) {
      it(`a clinical error owned: "${staff} ${act}"`, async () => {
        const text = `Gerard, we are so sorry. Having looked into it, ${staff} ${act} last June, and that is why it was not picked up.`;
        expect((await spans(text, 'en-IE', true)).length).toBeGreaterThanOrEqual(1);
      });
    }
  }
});

describe('admission-of-liability: offer near-misses', () => {
  const NEAR: Array<[string, string, boolean]> = [
    ['Any claim for damage will be assessed by our insurers, who will contact you.', 'a claim hedged by "any", no admission', false],
    ['The concert is cancelled, and the DMV will refund your ticket.', 'a refund for a cancelled event: no harm', false],
    ['The DMV will be closed on Monday for the holiday.', 'the initials in a plain notice', false],
    ['We will reimburse travel costs for volunteers who attend the training.', 'expenses, not a loss the organisation caused', false],
  ];
  for (const [text, why, reply] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await spans(text, 'en-US', reply)).toEqual([]);
    });
  }
});
