#!/usr/bin/env node
// Labelled sentences for the judgement classifiers from the training drafts (test/acceptance-*): what real
// reviewers wrote as whole posts, not as one-line examples. Writes corpus/sentences/d-<group>/*.jsonl.
//
//   npm run build && node scripts/mine-draft-sentences.mjs [--check]
//
// - A positive is an expected item of a judgement category (legal, impartiality, tone, personal-data) that a
//   rule owning a classifier family reports: the rule that finds it names the family (the sets score 1.00,
//   so every such item has its rule). The sentence holding the item is the text.
// - A negative (family "clean") is a sentence of a draft its writer marked clean, or a forbidden item of a
//   judgement category: nothing there may be flagged, by any family.
// Only the training sets are read; corpus/heldout-* (drafts no one here has seen) never are.
// --check: exit 1 when the committed files differ from what the drafts give now.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'corpus/sentences');
const bin = join(root, 'dist/bin/commslint.js');
const check = process.argv.includes('--check');

// The rules whose classifier family a finding names.
const FAMILY_OF = {
  'legal/prejudicial-statement': 'guilt',
  'legal/admission-of-liability': 'admission',
  'legal/victim-identification': 'identification',
  'impartiality/endorsement': 'endorsement',
  'impartiality/party-political': 'partisanship',
  'tone/hostile-reply': 'condescension',
  'personal-data/special-category': 'special-category',
};
const JUDGEMENT = new Set(['legal', 'impartiality', 'tone', 'personal-data']);

// One writer group per kind of set, so the k-fold by writer holds each kind out whole.
const GROUPS = {
  'd-blind': ['test/acceptance-blind', 'test/acceptance-extra', 'test/acceptance-shared'],
  'd-bilingual': ['test/acceptance-bilingual'],
  'd-clean': ['test/acceptance-clean'],
};

function setsOf(dir) {
  const abs = join(root, dir);
  if (existsSync(join(abs, 'expect.json'))) return [dir];
  return readdirSync(abs)
    .sort()
    .map((d) => `${dir}/${d}`)
    .filter((d) => existsSync(join(root, d, 'expect.json')));
}

function lint(set) {
  const args = [bin, '--format', 'json', '--config', join(root, set, 'commslint.config.json'), join(root, set, 'drafts')];
  let stdout;
  try {
    stdout = execFileSync('node', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    if (err.status !== 1 || !err.stdout) throw new Error(`${set}: linter failed (exit ${err.status})`);
    stdout = err.stdout;
  }
  const byFile = new Map();
  for (const r of JSON.parse(stdout).results) byFile.set(r.path.split('/').pop(), r.findings);
  return byFile;
}

// The body after frontmatter, and where it starts.
function bodyStart(text) {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return m ? m[0].length : 0;
}

// Sentences of a body: split at line breaks and after . ! ? followed by a space. Markdown separators and
// headings-only lines are not sentences.
function sentences(text, from) {
  const out = [];
  const re = /[^\n]+/g;
  re.lastIndex = from;
  for (let m; (m = re.exec(text)); ) {
    const line = m[0];
    if (/^\s*(?:-{3,}|\*{3,}|#+\s*$)/.test(line)) continue;
    let start = 0;
    const cut = /[.!?…]["”’)]?\s+(?=\S)/g;
    for (let c; (c = cut.exec(line)); ) {
      out.push({ offset: m.index + start, endOffset: m.index + c.index + c[0].trimEnd().length });
      start = c.index + c[0].length;
    }
    out.push({ offset: m.index + start, endOffset: m.index + line.length });
  }
  return out.map((s) => ({ ...s, text: text.slice(s.offset, s.endOffset).replace(/^\s*(?:[-*>]|\d+[.)])\s+/, '').trim() })).filter((s) => s.text.length >= 20);
}

function locate(text, item) {
  let at = -1;
  for (let n = 0; n < (item.nth ?? 1); n++) at = text.indexOf(item.text, at + 1);
  return at === -1 ? undefined : [at, at + item.text.length];
}

const rows = new Map(); // group/file -> lines
const push = (group, family, row) => {
  const key = `${group}/${family === 'clean' ? 'clean' : family}.jsonl`;
  if (!rows.has(key)) rows.set(key, []);
  rows.get(key).push(JSON.stringify(row));
};
const counts = {};
for (const [group, dirs] of Object.entries(GROUPS)) {
  for (const set of dirs.flatMap(setsOf)) {
    const cases = JSON.parse(readFileSync(join(root, set, 'expect.json'), 'utf8')).cases;
    const found = lint(set);
    const name = set.split('/').pop();
    for (const [file, spec] of Object.entries(cases)) {
      const text = readFileSync(join(root, set, 'drafts', file), 'utf8');
      const sents = sentences(text, bodyStart(text));
      const findings = (found.get(file) ?? []).filter((f) => f.severity !== 'info');
      const seen = new Set();
      const holding = ([s, e]) => sents.filter((x) => x.offset < e && s < x.endOffset);
      for (const item of spec.expect ?? []) {
        const cats = [item.category].flat();
        if (item.text == null || !cats.some((c) => JUDGEMENT.has(c))) continue;
        const at = locate(text, item);
        if (!at) continue;
        const fams = new Set(findings.filter((f) => cats.includes(f.category) && f.offset < at[1] && at[0] < f.endOffset).map((f) => FAMILY_OF[f.ruleId]).filter(Boolean));
        for (const family of fams) {
          const parts = holding(at);
          if (!parts.length) continue;
          const sentence = parts.map((p) => p.text).join(' ');
          if (seen.has(`${family}\0${sentence}`)) continue;
          seen.add(`${family}\0${sentence}`);
          push(group, family, { text: sentence, family, label: 1, kind: 'draft', writer: group, jurisdiction: name, why: `${name}/${file}: expected ${cats.join('|')}, reported by the ${family} rule` });
          counts[family] = (counts[family] ?? 0) + 1;
        }
      }
      const expected = (spec.expect ?? []).map((item) => (item.text == null ? undefined : locate(text, item))).filter(Boolean);
      const negatives = [];
      if (spec.clean) negatives.push(...sents.map((s) => s.text));
      for (const item of spec.forbid ?? []) {
        const cats = [item.category].flat();
        if (item.text == null || !cats.some((c) => JUDGEMENT.has(c))) continue;
        const at = locate(text, item);
        // (Not a sentence that also holds an expected item: the forbidden part is a near-miss, the sentence not.)
        if (at) negatives.push(...holding(at).filter((p) => !expected.some(([s, e]) => p.offset < e && s < p.endOffset)).map((p) => p.text));
      }
      for (const t of negatives) {
        if (seen.has(`clean\0${t}`)) continue;
        seen.add(`clean\0${t}`);
        push(group, 'clean', { text: t, family: 'clean', label: 0, kind: spec.clean ? 'clean-draft' : 'forbidden', writer: group, jurisdiction: name });
        counts.clean = (counts.clean ?? 0) + 1;
      }
    }
  }
}

let stale = 0;
for (const [key, lines] of [...rows].sort()) {
  const file = join(out, key);
  const body = lines.join('\n') + '\n';
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== body) {
      console.log(`stale: corpus/sentences/${key}`);
      stale++;
    }
    continue;
  }
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, body);
}
console.log(Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', '));
if (stale) process.exit(1);
