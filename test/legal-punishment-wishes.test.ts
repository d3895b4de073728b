// legal/prejudicial-statement: wishing or promising punishment on someone arrested or charged presumes the
// verdict ("we hope he gets the sentence he deserves", "we'll make sure he pays for every tonne"). Generated
// over the wish's wording × the pronoun × the offence × the jurisdiction's names and courts, next to the
// near-misses with the same words doing something else: a sentence after conviction, the penalty the law
// sets, support or privacy a victim or family "deserves", a fine already issued, a promise of replies, and
// the same wish in a post with no proceedings.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';

const linter = await createLinter({ locale: 'en-GB' });
const legal = async (text: string): Promise<string[]> =>
  (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === 'legal/prejudicial-statement' && !f.message.includes('judged by meaning')).map((f) => text.slice(f.offset, f.endOffset));

const PLACES = [
  { name: 'Gerard Moloney', age: 52, court: 'Ballinmore District Court' },
  { name: 'Dana Whitfield', age: 34, court: 'Maple Falls District Court' },
  { name: 'Tama Walker', age: 41, court: 'Nelson District Court' },
];
const OFFENCES: Array<[string, string]> = [['illegal dumping', 'tonne'], ['assault', 'bruise'], ['fraud', 'euro']];
// [wish with {p} for the pronoun and {u} for the unit, the exact text reported]
const WISHES: Array<[string, string]> = [
  ['We hope {p} gets the sentence {p} deserves.', 'gets the sentence {p} deserves'],
  ["We'll make sure {p} pays for every {u}.", 'make sure {p} pays for every {u}'],
  ['Let\u2019s hope {p} gets the punishment {p} deserves.', 'gets the punishment {p} deserves'],
  ["We'll make sure {p} is punished for this.", 'make sure {p} is punished'],
  ['Hopefully {p} never gets out.', 'Hopefully {p} never gets out'],
  ["Let's hope {p} rots.", "Let's hope {p} rots"],
  ['We will see to it that {p} is locked up.', 'see to it that {p} is locked up'],
];

describe('legal/prejudicial-statement: punishment wished on a charged person', () => {
  for (const [wish, hit] of WISHES) {
    for (const p of ['he', 'she']) {
      it(`flags "${wish}" (${p}) after a charge, for every name, offence and court`, async () => {
        for (const [i, x] of PLACES.entries()) {
          const [offence, unit] = OFFENCES[i % OFFENCES.length]!;
          const fill = (s: string): string => s.replaceAll('{p}', p).replaceAll('{u}', unit);
          const text = `${x.name}, ${x.age}, has been charged with ${offence} and will appear at ${x.court}. ${fill(wish).replace(/^\p{Ll}/u, (c) => c.toUpperCase())}`;
          expect(await legal(text), text).toEqual([fill(hit).replace(/^\p{Ll}/u, (c) => (text.includes(fill(hit)) ? c : c.toUpperCase()))]);
        }
      });
    }
  }

  const NEAR: Array<[string, string]> = [
    ['{name} was sentenced to three years at {court} for {offence}.', 'a sentence after conviction, stated as fact'],
    ['{name}, {age}, has been charged with {offence}. If convicted, the offence carries a maximum penalty of five years.', 'the penalty the law sets, conditional on conviction'],
    ['A man has been charged after the crash. We hope the injured cyclist gets the care she deserves.', 'care a victim deserves, not punishment'],
    ['{name} has been charged with {offence} and will appear at {court}. We hope the family gets the privacy they deserve.', '"deserve" about the family'],
    ['A {age}-year-old has been charged after the {offence}. We\u2019ll make sure the victims get the support they need.', 'support for victims'],
    ['The driver was issued a fixed penalty notice and we\u2019ll make sure he pays the fine.', 'a fine already issued: enforcement, no trial'],
    ['We\u2019ll make sure everyone who reported the {offence} gets a reply by Friday.', 'a promise of replies'],
    ['Whoever dumped this waste, we hope they get the sentence they deserve.', 'no one arrested or charged: no proceedings to prejudice'],
  ];
  for (const [near, why] of NEAR) {
    it(`leaves "${near}" (${why})`, async () => {
      for (const [i, x] of PLACES.entries()) {
        const offence = OFFENCES[i % OFFENCES.length]![0];
        const text = near.replace('{name}', x.name).replace('{age}', String(x.age)).replace('{court}', x.court).replaceAll('{offence}', offence);
        expect(await legal(text), text).toEqual([]);
      }
    });
  }
});
