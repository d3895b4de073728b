// The semantic lexicons (src/text/semantic/lexicons/*.json), their matcher and the classifier's features:
// well-formed data, inflection at load, multi-word phrases, the organisation's own name, and features that
// do not depend on which name, place or number a sentence uses.
import { describe, expect, it } from 'vitest';
import { LEXICON_FILES, Lexicon, classEntries, entryForms, lexicon } from '../src/text/semantic/lexicon.js';
import { featureIndices, namedFeatures, hash32 } from '../src/text/semantic/features.js';
import { tokenize } from '../src/text/semantic/tokens.js';

const classesIn = (lex: Lexicon, text: string): string[] => [...new Set(lex.match(tokenize(text)).map((h) => h.cls))].sort();
const spans = (lex: Lexicon, text: string, cls: string): string[] => {
  const t = tokenize(text);
  return lex.match(t).filter((h) => h.cls === cls).map((h) => text.slice(t[h.start]!.offset, t[h.end - 1]!.endOffset));
};

describe('lexicon files', () => {
  it.each(LEXICON_FILES.map((f) => [f.class, f] as const))('%s has a header, a part of speech and distinct entries', (_, f) => {
    expect(f.about.length).toBeGreaterThan(40);
    expect(['verb', 'noun', 'phrase']).toContain(f.pos);
    for (const [cls, entries] of classEntries(f)) {
      expect(entries.length, cls).toBeGreaterThan(f.groups ? 8 : 20);
      const lower = entries.map((e) => e.toLowerCase());
      expect(new Set(lower).size, `duplicates in ${cls}`).toBe(lower.length);
    }
  });
});

describe('building', () => {
  it('reads every entry as the tokenizer does (plain entries skip its scan)', () => {
    for (const f of LEXICON_FILES) {
      for (const [cls, entries] of classEntries(f)) {
        for (const entry of entries) {
          const words = tokenize(entry).map((t) => t.norm);
          // The uninflected form is the entry's own tokens, whichever way they were read.
          expect(entryForms(entry, f.pos)[0], `${cls}: ${entry}`).toEqual(words);
        }
      }
    }
  });

  it('adds a phrase listed twice, or reached by two inflections, once', () => {
    const file = { about: 'test', class: 'c', pos: 'phrase' as const, entries: ['rogue trader', 'rogue trader', 'Rogue Trader'] };
    const lex = new Lexicon([file]);
    expect(lex.match(tokenize('a rogue trader called')).map((h) => [h.start, h.end])).toEqual([[1, 3]]);
    // Verb forms overlap ("cheat" + "s"/"es"...); the matcher still reports one hit per span.
    const verbs = new Lexicon([{ about: 'test', class: 'v', pos: 'verb' as const, entries: ['cheat', 'cheat on'] }]);
    expect(verbs.match(tokenize('he cheated on them')).map((h) => [h.cls, h.start, h.end])).toEqual([['v', 1, 3]]);
  });
});

describe('matching', () => {
  const lex = lexicon();
  // [text, class, expected spans, why]
  const cases: Array<[string, string, string[], string]> = [
    ['The man who stabbed him', 'crime-verb', ['stabbed'], 'doubled consonant past tense of a listed base form'],
    ['after robbing a shop', 'crime-verb', ['robbing'], 'doubled consonant -ing'],
    ['He broke into three cars', 'crime-verb', ['broke into'], 'irregular multi-word form listed'],
    ['two rogue traders were arrested', 'offender-label', ['rogue traders'], 'noun phrase plural on its last word'],
    ['the Thug', 'offender-label', ['Thug'], 'case does not matter'],
    ['The Trust accepts responsibility', 'self', ['The Trust'], 'generic third-person self-name'],
    ['We’ve got it wrong', 'self', ['We’ve'], 'curly apostrophe read as straight'],
    ['We’ve got it wrong', 'liability', ['got it wrong'], 'plain-spoken fault'],
    ['the thuggish behaviour', 'offender-label', [], 'a longer word is not the label'],
  ];
  it.each(cases)('%s → %s %j (%s)', (text, cls, expected) => {
    expect(spans(lex, text, cls)).toEqual(expected);
  });

  it("adds the organisation's configured name to the ways it names itself, but not its first word alone", () => {
    const riverside = lexicon('Riverside Council');
    expect(spans(riverside, 'Riverside Council accepts liability', 'self')).toEqual(['Riverside Council']);
    expect(spans(riverside, 'Riverside Park reopens', 'self')).toEqual([]);
    expect(spans(lexicon(), 'Riverside Council accepts liability', 'self')).toEqual(['Council']);
  });

  it('reads masked swearing as one token', () => {
    expect(tokenize('what a f***ing joke').map((t) => t.norm)).toEqual(['what', 'a', 'f***ing', 'joke']);
    expect(classesIn(lex, 'nice try')).toContain('condescension');
  });
});

describe('features', () => {
  const lex = lexicon();
  // Other names, places and numbers keep the features (and so the verdict).
  const pairs: Array<[string, string, string]> = [
    ['Derek Baird, 47, of Kilbrannan has been charged.', 'Priya Shah, 52, of Moorfield has been charged.', 'name, age and place'],
    ['Thanks to Giorgio’s Pizzeria for the best slice in Ashford!', 'Thanks to Hallam’s Pizzeria for the best slice in Wexley!', 'business and town'],
    ['Call 0300 123 4567 about bin day.', 'Call 0161 555 0199 about bin day.', 'numbers'],
  ];
  it.each(pairs)('%s ≡ %s (%s)', (a, b) => {
    expect([...featureIndices(a, lex, 16)]).toEqual([...featureIndices(b, lex, 16)]);
  });

  it('marks a negation before a class and the order of classes', () => {
    const f = namedFeatures('We did not cause the damage to your car.', lex);
    expect(f).toContain('N:liability');
    expect(f).toContain('LL:self>liability');
    expect(namedFeatures('We caused the damage to your car.', lex)).not.toContain('N:liability');
  });

  it('hashes the same everywhere: fixed values, distinct indices', () => {
    expect(hash32('w:thug')).toBe(hash32('w:thug'));
    expect(hash32('')).toBe(1572119809);
    const idx = featureIndices('The thug who attacked him has been charged.', lex, 16);
    expect(new Set(idx).size).toBe(idx.length);
    expect(idx.every((i) => i < 1 << 16)).toBe(true);
  });
});
