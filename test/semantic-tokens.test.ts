// The classifier's tokenizer (src/text/semantic/tokens.ts): on ASCII text it scans character codes
// instead of running TOKEN; both must give the same tokens. Generated strings over the characters the
// pattern gives a meaning to (letters, digits, @ # * ' - . ! ?) and some it does not, plus the edge cases
// named below; a non-ASCII text still goes through TOKEN itself.
import { describe, expect, it } from 'vitest';
import { TOKEN, tokenize } from '../src/text/semantic/tokens.js';
import { seededRandom } from './seeded-random.js';

/** What TOKEN alone finds, in tokenize's shape. */
function byPattern(text: string, base = 0): Array<{ raw: string; norm: string; offset: number; endOffset: number }> {
  return [...text.matchAll(TOKEN)].map((m) => {
    const lower = m[0].toLowerCase();
    return { raw: m[0], norm: lower.replace(/’/g, "'"), offset: base + m.index, endOffset: base + m.index + m[0].length };
  });
}


describe('tokenize on ASCII text', () => {
  // Each line: why the case matters.
  const cases: Array<[string, string]> = [
    ["can't won't year-old a.m.", 'inner apostrophe, hyphen and full stop join a word'],
    ["end. start' -dash trail-", 'a joiner not followed by a word character ends the word'],
    ['f***ing s**t **** *ing', 'asterisks inside a word, a run alone, asterisks opening a word'],
    ['**ab ***7 a*', 'asterisks open a word only before letters, and not from inside the run'],
    ['@user #tag @ # @@x ##1', 'a sigil joins only a following letter or digit'],
    ['Really?! !!! ??? !?x', 'runs of ! and ? are tokens'],
    ['x-*y a.*b c\'*', 'a joiner before an asterisk joins'],
    ['', 'the empty text'],
    ['Call 07911 123456, or email a_b@c.uk.', 'digits, underscore (not a word character) and an address'],
  ];
  it.each(cases)('%s (%s)', (text) => {
    expect(tokenize(text, 7)).toEqual(byPattern(text, 7));
  });

  it('agrees with TOKEN on 5,000 generated strings', () => {
    const alphabet = "aZq09@#*'-.!? \n,_/:";
    const r = seededRandom(2026);
    for (let n = 0; n < 5000; n++) {
      const len = Math.floor(r() * 24);
      let text = '';
      for (let k = 0; k < len; k++) text += alphabet[Math.floor(r() * alphabet.length)];
      expect(tokenize(text), JSON.stringify(text)).toEqual(byPattern(text));
    }
  });

  it('leaves non-ASCII text to TOKEN (letters, curly apostrophes, emoji)', () => {
    const text = 'Café’s naïve 🙄 don’t Ünïcode';
    expect(tokenize(text)).toEqual(byPattern(text));
    expect(tokenize(text).map((t) => t.norm)).toEqual(["café's", 'naïve', '🙄', "don't", 'ünïcode']);
  });
});
