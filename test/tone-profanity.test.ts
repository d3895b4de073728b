// tone/profanity's cuss search (src/text/cuss-phrases.ts, src/text/phrase-search.ts): exact findings for
// multi-word phrases, case, punctuation and near-misses, and the compiled search checked against
// retext-profanities itself (the oracle it replaces) on phrases generated from the whole cuss table.
import { describe, expect, it } from 'vitest';
import { ParseEnglish } from 'parse-english';
import retextProfanities from 'retext-profanities';
import { VFile } from 'vfile';
import { createLinter } from '../src/index.js';
import { compileCuss, cussPhrases, findCuss } from '../src/text/cuss-phrases.js';

const linter = await createLinter();
const profanity = async (text: string): Promise<Array<[number, number, string, string]>> =>
  (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === 'tone/profanity').map((f) => [f.offset, f.endOffset, f.severity, text.slice(f.offset, f.endOffset)]);

describe('tone/profanity: cuss phrases', () => {
  // [draft, expected findings [offset, endOffset, severity, text]]: why
  const cases: Array<[string, Array<[number, number, string, string]>, string]> = [
    ['They called him a camel jockey.', [[18, 30, 'warning', 'camel jockey']], 'a two-word cuss phrase is one finding over both words'],
    ['They called him a camel  jockey.', [[18, 31, 'warning', 'camel  jockey']], 'runs of spaces join the words of a phrase'],
    ['They called him a camel\njockey.', [[18, 30, 'warning', 'camel\njockey']], 'a line break inside a paragraph joins them too'],
    ['Those camel jockeys again.', [[6, 19, 'warning', 'camel jockeys']], 'plural of a phrase'],
    ['They called him a CAMEL JOCKEY.', [[18, 30, 'warning', 'CAMEL JOCKEY']], 'case does not matter'],
    ['A camel, jockey and trainer.', [], 'near-miss: punctuation between the words breaks the phrase'],
    ['A camel jockeyed past.', [], 'near-miss: a longer last word is another word'],
    ['The camel is not a jockey.', [], 'near-miss: the words apart'],
    ['What an asshole.', [[8, 15, 'error', 'asshole']], 'curated strong word'],
    ['Kiss my ass, he said.', [[8, 11, 'warning', 'ass']], 'a word before a comma'],
    ['"Ass!" he said.', [[1, 4, 'warning', 'Ass']], 'sentence-initial capital, in quotes'],
    ['The assessment centre in Scunthorpe opens on Monday.', [], 'near-miss: the word inside a longer word or a place name'],
    ['Classes at the Essex assembly rooms.', [], 'near-miss: ass inside ordinary words'],
    ['He was a total cocksucker.', [[15, 25, 'error', 'cocksucker']], 'curated strong word from cuss'],
    ['He called them jungle bunnies.', [[15, 29, 'warning', 'jungle bunnies']], 'a cuss plural phrase'],
    ['A blowjob joke.', [[2, 9, 'warning', 'blowjob']], 'a cuss-only word (not curated) is a warning'],
    ['A blow-job joke.', [[2, 10, 'warning', 'blow-job']], 'hyphens are ignored when matching a word'],
    ['A blow job joke.', [], 'near-miss: two words are not the one-word entry'],
    ['Dick Whittington is on at the Civic Theatre.', [], 'a capitalised name is not the word'],
    ['You whore.', [[4, 9, 'error', 'whore']], 'a regular word (apostrophes kept)'],
  ];
  for (const [text, expected, why] of cases) {
    it(`${why}: ${JSON.stringify(text)}`, async () => {
      expect(await profanity(text)).toEqual(expected);
    });
  }
});

describe('the compiled cuss search against retext-profanities', () => {
  const table = cussPhrases();
  // Every phrase of the table (cuss entries and their plurals) in each form, with its reason.
  const forms: Array<[(p: string) => string, string]> = [
    [(p) => `We saw ${p} here.`, 'lower case inside a sentence'],
    [(p) => `${p[0]!.toUpperCase()}${p.slice(1)}, then more.`, 'capitalised at the start, before a comma'],
    [(p) => `(${p.toUpperCase()}) and "${p}’s" too.`, 'capitals in brackets; a possessive with a curly apostrophe'],
    [(p) => `The ${p.replace(/ /g, '  ')}-like ${p.replace(/ /g, '-')} thing.`, 'double spaces and hyphens inside and after'],
    [(p) => `Un${p} and ${p}ment, x${p}x.`, 'near-misses: the phrase glued into longer words'],
  ];
  const phrases = [...table.sureness.keys()];
  const ignore = new Set(['ass', 'camel jockey', 'shit']);
  for (const sureness of [0, 1, 2] as const) {
    it(`finds the same matches, in the same order, at sureness ${sureness}`, () => {
      const compiled = compileCuss(table, { sureness, ignore });
      const transform = retextProfanities({ sureness, ignore: [...ignore] });
      let matches = 0;
      for (const [form, why] of forms) {
        // One text per form, in chunks so a difference points at a few phrases.
        for (let i = 0; i < phrases.length; i += 400) {
          const text = phrases.slice(i, i + 400).map(form).join(' ');
          const tree = new ParseEnglish().parse(text);
          const file = new VFile();
          transform(tree, file);
          const expected = file.messages.map((m) => [m.place && 'start' in m.place ? m.place.start.offset : undefined, m.place && 'end' in m.place ? m.place.end.offset : undefined, (m as unknown as { profanitySeverity: number }).profanitySeverity]);
          const actual = findCuss(tree, compiled).map((m) => [m.place?.start.offset, m.place?.end.offset, m.sureness]);
          expect(actual, `${why}, phrases ${i}–${i + 400}`).toEqual(expected);
          matches += actual.length;
        }
      }
      // The check can fail: the forms do match (thousands of times), not only the near-misses.
      expect(matches).toBeGreaterThan(sureness === 2 ? 2000 : 4000);
    });
  }
});
