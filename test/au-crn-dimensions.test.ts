// personal-data/national-id: the Australian Centrelink Customer Reference Number (src/recognizers/au/crn.ts),
// from the tenth held-out round ("we have your card on file under CRN 207 448 913K"). Nine digits and a
// letter, with its label right before it (no published check character). Generated over label × separator ×
// position × locale; near-misses are the same digits unlabelled or labelled as something else, and a UK
// "CRN", which is a crime reference number.
import { describe, expect, it } from 'vitest';
import { ruleSpans } from './cached-linter.js';

const spans = ruleSpans('Wattleford City Council', 'personal-data/national-id');

const LABELS = ['CRN', 'CRN:', 'CRN is', 'Customer Reference Number', 'Centrelink number', 'Centrelink Customer Reference Number', 'Centrelink reference number:'];
const VALUES = ['207 448 913K', '207448913K', '207-448-913K', '512 903 114A'];
const FRAMES: Array<[string, (v: string) => string]> = [
  ['mid-sentence', (v) => `Hi Kylie, we have your card on file under ${v}, so no need to resend it.`],
  ['opening', (v) => `${v} is on your concession card, so you're covered.`],
  ['in brackets', (v) => `Your concession (${v}) has been applied to this quarter's rates.`],
];

describe('national-id: Centrelink CRN with its label', () => {
  for (const label of LABELS) {
    for (const value of VALUES) {
      for (const [where, frame] of FRAMES) {
        it(`en-AU, ${where}: "${label} ${value}"`, async () => {
          expect(await spans(frame(`${label} ${value}`), 'en-AU', true)).toEqual([value]);
        });
      }
    }
  }
});

describe('national-id: CRN near-misses', () => {
  const NEAR: Array<[string, string, string]> = [
    ['en-AU', 'Call us on 207 448 913 for help.', 'nine digits without the letter'],
    ['en-AU', 'Order 207 448 913K has shipped.', 'labelled as an order'],
    ['en-AU', 'Quote your CRN when you call Centrelink.', 'the label without a value'],
    ['en-AU', 'Our reference 207 448 913K is on the letter.', 'our own reference'],
    ['en-GB', 'Your CRN is 207 448 913K.', 'in the UK a CRN is a crime reference number'],
    ['en-US', 'Your CRN is 207 448 913K.', 'not at home in the US'],
  ];
  for (const [locale, text, why] of NEAR) {
    it(`${locale}: "${text}" (${why})`, async () => {
      expect(await spans(text, locale, true)).toEqual([]);
    });
  }
});
