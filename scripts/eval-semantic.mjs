#!/usr/bin/env node
// Scores the whole linter (rules and classifiers, `lintAsync`) on labelled sentences, per judgement family:
// a sentence counts as flagged for a family when a rule of that family reports a warning or an error in it.
//
//   node scripts/eval-semantic.mjs            the held-out writers (corpus/split.json), from dist/
//   node scripts/eval-semantic.mjs w01 w02    the named writers
//
// Precision counts as false alarms the sentences labelled 0 (near-misses of every family, and the clean
// posts); another family's positive that a rule also flags is left out of that family's figures, since its
// writer labelled it for one family only. "Clean flagged" is the share of clean posts with any warning or
// error from any rule of the seven families.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCorpus } from './train-classifier.mjs';

const root = resolve(import.meta.dirname, '..');

export const FAMILY_RULES = {
  guilt: ['legal/prejudicial-statement', 'legal/naming-and-shaming', 'legal/suppressed-name'],
  admission: ['legal/admission-of-liability'],
  identification: ['legal/victim-identification', 'legal/identifying-child', 'legal/suppressed-name'],
  endorsement: ['impartiality/endorsement'],
  partisanship: ['impartiality/party-political', 'impartiality/election-period'],
  condescension: ['tone/hostile-reply', 'tone/insult', 'tone/profanity'],
  'special-category': ['personal-data/special-category'],
};
const ALL_RULES = new Set(Object.values(FAMILY_RULES).flat());

const LOCALES = { UK: 'en-GB', GB: 'en-GB', EN: 'en-GB', SC: 'en-GB', SCOT: 'en-GB', WALES: 'en-GB', NI: 'en-GB', US: 'en-US', CA: 'en-CA', AU: 'en-AU', NZ: 'en-NZ', IE: 'en-IE' };
export function localeOf(jurisdiction) {
  const j = String(jurisdiction ?? '').toUpperCase().split(/[-_ ]/)[0];
  return LOCALES[j] ?? 'en-GB';
}

/** Lints each row with lintAsync (a reply row as a reply) and returns the rule ids it flags (warning/error). */
export async function flagsOf(rows, createLinter) {
  const linters = new Map();
  const out = [];
  for (const r of rows) {
    const locale = localeOf(r.jurisdiction);
    let l = linters.get(locale);
    if (!l) linters.set(locale, (l = await createLinter({ locale })));
    const meta = r.kind === 'reply' ? { replyTo: true } : {};
    const res = await l.lintAsync(r.text, { meta });
    const counted = res.findings.filter((f) => f.severity !== 'info' && ALL_RULES.has(f.ruleId));
    const flags = new Set(counted.map((f) => f.ruleId));
    // The rules' own patterns alone (without the classifiers' findings), for comparison.
    flags.patterns = new Set(counted.filter((f) => !f.message.includes('(judged by meaning')).map((f) => f.ruleId));
    out.push(flags);
  }
  return out;
}

export function score(rows, flags) {
  const res = {};
  for (const [f, rules] of Object.entries(FAMILY_RULES)) {
    let tp = 0, fp = 0, fn = 0;
    rows.forEach((r, i) => {
      const hit = rules.some((id) => flags[i].has(id));
      const pos = r.family === f && r.label === 1;
      if (pos) hit ? tp++ : fn++;
      else if (hit && r.label === 0) fp++;
    });
    res[f] = { tp, fp, fn, recall: tp / (tp + fn || 1), precision: tp / (tp + fp || 1) };
  }
  const clean = rows.map((r, i) => [r, i]).filter(([r]) => r.family === 'clean');
  const flagged = clean.filter(([, i]) => flags[i].size > 0).length;
  res.clean = { posts: clean.length, flagged, rate: flagged / (clean.length || 1) };
  return res;
}

export function table(res) {
  const lines = ['family            tp   fp   fn  recall  precision'];
  for (const f of Object.keys(FAMILY_RULES)) {
    const m = res[f];
    lines.push(`${f.padEnd(16)} ${String(m.tp).padStart(4)} ${String(m.fp).padStart(4)} ${String(m.fn).padStart(4)}  ${m.recall.toFixed(3).padStart(6)}  ${m.precision.toFixed(3).padStart(9)}`);
  }
  lines.push(`clean posts flagged: ${res.clean.flagged}/${res.clean.posts} (${(100 * res.clean.rate).toFixed(2)}%)`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const split = JSON.parse(readFileSync(join(root, 'corpus/split.json'), 'utf8'));
  const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const writers = new Set(named.length ? named : split.heldout);
  const rows = readCorpus().filter((r) => writers.has(r.writer));
  const { createLinter } = await import(pathToFileURL(join(root, 'dist/src/index.js')).href);
  const flags = await flagsOf(rows, createLinter);
  console.log(`writers ${[...writers].join(' ')}: ${rows.length} sentences, lintAsync over dist/`);
  console.log(table(score(rows, flags)));
  if (process.argv.includes('--patterns')) console.log(`\nthe rules' patterns alone:\n${table(score(rows, flags.map((f) => f.patterns)))}`);
  if (process.argv.includes('--misses') || process.env.MISSES) {
    rows.forEach((r, i) => {
      const rules = FAMILY_RULES[r.family] ?? [];
      const hit = rules.some((id) => flags[i].has(id));
      if (r.label === 1 && !hit) console.log(`MISS ${r.writer} ${r.family}: ${r.text}`);
      if (r.label === 0 && flags[i].size) console.log(`FP   ${r.writer} ${r.family}: [${[...flags[i]].join(',')}] ${r.text}`);
    });
  }
}
