// node bench/findings-dump.mjs [DIST_ROOT] > out.jsonl: every finding (all rules, strict where possible)
// over the bench corpus, long drafts, every fixture and acceptance draft, so a performance change can be
// checked to leave findings unchanged: dump before and after, then `diff`.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeCorpus, makeLongPost, makeBigDraft } from './corpus.mjs';

const root = resolve(process.argv[2] ?? resolve(import.meta.dirname, '..'));
const { createLinter } = await import(join(root, 'dist/src/index.js'));
const here = resolve(import.meta.dirname, '..');

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (name.endsWith('.md')) yield p;
  }
}
const cases = [];
makeCorpus(1000).forEach((t, i) => cases.push({ name: `corpus/${i}`, text: t }));
cases.push({ name: 'long/3000', text: makeLongPost(3000) }, { name: 'big/0.3MB', text: makeBigDraft(300 * 1024) });
for (const p of walk(join(here, 'fixtures'))) {
  const cfg = join(p, '../../config.json');
  cases.push({ name: p.slice(here.length + 1), text: readFileSync(p, 'utf8'), config: existsSync(cfg) ? JSON.parse(readFileSync(cfg, 'utf8')) : undefined });
}
// The shared acceptance set and the labelled sets kept in test/ (each with its own config).
const sets = [resolve(here, 'test/acceptance-shared')];
for (const group of ['test/acceptance-extra', 'test/acceptance-blind']) {
  for (const name of readdirSync(join(here, group))) if (statSync(join(here, group, name)).isDirectory()) sets.push(join(here, group, name));
}
for (const acc of sets) {
  if (!existsSync(join(acc, 'drafts'))) continue;
  const cfgPath = join(acc, 'commslint.config.json');
  const config = existsSync(cfgPath) ? JSON.parse(readFileSync(cfgPath, 'utf8')) : undefined;
  for (const p of walk(join(acc, 'drafts'))) cases.push({ name: p.startsWith(here) ? p.slice(here.length + 1) : p.slice(acc.length - 'acceptance'.length), text: readFileSync(p, 'utf8'), config });
}
const linters = new Map();
const linterFor = async (config) => {
  const key = JSON.stringify(config ?? null);
  if (!linters.has(key)) linters.set(key, await createLinter(config));
  return linters.get(key);
};
for (const c of cases) {
  let out;
  try {
    const r = await (await linterFor(c.config)).lintAsync(c.text);
    out = r.findings.map((f) => [f.ruleId, f.offset, f.endOffset, f.severity, f.message, f.suggestions?.map((s) => [s.message, s.fix])]);
    if (r.error) out.push(['error', r.error]);
  } catch (e) {
    out = [['throw', e.message]];
  }
  process.stdout.write(`${JSON.stringify([c.name, out])}\n`);
}
