// Generalisation check: labelled drafts from other countries and kinds of public body (test/acceptance-extra/<set>/),
// scored by the acceptance scorer (scripts/score.mjs) against the BUILT CLI (`npm test` builds first). The thresholds are what a
// mature tool should meet on drafts it was not tuned on, not what it scores today.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = join(root, 'scripts/score.mjs');
const setsDir = join(root, 'test/acceptance-extra');
const cli = join(root, 'dist/src/cli.js');

const MIN_RECALL = 0.85;
const MIN_PRECISION = 0.85;
const MAX_NOISY_CLEAN = 0;

/** Every folder holding drafts/, expect.json and commslint.config.json is one labelled set. */
const sets = readdirSync(setsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(setsDir, d.name, 'expect.json')))
  .map((d) => d.name)
  .sort();

interface Score {
  recall: number;
  precision: number;
  noisy: number;
  clean: number;
  line: string;
}

function score(set: string): Score {
  const r = spawnSync(process.execPath, [scorer, join(setsDir, set), '--quiet'], { cwd: root, encoding: 'utf8' });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  const m = /recall (\S+) precision (\S+) F2 \S+ noisy-clean-drafts (\d+)\/(\d+)/.exec(line);
  if (!m) throw new Error(`scorer failed for ${set} (exit ${r.status}): ${line} ${r.stderr}`);
  // The scorer prints "-" when a ratio is undefined (nothing expected / nothing found): treat as 0 so it fails loudly.
  const num = (s: string | undefined) => (s === undefined || s === '-' ? 0 : Number(s));
  return { recall: num(m[1]), precision: num(m[2]), noisy: Number(m[3]), clean: Number(m[4]), line };
}

describe('acceptance-extra: generalisation to unseen drafts', () => {
  it('has labelled sets and a built CLI', () => {
    expect(sets.length).toBeGreaterThan(0);
    expect(existsSync(scorer)).toBe(true);
    expect(existsSync(cli), 'build first: npx tsc -p tsconfig.build.json').toBe(true);
  });

  for (const set of sets) {
    it(`${set}: recall >= ${MIN_RECALL}, precision >= ${MIN_PRECISION}, no noisy clean drafts`, () => {
      const s = score(set);
      const hint = `${set}: ${s.line}\n  details: node scripts/score.mjs test/acceptance-extra/${set}`;
      expect(s.recall, hint).toBeGreaterThanOrEqual(MIN_RECALL);
      expect(s.precision, hint).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(s.noisy, hint).toBeLessThanOrEqual(MAX_NOISY_CLEAN);
    });
  }
});
