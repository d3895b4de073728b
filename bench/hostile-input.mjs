// Hostile input (issue 21): the slowest attack of each class, as time per 100 KB of draft (median of 3 runs).
// Target: at most 2 s per 100 KB for every attack. A row of `npm run bench`; `node bench/hostile-input.mjs`
// (after `npm run build`) runs this row alone; BENCH_HOSTILE_INPUT=REGEX measures only the matching attacks.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

export const HOSTILE_INPUT_TARGET_MS = 2000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Times every attack class with `createLinter`; records one target row through `check`. */
export async function benchHostileInput(createLinter, check, fmt) {
  console.log('\nHostile input (time per 100 KB, median of 3 runs)');
  const linter = await createLinter();
  const strict = await createLinter({ extends: ['commslint:strict'] });
  const userPatterns = await createLinter({ terms: { deny: [{ pattern: 'a*a*a*a*b' }, { pattern: '.*a.*a.*a.*a.*b' }] }, ai: { disclosure: { patterns: ['(a+)+$'] } } });
  const dense = (bytes) => {
    let out = '';
    for (let i = 0; out.length < bytes; i++) out += `Call 07911 ${String(100000 + (i % 900000))} or email user${i}@example.com today.\n\n`;
    return out;
  };
  const HOSTILE = [
    ['ReDoS: date of birth', strict, () => 'DOB ' + ' '.repeat(1e5) + 'x'],
    ['ReDoS: endorsement (NBSP)', strict, () => 'use code ' + '\u00a0'.repeat(1e5) + 's'],
    ['ReDoS: child identified', strict, () => 'Tom ' + ' '.repeat(1e5) + '12'],
    ['ReDoS: special category', strict, () => 'died ' + ' '.repeat(1e5) + 'x'],
    ['user patterns: a*a*a*a*b, .*a.*a.*a.*a.*b', userPatterns, () => '---\nai:\n  used: true\n---\n' + 'a'.repeat(1e5)],
    ['Markdown: nested quote-lists', linter, () => '> - '.repeat(6000)],
    ['Markdown: nested image links', linter, () => '[![a '.repeat(3000) + '](i.png)](https://x.com)'.repeat(3000)],
    ['Markdown: setext and breaks', linter, () => 'Heading\n===\n---\n***\n___\n'.repeat(4000)],
    ['dense personal data (1 MB)', linter, () => dense(1024 * 1024)],
    ['YAML aliases in frontmatter', linter, () => `---\ntag: &t x\ntags:\n${'  - *t\n'.repeat(150)}---\n` + 'Hello there. '.repeat(7000)],
  ];
  // For reference (not a target): an ordinary Markdown draft of the same size, on this machine now.
  HOSTILE.push(['(reference: ordinary Markdown draft)', linter, () => '## Bin collections\n\nYour *bins* are collected on [Monday](https://example.gov.uk/bins).\n\n- Green: garden waste\n- Blue: recycling\n\n'.repeat(900)]);
  const only = process.env.BENCH_HOSTILE_INPUT ? new RegExp(process.env.BENCH_HOSTILE_INPUT) : undefined;
  let worst = { per100: 0, name: '' };
  for (const [name, l, make] of HOSTILE) {
    if (only && !only.test(name)) continue;
    const text = make();
    await l.lintAsync(text);
    const ts = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await l.lintAsync(text);
      ts.push(performance.now() - t0);
    }
    const per100 = median(ts) / (text.length / 102400);
    if (!name.startsWith('(') && per100 > worst.per100) worst = { per100, name };
    console.log(`  ${name.padEnd(44)} ${fmt(text.length / 1024).padStart(6)} KB  ${fmt(per100).padStart(6)} ms per 100 KB`);
  }
  check('hostile input ≤ 2 s per 100 KB (slowest attack of each class)', worst.per100 <= HOSTILE_INPUT_TARGET_MS, `worst ${fmt(worst.per100)} ms per 100 KB (${worst.name})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { createLinter } = await import('../dist/src/index.js');
  const results = [];
  const fmt = (n, d = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });
  await benchHostileInput(createLinter, (name, ok, detail) => results.push({ name, ok, detail }), fmt);
  for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}: ${r.detail}`);
  process.exitCode = results.every((r) => r.ok) ? 0 : 1;
}
