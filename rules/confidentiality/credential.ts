// confidentiality/credential: passwords, PINs, API keys, tokens, private keys and webhook URLs in a draft.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { findSecrets } from '../../src/text/secrets.js';

// Kinds that are real but low-impact (test-mode keys): reported as warnings, everything else at the
// rule's severity.
const LOW_IMPACT = new Set(['stripe-test-key']);

export default defineRule({
  id: 'confidentiality/credential',
  category: 'confidentiality',
  description: 'Credentials and secrets: passwords, PINs, access codes, API keys and tokens, private keys, webhook URLs and passwords inside URLs.',
  docs: {
    rationale:
      'A credential in a public post is compromised the moment it is published: anyone can use it to take over an account, read data or post as the organisation. Revoke it, then remove it. The value is never repeated in reports.',
    flagged: [
      'Developers can test the API with key AKIA4HJKL2MNOP7QRSTU.',
      'Guest Wi-Fi password: Riverside2024!',
      'Dial in: https://admin:Sup3rS3cret@cms.example.org/login',
    ],
    clean: ['Never share your PIN number with anyone, even someone saying they are from the bank.', 'Use a strong password: three random words.', 'Our API docs: https://api.example.gov.uk/docs?key=YOUR_API_KEY'],
  },
  defaultSeverity: 'error',
  topics: ['account-security'],
  sensitive: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { text, bodyOffset } = ctx.doc;
    // The raw body, not the prose view: a secret inside code, a link destination or an HTML comment is
    // still in the published text (or one edit away from it).
    const body = text.slice(bodyOffset);
    for (const s of findSecrets(body)) {
      ctx.report({
        offset: bodyOffset + s.offset,
        endOffset: bodyOffset + s.endOffset,
        message: `This looks like ${s.label}. Never publish credentials: remove it and have it revoked or changed, as it may already have been exposed.`,
        ...(LOW_IMPACT.has(s.kind) ? { severity: 'warning' as const } : {}),
        sensitive: true,
      });
    }
  },
});
