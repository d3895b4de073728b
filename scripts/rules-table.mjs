// Regenerates the rules table in README.md from rule metadata (run after `npm run build`):
//   node scripts/rules-table.mjs          rewrite README.md
//   node scripts/rules-table.mjs --check  exit 1 when README.md is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { builtinRules } from '../dist/src/index.js';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

export function rulesTable() {
  const rows = builtinRules
    .filter((r) => !r.id.endsWith('/denied-term'))
    .map((r) => `| \`${r.id}\` | ${r.description.replace(/\|/g, '\\|')} | ${r.recommended ? r.defaultSeverity : `off (strict: ${r.defaultSeverity === 'info' ? 'warning' : 'error'})`} | ${r.fixable ? 'yes' : ''} |`);
  return ['| rule | what it checks | default | fix |', '|---|---|---|---|', ...rows, '', 'Plus `<category>/denied-term` for each category: the organisation\'s own `terms.deny` entries.'].join('\n');
}

const readme = readFileSync('README.md', 'utf8');
const a = readme.indexOf(START);
const b = readme.indexOf(END);
if (a === -1 || b === -1) throw new Error('README.md has no rules markers');
const next = `${readme.slice(0, a + START.length)}\n${rulesTable()}\n${readme.slice(b)}`;
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md rules table is out of date: run node scripts/rules-table.mjs');
    process.exit(1);
  }
} else writeFileSync('README.md', next);
