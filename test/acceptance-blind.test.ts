// Blind acceptance sets: drafts labelled by a reviewer who had not read the rules, from eight kinds of
// public-sector account (UK police, AU health, NZ emergency management, US school district, Canadian
// federal department, Irish county council, Scottish council, US state agency). Each set is scored by the
// scorer (scripts/score.mjs) against the built CLI. First (unseen) scores are in test/acceptance-blind/README.md.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const scorer = join(root, 'scripts/score.mjs');
const setsDir = join(root, 'test/acceptance-blind');
const built = existsSync(join(root, 'dist/src/cli.js'));
const sets = existsSync(setsDir)
  ? readdirSync(setsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(setsDir, d.name, 'expect.json')))
      .map((d) => d.name)
      .sort()
  : [];

const MIN_RECALL = 0.85;
const MIN_PRECISION = 0.85;
// Sets that were held out until this turn (first runs in HELDOUT-FIRST-RUNS.md) and are now training data:
// held at their measured level until the fixes from them reach the bar, so that no regression passes.
const FLOOR: Record<string, { recall: number; precision: number }> = {
  'h1-us-county': { recall: 1.0, precision: 1.0 },
  'h2-ca-health': { recall: 1.0, precision: 1.0 },
  'h3-nz-council': { recall: 1.0, precision: 1.0 },
  // The second held-out round (first runs in HELDOUT2-FIRST-RUNS.md), training since the third session.
  'h4-uk-police': { recall: 1.0, precision: 1.0 },
  'h5-au-state': { recall: 0.97, precision: 1.0 },
  'h6-us-city': { recall: 0.98, precision: 1.0 },
  // The third held-out round (first runs in HELDOUT3-FIRST-RUNS.md), training since the fourth session.
  'h7-scot-health': { recall: 1.0, precision: 1.0 },
  'h8-ie-council': { recall: 1.0, precision: 1.0 },
  'h9-ca-police': { recall: 1.0, precision: 1.0 },
  // The fourth held-out round (first runs in HELDOUT4-FIRST-RUNS.md), training since the fifth session.
  'h10-us-state-health': { recall: 1.0, precision: 1.0 },
  'h11-uk-fire-rescue': { recall: 1.0, precision: 1.0 },
  'h12-au-shire-council': { recall: 1.0, precision: 1.0 },
  // The fifth held-out round (first runs in HELDOUT5-FIRST-RUNS.md), training since the sixth session:
  // held at their level when they moved.
  'h13-us-county-sheriff': { recall: 0.93, precision: 0.93 },
  'h14-ni-housing': { recall: 0.9, precision: 0.93 },
  'h15-ca-school-board': { recall: 0.91, precision: 1.0 },
  // The sixth held-out round (first runs in HELDOUT6-FIRST-RUNS.md), training since the seventh session:
  // held at their level when they moved.
  'h16-au-state-roads': { recall: 0.8, precision: 0.94 },
  'h17-scot-council': { recall: 0.64, precision: 0.96 },
  'h18-us-state-health': { recall: 0.72, precision: 1.0 },
  // The seventh held-out round (first runs in HELDOUT7-FIRST-RUNS.md), training since the eighth session:
  // held at their level when they moved, raised by the classes fixed from them (reply exasperation, offers
  // to pay for damage, the culprit named by the act, business recommendations).
  'h19-ie-county-council': { recall: 0.78, precision: 1.0 },
  'h20-ca-city-police': { recall: 0.69, precision: 0.95 },
  'h21-eng-nhs-trust': { recall: 0.56, precision: 0.92 },
  // The eighth held-out round (first runs in HELDOUT8-FIRST-RUNS.md), training since the ninth session:
  // raised by the classes fixed from them (mistakes owned beside harm, offers inside a sentence reported in
  // part, a promise to call the reader, record numbers, hoped-for sentences, party pairs and pledges, ages
  // in words, acronyms in compounds).
  'h22-nz-regional-council': { recall: 0.88, precision: 1.0 },
  'h23-us-county-sheriff': { recall: 0.95, precision: 1.0 },
  'h24-au-local-health-district': { recall: 0.94, precision: 1.0 },
  // The ninth held-out round (first runs in HELDOUT9-FIRST-RUNS.md), training since the eleventh session:
  // raised by the classes fixed from them (fault owned as what should not have happened, harm accepted as
  // caused, calls to buy from one business, members titled before the name, jokes beside harm to property,
  // dishonesty alleged, card endings, licence numbers after a bare label, service jargon).
  'h25-us-city-fire-department': { recall: 0.89, precision: 1.0 },
  'h26-scot-police-division': { recall: 0.79, precision: 0.98 },
  'h27-ca-provincial-transport': { recall: 0.92, precision: 0.98 },
  // The tenth held-out round (first runs in HELDOUT10-FIRST-RUNS.md), training since the thirteenth session:
  // raised by the classes fixed from them (mocking emoji in any post, a party brought into a reply, blame by
  // its frame, the harm as the subject of "is on us", omissions owned with their time, members named with
  // the office in apposition, kept-words between a DOB label and the date, business misconduct stated as
  // fact, mock scorelines, mock surprise, Centrelink CRNs, the street a person lives on, conditions as
  // adjectives).
  'h28-au-metro-city-council': { recall: 0.85, precision: 1.0 },
  'h29-eng-county-council': { recall: 0.76, precision: 0.97 },
  'h30-us-state-fish-wildlife': { recall: 0.85, precision: 1.0 },
  // The eleventh held-out round (first runs in HELDOUT11-FIRST-RUNS.md), training since the fourteenth
  // session: raised by the classes fixed from them (offers beside an admission, the act as a light verb,
  // owners caught at it, courses of treatment and injuries, student numbers, a complainant as the object of
  // the offence, candidates backed, mock wishes and refusals, a mocking word at a risk).
  'h31-ie-health-region': { recall: 0.9, precision: 0.98 },
  'h32-us-state-motor-vehicles': { recall: 0.93, precision: 0.95 },
  'h33-au-state-education': { recall: 0.96, precision: 0.96 },
  // The twelfth held-out round (first runs in HELDOUT12-FIRST-RUNS.md: 0.70, 0.73, 0.82), training since the
  // fifteenth session: raised by the classes fixed from them (a spot beside a house in a reply, medicines and
  // care units, jigsaw details of a complainant or a charged child, mock spending advice and mock counts,
  // jokes about a driver's pride, a firm said to bill for work never done, election cues without a party).
  'h34-us-city-transit-agency': { recall: 0.89, precision: 1.0 },
  'h35-scot-police-division': { recall: 0.98, precision: 0.94 },
  'h36-nz-district-council': { recall: 1.0, precision: 0.96 },
};
// Clean drafts a set's labeller and commslint disagree on, with the reason (see the README): held at this
// number so that any new noise still fails.
const KNOWN_NOISY: Record<string, number> = {
  // (h2's one, an AI-disclosure disagreement on role "edited", is gone: AI-edited posts a person reviewed
  // get an info suggestion. The sentences of 31–37 everyday words in clean posts are info since
  // language/long-sentence weighs word difficulty, see its header.)
  'h2-ca-health': 0,
  // The second round's clean drafts warned at their first run (HELDOUT2-FIRST-RUNS.md), to be brought to 0.
  'h4-uk-police': 0,
  'h5-au-state': 0,
  'h6-us-city': 0,
  // The third round's clean drafts that warned at their first run (HELDOUT3-FIRST-RUNS.md), now 0.
  'h7-scot-health': 0,
  'h8-ie-council': 0,
  'h9-ca-police': 0,
  // The fourth round's clean drafts that warned at their first run (HELDOUT4-FIRST-RUNS.md), now 0.
  'h10-us-state-health': 0,
  'h11-uk-fire-rescue': 0,
  'h12-au-shire-council': 0,
  // The fifth round's clean drafts that warned when they moved (HELDOUT5-FIRST-RUNS.md), to be brought to 0.
  'h13-us-county-sheriff': 2,
  'h14-ni-housing': 2,
  'h15-ca-school-board': 0,
  // The sixth round's clean drafts that warned when they moved (HELDOUT6-FIRST-RUNS.md), to be brought to 0.
  'h16-au-state-roads': 1,
  'h17-scot-council': 1,
  'h18-us-state-health': 0,
  // The seventh round's clean drafts that warned when they moved (HELDOUT7-FIRST-RUNS.md), to be brought to 0.
  'h19-ie-county-council': 0,
  'h20-ca-city-police': 1,
  'h21-eng-nhs-trust': 2,
  // The eighth round's clean drafts: none warned at the first run or since.
  'h22-nz-regional-council': 0,
  'h23-us-county-sheriff': 0,
  'h24-au-local-health-district': 0,
  // The ninth round's clean drafts: one noisy at the first run in h25 and h27; h25's (a vacant house's address) fixed.
  'h25-us-city-fire-department': 0,
  'h26-scot-police-division': 0,
  'h27-ca-provincial-transport': 1,
  // The tenth round's clean drafts: none warned at the first run or since.
  'h28-au-metro-city-council': 0,
  'h29-eng-county-council': 0,
  'h30-us-state-fish-wildlife': 0,
  // The eleventh round's clean drafts that warned at their first run (HELDOUT11-FIRST-RUNS.md: 2, 3 and 2),
  // to be brought to 0; the rest are labels that disagree with the policy (AI named in the frontmatter and
  // not in the text, sentences over 35 words).
  'h31-ie-health-region': 1,
  'h32-us-state-motor-vehicles': 2,
  'h33-au-state-education': 2,
  // The twelfth round's clean drafts (1, 1 and 2 noisy at their first run, HELDOUT12-FIRST-RUNS.md): what is
  // left are AI named in the frontmatter and not in the text, which the policy asks to disclose.
  'h34-us-city-transit-agency': 0,
  'h35-scot-police-division': 1,
  'h36-nz-district-council': 1,
};

interface Score {
  recall: number;
  precision: number;
  noisy: number;
  line: string;
}

/** Parses the scorer's last line: `recall R precision P F2 F noisy-clean-drafts N/M (...)`. */
function parseScore(out: string): Score {
  const line = out.trim().split('\n').at(-1) ?? '';
  const m = /recall (\S+) precision (\S+) F2 \S+ noisy-clean-drafts (\d+)\//.exec(line);
  if (!m) throw new Error(`unexpected scorer output: ${out.slice(-300)}`);
  // "-" means no items of that kind: nothing to recall, or nothing flagged, so nothing wrong.
  const num = (s: string) => (s === '-' ? 1 : Number(s));
  return { recall: num(m[1]!), precision: num(m[2]!), noisy: Number(m[3]), line };
}

describe('blind acceptance sets', () => {
  it('has labelled sets, the scorer and a built CLI', () => {
    expect(sets.length).toBeGreaterThan(0);
    expect(existsSync(scorer)).toBe(true);
    expect(built, 'build first: npm run build').toBe(true);
  });

  it.each(sets)('%s meets the bar', (set) => {
    const run = spawnSync(process.execPath, [scorer, join('test/acceptance-blind', set), '--quiet'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const score = parseScore(run.stdout);
    const floor = FLOOR[set] ?? { recall: MIN_RECALL, precision: MIN_PRECISION };
    expect.soft(score.recall, `${set}: ${score.line}`).toBeGreaterThanOrEqual(floor.recall);
    expect.soft(score.precision, `${set}: ${score.line}`).toBeGreaterThanOrEqual(floor.precision);
    expect(score.noisy, `${set}: ${score.line}`).toBe(KNOWN_NOISY[set] ?? 0);
  });
});
