// Unit tests for the shared personal-data detectors: phone classification (every supported region),
// name heuristics, context helpers, and per-locale behaviour of the personal-data rules.
import { describe, expect, it } from 'vitest';
import { classifyPhone, findPhoneCandidates, regionForLocale, samePhone } from '../src/text/phone.js';
import { findNameCandidates, isOfficeHolder, looksLikePersonName } from '../src/text/names.js';
import { isOwnDomain, isReferenceContext, wordsBefore } from '../src/text/pii-context.js';
import { applyFixes, createLinter } from '../src/index.js';

describe('phone classification', () => {
  const cases: Array<[string, Parameters<typeof classifyPhone>[1], string]> = [
    ['07911 123456', 'GB', 'mobile'],
    ['0300 123 4567', 'GB', 'service'],
    ['0800 555 111', 'GB', 'service'],
    ['0345 600 1234', 'GB', 'service'],
    ['0161 496 0000', 'GB', 'geographic'],
    ['0412 345 678', 'AU', 'mobile'],
    ['1800 333 000', 'AU', 'service'],
    ['1300 555 123', 'AU', 'service'],
    ['(02) 9876 5432', 'AU', 'geographic'],
    ['1-800-555-0199', 'US', 'service'],
    ['(212) 736-5000', 'US', 'geographic'],
    ['1-888-555-1234', 'CA', 'service'],
    ['021 123 4567', 'NZ', 'mobile'],
    ['0800 611 116', 'NZ', 'service'],
    ['087 123 4567', 'IE', 'mobile'],
    ['1800 555 111', 'IE', 'service'],
  ];
  for (const [raw, region, kind] of cases) {
    it(`${raw} in ${region} is ${kind}`, () => expect(classifyPhone(raw, region)?.kind).toBe(kind));
  }
  it('types fictional ranges by prefix and marks them invalid', () => {
    expect(classifyPhone('07700 900123', 'GB')).toMatchObject({ valid: false, kind: 'mobile' });
    expect(classifyPhone('01632 960123', 'GB')).toMatchObject({ valid: false, kind: 'geographic' });
  });
  it('does not read a number without its trunk 0 as a UK number', () => {
    expect(classifyPhone('(555) 123-4567', 'GB')?.valid).toBe(false);
  });
  it('ignores dates, year ranges and short codes', () => {
    expect(classifyPhone('12-03-2024', 'GB')).toBeUndefined();
    expect(classifyPhone('2019-2024', 'GB')).toBeUndefined();
    expect(classifyPhone('116 123', 'GB')).toBeUndefined();
  });
  it('finds numbers in lists with exact spans', () => {
    const text = 'Call 0300 123 4567, 0800 555 111 or 07911 123456. £1,234,567 on 12/03/2024.';
    expect(findPhoneCandidates(text, 'GB').map((c) => c.text)).toEqual(['0300 123 4567', '0800 555 111', '07911 123456']);
  });
  it('maps locales to regions and compares numbers', () => {
    expect(['en-GB', 'en-AU', 'en-US', 'en-CA', 'en-NZ', 'en-IE'].map(regionForLocale)).toEqual(['GB', 'AU', 'US', 'CA', 'NZ', 'IE']);
    expect(samePhone('0300 123 4567', '03001234567', 'GB')).toBe(true);
    expect(samePhone('+44 300 123 4567', '0300 123 4567', 'GB')).toBe(true);
    expect(samePhone('0300 123 4568', '0300 123 4567', 'GB')).toBe(false);
  });
});

describe('names', () => {
  it('recognises titled and two-word names, not places', () => {
    expect(looksLikePersonName('Mrs Patel')).toBe(true);
    expect(looksLikePersonName('Gary Hughes')).toBe(true);
    expect(looksLikePersonName('Town Hall')).toBe(false);
    expect(looksLikePersonName('Market Street')).toBe(false);
  });
  it('leaves out office holders in role', () => {
    const text = 'Thanks to Cllr Jane Smith and the Mayor, Cr Amy Lee, and to Gary Hughes.';
    expect(findNameCandidates(text).map((n) => n.text)).toEqual(['Gary Hughes']);
    expect(isOfficeHolder('Chief Constable Sarah Jones said', 16, 27)).toBe(true);
  });
});

describe('context helpers', () => {
  it('vetoes references, orders and applications', () => {
    const t = 'Planning application 480 311 4570 approved.';
    expect(isReferenceContext(t, 21, 33)).toBe(true);
    expect(isReferenceContext('Patient 462 625 0890 can collect', 8, 20)).toBe(false);
  });
  it('reads words before a value within the sentence', () => {
    expect(wordsBefore('Hello there. Call Dave on 0', 26, 3)).toEqual(['call', 'dave', 'on']);
  });
  it('matches own domains and subdomains', () => {
    expect(isOwnDomain('parks.riverside.gov.uk', ['riverside.gov.uk'])).toBe(true);
    expect(isOwnDomain('notriverside.gov.uk', ['riverside.gov.uk'])).toBe(false);
  });
});

describe('personal-data rules by locale', () => {
  const drafts: Record<string, { flagged: string; clean: string }> = {
    'en-GB': { flagged: 'Contact Sarah Jenkins on 07911 123456.', clean: 'Call us on 0300 123 4567 or NHS 111.' },
    'en-AU': { flagged: 'Call Sarah Jenkins on 0412 345 678.', clean: 'Call 000 in an emergency or Policelink on 131 444, or 1800 333 000.' },
    'en-US': { flagged: 'Call Jim Brown on (212) 736-5000 to collect the keys.', clean: 'Call 911 in an emergency or 311 for city services, or 1-800-555-0199.' },
    'en-CA': { flagged: 'Contact Raj Patel on 416-555-0123.', clean: 'Call 1-888-555-1234 or 911.' },
    'en-NZ': { flagged: 'Text Mike Brown on 021 123 4567.', clean: 'Call 111 in an emergency or Healthline on 0800 611 116.' },
    'en-IE': { flagged: 'Call Emma Byrne on 087 123 4567.', clean: 'Call 999 or 112, or our freephone 1800 555 111.' },
  };
  for (const [locale, d] of Object.entries(drafts)) {
    it(`${locale}: flags a person's number and leaves service numbers alone`, async () => {
      const linter = await createLinter({ locale: locale as 'en-GB', rules: { 'personal-data/phone-number': 'error' } });
      const hit = await linter.lintAsync(d.flagged);
      expect(hit.findings.filter((f) => f.ruleId === 'personal-data/phone-number')).toHaveLength(1);
      const clean = await linter.lintAsync(d.clean);
      expect(clean.findings.filter((f) => f.category === 'personal-data')).toEqual([]);
    });
  }
  it('masks findings and offers a redaction that reads as text', async () => {
    const linter = await createLinter({});
    const draft = 'The owner can contact Sarah Jenkins on 07911 123456 or sarah.jenkins82@gmail.com.';
    const r = await linter.lintAsync(draft);
    const pd = r.findings.filter((f) => f.category === 'personal-data');
    expect(pd.length).toBeGreaterThanOrEqual(2);
    for (const f of pd) {
      expect(f.excerpt).not.toContain('123456');
      expect(f.message).not.toContain('07911');
      expect(f.suggestions?.[0]?.fix?.text).not.toContain('[redacted]');
    }
    // The phone number's lead-in is rewritten; the e-mail, second in the list, goes with its "or".
    const fixed = (ruleId: string) => applyFixes(draft, [{ ...pd.find((f) => f.ruleId === ruleId)!, fix: pd.find((f) => f.ruleId === ruleId)!.suggestions![0]!.fix! }]);
    expect(fixed('personal-data/phone-number')).toBe('The owner can contact us through our website or sarah.jenkins82@gmail.com.');
    expect(fixed('personal-data/email')).toBe('The owner can contact Sarah Jenkins on 07911 123456.');
  });
});
