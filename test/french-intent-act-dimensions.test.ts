// legal/prejudicial-statement-other-languages, from the twelfth held-out round: any act said in French to be
// done knowingly about someone charged ("Le commerce a vendu à plusieurs reprises des cigarettes électroniques
// à des élèves …, et ce, en toute connaissance de cause"), from src/lang/fr/checks.json legal.intentMarkers.
// Generated over the subject × the participle × the intent marker; near-misses keep the marker with the
// conditional (the allegation), with no proceedings, and said of the organisation itself.
import { describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../src/index.js';

let linter: Promise<Linter> | undefined;
const spans = async (body: string): Promise<string[]> => {
  linter ??= createLinter({ locale: 'en-CA', organisation: { name: 'Santé publique Rivières-et-Comtés' } });
  const text = `---\nlang: fr\n---\n${body}`;
  const res = (await linter).lint(text);
  return res.findings.filter((f) => f.ruleId === 'legal/prejudicial-statement-other-languages').map((f) => text.slice(f.offset, f.endOffset));
};

const CHARGE = 'Des accusations ont été déposées contre le Dépanneur Chez Lu.';
const SUBJECTS = ['Le commerce', 'Le propriétaire', 'Il'];
const ACTS = ['a vendu des cigarettes électroniques à des élèves', 'a fourni du tabac à des mineurs', 'a laissé des jeunes acheter des produits de vapotage'];
const MARKERS = ['en toute connaissance de cause', 'sciemment', 'délibérément'];

describe('prejudicial-statement-other-languages: an act done knowingly', () => {
  for (const subject of SUBJECTS) {
    for (const act of ACTS) {
      for (const marker of MARKERS) {
        it(`"${subject} ${act}, ${marker}."`, async () => {
          const got = await spans(`${CHARGE} ${subject} ${act}, ${marker}. L'affaire sera entendue le 9 décembre.`);
          expect(got).toHaveLength(1);
          expect(got[0]!.endsWith(marker)).toBe(true);
        });
      }
    }
  }
});

describe('prejudicial-statement-other-languages: intent near-misses', () => {
  const NEAR: Array<[string, string]> = [
    [`${CHARGE} Le commerce aurait vendu des cigarettes électroniques à des élèves, en toute connaissance de cause.`, 'the conditional: an allegation'],
    ['Le commerce a vendu des cigarettes électroniques à des élèves, en toute connaissance de cause.', 'no proceedings in the post'],
    [`${CHARGE} Nous avons fermé la route volontairement pour votre sécurité.`, 'the organisation itself'],
  ];
  for (const [text, why] of NEAR) {
    it(`"${text.slice(0, 70)}…" (${why})`, async () => {
      expect(await spans(text)).toEqual([]);
    });
  }
});
