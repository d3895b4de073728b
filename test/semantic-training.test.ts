// The classifier trainer (scripts/train-classifier.mjs): the same corpus gives the same weights, byte for
// byte, and the committed weights are what the committed corpus (training writers only) trains to.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, no declarations
import { loadExtractor, trainWeights, trainingRows, readCorpus } from '../scripts/train-classifier.mjs';

const root = new URL('..', import.meta.url).pathname;
const weightsPath = `${root}src/text/semantic/weights.json`;

interface Row { text: string; family: string; label: 0 | 1; writer: string }
interface Trained { json: string; sha256: string }
type Train = (rows: Row[], extractor: unknown) => Promise<Trained>;

describe('train-classifier', () => {
  it('trains the same weights twice from the same sentences (a seeded shuffle, fixed epochs)', async () => {
    const extractor = await loadExtractor();
    const rows = (trainingRows() as Row[]).filter((_, i) => i % 4 === 0);
    const a = await (trainWeights as Train)(rows.map((r) => ({ ...r })), extractor);
    const b = await (trainWeights as Train)(rows.map((r) => ({ ...r })), extractor);
    expect(a.sha256).toBe(b.sha256);
    // A different corpus gives different weights: the hash is of the training, not a constant.
    const c = await (trainWeights as Train)(rows.slice(1).map((r) => ({ ...r })), extractor);
    expect(c.sha256).not.toBe(a.sha256);
  }, 240_000);

  it('reproduces the committed weights from the committed corpus, training writers only', async () => {
    const extractor = await loadExtractor();
    const { sha256 } = await (trainWeights as Train)(trainingRows() as Row[], extractor);
    expect(sha256).toBe(createHash('sha256').update(readFileSync(weightsPath, 'utf8')).digest('hex'));
  }, 240_000);

  it('keeps the weights under 1 MB', () => {
    expect(statSync(weightsPath).size).toBeLessThanOrEqual(1024 * 1024);
  });

  it('reads every corpus line as a labelled sentence of a known family', () => {
    const families = new Set(['guilt', 'admission', 'identification', 'endorsement', 'partisanship', 'condescension', 'special-category', 'clean']);
    for (const r of readCorpus() as Row[]) {
      expect(families.has(r.family), `${r.writer}: family ${r.family}`).toBe(true);
      expect(r.text.length).toBeGreaterThan(0);
    }
  });
});
