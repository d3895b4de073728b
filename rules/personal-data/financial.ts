// personal-data/financial: payment card numbers (issuer prefix + length + Luhn), IBANs (country length +
// mod 97) and bank account details labelled as such (sort code and account number, BSB, routing and
// account numbers), and a card's last digits. Order, reference and invoice numbers are never card numbers, even when Luhn passes;
// business identifiers (ABN, ACN, company and charity numbers) are public and never reported.
// Detection lives in src/text/identifiers.ts, shared with the phone rule (which skips these ranges).
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { findFinancialIds } from '../../src/text/identifiers.js';
import { redaction } from '../../src/text/pii-context.js';

// A card's last digits ("a debit card ending 4471", "the card ending in 0912", "last four digits 3318"):
// what a bank or a found-property desk asks to prove who owns it, so publishing them helps someone else
// claim it. The digits only, reported.
const CARD_ENDING = /\b(?:card|account)[ \u00a0]+(?:number[ \u00a0]+)?end(?:ing|s)[ \u00a0]+(?:in[ \u00a0]+|with[ \u00a0]+)?(\d{3,4})(?![\p{L}\p{N}])|\blast[ \u00a0]+(?:four|4|three|3)[ \u00a0]+digits(?:[ \u00a0]+of[ \u00a0]+(?:the|your|his|her|their)[ \u00a0]+card)?(?:[ \u00a0]+(?:are|were)[ \u00a0]+|[ \u00a0]*:[ \u00a0]*|[ \u00a0]+)(\d{3,4})(?![\p{L}\p{N}])/giu;

export default defineRule({
  id: 'personal-data/financial',
  category: 'personal-data',
  description: 'Payment card numbers, IBANs and labelled bank account details, validated by check digits.',
  docs: {
    rationale: 'Card and bank details enable fraud. A card number must have a real issuer prefix and pass Luhn; an order or reference number never counts.',
    flagged: ['We received payment from card 4039 1693 8036 4091.', 'Pay into IBAN GB82 WEST 1234 5698 7654 32.', 'The purse held a debit card ending 4471.'],
    clean: ['Your permit order 4442 7114 2381 0028 is being processed.', 'ABN 51 824 753 556', 'The consultation ending 31 March is open to all.'],
  },
  defaultSeverity: 'error',
  topics: ['personal-data'],
  hasSuggestions: true,
  sensitive: true,
  destyled: true,
  options: z.object({}).strict(),
  check(ctx) {
    for (const id of findFinancialIds(ctx.doc)) {
      ctx.report({
        offset: id.offset,
        endOffset: id.endOffset,
        message: `${id.name} must never be published: remove it.`,
        suggestions: redaction(id.offset, id.endOffset, 'the financial details', ctx),
      });
    }
    const { prose, bodyOffset } = ctx.doc;
    const body = prose.slice(bodyOffset);
    if (!/ending|ends|digits/iu.test(body)) return;
    for (const m of body.matchAll(CARD_ENDING)) {
      const digits = m[1] ?? m[2]!;
      const offset = bodyOffset + m.index + m[0].length - digits.length;
      const endOffset = offset + digits.length;
      ctx.report({
        offset,
        endOffset,
        message: 'A card’s last digits are what its owner is asked to prove it is theirs: leave them out, and ask the owner to describe the card instead.',
        suggestions: redaction(offset, endOffset, 'the card details', ctx),
      });
    }
  },
});
