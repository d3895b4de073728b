// personal-data/financial-situation: a private person's debt or account balance ("it shows an overdue balance
// of $2,346.80", "Mr Hale owes £3,400 in council tax", "vous devez 420 $") in a reply to them or next to their
// name. What someone owes is their personal data (and often a reason they are singled out): a reply says
// "there is an amount outstanding on your account" and gives the details privately. Figures about many
// people ("the average overdue balance is $420", "arrears total $1.2 million") name no one. Words in every
// supported language (financial-situation.json).
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { redaction } from '../../src/text/pii-context.js';
import { findNameCandidates, PERSONAL_TITLES } from '../../src/text/names.js';
import { sentenceAt } from '../../src/text/sentence-at.js';
import { phrasePattern } from '../../src/text/terms.js';
import DATA from './financial-situation.json' with { type: 'json' };

const phrase = (p: string): string => phrasePattern(p, '[ \\t\\u00a0]+');
const alt = (list: readonly string[]): string => [...new Set(list)].sort((a, b) => b.length - a.length).map(phrase).join('|');
// A sum of money: a currency sign or code before the digits ("$2,346.80", "NZ$ 340", "£1,200"), or a
// currency sign or word after them ("2 346,80 $", "420 dollars", "500 ewro").
const AMOUNT = String.raw`(?:(?:[A-Z]{1,3})?[$£€]\s?\d{1,3}(?:[, \u00a0]\d{3})*(?:\.\d{1,2})?|\d{1,3}(?:[ ,.\u00a0]\d{3})*(?:[.,]\d{1,2})?\s?(?:\$|€|£|dollars?|pounds?|euros?|ewro|punnoedd|taara))(?![\p{L}\p{N}])`;
// The debt words, then a sum after at most three linking words ("overdue balance of $2,346.80", "owes the
// council £500"), or a sum, then the words ("£1,200 in rent arrears", "$340 overdue").
const DEBT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${alt(Object.values(DATA.debtBefore).flat())})(?![\p{L}\p{N}])[ \t\u00a0]*(?:[:=–-][ \t\u00a0]*)?(?:(?:${alt(Object.values(DATA.connectors).flat())})[ \t\u00a0]+){0,3}${AMOUNT}|${AMOUNT}[ \t\u00a0]+(?:(?:is|was|still|now|remains)[ \t\u00a0]+)?(?:${alt(Object.values(DATA.debtAfter).flat())})(?![\p{L}\p{N}]))`,
  'giu',
);
const AGGREGATE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alt(DATA.aggregate)})(?![\p{L}\p{N}])|\d\s?(?:m|bn|k)\b`, 'iu');
const TITLE_NAME = new RegExp(`\\b(?:${PERSONAL_TITLES.join('|')})\\.?\\s+\\p{Lu}`, 'u');
// The person written about: "his", "her", "their" or a name in the sentence.
const PERSON = /\b(?:his|her|he|she)\b/iu;
// Every match holds a digit.
const GATE = /\d/;

export default defineRule({
  id: 'personal-data/financial-situation',
  category: 'personal-data',
  description: 'A private person’s debt, arrears or account balance, in a reply to them or next to their name.',
  docs: {
    rationale:
      'What a private person owes (arrears, an overdue balance, a debt) is their personal data and can shame them in public (UK GDPR Art 5(1)(c), APP 6, PIPEDA, Privacy Act 2020 IPP 11): a public reply says there is an amount outstanding and gives the details privately.',
    flagged: ['Hi Graham, we’ve looked up your account and it shows an overdue balance of $2,346.80.', 'Mr Hale owes £3,400 in council tax.'],
    clean: ['The average overdue balance is $420: set up a payment plan if you are behind.', 'Council tax arrears across the borough total £4.2m.', 'A $25 late fee applies to rates paid after 30 September.'],
  },
  defaultSeverity: 'error',
  topics: ['personal-data'],
  hasSuggestions: true,
  sensitive: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, bodyOffset } = ctx.doc;
    const body = prose.slice(bodyOffset);
    if (!GATE.test(body)) return;
    const reply = ctx.meta.replyTo !== undefined;
    DEBT.lastIndex = 0;
    for (const m of body.matchAll(DEBT)) {
      const offset = bodyOffset + m.index;
      const endOffset = offset + m[0].length;
      const sentence = sentenceAt(ctx.doc, offset) ?? { offset: Math.max(bodyOffset, offset - 150), endOffset: Math.min(prose.length, endOffset + 100) };
      const text = prose.slice(sentence.offset, sentence.endOffset);
      if (AGGREGATE.test(text)) continue;
      // In a reply the sum is the account of the person written to; elsewhere the sentence names the person.
      const identifiable = reply || TITLE_NAME.test(text) || findNameCandidates(prose, sentence.offset, sentence.endOffset).length > 0 || (PERSON.test(text) && findNameCandidates(prose, bodyOffset, sentence.offset).length > 0);
      if (!identifiable) continue;
      ctx.report({
        offset,
        endOffset,
        message: 'A private person’s debt or account balance is personal data: say there is an amount outstanding and give the details privately.',
        suggestions: redaction(offset, endOffset, 'the amount owed', ctx),
      });
    }
  },
});
