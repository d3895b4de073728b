// personal-data/national-id: government identifiers of people — UK National Insurance and NHS numbers,
// AU tax file and Medicare numbers, CA SIN, US SSN, NZ IRD and NHI numbers, IE PPS numbers, passport and
// driving licence numbers. Each must pass its check digit or validity rules, and most also need a
// labelling word nearby; a number labelled as an order, reference or application is never one.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { isIrd, isMedicare, isNhi, isNhsNumber, isNino, isPps, isSin, isSsn, isTfn, isTrivialDigits } from '../../src/text/checksums.js';
import { isReferenceContext, redaction } from '../../src/text/pii-context.js';

interface IdSpec {
  name: string;
  /** The candidate shape, bounded and linear. */
  pattern: RegExp;
  validate: (value: string, text: string) => boolean;
  /** Labelling words, matched as whole words near the value. */
  context: RegExp;
  /** True when the value may be reported without a labelling word (a distinctive, validated form). */
  standalone?: (value: string, locale: string) => boolean;
  /** No check digit: the label must be in the same sentence, not the one before. */
  sentenceOnly?: boolean;
}

const D = String.raw`(?<![\p{L}\p{N}£$€.,/:-])`;
const E = String.raw`(?![\p{L}\p{N}]|[.,/:-]\p{N})`;

const IDS: readonly IdSpec[] = [
  {
    name: 'National Insurance number',
    pattern: new RegExp(`${D}[A-Za-z]{2}[ \\u00a0]?\\d{2}[ \\u00a0]?\\d{2}[ \\u00a0]?\\d{2}[ \\u00a0]?[A-Da-d]${E}`, 'gu'),
    validate: (v) => isNino(v),
    context: /\b(?:national\s+insurance|NI\s+(?:number|no)|NINO|NI)\b/i,
    sentenceOnly: true,
    // "JG 10 37 26 A": the spaced, upper-case layout HMRC prints is distinctive on its own.
    standalone: (v) => /^[A-Z]{2} \d{2} \d{2} \d{2} [A-D]$/.test(v),
  },
  {
    name: 'NHS number',
    pattern: new RegExp(`${D}\\d{3}[ \\u00a0-]?\\d{3}[ \\u00a0-]?\\d{4}${E}`, 'gu'),
    validate: (v) => isNhsNumber(v),
    context: /\b(?:NHS|CHI|H&C|patient|patients|hospital\s+number|health\s+(?:and\s+care\s+)?number|medical\s+record)\b/i,
    // 3-3-4 with a valid check digit and an NHS range first digit (4, 6, 7), in a UK locale.
    standalone: (v, locale) => locale === 'en-GB' && /^[467]\d{2}[ -]\d{3}[ -]\d{4}$/.test(v),
  },
  {
    name: 'tax file number',
    pattern: new RegExp(`${D}\\d{3}[ \\u00a0-]?\\d{3}[ \\u00a0-]?\\d{2,3}${E}`, 'gu'),
    validate: (v) => isTfn(v),
    context: /\b(?:TFN|tax\s+file)\b/i,
  },
  {
    name: 'Medicare number',
    pattern: new RegExp(`${D}[2-6]\\d{3}[ \\u00a0-]?\\d{5}[ \\u00a0-]?\\d(?:[ \\u00a0-]?\\d)?${E}`, 'gu'),
    validate: (v) => isMedicare(v),
    context: /\b(?:medicare)\b/i,
  },
  {
    name: 'Social Insurance Number',
    pattern: new RegExp(`${D}\\d{3}[ \\u00a0-]?\\d{3}[ \\u00a0-]?\\d{3}${E}`, 'gu'),
    validate: (v) => isSin(v),
    context: /\b(?:SIN|social\s+insurance)\b/,
  },
  {
    name: 'Social Security number',
    pattern: new RegExp(`${D}\\d{3}[ \\u00a0-]?\\d{2}[ \\u00a0-]?\\d{4}${E}`, 'gu'),
    validate: (v) => isSsn(v),
    context: /\b(?:SSN|social\s+security|SS#)\b/i,
    sentenceOnly: true,
    // The 3-2-4 hyphenated layout is the SSN's own.
    standalone: (v) => /^\d{3}-\d{2}-\d{4}$/.test(v),
  },
  {
    name: 'IRD number',
    pattern: new RegExp(`${D}\\d{2,3}[ \\u00a0-]?\\d{3}[ \\u00a0-]?\\d{3}${E}`, 'gu'),
    validate: (v) => isIrd(v),
    context: /\b(?:IRD|inland\s+revenue|tax\s+number)\b/i,
  },
  {
    name: 'NHI number',
    pattern: new RegExp(`${D}[A-HJ-NP-Z]{3}[ \\u00a0]?\\d{2}(?:\\d{2}|[A-HJ-NP-Z]{2})${E}`, 'gu'),
    validate: (v) => isNhi(v),
    context: /\b(?:NHI|national\s+health\s+index|patient|health\s+number)\b/i,
  },
  {
    name: 'PPS number',
    pattern: new RegExp(`${D}\\d{7}[ \\u00a0]?[A-Wa-w][A-Ia-iWw]?${E}`, 'gu'),
    validate: (v) => isPps(v),
    context: /\b(?:PPS|PPSN|personal\s+public\s+service)\b/i,
    standalone: (_v, locale) => locale === 'en-IE',
  },
  {
    name: 'passport number',
    pattern: new RegExp(`${D}(?:[A-Za-z]{1,2}\\d{6,8}|\\d{9})${E}`, 'gu'),
    validate: (v) => !isTrivialDigits(v.replace(/\D/g, '')),
    context: /\bpassports?(?:\s+(?:number|no\.?|#))?\s*:?\s*$/i,
  },
  {
    name: 'driving licence number',
    // UK: MORGA657054SM9IJ; elsewhere a labelled run of 6–16 letters and digits with at least 5 digits.
    pattern: new RegExp(`${D}(?:[A-Z9]{5}\\d{6}[A-Z9]{2}\\d[A-Z]{2}|[A-Z]{0,3}\\d[\\dA-Z]{4,14})${E}`, 'gu'),
    validate: (v) => (v.match(/\d/g) ?? []).length >= 5 && !isTrivialDigits(v),
    context: /\b(?:driv(?:ing|er'?s?|er)\s+licen[cs]e|DL)(?:\s+(?:number|no\.?|#))?\s*:?\s*$/i,
  },
];

// Passport and licence labels must sit right before the value (see their `context`); the others may be
// anywhere in the sentence before, or in the few words after ("462 625 0890 (NHS number)").
const ADJACENT_ONLY = new Set(['passport number', 'driving licence number']);

export default defineRule({
  id: 'personal-data/national-id',
  category: 'personal-data',
  description: 'National identifiers of people (NI, NHS, TFN, Medicare, SIN, SSN, IRD, NHI, PPS, passport, licence), validated.',
  docs: {
    rationale: 'Government identifiers enable fraud and identity theft. A number is reported only when it passes the identifier’s check digit and is labelled as such (or written in its distinctive layout).',
    flagged: ['Patient 462 625 0890 can collect their prescription.', 'Confirm TFN 163 667 426.', 'read out 536-22-1940'],
    clean: ['Planning application 480 311 4570 has been approved.', 'Order 163 667 426 is on its way.'],
  },
  defaultSeverity: 'error',
  topics: ['personal-data'],
  hasSuggestions: true,
  sensitive: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { prose } = ctx.doc;
    const body = prose.slice(ctx.doc.bodyOffset);
    if (!/\d{2}/.test(body)) return;
    const locale = ctx.settings.locale;
    const taken: Array<[number, number]> = [];
    const sentences = ctx.doc.sentences();
    const sentenceStart = (offset: number): number => {
      const s = sentences.find((r) => offset >= r.offset && offset < r.endOffset);
      return s ? s.offset : Math.max(ctx.doc.bodyOffset, offset - 120);
    };

    for (const spec of IDS) {
      spec.pattern.lastIndex = 0;
      for (const m of body.matchAll(spec.pattern)) {
        const offset = ctx.doc.bodyOffset + m.index;
        const endOffset = offset + m[0].length;
        const value = m[0];
        if (taken.some(([s, e]) => s < endOffset && offset < e)) continue;
        if (!spec.validate(value, prose)) continue;
        if (isReferenceContext(prose, offset, endOffset)) continue;
        let labelled: boolean;
        if (ADJACENT_ONLY.has(spec.name)) {
          labelled = spec.context.test(prose.slice(Math.max(0, offset - 40), offset));
        } else {
          const start = sentenceStart(offset);
          // The sentence up to the value, the previous sentence ("… your Social Security number. A caller
          // asked for 536-22-1940"), and a few words after.
          const block = ctx.doc.blocks.find((b) => offset >= b.offset && offset < b.endOffset);
          const prev = spec.sentenceOnly ? undefined : sentences.filter((s) => s.endOffset <= start && (!block || s.offset >= block.offset)).pop();
          const window = prose.slice(prev ? prev.offset : start, offset) + ' ' + prose.slice(endOffset, endOffset + 30).split(/[.!?\n]/)[0];
          labelled = spec.context.test(window);
        }
        if (!labelled && !spec.standalone?.(value, locale)) continue;
        taken.push([offset, endOffset]);
        ctx.report({
          offset,
          endOffset,
          message: `${/^[AEIOU]|^NH|^NI|^IRD|^SSN|^SIN/.test(spec.name) ? "An" : "A"} ${spec.name} is personal data and must never be published: remove it.`,
          suggestions: redaction(offset, endOffset, `the ${spec.name}`),
        });
      }
    }
  },
});
