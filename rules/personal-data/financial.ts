// personal-data/financial: payment card numbers (issuer prefix + length + Luhn), IBANs (country length +
// mod 97) and bank account details labelled as such (sort code and account number, BSB, routing and
// account numbers). Order, reference and invoice numbers are never card numbers, even when Luhn passes;
// business identifiers (ABN, ACN, company and charity numbers) are public and never reported.
// Detection lives in src/text/identifiers.ts, shared with the phone rule (which skips these ranges).
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { findFinancialIds } from '../../src/text/identifiers.js';
import { redaction } from '../../src/text/pii-context.js';

export default defineRule({
  id: 'personal-data/financial',
  category: 'personal-data',
  description: 'Payment card numbers, IBANs and labelled bank account details, validated by check digits.',
  docs: {
    rationale: 'Card and bank details enable fraud. A card number must have a real issuer prefix and pass Luhn; an order or reference number never counts.',
    flagged: ['We received payment from card 4039 1693 8036 4091.', 'Pay into IBAN GB82 WEST 1234 5698 7654 32.'],
    clean: ['Your permit order 4442 7114 2381 0028 is being processed.', 'ABN 51 824 753 556'],
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
  },
});
