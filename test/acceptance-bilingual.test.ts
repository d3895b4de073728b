// Blind bilingual acceptance sets (bi-wales, bi-canada, bi-ireland, bi-nz): Welsh/English, French/English,
// Irish/English and Māori/English posts labelled by writers who never saw the rules, copied verbatim from
// the project's corpus. Each set is scored by scripts/score.mjs against the built CLI, held at its first-run
// level (test/acceptance-bilingual/README.md) so that no regression passes; and no finding of a rule
// declared for some languages may land in a span of another language.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createLinter, builtinRules, Document } from '../src/index.js';
import { languageHint, languagesOf } from '../src/lang/index.js';
import { frontmatterTags } from '../src/engine/document.js';

const root = new URL('..', import.meta.url).pathname;
const scorer = join(root, 'scripts/score.mjs');
const setsDir = join(root, 'test/acceptance-bilingual');
const built = existsSync(join(root, 'dist/src/cli.js'));
const sets = readdirSync(setsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(setsDir, d.name, 'expect.json')))
  .map((d) => d.name)
  .sort();

// Scores after the fixes from these sets (their first runs are in README.md): held here so that no regression passes.
const FLOOR: Record<string, { recall: number; precision: number; noisy: number }> = {
  'bi-wales': { recall: 1.0, precision: 0.93, noisy: 1 },
  'bi-canada': { recall: 1.0, precision: 0.92, noisy: 0 },
  'bi-ireland': { recall: 0.92, precision: 1.0, noisy: 0 },
  'bi-nz': { recall: 1.0, precision: 1.0, noisy: 0 },
  // Held out until the third session (first runs in ../acceptance-blind/HELDOUT2-FIRST-RUNS.md).
  'hb-wales': { recall: 1.0, precision: 1.0, noisy: 0 },
  'hb-canada': { recall: 1.0, precision: 1.0, noisy: 0 },
  'hb-nz': { recall: 1.0, precision: 1.0, noisy: 0 },
  // Held out until the fourth session (first runs in ../acceptance-blind/HELDOUT3-FIRST-RUNS.md).
  'hb2-wales': { recall: 1.0, precision: 1.0, noisy: 0 },
  'hb2-canada': { recall: 1.0, precision: 1.0, noisy: 0 },
  'hb2-ireland': { recall: 1.0, precision: 1.0, noisy: 0 },
  // Held out until the fifth session (first runs in ../acceptance-blind/HELDOUT4-FIRST-RUNS.md).
  'hb3-wales': { recall: 1.0, precision: 1.0, noisy: 0 },
  'hb3-canada': { recall: 1.0, precision: 1.0, noisy: 0 },
  'hb3-nz': { recall: 1.0, precision: 1.0, noisy: 0 },
  // The fifth held-out round (HELDOUT5-FIRST-RUNS.md in test/acceptance-blind), training since the sixth
  // session: held at their level when they moved; raised by the other-language judgement classes (French
  // clitics, conduct and verdicts, the Irish demonstrative, Welsh legal data, impartiality in the other languages).
  'hb4-canada-nb': { recall: 0.91, precision: 0.95, noisy: 1 },
  'hb4-ireland': { recall: 1.0, precision: 1.0, noisy: 0 },
  'hb4-wales-police': { recall: 1.0, precision: 0.86, noisy: 2 },
  // The sixth held-out round (HELDOUT6-FIRST-RUNS.md in test/acceptance-blind), training since the seventh
  // session: held at their level when they moved.
  'hb5-canada-federal': { recall: 0.64, precision: 1.0, noisy: 0 },
  'hb5-nz-police': { recall: 0.61, precision: 1.0, noisy: 0 },
  'hb5-wales-health': { recall: 0.68, precision: 0.94, noisy: 1 },
  // The seventh held-out round (HELDOUT7-FIRST-RUNS.md in test/acceptance-blind), training since the eighth
  // session: held at their level when they moved, raised by the classes fixed from them.
  'hb6-canada-city': { recall: 0.57, precision: 0.76, noisy: 2 },
  'hb6-ireland-state-agency': { recall: 0.76, precision: 1.0, noisy: 0 },
  'hb6-wales-fire': { recall: 0.68, precision: 0.95, noisy: 1 },
  // The eighth held-out round (HELDOUT8-FIRST-RUNS.md in test/acceptance-blind), training since the ninth
  // session: raised by the classes fixed from them (threads read in order, the other language's proceedings,
  // party talk and verdicts in the other languages, health labels and health detail in French and Welsh).
  'hb7-canada-nb-health': { recall: 0.95, precision: 0.95, noisy: 1 },
  'hb7-wales-police': { recall: 0.78, precision: 0.95, noisy: 1 },
  // The ninth held-out round (HELDOUT9-FIRST-RUNS.md in test/acceptance-blind), training since the eleventh
  // session: raised by the classes fixed from them (a capitalised health word is an
  // institution's name, Māori place and body names are not people, admissions of harm accepted as caused).
  'hb8-ireland-county-council': { recall: 0.64, precision: 1.0, noisy: 0 },
  'hb8-nz-health-district': { recall: 0.68, precision: 1.0, noisy: 0 },
  // The tenth held-out round (HELDOUT10-FIRST-RUNS.md in test/acceptance-blind), training since the
  // thirteenth session: raised by an omission owned with its time and a member named with the office in
  // apposition.
  'hb9-canada-federal-parks': { recall: 0.77, precision: 1.0, noisy: 0 },
  'hb9-wales-county-borough-council': { recall: 0.81, precision: 0.95, noisy: 1 },
  // The eleventh held-out round (HELDOUT11-FIRST-RUNS.md in test/acceptance-blind), training since the
  // fourteenth session: raised by candidates backed in Irish and English, a refusal to explain again in Irish
  // and a confidential term in an Irish mutation.
  'hb10-ireland-city-council': { recall: 0.87, precision: 1.0, noisy: 0 },
  // The twelfth held-out round (HELDOUT12-FIRST-RUNS.md in test/acceptance-blind; first run 0.68 / 1.00),
  // training since the fifteenth session: raised by a French mayor credited in the present tense, a French
  // pharmacy praised and sent custom, an elided French put-down, a rural road by number and French hashtag words.
  'hb11-canada-eastern-ontario-health': { recall: 0.96, precision: 1.0, noisy: 0 },
};

function parseScore(out: string): { recall: number; precision: number; noisy: number; line: string } {
  const line = out.trim().split('\n').at(-1) ?? '';
  const m = /recall (\S+) precision (\S+) F2 \S+ noisy-clean-drafts (\d+)\//.exec(line);
  if (!m) throw new Error(`unexpected scorer output: ${out.slice(-300)}`);
  const num = (s: string) => (s === '-' ? 1 : Number(s));
  return { recall: num(m[1]!), precision: num(m[2]!), noisy: Number(m[3]), line };
}

describe('bilingual acceptance sets', () => {
  it('has its thirty sets, the scorer and a built CLI', () => {
    expect(sets).toEqual(['bi-canada', 'bi-ireland', 'bi-nz', 'bi-wales', 'hb-canada', 'hb-nz', 'hb-wales', 'hb10-ireland-city-council', 'hb11-canada-eastern-ontario-health', 'hb2-canada', 'hb2-ireland', 'hb2-wales', 'hb3-canada', 'hb3-nz', 'hb3-wales', 'hb4-canada-nb', 'hb4-ireland', 'hb4-wales-police', 'hb5-canada-federal', 'hb5-nz-police', 'hb5-wales-health', 'hb6-canada-city', 'hb6-ireland-state-agency', 'hb6-wales-fire', 'hb7-canada-nb-health', 'hb7-wales-police', 'hb8-ireland-county-council', 'hb8-nz-health-district', 'hb9-canada-federal-parks', 'hb9-wales-county-borough-council']);
    expect(built, 'build first: npm run build').toBe(true);
  });

  it.each(sets)('%s stays at or above its first-run score', (set) => {
    const run = spawnSync(process.execPath, [scorer, join('test/acceptance-bilingual', set), '--quiet'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const score = parseScore(run.stdout);
    const floor = FLOOR[set]!;
    expect.soft(score.recall, `${set}: ${score.line}`).toBeGreaterThanOrEqual(floor.recall);
    expect.soft(score.precision, `${set}: ${score.line}`).toBeGreaterThanOrEqual(floor.precision);
    expect(score.noisy, `${set}: ${score.line}`).toBeLessThanOrEqual(floor.noisy);
  });

  const ENGLISH_POSTS = new Set(['09-paned-heddlu.md', '09-merci-parade.md', '09-seachtain-na-gaeilge-en.md', '09-hui-newtown.md', '11-matariki-dawn.md', '11-folk-festival.md', '06-seachtain-na-gaeilge.md', '07-volunteers.md', '07-carnaval-merci.md', '07-planting-day.md', '07-breast-screening.md']);
const languagesById = new Map(builtinRules.map((r) => [r.id, r.languages]));
  it.each(sets)('%s: no finding of a rule for some languages lands in a span of another language', async (set) => {
    const dir = join(setsDir, set);
    const config = JSON.parse(readFileSync(join(dir, 'commslint.config.json'), 'utf8'));
    const linter = await createLinter(config);
    for (const name of readdirSync(join(dir, 'drafts')).sort()) {
      const text = readFileSync(join(dir, 'drafts', name), 'utf8');
      const doc = new Document(text);
      const spans = doc.languageSpans(languageHint(frontmatterTags(doc.frontmatterData), config.locale));
      // Each set's drafts are bilingual but for one English post with a greeting or loan words in the
      // other language ("Bore da, Aberaeron!", "Merci, Moncton!", "Kia ora koutou!", "Dia daoibh"), all English;
      // hb-nz and hb-wales each have one more (Māori words and a short Welsh sentence inside an English paragraph),
      // hb2-ireland and hb2-wales one each ("Dia daoibh! … Bígí linn!", "Bore da! … diolch o galon"); the hb3 sets
      // one each ("Merci, Port-Rideau! … magnifiques", "Kia ora koutou! … Ngā mihi nui", "Bore da! … Diolch").
      // (The country is the set name's second word: "hb4-canada-nb", "hb4-wales-police".)
      const other = { wales: 'cy', canada: 'fr', ireland: 'ga', nz: 'mi' }[set.split('-')[1] as 'wales' | 'canada' | 'ireland' | 'nz'];
      if (ENGLISH_POSTS.has(name)) expect(spans.map((s) => s.lang).filter((l) => l !== 'en'), `${name}: all English`).toEqual([]);
      else expect(spans.some((s) => s.lang === other), `${name}: a ${other} span`).toBe(true);
      const r = await linter.lintAsync(text, { path: name });
      for (const f of r.findings) {
        const langs = languagesById.get(f.ruleId);
        if (!langs) continue;
        const touched = languagesOf(spans, f);
        expect(touched.length === 0 || touched.some((l) => langs.includes(l)), `${name}: ${f.ruleId} at ${f.line}:${f.column} in ${touched.join('/')}`).toBe(true);
      }
    }
  });
});
