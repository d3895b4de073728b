#!/usr/bin/env node
// Seed sentences for the classifiers from the fixtures: each clean draft of a rule that hosts a judgement
// family is a near-miss of that family (label 0), paragraph by paragraph; the fixtures of the other
// categories are ordinary posts (family "clean"). Written to
// corpus/sentences/seed-fixtures/<family>.jsonl as writer "seed-fixtures", a training writer. Positives come
// only from the blind writers; the acceptance sets are kept out of training so they stay an independent check.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const HOSTS = {
  'legal/prejudicial-statement': 'guilt',
  'legal/admission-of-liability': 'admission',
  'legal/victim-identification': 'identification',
  'legal/identifying-child': 'identification',
  'impartiality/endorsement': 'endorsement',
  'impartiality/party-political': 'partisanship',
  'impartiality/election-period': 'partisanship',
  'tone/hostile-reply': 'condescension',
  'personal-data/special-category': 'special-category',
};
const out = join(root, 'corpus/sentences/seed-fixtures');
mkdirSync(out, { recursive: true });
const byFamily = {};
for (const [rule, family] of Object.entries(HOSTS)) {
  const dir = join(root, 'fixtures', rule, 'clean');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const body = readFileSync(join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const para of body.split(/\n\s*\n|\n---\n/)) {
      const text = para.replace(/\s+/g, ' ').trim();
      if (text.length < 20 || text.startsWith('<!--')) continue;
      (byFamily[family] ??= []).push({ text, family, label: 0, register: 'formal', jurisdiction: '', kind: text.startsWith('@') ? 'reply' : 'post', writer: 'seed-fixtures', why: `fixtures/${rule}/clean/${file}` });
    }
  }
}
// Ordinary posts: every fixture (flagged or clean) of the categories no judgement family touches is a clean
// post for all of them (family "clean").
const OTHER = ['accessibility', 'ai-disclosure', 'confidentiality', 'language', 'platform', 'personal-data'];
for (const category of OTHER) {
  const cdir = join(root, 'fixtures', category);
  if (!existsSync(cdir)) continue;
  for (const rule of readdirSync(cdir).sort()) {
    if (`${category}/${rule}` in HOSTS) continue;
    for (const kind of ['clean', 'flagged']) {
      const dir = join(cdir, rule, kind);
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
        const body = readFileSync(join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
        for (const para of body.split(/\n\s*\n|\n---\n/)) {
          const text = para.replace(/\s+/g, ' ').trim();
          if (text.length < 20 || text.length > 600 || text.startsWith('<!--') || text.startsWith('|') || text.startsWith('```')) continue;
          (byFamily.clean ??= []).push({ text, family: 'clean', label: 0, register: 'formal', jurisdiction: '', kind: text.startsWith('@') ? 'reply' : 'post', writer: 'seed-fixtures', why: `fixtures/${category}/${rule}/${kind}/${file}` });
        }
      }
    }
  }
}
for (const [family, rows] of Object.entries(byFamily)) writeFileSync(join(out, `${family}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(Object.entries(byFamily).map(([f, r]) => `${f}: ${r.length}`).join(', '));
