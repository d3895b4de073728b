// Presidio's recognizer tests as a peer suite (cases vendored in test/peer-presidio/cases.json with their
// repository and commit). Shared by the test (personal-data-presidio-peer.test.ts) and the report script.
// Positives are scored labelled: a value whose own text has no label for its entity within 30 characters
// before it gets one inserted right before it ("IBAN ", "my phone "), since commslint reports an
// identifier only when it is labelled or in its distinctive layout. Negatives are scored bare, as written.
import { readFileSync } from 'node:fs';
import { createLinter, type Linter } from '../src/index.js';
import type { Locale } from '../src/types.js';

export interface PresidioCase { file: string; test: string; entity: string; text: string; spans: Array<[number, number]> }
interface EntitySpec { rule: string; locales: Locale[]; label: string; labelled: RegExp; covers?: (value: string) => string | undefined }

// A full calendar date (day, month and year); a month and year, or a timestamp, is not a date of birth.
const FULL_DATE = /^(?:\d{1,2}[-/.](?:\d{1,2}|[A-Za-z]{3})[-/.]\d{2,4}|\d{4}-\d{2}-\d{2})$/;
const ROLE_LOCAL = /^(?:info|anotherinfo)@/;

export const ENTITIES: Readonly<Record<string, EntitySpec>> = {
  UK_NINO: { rule: 'national-id', locales: ['en-GB'], label: 'National Insurance number ', labelled: /national insurance|\bnino\b|\bNI\b/i },
  UK_NHS: { rule: 'national-id', locales: ['en-GB'], label: 'NHS number ', labelled: /\bNHS\b/i },
  AU_TFN: { rule: 'national-id', locales: ['en-AU'], label: 'TFN ', labelled: /\bTFN\b|tax file/i },
  AU_MEDICARE: { rule: 'national-id', locales: ['en-AU'], label: 'Medicare number ', labelled: /medicare/i },
  CA_SIN: { rule: 'national-id', locales: ['en-CA'], label: 'SIN ', labelled: /\bSIN\b|social insurance/i },
  US_SSN: { rule: 'national-id', locales: ['en-US'], label: 'SSN ', labelled: /\bSSN\b|social security/i },
  US_ITIN: { rule: 'national-id', locales: ['en-US'], label: 'ITIN ', labelled: /\bITIN\b|taxpayer/i },
  US_MBI: { rule: 'national-id', locales: ['en-US'], label: 'MBI ', labelled: /\bMBI\b|medicare/i },
  US_DRIVER_LICENSE: { rule: 'national-id', locales: ['en-US'], label: "driver's license ", labelled: /driv\w*\s+licen[cs]e[:\s]*$/i },
  UK_DRIVING_LICENCE: { rule: 'national-id', locales: ['en-GB'], label: 'driving licence ', labelled: /(?:driv\w*\s+)?licen[cs]e[:\s]*$/i },
  US_PASSPORT: { rule: 'national-id', locales: ['en-US'], label: 'passport number ', labelled: /passports?(?:\s+number)?(?:\s+is)?[:\s]*$/i },
  UK_PASSPORT: { rule: 'national-id', locales: ['en-GB'], label: 'passport number ', labelled: /passports?(?:\s+number)?(?:\s+is)?[:\s]*$/i },
  US_BANK_NUMBER: { rule: 'financial', locales: ['en-US'], label: 'bank account number ', labelled: /bank account/i },
  CREDIT_CARD: { rule: 'financial', locales: ['en-GB', 'en-US'], label: 'card number ', labelled: /\bcard\b/i },
  IBAN_CODE: { rule: 'financial', locales: ['en-GB', 'en-US'], label: 'IBAN ', labelled: /\biban\b/i },
  PHONE_NUMBER: { rule: 'phone-number', locales: ['en-GB', 'en-US'], label: 'my phone ', labelled: /\b(?:my|phone|mobile)\b/i },
  EMAIL_ADDRESS: {
    rule: 'email', locales: ['en-GB', 'en-US'], label: 'my email ', labelled: /\bemail\b/i,
    covers: (v) => (ROLE_LOCAL.test(v) ? 'a role mailbox (info@): public by design, never personal data' : undefined),
  },
  DATE_TIME: {
    rule: 'date-of-birth', locales: ['en-GB', 'en-US'], label: 'DOB ', labelled: /date of birth|\bDOB\b/i,
    covers: (v) => (FULL_DATE.test(v) ? undefined : 'not a full calendar date (a month and year, a day and month, or a timestamp): never a date of birth'),
  },
};

export function loadCases(): { source: Record<string, string>; cases: PresidioCase[] } {
  return JSON.parse(readFileSync(new URL('./peer-presidio/cases.json', import.meta.url), 'utf8'));
}

export interface Scored {
  positives: number; found: number; excluded: Array<{ text: string; reason: string }>;
  missed: Array<{ entity: string; locale: string; text: string; value: string; got: string[] }>;
  negatives: number; falseAlarms: Array<{ entity: string; locale: string; text: string; got: string[] }>;
}

/** Runs every case through commslint (all rules of commslint:recommended) and scores it. */
export async function scorePresidio(): Promise<Scored> {
  const { cases } = loadCases();
  const linters = new Map<Locale, Linter>();
  const linter = async (locale: Locale): Promise<Linter> => {
    let l = linters.get(locale);
    if (!l) linters.set(locale, (l = await createLinter({ locale })));
    return l;
  };
  const out: Scored = { positives: 0, found: 0, excluded: [], missed: [], negatives: 0, falseAlarms: [] };
  for (const c of cases) {
    const spec = ENTITIES[c.entity]!;
    if (c.spans.length === 0) {
      for (const locale of spec.locales) {
        out.negatives++;
        const r = await (await linter(locale)).lintAsync(c.text);
        const got = r.findings.filter((f) => f.category === 'personal-data' && f.severity !== 'info');
        if (got.length) out.falseAlarms.push({ entity: c.entity, locale, text: c.text, got: got.map((f) => `${f.ruleId} ${c.text.slice(f.offset, f.endOffset)}`) });
      }
      continue;
    }
    for (const [s0, e0] of c.spans) {
      // Presidio's spans sometimes take in the space before the value ("Number YZ 61…" at 36): trimmed.
      const raw = c.text.slice(s0, e0);
      const s = s0 + (raw.length - raw.trimStart().length);
      const e = e0 - (raw.length - raw.trimEnd().length);
      const value = c.text.slice(s, e);
      const reason = spec.covers?.(value);
      if (reason) {
        out.excluded.push({ text: c.text, reason });
        continue;
      }
      const labelled = spec.labelled.test(c.text.slice(Math.max(0, s - 30), s));
      const text = labelled ? c.text : c.text.slice(0, s) + spec.label + c.text.slice(s);
      const shift = labelled ? 0 : spec.label.length;
      for (const locale of spec.locales) {
        out.positives++;
        const r = await (await linter(locale)).lintAsync(text);
        const rule = `personal-data/${spec.rule}`;
        const start = s + shift;
        const end = e + shift;
        // The finding ends where the value ends (nothing swallowed, nothing cut), and starts at the value
        // (a date of birth's finding starts at its label).
        const hit = r.findings.some((f) => f.ruleId === rule && f.endOffset === end && f.offset <= start && f.offset >= (spec.rule === 'date-of-birth' ? start - 40 : start));
        if (hit) out.found++;
        else out.missed.push({ entity: c.entity, locale, text, value, got: r.findings.filter((f) => f.category === 'personal-data').map((f) => `${f.ruleId} ${JSON.stringify(text.slice(f.offset, f.endOffset))}`) });
      }
    }
  }
  return out;
}
