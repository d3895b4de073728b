// Unit tests for the language helpers in src/text (spelling pairs, readability) and the language rules'
// behaviour across locales and near-misses.
import { describe, expect, it } from 'vitest';
import { syllable } from 'syllable';
import { matchCase, preferredSpelling, spellingIndex } from '../src/text/spelling.js';
import { countSyllables, fleschKincaidGrade, wordStats } from '../src/text/readability.js';
import { countWords } from '../src/text/words.js';
import { createLinter, type Finding } from '../src/index.js';

describe('spelling pairs', () => {
  it.each([
    ['center', 'en-GB', 'centre'],
    ['organized', 'en-AU', 'organised'],
    ['color', 'en-NZ', 'colour'],
    ['traveled', 'en-IE', 'travelled'],
    ['centre', 'en-US', 'center'],
    ['organisation', 'en-US', 'organization'],
    ['organisation', 'en-CA', 'organization'],
    ['color', 'en-CA', 'colour'],
    ['tyre', 'en-US', 'tire'],
  ] as const)('%s in %s → %s', (word, locale, preferred) => {
    expect(preferredSpelling(word, locale)?.preferred).toBe(preferred);
  });
  it.each([
    ['centre', 'en-GB'],
    ['colour', 'en-CA'],
    ['organize', 'en-CA'],
    ['check', 'en-GB'],
    ['tire', 'en-GB'],
    ['advise', 'en-US'],
    ['exercise', 'en-US'],
    ['promise', 'en-US'],
    ['enrolment', 'en-CA'],
  ] as const)('leaves %s alone in %s', (word, locale) => {
    expect(preferredSpelling(word, locale)).toBeUndefined();
  });
  it('has no pair whose two forms are the same, and keeps case', () => {
    const { gb } = spellingIndex();
    for (const [k, p] of gb) expect(p.us).not.toBe(k);
    expect(matchCase('Center', 'centre')).toBe('Centre');
    expect(matchCase('CENTER', 'centre')).toBe('CENTRE');
  });
});

describe('readability', () => {
  it('estimates syllables close to the syllable package', () => {
    const words =
      'the council residents housing payment scheme administered revenues benefits service financial assistance difficulty complete online library opening winter recycling collection roadworks diversion questions emergency apprentices qualification neighbourhood facilitate holistic outcomes leverage people table simple family'.split(' ');
    const off = words.filter((w) => Math.abs(countSyllables(w) - syllable(w)) > 1);
    const exact = words.filter((w) => countSyllables(w) === syllable(w)).length;
    expect(off).toEqual([]);
    expect(exact / words.length).toBeGreaterThan(0.8);
  });
  it('grades plain posts low and jargon high', () => {
    const grade = (t: string, sentences: number): number => fleschKincaidGrade({ ...wordStats(t), sentences });
    expect(grade('Your bin day is changing from Monday. Check your new day online.', 2)).toBeLessThan(8);
    expect(grade('Going forward, we will leverage synergies across directorates to facilitate the delivery of holistic, citizen-centric outcomes.', 1)).toBeGreaterThan(16);
  });
  it('counts URLs and numbers as one word each, and leaves them out of readability', () => {
    expect(countWords('Read it at https://www.example.gov.uk/a/b/c – by 30 April')).toBe(7);
    expect(wordStats('Visit https://www.example.gov.uk/very/long/path #Hashtag @mention').words).toBe(1);
  });
});

async function findingsFor(rule: string, text: string, locale: 'en-GB' | 'en-US' | 'en-AU' | 'en-CA' = 'en-GB'): Promise<Finding[]> {
  const linter = await createLinter({ extends: [], locale, rules: { [rule]: 'warning' } });
  return linter.lint(text).findings;
}

describe('language rules', () => {
  it('plain-words: abstract "deliver" and "drive", not concrete ones', async () => {
    const f = await findingsFor('language/plain-words', 'We will deliver better outcomes and drive growth. Leaflets will be delivered. Drive carefully.');
    expect(f.map((x) => x.excerpt)).toEqual(['deliver', 'drive']);
  });
  it('acronym: one unexplained acronym is info, several are warnings', async () => {
    expect((await findingsFor('language/acronym', 'Ask the HRA team.')).map((x) => x.severity)).toEqual(['info']);
    expect((await findingsFor('language/acronym', 'The AGM, SLT and KPI review.')).map((x) => x.severity)).toEqual(['warning', 'warning', 'warning']);
    expect(await findingsFor('language/acronym', 'Ask about a Discretionary Housing Payment (DHP). Call NHS 111 or your GP.')).toEqual([]);
  });
  it('spelling: locale-aware, with a fix, and names left alone', async () => {
    const gb = await findingsFor('language/spelling', 'The leisure center is open. Center Parcs too.');
    expect(gb.map((x) => x.fix?.text)).toEqual(['centre']);
    expect(await findingsFor('language/spelling', 'The leisure center is open.', 'en-US')).toEqual([]);
    expect((await findingsFor('language/spelling', 'Visit the leisure centre to organise it.', 'en-CA')).map((x) => x.excerpt)).toEqual(['organise']);
  });
  it('repeated-words: fixes "the the" and keeps "had had"', async () => {
    const f = await findingsFor('language/repeated-words', 'On the the day he had had enough.');
    expect(f).toHaveLength(1);
    expect(f[0]!.fix).toEqual({ offset: 6, endOffset: 10, text: '' });
  });
  it('long-sentence: a trailing tag list is not part of the sentence', async () => {
    const tags = Array.from({ length: 30 }, (_, i) => `#Tag${i}`).join(' ');
    expect(await findingsFor('language/long-sentence', `Join us at the park on Saturday. ${tags}`)).toEqual([]);
  });
});
