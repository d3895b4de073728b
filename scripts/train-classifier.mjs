#!/usr/bin/env node
// Trains the judgement classifiers (src/text/semantic/model.ts) from the labelled sentences in
// corpus/sentences/<writer>/*.jsonl, on the training writers only (corpus/split.json holds the others out).
//
//   node scripts/train-classifier.mjs            train, pick thresholds by k-fold by writer, write weights.json
//   node scripts/train-classifier.mjs --cv       k-fold by training writer: per-family recall and precision
//   node scripts/train-classifier.mjs --eval     score weights.json on the held-out writers
//   node scripts/train-classifier.mjs --check    train and print the weights' sha256 without writing
//
// Logistic regression per family, AdaGrad, fixed epochs, a seeded shuffle: the same corpus gives the same
// weights, byte for byte. Features come from the TypeScript sources (bundled on the fly with esbuild), so
// training and linting share one extractor.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const has = (f) => args.includes(f);
const corpusDir = join(root, 'corpus/sentences');
const weightsFile = join(root, 'src/text/semantic/weights.json');

export const BITS = 16;
const EPOCHS = Number(process.env.EPOCHS ?? 12);
const L2 = Number(process.env.L2 ?? 3e-4);
const RATE = Number(process.env.RATE ?? 0.15);
const WARNING_PRECISION = Number(process.env.WARNING_PRECISION ?? 0.97);

async function loadExtractor() {
  const dir = mkdtempSync(join(tmpdir(), 'commslint-train-'));
  const out = join(dir, 'semantic.mjs');
  await build({
    stdin: {
      contents: "export { featureIndices, FAMILIES } from './src/text/semantic/features.ts'; export { lexicon } from './src/text/semantic/lexicon.ts'; export { modelFrom } from './src/text/semantic/model.ts';",
      resolveDir: root,
      sourcefile: 'train-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'neutral',
    format: 'esm',
    outfile: out,
    logLevel: 'error',
  });
  const mod = await import(pathToFileURL(out).href);
  rmSync(dir, { recursive: true, force: true });
  return mod;
}

/** Every labelled sentence, in a fixed order (writer, file, line). A bad line is reported and skipped. */
export function readCorpus(dir = corpusDir) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const writer of readdirSync(dir).sort()) {
    const wdir = join(dir, writer);
    let files;
    try {
      files = readdirSync(wdir).filter((f) => f.endsWith('.jsonl')).sort();
    } catch {
      continue;
    }
    for (const file of files) {
      const lines = readFileSync(join(wdir, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!line.trim()) return;
        let o;
        try {
          o = JSON.parse(line);
        } catch {
          console.error(`${writer}/${file}:${i + 1}: not JSON, skipped`);
          return;
        }
        if (typeof o.text !== 'string' || typeof o.family !== 'string' || (o.label !== 0 && o.label !== 1)) {
          console.error(`${writer}/${file}:${i + 1}: needs text, family and label 0|1, skipped`);
          return;
        }
        out.push({ text: o.text, family: o.family, label: o.label, writer, kind: o.kind ?? '', register: o.register ?? '', jurisdiction: o.jurisdiction ?? '' });
      });
    }
  }
  return out;
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One binary logistic regression: returns float weights (dim) and bias. */
function trainLR(xs, ys, dim) {
  const w = new Float64Array(dim);
  const g2 = new Float64Array(dim).fill(1e-8);
  let b = 0;
  let gb = 1e-8;
  const pos = ys.reduce((n, y) => n + y, 0);
  const neg = ys.length - pos;
  // Positives are the rarer class: weight them up, but not all the way (precision matters more).
  const wPos = pos ? Math.min(4, Math.max(1, neg / pos / 3)) : 1;
  const order = ys.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rnd = mulberry32(0x5eed + epoch);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const x = xs[k];
      let z = b;
      for (const i of x) z += w[i];
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - ys[k]) * (ys[k] ? wPos : 1);
      for (const i of x) {
        const gi = g + L2 * w[i];
        g2[i] += gi * gi;
        w[i] -= (RATE * gi) / Math.sqrt(g2[i]);
      }
      gb += g * g;
      b -= (RATE * g) / Math.sqrt(gb);
    }
  }
  return { w, b };
}

function quantize(w) {
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(w[i] / scale)));
  return { scale, q };
}

function trainAll(FAMILIES, rows) {
  const dim = 1 << BITS;
  const out = {};
  for (const f of FAMILIES) {
    const ys = rows.map((r) => (r.family === f && r.label === 1 ? 1 : 0));
    const { w, b } = trainLR(rows.map((r) => r.x), ys, dim);
    const { scale, q } = quantize(w);
    out[f] = { bias: Number(b.toFixed(6)), scale: Number(scale.toPrecision(8)), q };
  }
  return out;
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));
function predict(fw, x) {
  let s = 0;
  for (const i of x) s += fw.q[i];
  return sigmoid(fw.bias + s * fw.scale);
}

// Generated tables (corpus/sentences/g-*, scripts/generate-sentence-tables.mjs) always train and are never
// a fold: thresholds are calibrated on what real writers wrote, not on templated lines whose near-miss
// density no real draft has.
export const isGenerated = (writer) => writer.startsWith('g-');

/** Out-of-fold probabilities: each training writer scored by a model trained on the others. */
function outOfFold(FAMILIES, rows) {
  const writers = [...new Set(rows.map((r) => r.writer))].filter((w) => !isGenerated(w));
  const probs = rows.map(() => ({}));
  for (const w of writers) {
    const train = rows.filter((r) => r.writer !== w);
    const model = trainAll(FAMILIES, train);
    rows.forEach((r, i) => {
      if (r.writer !== w) return;
      for (const f of FAMILIES) probs[i][f] = predict(model[f], r.x);
    });
  }
  return probs;
}

export function metrics(FAMILIES, rows, probs, thresholdOf) {
  const res = {};
  for (const f of FAMILIES) {
    let tp = 0, fp = 0, fn = 0;
    rows.forEach((r, i) => {
      const y = r.family === f && r.label === 1;
      const p = probs[i][f] >= thresholdOf(f);
      if (y && p) tp++;
      else if (p) fp++;
      else if (y) fn++;
    });
    res[f] = { tp, fp, fn, recall: tp / (tp + fn || 1), precision: tp / (tp + fp || 1) };
  }
  const clean = rows.map((r, i) => [r, i]).filter(([r]) => r.family === 'clean');
  const flagged = clean.filter(([, i]) => FAMILIES.some((f) => probs[i][f] >= thresholdOf(f))).length;
  res.clean = { posts: clean.length, flagged, rate: flagged / (clean.length || 1) };
  return res;
}

/** The lowest threshold whose out-of-fold precision reaches `target` (and at least `floor`). */
function pickThreshold(rows, probs, f, target, floor) {
  const scored = rows.map((r, i) => ({ y: r.family === f && r.label === 1, p: probs[i][f] })).sort((a, b) => b.p - a.p);
  let tp = 0, fp = 0, best = 0.999;
  for (const s of scored) {
    if (s.y) tp++;
    else fp++;
    if (s.p < floor) break;
    if (tp / (tp + fp) >= target && s.y) best = s.p;
  }
  return Math.max(floor, Math.min(0.999, best));
}

function printMetrics(title, res, FAMILIES) {
  console.log(title);
  console.log('family            tp   fp   fn  recall  precision');
  for (const f of FAMILIES) {
    const m = res[f];
    console.log(`${f.padEnd(16)} ${String(m.tp).padStart(4)} ${String(m.fp).padStart(4)} ${String(m.fn).padStart(4)}  ${m.recall.toFixed(3).padStart(6)}  ${m.precision.toFixed(3).padStart(9)}`);
  }
  console.log(`clean posts flagged: ${res.clean.flagged}/${res.clean.posts} (${(100 * res.clean.rate).toFixed(2)}%)`);
}

/**
 * Trains on `rows` (labelled sentences): thresholds from out-of-fold scores (k-fold by writer), then the
 * weights on all rows. Returns the weights file's text, its sha256 and the out-of-fold figures.
 */
export async function trainWeights(rows, extractor) {
  const { featureIndices, FAMILIES, lexicon } = extractor ?? (await loadExtractor());
  const lex = lexicon();
  for (const r of rows) r.x = featureIndices(r.text, lex, BITS);
  const oofAll = outOfFold(FAMILIES, rows);
  const real = rows.filter((r) => !isGenerated(r.writer));
  const oof = oofAll.filter((_, i) => !isGenerated(rows[i].writer));
  const thresholds = {};
  for (const f of FAMILIES) {
    const warning = pickThreshold(real, oof, f, WARNING_PRECISION, 0.5);
    const error = Math.max(warning, pickThreshold(real, oof, f, 0.99, 0.5));
    thresholds[f] = { info: Number((warning * 0.7).toFixed(3)), warning: Number(warning.toFixed(3)), error: Number(error.toFixed(3)) };
  }
  const cv = metrics(FAMILIES, real, oof, (f) => thresholds[f].warning);
  if (has('--errors')) {
    real.forEach((r, i) => {
      for (const f of FAMILIES) {
        const pos = r.family === f && r.label === 1;
        const hit = oof[i][f] >= thresholds[f].warning;
        if (pos && !hit) console.log(`MISS ${f} ${oof[i][f].toFixed(2)} ${r.writer}: ${r.text}`);
        if (!pos && hit && r.label === 0) console.log(`FP   ${f} ${oof[i][f].toFixed(2)} ${r.writer} (${r.family}): ${r.text}`);
      }
    });
  }
  const model = trainAll(FAMILIES, rows);
  const data = {
    about: 'Judgement classifiers for commslint (src/text/semantic/model.ts): logistic regression per family over hashed sentence features, int8 weights in base64. Generated by scripts/train-classifier.mjs from corpus/sentences (training writers only, see corpus/split.json); do not edit by hand.',
    version: 1,
    bits: BITS,
    families: Object.fromEntries(FAMILIES.map((f) => [f, { bias: model[f].bias, scale: model[f].scale, weights: Buffer.from(model[f].q.buffer).toString('base64'), thresholds: thresholds[f] }])),
  };
  const json = JSON.stringify(data) + '\n';
  return { json, sha256: createHash('sha256').update(json).digest('hex'), cv, FAMILIES, real, oof, thresholds };
}

/** The training writers' rows of a corpus folder (corpus/split.json's held-out writers left out). */
export function trainingRows(dir = corpusDir) {
  const split = JSON.parse(readFileSync(join(root, 'corpus/split.json'), 'utf8'));
  const heldout = new Set(split.heldout);
  return readCorpus(dir).filter((r) => !heldout.has(r.writer));
}

export { loadExtractor };

async function main() {
  const extractor = await loadExtractor();
  const { FAMILIES, lexicon, modelFrom } = extractor;
  const split = JSON.parse(readFileSync(join(root, 'corpus/split.json'), 'utf8'));
  const heldout = new Set(split.heldout);
  const training = trainingRows();
  console.log(`training writers: ${[...new Set(training.map((r) => r.writer))].join(' ')} (${training.length} sentences); held out: ${[...heldout].join(' ')}`);
  if (has('--eval')) {
    const lex = lexicon();
    const model = modelFrom(JSON.parse(readFileSync(weightsFile, 'utf8')));
    const test = readCorpus().filter((r) => heldout.has(r.writer));
    const probs = test.map((r) => model.score(r.text, lex));
    printMetrics(`held-out writers ${[...new Set(test.map((r) => r.writer))].join(' ')} (${test.length} sentences), shipped weights`, metrics(FAMILIES, test, probs, (f) => model.thresholds(f).warning), FAMILIES);
    return;
  }
  const { json, sha256, cv, real, oof, thresholds } = await trainWeights(training, extractor);
  printMetrics('k-fold by training writer (out-of-fold), chosen thresholds', cv, FAMILIES);
  if (has('--by-writer')) {
    // Each writer's sentences scored by the model trained without them: recall of their positives and the
    // share of their negatives flagged, at the warning cut-off.
    console.log('writer          positives  recall  negatives  flagged');
    for (const w of [...new Set(real.map((r) => r.writer))]) {
      let pos = 0, hit = 0, neg = 0, fp = 0;
      real.forEach((r, i) => {
        if (r.writer !== w) return;
        const flagged = r.label === 1 ? oof[i][r.family] >= thresholds[r.family].warning : FAMILIES.some((f) => oof[i][f] >= thresholds[f].warning && !(r.family === f && r.label === 1));
        if (r.label === 1) [pos, hit] = [pos + 1, hit + (flagged ? 1 : 0)];
        else [neg, fp] = [neg + 1, fp + (flagged ? 1 : 0)];
      });
      console.log(`${w.padEnd(15)} ${String(pos).padStart(9)}  ${(hit / (pos || 1)).toFixed(3)}  ${String(neg).padStart(9)}  ${(fp / (neg || 1)).toFixed(4)}`);
    }
  }
  if (has('--cv')) return;
  console.log(`weights: ${(json.length / 1024).toFixed(0)} KB, sha256 ${sha256}`);
  if (!has('--check')) writeFileSync(weightsFile, json);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
