// Unit tests for src/text/identifiers.ts (shared national-id / financial detection and the ranges it
// claims from weaker recognisers) and the role + name heuristic the phone rule uses.
import { describe, expect, it } from 'vitest';
import { Document } from '../src/engine/document.js';
import { claimedRanges, findNationalIds, isBusinessContext } from '../src/text/identifiers.js';
import { roleAndNameBefore } from '../src/text/names.js';
import { isOntarioHealthNumber } from '../src/text/checksums.js';
import { createLinter } from '../src/index.js';

const ids = (text: string, locale = 'en-GB'): string[] => findNationalIds(new Document(text), locale).map((f) => `${f.name}: ${text.slice(f.offset, f.endOffset)}`);

describe('national identifiers: labels written out in full', () => {
  it.each([
    ['Confirm your tax file number 876 543 210.', 'tax file number: 876 543 210'],
    ['Her Medicare card number is 2123 45670 1.', 'Medicare number: 2123 45670 1'],
    ['Your Social Insurance Number: 130 692 544.', 'Social Insurance Number: 130 692 544'],
    ['his social security number 536 22 1940', 'Social Security number: 536 22 1940'],
    ['IRD number 49-091-850', 'IRD number: 49-091-850'],
    ['National Health Index number ZAC5361', 'NHI number: ZAC5361'],
    ['Personal Public Service number 3856333F', 'PPS number: 3856333F'],
    ['National Insurance number AB123456C', 'National Insurance number: AB123456C'],
    ['NHS number 943 476 5870', 'NHS number: 943 476 5870'],
    ['Ontario health card number 9876 543 217', 'health card number: 9876 543 217'],
    ['your mum, Beryl Hutchins (MRN 2048817), is on 4 West', 'medical record or hospital number: 2048817'],
    ['Her MRN: 2048817.', 'medical record or hospital number: 2048817'],
    ['Quote patient number 48213377 when you call.', 'medical record or hospital number: 48213377'],
    ['His medical record number is 7730416.', 'medical record or hospital number: 7730416'],
    ["Ayez votre numéro d'assurance-maladie (612 483 907) à portée de main.", 'health insurance or health card number: 612 483 907'],
    ['Votre numéro d’assurance maladie : 612 483 907.', 'health insurance or health card number: 612 483 907'],
  ])('%s', (text, found) => {
    expect(ids(text)).toEqual([found]);
  });

  it('leaves hospital figures and the hospital’s own number', () => {
    expect(ids('The hospital has 2048 beds and treated 204,881 patients this year.')).toEqual([]);
    expect(ids('Patient numbers rose 12% to 204881 this year.')).toEqual([]);
    expect(ids('Call the hospital on 02 6598 2200.', 'en-AU')).toEqual([]);
  });

  it('keeps the vetoes: reference, order, application and business labels', () => {
    expect(ids('Your tax file number application reference 876 543 210 is being processed.')).toEqual([]);
    expect(ids('Medicare card order 2123 45670 1 has shipped.')).toEqual([]);
    expect(ids('Harbourview Hydro Inc. (Business Number 302707112 RT0001) won the contract.')).toEqual([]);
    expect(ids("The council's GST number (114-381-462) is on every invoice.")).toEqual([]);
    expect(ids('Social Insurance Number 302707112 RT0001')).toEqual([]);
  });

  it('matches labels as whole words and acronyms case-sensitively', () => {
    expect(ids('a sin to waste 130 692 544 litres')).toEqual([]);
    expect(ids('The basin holds 130 692 544 litres of water.')).toEqual([]);
  });

  it('tells business context apart', () => {
    const t = 'Business Number 302707112';
    expect(isBusinessContext(t, 16, 25)).toBe(true);
    const u = 'your tax file number 876 543 210';
    expect(isBusinessContext(u, 21, 32)).toBe(false);
  });

  it('validates Ontario health numbers with Luhn', () => {
    expect(isOntarioHealthNumber('9876 543 217')).toBe(true);
    expect(isOntarioHealthNumber('9876 543 218')).toBe(false);
  });
});

describe('claimed ranges', () => {
  it('covers validated identifiers, cards and IBANs', () => {
    const text = 'Medicare number 5857 90778 5, card 4039 1693 8036 4091, IBAN IE14 BOFI 9000 1717 3456 78.';
    const claimed = claimedRanges(new Document(text), 'en-AU').map((c) => text.slice(c.offset, c.endOffset));
    expect(claimed).toEqual(['5857 90778 5', '4039 1693 8036 4091', 'IE14 BOFI 9000 1717 3456 78']);
  });

  it('keeps a Medicare number out of the phone rule', async () => {
    const linter = await createLinter({ locale: 'en-AU' });
    const r = await linter.lintAsync('A caller asked for her Medicare number: 5857 90778 5.');
    expect(r.findings.map((f) => f.ruleId).filter((id) => id.startsWith('personal-data/'))).toEqual(['personal-data/national-id']);
  });
});

describe('role and name before a number', () => {
  it.each([
    ['RSVP to our volunteer coordinator Priya on ', true],
    ['Ask club secretary, Tom Reid: ', true],
    ['our bush care leader, Aroha, on ', true],
    ['Contact our events coordinator on ', false],
    ['Contact our Volunteer Coordinator on ', false],
    ['call the library on ', false],
    ['our team Leisure Centre on ', false],
  ])('%s', (text, expected) => {
    expect(roleAndNameBefore(text, text.length)).toBe(expected);
  });
});
