// The judgement classifiers: one logistic regression per family over hashed sentence features, trained
// by scripts/train-classifier.mjs from corpus/sentences (see corpus/README.md) and shipped as
// ./weights.json (int8 weights, base64, one scale per family). Loaded lazily (`ctx.load('semantic-model')`),
// decoded once. Pure arithmetic: deterministic and browser-safe.
import { FAMILIES, featureIndices, type Family } from './features.js';
import type { Lexicon } from './lexicon.js';

export interface FamilyWeights {
  bias: number;
  scale: number;
  /** base64 of one int8 per feature bucket. */
  weights: string;
  /** Probability cut-offs: at or above `error` the rule's severity, `warning` a warning, `info` an info. */
  thresholds: { info: number; warning: number; error: number };
}

export interface ModelData {
  about: string;
  version: 1;
  bits: number;
  families: Record<Family, FamilyWeights>;
}

export interface Model {
  readonly bits: number;
  /** Probability of each family for one sentence. */
  score(text: string, lex: Lexicon): Record<Family, number>;
  thresholds(family: Family): FamilyWeights['thresholds'];
}

function decode(b64: string): Int8Array {
  const bin = atob(b64);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

const models = new WeakMap<ModelData, Model>();

export function modelFrom(data: ModelData): Model {
  let m = models.get(data);
  if (m) return m;
  // One array, family-interleaved (bucket × family): a sentence's buckets are read once for all families.
  const F = FAMILIES.length;
  const w = new Int8Array(F << data.bits);
  FAMILIES.forEach((f, k) => {
    const fw = decode(data.families[f].weights);
    for (let i = 0; i < fw.length; i++) w[i * F + k] = fw[i]!;
  });
  const bias = FAMILIES.map((f) => data.families[f].bias);
  const scale = FAMILIES.map((f) => data.families[f].scale);
  m = {
    bits: data.bits,
    score(text, lex) {
      const idx = featureIndices(text, lex, data.bits);
      const sums = new Int32Array(F);
      for (const i of idx) {
        const base = i * F;
        for (let k = 0; k < F; k++) sums[k]! += w[base + k]!;
      }
      const out = {} as Record<Family, number>;
      FAMILIES.forEach((f, k) => {
        out[f] = sigmoid(bias[k]! + sums[k]! * scale[k]!);
      });
      return out;
    },
    thresholds: (f) => data.families[f].thresholds,
  };
  models.set(data, m);
  return m;
}
