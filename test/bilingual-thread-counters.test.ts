// Thread counters in bilingual threads, by dimension: where a post sits in its thread ("(1/4)", "[2/4]",
// "… right. 3/4") is not a fact of the message, so the French post (1/4) and its English post (2/4) do not
// mismatch. Counter form × position × language pair; near-misses: fractions and slash pairs inside the
// text are still compared.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/text/bilingual/facts.js';
import { compareFacts } from '../src/text/bilingual/compare.js';

type Lang = 'cy' | 'fr' | 'ga' | 'mi';
const REGION = { cy: 'GB', fr: 'CA', ga: 'IE', mi: 'NZ' } as const;
function mismatches(lang: Lang, other: string, english: string) {
  const a = extractFacts(other, 0, other.length, lang, { region: REGION[lang] });
  const b = extractFacts(english, 0, english.length, 'en', { region: REGION[lang] });
  return compareFacts(a, b);
}

const SENTENCES: Record<Lang, string> = {
  fr: 'Ne dépassez jamais un chasse-neige par la droite.',
  cy: 'Peidiwch byth â phasio aradr eira ar y dde.',
  ga: 'Ná gabh thar chéachta sneachta ar dheis riamh.',
  mi: 'Kaua rawa e hipa i te pere hukarere i te taha matau.',
};
const ENGLISH = 'Never pass a snowplow on the right.';

// Counter forms at the end of a post, with why each is a counter.
const FORMS: ReadonlyArray<readonly [string, (n: number, of: number) => string, string]> = [
  ['bracketed at the end', (n, of) => ` (${n}/${of})`, 'the usual X/Threads form'],
  ['square brackets at the end', (n, of) => ` [${n}/${of}]`, 'another bracketed form'],
  ['bare after a full stop', (n, of) => ` ${n}/${of}`, 'bare, after the sentence ends'],
  ['bare after an emoji', (n, of) => ` 🧵 ${n}/${of}`, 'thread emoji then the counter'],
  ['on its own line', (n, of) => `\n${n}/${of}`, 'alone on the last line'],
];

describe('thread counters are not compared', () => {
  for (const lang of ['fr', 'cy', 'ga', 'mi'] as const) {
    it.each(FORMS)(`${lang}: %s`, (_, form) => {
      expect(mismatches(lang, SENTENCES[lang] + form(1, 4), ENGLISH + form(2, 4))).toEqual([]);
      expect(mismatches(lang, SENTENCES[lang] + form(3, 6), ENGLISH + form(4, 6))).toEqual([]);
    });
    it(`${lang}: a bracketed counter at the start of the post`, () => {
      expect(mismatches(lang, `(1/4) ${SENTENCES[lang]}`, `(2/4) ${ENGLISH}`)).toEqual([]);
    });
  }
});

// Near-misses: slash pairs that are facts, each with why.
const NEAR_MISSES: ReadonlyArray<readonly [string, string, string]> = [
  ['Le centre est ouvert 24/7 cet hiver.', 'The centre is open 24/5 this winter.', 'opening pattern inside the sentence'],
  ['Environ 1/4 des routes sont fermées.', 'About 1/3 of roads are closed.', 'a fraction inside the sentence'],
  ['La part des ménages : 1/4 des foyers', 'Share of households: 1/3 of homes', 'a fraction followed by more text'],
  ['Les routes fermées (3/4 du réseau) rouvriront demain.', 'Closed roads (2/4 of the network) reopen tomorrow.', 'brackets holding more than the counter, mid-line'],
];

describe('slash pairs inside the text are still compared', () => {
  it.each(NEAR_MISSES)('%s / %s (%s)', (fr, en) => {
    expect(mismatches('fr', fr, en).length).toBeGreaterThan(0);
  });
  it('a counter whose position exceeds its total is not a counter (why: "7/4" is a date or a ratio)', () => {
    expect(mismatches('fr', `${SENTENCES.fr} (7/4)`, `${ENGLISH} (8/4)`).length).toBeGreaterThan(0);
  });
});
