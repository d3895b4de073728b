// ITIN and Medicare Beneficiary Identifier validity rules (src/text/checksums.ts), and identifiers with
// no check digit found by their label (src/text/identifiers.ts): driving licences, Medicaid and health
// card numbers, passports.
import { describe, expect, it } from 'vitest';
import { isItin, isMbi } from '../src/text/checksums.js';
import { createLinter } from '../src/index.js';
import type { Locale } from '../src/types.js';

describe('ITIN and MBI validity', () => {
  it('ITIN: 9XX with an issued middle group (50–65, 70–88, 90–92, 94–99)', () => {
    // Mixed separators are a layout question (the detector's unlabelled layout is strict), not validity.
    for (const v of ['927-81-4406', '900-50-1234', '999-99-1234', '912 70 1234', '912701234', '912-94-1234', '927-81 4406']) expect(isItin(v), v).toBe(true);
    for (const v of ['927-49-4406', '927-66-4406', '927-89-4406', '927-93-4406', '827-81-4406', '927-81-0000', '927/81/4406', '999-99-9999']) expect(isItin(v), v).toBe(false);
  });
  it('MBI: CMS layout, no S, L, O, I, B or Z', () => {
    for (const v of ['1EG4-TE5-MK73', '1EG4TE5MK73', '9AA0-A00-AA00']) expect(isMbi(v), v).toBe(true);
    for (const v of ['0EG4-TE5-MK73', '1SG4-TE5-MK73', '1EG4-TE5-MK7', '1EG4-TE5-ML73', '1EG4-555-MK73']) expect(isMbi(v), v).toBe(false);
  });
});

async function found(text: string, locale: Locale = 'en-US'): Promise<string[]> {
  const linter = await createLinter({ locale, rules: { 'personal-data/national-id': 'error' } });
  const r = await linter.lintAsync(text);
  return r.findings.filter((f) => f.ruleId === 'personal-data/national-id').map((f) => text.slice(f.offset, f.endOffset));
}

describe('labelled identifiers without a check digit', () => {
  it('finds values given with their label, in several layouts', async () => {
    expect(await found('Inside were a Lakeland driver’s license (D412-7789-0315) and cash.')).toEqual(['D412-7789-0315']);
    expect(await found('Your Medicaid ID (LK70422196) shows as inactive.')).toEqual(['LK70422196']);
    expect(await found('Her drivers licence number: 0412 345 678.', 'en-AU')).toEqual(['0412 345 678']);
    expect(await found('His Québec health card, number DOEJ 8001 0112, was found.', 'en-CA')).toEqual(['DOEJ 8001 0112']);
    expect(await found('The caller read out his Medicare number, 1EG4-TE5-MK73.')).toEqual(['1EG4-TE5-MK73']);
    expect(await found('Your old ITIN, 927-81-4406, has expired.')).toEqual(['927-81-4406']);
  });
  it('leaves counts, helplines, years and examples after a bare label', async () => {
    for (const t of [
      'Lakeland Medicaid: 1-800-555-0142.',
      'Driver licences 12500 issued in March.',
      'Driver licence: 13 22 13.',
      'Our Health Plan 2025-2030 is out now.',
      'For example, a Medicaid ID looks like AB12345678.',
      'Medicaid 250000 members got new cards.',
      'Driver licence number 12345678 is an example of filler.',
    ]) expect(await found(t), t).toEqual([]);
  });
});
