// Unit tests for the generated word-list variants (src/text/words.ts), the bracketed-instruction test
// (src/text/placeholders.ts) and the en-CA spelling column.
import { describe, expect, it } from 'vitest';
import { phraseVariants } from '../src/text/words.js';
import { isBracketedInstruction } from '../src/text/placeholders.js';
import { preferredSpelling } from '../src/text/spelling.js';

describe('phraseVariants', () => {
  it('inflects and re-hyphenates single words and compounds', () => {
    expect(phraseVariants('value-add')).toEqual(expect.arrayContaining(['value-adds', 'value-added', 'value-adding', 'value add', 'value adds']));
    expect(phraseVariants('synergy')).toContain('synergies');
    expect(phraseVariants('upskill')).toEqual(expect.arrayContaining(['upskills', 'upskilled', 'upskilling']));
    expect(phraseVariants('ring-fence')).toEqual(expect.arrayContaining(['ring-fenced', 'ring fencing']));
  });
  it('inflects verb phrases on their first word, nouns on their last', () => {
    expect(phraseVariants('touch base')).toEqual(expect.arrayContaining(['touched base', 'touching base', 'touches base', 'touch-base']));
    expect(phraseVariants('deep dive')).toEqual(expect.arrayContaining(['deep dives', 'deep-dive', 'deep-dives']));
    // Ordinary English must not be generated.
    expect(phraseVariants('touch base')).not.toContain('touch based');
    expect(phraseVariants('value add')).not.toContain('values add');
  });
  it('leaves already inflected forms alone', () => {
    expect(phraseVariants('leveraged')).toEqual(['leveraged']);
  });
});

describe('isBracketedInstruction', () => {
  it.each([
    '[Include quote from the Mayor here]',
    '[Add link to survey]',
    '[quote from Cllr X]',
    '[PHOTO: crowd at launch]',
    '[Photo: crowd at launch]',
    '[confirm date with facilities team]',
    '[map here]',
  ])('flags %s', (s) => expect(isBracketedInstruction(s)).toBe(true));
  it.each([
    '[PDF, 2MB]',
    '[1]',
    '[sic]',
    '[Photo: Jane Smith]',
    '[PHOTO: Jane Smith]',
    '[Photo: supplied by the family]',
    '[Image: A volunteer planting a tree]',
    '[Photo: Mayor Aroha Ngata opens the cycleway]',
    '[UPDATE: road reopened at 3pm]',
    '[Update 3pm]',
    '[Check out our website]',
    '[Add to calendar]',
  ])('leaves %s', (s) => expect(isBracketedInstruction(s)).toBe(false));
});

describe('en-CA spelling column', () => {
  it.each(['plow', 'plows', 'snowplow', 'snowplows', 'curb', 'tire', 'organize', 'analyze', 'aluminum', 'program', 'colour', 'centre', 'favourite', 'cheque', 'catalogue', 'defence', 'licence', 'practice', 'practise', 'travelled', 'jewellery', 'mould', 'mold', 'pyjamas', 'cozy'])(
    '%s is Canadian',
    (w) => expect(preferredSpelling(w, 'en-CA')).toBeUndefined(),
  );
  it.each([
    ['ploughs', 'plows'],
    ['snowplough', 'snowplow'],
    ['catalog', 'catalogue'],
    ['organise', 'organize'],
    ['color', 'colour'],
    ['defense', 'defence'],
    ['traveled', 'travelled'],
  ])('%s -> %s', (w, preferred) => expect(preferredSpelling(w, 'en-CA')?.preferred).toBe(preferred));
  it('keeps en-GB and en-US behaviour for the new pairs', () => {
    expect(preferredSpelling('plow', 'en-GB')?.preferred).toBe('plough');
    expect(preferredSpelling('practise', 'en-US')?.preferred).toBe('practice');
    expect(preferredSpelling('practice', 'en-GB')).toBeUndefined();
    expect(preferredSpelling('catalogue', 'en-US')).toBeUndefined();
    expect(preferredSpelling('catalog', 'en-AU')?.preferred).toBe('catalogue');
  });
});
