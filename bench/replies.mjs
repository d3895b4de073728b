// Worst case for the personal-data rules: a 5 MB comment export of about 23,000 replies, each with a
// phone number and a street address (bench/corpus.mjs makeRepliesDraft). Target: linted in ≤ 5 s.
// A row of `npm run bench`; `node bench/replies.mjs` (after `npm run build`) runs this row alone and
// exits 1 when the target is missed.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { makeRepliesDraft } from './corpus.mjs';

export const REPLIES_TARGET_MS = 5000;

/** Lints the replies draft (after a warm-up pass that loads lazy modules) and records the row. */
export async function benchReplies(linter, check, fmt) {
  const text = makeRepliesDraft(5 * 1024 * 1024);
  const replies = text.split('\n\n').length - 1;
  await linter.lintAsync(text.slice(0, 20_000));
  const t0 = performance.now();
  const result = await linter.lintAsync(text);
  const ms = performance.now() - t0;
  const phones = result.findings.filter((f) => f.ruleId === 'personal-data/phone-number').length;
  console.log(`\nWorst case: 5 MB of replies (${fmt(replies)} replies, each a phone number and an address)`);
  console.log(`  linted in ${fmt(ms)} ms, ${fmt(phones)} phone findings   (target ≤ ${fmt(REPLIES_TARGET_MS)} ms)`);
  check('5 MB of replies with phone numbers and addresses ≤ 5 s', ms <= REPLIES_TARGET_MS, `${fmt(ms)} ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { createLinter } = await import('../dist/src/index.js');
  const results = [];
  const fmt = (n, d = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });
  await benchReplies(await createLinter(), (name, ok, detail) => results.push({ name, ok, detail }), fmt);
  for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}: ${r.detail}`);
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}
