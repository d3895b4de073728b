// personal-data/date-of-birth: a person's full date of birth ("born on 2 March 1925", "DOB 02/03/1985",
// "date of birth: 1985-03-02"). Ages, birthdays without a year, and historical figures born more than
// 120 years ago are not reported.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { redaction } from '../../src/text/pii-context.js';

const MONTH = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d{2}|20\d{2})`;
// Dates with a year: 2 March 1925, 2nd of March 1925, March 2, 1925, 02/03/1925, 2.3.85, 1925-03-02.
// Numeric dates in either order (day first, or month first as in the US: 05/20/1985), one separator
// kind throughout; "5-May-2021" with the month abbreviated.
const DD = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
const MM = String.raw`(?:0?[1-9]|1[0-2])`;
const NUMERIC = ['/', '.', '-'].map((s) => {
  const q = s === '.' ? String.raw`\.` : s;
  return String.raw`(?:${DD}${q}${MM}|${MM}${q}${DD})${q}(?:${YEAR}|\d{2})`;
}).join('|');
const DATE = String.raw`(?:${DAY}\s+(?:of\s+)?(?:${MONTH})\.?,?\s+${YEAR}|${DAY}[-/ ](?:${MONTH})[-/ ]${YEAR}|(?:${MONTH})\.?\s+${DAY},?\s+${YEAR}|${NUMERIC}|${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))`;
// "b." is the genealogists' and newsrooms' abbreviation of "born" ("Jane Doe (b. 14 March 1988)"); with a
// full date after it and a bracket or comma before it ("Plan B. 14 March" is a sentence end), nothing
// else reads that way.
const TRIGGER = String.raw`(?:\bD\.?O\.?B\.?|\bdate\s+of\s+birth|\bbirth\s*date|\bbirthdate|\bborn(?:\s+on)?|(?<=(?:^|[(,;–—])[ \t]{0,2})b\.)`;
// Bounded white space between the trigger and the date: two adjacent unbounded runs (around the optional
// separator) would try every split of a long run of spaces, quadratic in its length.
// Up to three words that say where the date is kept may stand between the label and the date ("DOB on
// file 03/14/1971", "date of birth we hold is 2 March 1980", "DOB as recorded: …"). Not any words: "born
// between 1 March 2021 and …" and "born on or after 1 January 1969" are eligibility ranges, nobody's birthday.
const KEPT = String.raw`(?:on|in|file|record|records|system|we|have|hold|held|our|as|listed|recorded|given|shown|stated|entered)`;
const DOB = new RegExp(`${TRIGGER}(?:\\s{1,8}${KEPT}(?![\\p{L}])){0,3}?\\s{0,8}(?:[:\\-–]|is|was)?\\s{0,8}(?:on\\s{1,8})?(?:the\\s{1,8})?(${DATE})(?![\\p{L}\\p{N}])`, 'giu');

export default defineRule({
  id: 'personal-data/date-of-birth',
  category: 'personal-data',
  description: 'A person’s full date of birth (DOB, born on, date of birth with a date).',
  docs: {
    rationale: 'A full date of birth is an identifier used in fraud; an age or a birthday month is usually enough.',
    flagged: ['Mrs Clarke, who was born on 2 March 1925, turns 100.', 'DOB: 02/03/1985'],
    clean: ['Happy 100th birthday, Edna!', 'The library was built in 1925.', 'Born in Riverside, she joined the council in 1990.'],
  },
  defaultSeverity: 'error',
  topics: ['personal-data'],
  hasSuggestions: true,
  sensitive: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, bodyOffset } = ctx.doc;
    const body = prose.slice(bodyOffset);
    if (!/born|birth|D\.?O\.?B|\bb\./i.test(body)) return;
    const thisYear = new Date().getUTCFullYear();
    DOB.lastIndex = 0;
    for (const m of body.matchAll(DOB)) {
      const offset = bodyOffset + m.index;
      const endOffset = offset + m[0].length;
      const years = m[1]!.match(/\d{4}/);
      // Historical figures, and dates still to come (an opening "born on" a future date is an event).
      if (years && (thisYear - Number(years[0]) > 120 || Number(years[0]) > thisYear)) continue;
      ctx.report({
        offset,
        endOffset,
        message: 'A full date of birth is personal data: remove it or give an age instead.',
        suggestions: redaction(offset, endOffset, 'the date of birth', ctx),
      });
    }
  },
});
