// Pathological drafts (test/hostile-drafts.json), timed as a ratio: the time to lint each one (strict config,
// every rule, lazy modules loaded) divided by the time to lint an ordinary draft of the same length (bench
// corpus posts run together, makeBigDraft) plus the time remark-parse alone takes on the hostile text.
// A rule that goes quadratic on some shape of input shows as a large ratio on any machine; the test suite
// only checks that each draft finishes (test/hostile.test.ts). Run alone: `node bench/hostile.mjs`;
// `npm run bench` includes it.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { createLinter } from '../dist/src/index.js';
import { loadModules, LAZY_MODULES } from '../dist/src/engine/lazy.js';
import { makeBigDraft } from './corpus.mjs';

/**
 * Worst allowed ratio of a hostile draft's time to (an ordinary draft of its length + parsing it). Today's
 * worst is about 20 (8,000 names after a health word: compromise reads every name); a rule gone quadratic
 * on 100,000 characters shows as hundreds or thousands.
 */
export const HOSTILE_MAX_RATIO = 50;
/** The 5 MB draft is ordinary text: it must cost what an ordinary 5 MB draft costs. */
export const BIG_MAX_RATIO = 3;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (n, d = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });

/** Times `fn` (async) a few times, fewer when one run is slow; returns the median in ms. */
async function time(fn) {
  const ts = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await fn();
    ts.push(performance.now() - t0);
    if (ts.reduce((a, b) => a + b, 0) > 3000) break;
  }
  return median(ts);
}

/** Measures every hostile draft; returns [{ name, ok, detail }] for the bench's target list. */
export async function benchHostile(log = console.log) {
  const data = JSON.parse(readFileSync(new URL('../test/hostile-drafts.json', import.meta.url), 'utf8'));
  await loadModules(Object.keys(LAZY_MODULES));
  const linter = await createLinter({ extends: ['commslint:strict'] });
  const parser = unified().use(remarkParse);
  const rows = [];
  // BENCH_HOSTILE=REGEX measures only the drafts whose name matches.
  const only = process.env.BENCH_HOSTILE ? new RegExp(process.env.BENCH_HOSTILE) : undefined;
  // [name, body, target, whether remark-parse on the text is part of the base]
  const entries = [...Object.entries(data.drafts).map(([name, d]) => [name, d.body, HOSTILE_MAX_RATIO, true]), [data.big.name, data.big.body, BIG_MAX_RATIO, false]].filter(([name]) => !only || only.test(name));
  log('\nPathological drafts (strict config, every rule): time / (ordinary draft of the same length + remark-parse on it)');
  let worst = { ratio: 0 };
  const failures = [];
  for (const [name, body, max, withParse] of entries) {
    const text = new Function(body)();
    const ordinary = makeBigDraft(text.length).slice(0, text.length);
    await linter.lintAsync(text.slice(0, 200_000)); // warm: lazy paths, JIT
    const ms = await time(() => linter.lintAsync(text));
    // The 5 MB draft is ordinary text: its base is an ordinary draft alone (remark-parse on 5 MB in one piece
    // is far slower than commslint, which parses big drafts in chunks).
    const base = (await time(() => linter.lintAsync(ordinary))) + (withParse ? await time(() => parser.parse(text)) : 0);
    const ratio = ms / base;
    rows.push({ name, ms, base, ratio, max });
    if (ratio > worst.ratio) worst = { name, ratio };
    if (ratio > max) failures.push(`${name} ×${fmt(ratio, 1)} (≤ ${max})`);
    log(`  ${name.padEnd(36)} ${fmt(ms).padStart(6)} ms  base ${fmt(base).padStart(5)} ms  ×${fmt(ratio, 1).padStart(5)}${ratio > max ? `   FAIL (target ≤ ${max})` : ''}`);
  }
  return [
    { name: `pathological drafts ≤ ${HOSTILE_MAX_RATIO}× an ordinary draft of their length (5 MB draft ≤ ${BIG_MAX_RATIO}×)`, ok: failures.length === 0, detail: failures.length ? failures.join(', ') : `worst ×${fmt(worst.ratio, 1)} (${worst.name})` },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchHostile();
  for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}: ${r.detail}`);
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}
