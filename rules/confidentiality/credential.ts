// confidentiality/credential: passwords, PINs, API keys, tokens, private keys and webhook URLs in a draft.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { findSecrets } from '../../src/text/secrets.js';

// Kinds that are real but low-impact or uncertain (test-mode keys, tokens in link query strings): reported as warnings, everything else at the
// rule's severity.
const LOW_IMPACT = new Set(['stripe-test-key', 'url-secret']);
// Councils publish the passcode of a public online meeting on purpose ("Meeting ID: 812 3456 7890
// Passcode: 482913"): near such words a code is reported for a check, at info level.
const MEETING_CONTEXT = /\b(?:meeting id|webinar|zoom|teams meeting|dial[- ]in|conference id|join (?:the|our|us)|livestream|live stream)\b/i;
const CODE_KINDS = new Set(['access-code', 'password']);

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
  destyled: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { text, bodyOffset } = ctx.doc;
    // The raw body, not the prose view: a secret inside code, a link destination or an HTML comment is
    // still in the published text (or one edit away from it).
    const body = text.slice(bodyOffset);
    for (const s of findSecrets(body)) {
      const before = body.slice(Math.max(0, s.offset - 120), s.offset);
      if (CODE_KINDS.has(s.kind) && MEETING_CONTEXT.test(before)) {
        ctx.report({
          offset: bodyOffset + s.offset,
          endOffset: bodyOffset + s.endOffset,
          message: `This looks like ${s.label} for an online meeting: fine for a public meeting, but never publish the code of a private one.`,
          severity: 'info',
          sensitive: true,
        });
        continue;
      }
      ctx.report({
        offset: bodyOffset + s.offset,
        endOffset: bodyOffset + s.endOffset,
        message: `This looks like ${s.label}. Never publish credentials: remove it and have it revoked or changed, as it may already have been exposed.`,
        ...(LOW_IMPACT.has(s.kind) && ctx.severity === 'error' ? { severity: 'warning' as const } : {}),
        sensitive: true,
      });
    }
  },
});
