// personal-data/national-id: government identifiers of people — UK National Insurance and NHS numbers,
// AU tax file, Medicare and Centrelink Customer Reference numbers, CA SIN and Ontario health card numbers, US SSN, ITIN and Medicare
// (MBI) numbers, NZ IRD and NHI numbers, IE PPS numbers. Each must pass its check digit or validity
// rules, and most also need a labelling word nearby (the identifier's full name, a variant or its
// acronym). Identifiers with no check digit — passport, driving licence, Medicaid and other health card
// numbers — count only when their label sits right before them. A number labelled as an order,
// reference, application or business id is never one.
// Each identifier is a recogniser in src/recognizers/<country>/; detection lives in src/text/identifiers.ts,
// shared with the phone rule (which skips these ranges).
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { findNationalIds } from '../../src/text/identifiers.js';
import { redaction } from '../../src/text/pii-context.js';

export default defineRule({
  id: 'personal-data/national-id',
  category: 'personal-data',
  description: 'National identifiers of people (NI, NHS, TFN, Medicare, Centrelink CRN, SIN, SSN, IRD, NHI, PPS, health card, medical record number, passport, licence), validated.',
  docs: {
    rationale: 'Government identifiers enable fraud and identity theft. A number is reported only when it passes the identifier’s check digit and is labelled as such (or written in its distinctive layout).',
    flagged: ['Patient 462 625 0890 can collect their prescription.', 'Confirm your tax file number 876 543 210.', 'read out 536-22-1940'],
    clean: ['Planning application 480 311 4570 has been approved.', 'Order 163 667 426 is on its way.', 'Business Number 302707112 RT0001'],
  },
  defaultSeverity: 'error',
  topics: ['personal-data'],
  hasSuggestions: true,
  sensitive: true,
  destyled: true,
  options: z.object({}).strict(),
  check(ctx) {
    for (const id of findNationalIds(ctx.doc, ctx.settings.locale, ctx.settings.jurisdiction)) {
      const article = /^[AEIOU]|^NH|^NI|^IRD|^SSN|^SIN/.test(id.name) ? 'An' : 'A';
      ctx.report({
        offset: id.offset,
        endOffset: id.endOffset,
        // A labelled number whose check digit fails is mistyped or invented, but still given as someone's.
        ...(id.checkFailed ? { severity: ctx.severity === 'error' ? 'warning' : ctx.severity } : {}),
        message: id.checkFailed
          ? `This is given as ${article.toLowerCase()} ${id.name} (its check digit does not match, so it may be mistyped): a person’s identifier is personal data, remove it.`
          : `${article} ${id.name} is personal data and must never be published: remove it.`,
        suggestions: redaction(id.offset, id.endOffset, `the ${id.name}`, ctx),
      });
    }
  },
});
