// Ordinary publishable posts (test/acceptance-clean/): every draft is labelled clean, written by writers who
// never saw the rules (first runs in test/acceptance-clean/README.md). A warning or error on any of them is a
// false alarm; each set is held at its count of noisy drafts so that no new noise passes, and the count only
// goes down.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const scorer = join(root, 'scripts/score.mjs');
const setsDir = join(root, 'test/acceptance-clean');
const sets = readdirSync(setsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(setsDir, d.name, 'expect.json')))
  .map((d) => d.name)
  .sort();

// Noisy drafts per set (a draft with any warning or error), at most.
const KNOWN_NOISY: Record<string, number> = {
  'cw1-ie-council': 0,
  'cw1-uk-nhs-trust': 0,
  'cw2-ca-ministry': 2,
  'cw2-us-city': 0,
  'cw3-au-emergency': 1,
  'cw3-nz-council': 0,
  'cw3-wales-council': 0,
  // Held out through the sixth session (9/200 noisy at its first run, 6/200 at its end), training since the
  // seventh: held at their count when they moved.
  'cw4-sco-health': 2,
  'cw4-us-county-police': 2,
  'cw5-au-council': 0,
  'cw5-ca-city-bilingual': 2,
  // Held out through the seventh session (5/100 noisy at its first run and its end), training since the eighth.
  'cw6-eng-district-council': 3,
  'cw6-nz-city-council': 2,
  // Held out through the eighth session (6/100 noisy at its first run and its end), training since the ninth.
  'cw7-ie-garda-division': 1,
  'cw7-us-state-transport': 3,
  // Held out through the tenth session (7/100 noisy at its first run and its end), training since the
  // eleventh: Welsh health board posts no longer read a capitalised health word (a hospital's name) as a
  // person's health.
  'cw8-au-state-police': 3,
  'cw8-wales-health-board': 1,
  // Held out through the twelfth session (3/100 noisy at its first run, ccaef61), training since the
  // thirteenth. Two are labels the rules disagree with: a 42-word sentence (over every guidance's limit) and
  // a snow-day headline in capitals; the third is the condescension classifier reading road-safety advice to
  // "you" as a put-down (test/acceptance-clean/README.md).
  'cw9-nz-police-district': 2,
  'cw9-us-county-school-district': 1,
  // Held out through the thirteenth session (1/100 noisy at its first run, b41a3d4), training since the
  // fourteenth: two hashtags on Threads, which makes only one of them a topic tag.
  'cw10-ca-provincial-health': 0,
  'cw10-eng-police-force': 1,
  // Held out through the fourteenth session (6/100 noisy at its first run, b098ad3), training since the
  // fifteenth: status labels in capitals, a horse with its age and a Welsh hospital's name at a line's start
  // are no longer reported; two long sentences (44 and 35 words, over guidance) are labels the rules disagree with.
  'cw11-au-state-police': 2,
  'cw11-wales-health-board': 0,
};

describe('clean acceptance sets', () => {
  it('has the sets and a built CLI', () => {
    expect(sets).toEqual(Object.keys(KNOWN_NOISY).sort());
    expect(existsSync(join(root, 'dist/src/cli.js')), 'build first: npm run build').toBe(true);
  });

  it.each(sets)('%s: no more noisy drafts than known', (set) => {
    const run = spawnSync(process.execPath, [scorer, join('test/acceptance-clean', set), '--quiet'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const line = run.stdout.trim().split('\n').at(-1) ?? '';
    const m = /noisy-clean-drafts (\d+)\/(\d+)/.exec(line);
    expect(m, run.stdout.slice(-300)).not.toBeNull();
    expect(Number(m![1]), `${set}: ${line}`).toBeLessThanOrEqual(KNOWN_NOISY[set]!);
  });
});
