// The honest test of the judgement checks: sentences from writers held out of training (corpus/split.json),
// who never saw the rules, linted with lintAsync (rules and classifiers). Per family, recall and precision
// must reach the floors measured when the weights were committed (corpus/README.md has the figures), and
// few clean posts may be flagged. The floors are what the checks reach, not the targets.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createLinter } from '../src/index.js';
// @ts-expect-error: plain ES module scripts, no declarations
import { readCorpus } from '../scripts/train-classifier.mjs';
// @ts-expect-error: plain ES module scripts, no declarations
import { flagsOf, score, table } from '../scripts/eval-semantic.mjs';

const root = new URL('..', import.meta.url).pathname;
const split = JSON.parse(readFileSync(`${root}corpus/split.json`, 'utf8')) as { heldout: string[] };

interface Row { text: string; family: string; label: 0 | 1; writer: string }
interface FamilyScore { tp: number; fp: number; fn: number; recall: number; precision: number }
type Scores = Record<string, FamilyScore> & { clean: { posts: number; flagged: number; rate: number } };

// Floors per family: [recall, precision], as measured on the held-out writers (see corpus/README.md).
// Re-measured after the per-sentence judgement, the put-down and campaign lexicons and the generated
// tables (issue #16, second pass): endorsement, partisanship recall and special-category rose; guilt,
// admission, identification and condescension precision fell by one to three sentences each. Then the
// near-misses for other senses of "code" and "use" (generated tables): guilt, endorsement and special-category
// recall rose, admission, identification, partisanship and condescension moved by one sentence each. Last,
// near-misses for illnesses named as times ("since Covid") and condescension judged only when the reader is
// addressed: guilt recall fell to 0.76 and condescension to 0.57 (precision 1.00) - a recorded regression.
// Then put-downs that belittle or scorn (sources, reading, driving), more sarcasm and exasperation classes
// and the eye-roll in replies: condescension 0.70 (precision 1.00); the retrain moved endorsement to 0.86
// and partisanship to 0.82 (one sentence each).
// Third round (what a sentence does): stated acts and offender labels after a charge by grammar, fault owned
// in replies, children by kinship or year group, residents sent to one trader, procedural party reports,
// missing-person appeals, their tables, and the new training writers w11 and w12: measured guilt 0.844/1.000,
// admission 0.978/1.000, identification 0.778/0.972, endorsement 0.878/0.988, partisanship 0.856/0.939.
// All three merged and retrained together (third session): guilt 0.844/1.000, admission 0.989/1.000,
// identification 0.800/0.973, endorsement 0.878/0.988, partisanship 0.856/0.939, condescension 0.722/1.000,
// special-category 0.700/0.955; 0 of 300 held-out clean posts flagged. With near-misses for an apology for a
// wait followed by the plan: guilt 0.878/1.000, admission 1.000/1.000, identification 0.789/0.959,
// endorsement 0.867/0.987, partisanship 0.878/0.940, condescension 0.789/0.986, special-category 0.711/0.970.
// With near-misses for casualty updates about someone not named: guilt 0.878/0.988, admission 1.000/0.989,
// identification 0.778/0.946, endorsement 0.856/0.987, partisanship 0.911/0.943, condescension 0.756/1.000,
// special-category 0.733/0.971.
// With near-misses for a public body offering its own free service: guilt 0.878/0.975, admission 0.989/1.000,
// identification 0.811/0.961, endorsement 0.911/0.988, partisanship 0.911/0.943, condescension 0.756/0.958,
// special-category 0.700/0.969 (each retrain moves a family by a sentence or two).
// Retrained on the fifth session's lexicon entries (put-downs, offender labels, politics): guilt 0.878/0.975,
// admission 0.989/1.000, identification 0.811/0.961, endorsement 0.922/0.988, partisanship 0.911/0.943,
// condescension 0.756/0.944 (one more false alarm), special-category 0.733/0.971.
// Sixth session: the grammar of outcome claims raised guilt recall to 0.889; admissions by grammar in drafts
// about harm (offers to pay, fault owned, ./rules/legal/admission-grammar.json) cost one held-out near-miss
// (admission precision 1.00 -> 0.989), a recorded regression: the grammar was narrowed on the training
// writers only (their 11 false alarms to 0), never on the held-out ones.
// Fourteenth session: the partisanship classifier judges only a draft about politics (an office, a body, an
// election, a party, or a partisanship word that is not plain praise or blame: src/text/data/political-
// anchors.json), which removed false alarms on drafts ("Thanks to Gardaí for their support.", "The student
// has our full support.") and cost two held-out sentences that are each a whole draft with no political
// word: partisanship recall 0.911 -> 0.889, precision unchanged, a recorded regression (the anchors were
// filled from the training writers' positives only).
const FLOORS: Record<string, [number, number]> = {
  guilt: [0.88, 0.97],
  admission: [0.98, 0.98],
  identification: [0.81, 0.96],
  endorsement: [0.91, 0.98],
  partisanship: [0.88, 0.94],
  condescension: [0.75, 0.94],
  'special-category': [0.7, 0.96],
};
// Measured: 0 of 300 held-out clean posts flagged.
const MAX_CLEAN_RATE = 0.01;

describe('judgement on held-out writers', async () => {
  const rows = (readCorpus() as Row[]).filter((r) => split.heldout.includes(r.writer));
  const res = score(rows, await flagsOf(rows, createLinter)) as Scores;
  it('has held-out sentences of every family', () => {
    for (const f of Object.keys(FLOORS)) expect(rows.filter((r) => r.family === f && r.label === 1).length, f).toBeGreaterThan(20);
  });
  it.each(Object.entries(FLOORS))('%s reaches [recall, precision] %j', (family, [recall, precision]) => {
    const m = res[family]!;
    expect(m.recall, table(res)).toBeGreaterThanOrEqual(recall);
    expect(m.precision, table(res)).toBeGreaterThanOrEqual(precision);
  });
  it(`flags at most ${MAX_CLEAN_RATE * 100}% of clean posts`, () => {
    expect(res.clean.posts).toBeGreaterThan(50);
    expect(res.clean.rate, table(res)).toBeLessThanOrEqual(MAX_CLEAN_RATE);
  });
}, 600_000);
