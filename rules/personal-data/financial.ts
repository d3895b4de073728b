// personal-data/financial: payment card numbers (issuer prefix + length + Luhn), IBANs (country length +
// mod 97) and bank account details labelled as such (sort code and account number, BSB, routing and
// account numbers). Order, reference and invoice numbers are never card numbers, even when Luhn passes;
// business identifiers (ABN, ACN, company and charity numbers) are public and never reported.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { cardBrand, isAbn, isAcn, isIban, isPaymentCard, isTrivialDigits } from '../../src/text/checksums.js';
import { isReferenceContext, redaction } from '../../src/text/pii-context.js';

const D = String.raw`(?<![\p{L}\p{N}£$€.,/:-])`;
const E = String.raw`(?![\p{L}\p{N}]|[.,/:-]\p{N})`;

// 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4, or an unbroken 12–19 digit run.
const CARD = new RegExp(`${D}(?:\\d{4}(?:[ \\u00a0-]\\d{4}){2,3}(?:[ \\u00a0-]\\d{1,3})?|\\d{4}[ \\u00a0-]\\d{6}[ \\u00a0-]\\d{4,5}|\\d{12,19})${E}`, 'gu');
const IBAN = new RegExp(`${D}[A-Z]{2}\\d{2}(?:[ \\u00a0]?[A-Z0-9]{4}){2,7}(?:[ \\u00a0]?[A-Z0-9]{1,3})?${E}`, 'gu');
// Labelled bank account numbers: "account number 12345678", "a/c 12345678". Sort codes, BSBs and routing
// numbers identify a bank branch, not a person, so they are not reported on their own.
const ACCOUNT = /\b(?:(?:bank\s+)?account\s*(?:number|no\.?|#)|acc(?:oun)?t\s*no\.?|a\/c(?:\s*no\.?)?)\s*:?\s*(\d[\d -]{4,15}\d)(?![\p{L}\p{N}])/giu;
// Account-number labels only count in a banking sentence (a council tax or library account is not a bank account).
const BANKING = /\b(?:bank|banking|sort\s?code|BSB|routing|IBAN|BIC|SWIFT|transfer|direct\s+debit|bacs|payee|cheque|checking|savings)\b/i;
// The organisation's own account (for paying invoices) is not personal data.
const OWN_ACCOUNT = /\b(?:our|us|council['’]?s?|the\s+council)\b/i;
// Business identifiers are public registers: never personal data.
const BUSINESS = /\b(?:ABN|ACN|ARBN|company|companies|charity|registered|registration|VAT|GST|EIN|UTR|CRN|NZBN|CRO)\b/i;

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
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, bodyOffset } = ctx.doc;
    const body = prose.slice(bodyOffset);
    if (!/\d{4}/.test(body)) return;
    const taken: Array<[number, number]> = [];
    const report = (offset: number, endOffset: number, what: string): void => {
      if (taken.some(([s, e]) => s < endOffset && offset < e)) return;
      taken.push([offset, endOffset]);
      ctx.report({
        offset,
        endOffset,
        message: `${what} must never be published: remove it.`,
        suggestions: redaction(offset, endOffset, 'the financial details'),
      });
    };
    const business = (offset: number): boolean => BUSINESS.test(prose.slice(Math.max(bodyOffset, offset - 30), offset));

    CARD.lastIndex = 0;
    for (const m of body.matchAll(CARD)) {
      const offset = bodyOffset + m.index;
      const endOffset = offset + m[0].length;
      if (!isPaymentCard(m[0]) || isReferenceContext(prose, offset, endOffset, 5) || business(offset)) continue;
      // An unbroken run needs a card word: long bare numbers are usually references.
      if (/^\d+$/.test(m[0]) && !/\b(?:card|visa|mastercard|amex|debit|credit|cc)\b/i.test(prose.slice(Math.max(bodyOffset, offset - 60), offset))) continue;
      report(offset, endOffset, `${/^[AEIOU]/.test(cardBrand(m[0]) ?? "") ? "An" : "A"} ${cardBrand(m[0])} card number`);
    }
    IBAN.lastIndex = 0;
    for (const m of body.matchAll(IBAN)) {
      const offset = bodyOffset + m.index;
      if (isIban(m[0])) report(offset, offset + m[0].length, 'An IBAN (bank account number)');
    }
    ACCOUNT.lastIndex = 0;
    for (const m of body.matchAll(ACCOUNT)) {
      const value = m[1]!;
      const offset = bodyOffset + m.index + m[0].length - value.length;
      const endOffset = offset + value.length;
      const digits = value.replace(/\D/g, '');
      if (digits.length < 6 || digits.length > 17 || isTrivialDigits(digits) || isAbn(digits) || isAcn(digits) || business(offset)) continue;
      const sentence = ctx.doc.sentences().find((s) => offset >= s.offset && offset < s.endOffset);
      const around = sentence ? prose.slice(sentence.offset, sentence.endOffset) : prose.slice(Math.max(bodyOffset, offset - 100), endOffset + 50);
      if (!BANKING.test(around)) continue;
      if (OWN_ACCOUNT.test(prose.slice(sentence?.offset ?? Math.max(bodyOffset, offset - 100), offset))) continue;
      report(offset, endOffset, 'A bank account number');
    }
  },
});
