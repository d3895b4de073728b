// The data-driven fixture suite: every draft under fixtures/<category>/<rule>/{flagged,clean}/ is linted
// with that rule on. A flagged draft's findings from the rule must match its `.expect.json` exactly
// (rule id, line, column, and the flagged text where given); a clean draft must get none.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter, builtinRules, type ConfigInput, type Linter } from '../src/index.js';

interface Expected {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  text?: string;
  severity?: string;
  messageIncludes?: string;
}

const root = join(import.meta.dirname, '..', 'fixtures');
const dirs = (p: string): string[] => (existsSync(p) ? readdirSync(p).filter((d) => statSync(join(p, d)).isDirectory()).sort() : []);
const drafts = (p: string): string[] => (existsSync(p) ? readdirSync(p).filter((f) => /\.(md|txt)$/.test(f)).sort() : []);

const linters = new Map<string, Promise<Linter>>();
const readJson = (file: string): ConfigInput => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ConfigInput) : {});
/** The rule folder's `config.json`, with a draft's own `<name>.config.json` (e.g. another locale) on top. */
function linterFor(ruleId: string, dir: string, draft?: string): Promise<Linter> {
  const own = draft ? draft.replace(/\.(md|txt)$/, '.config.json') : undefined;
  const key = own && existsSync(own) ? own : dir;
  let l = linters.get(key);
  if (!l) {
    const config: ConfigInput = { ...readJson(join(dir, 'config.json')), ...(key === own ? readJson(own) : {}) };
    const rule = builtinRules.find((r) => r.id === ruleId);
    const rules = { ...config.rules };
    if (!rules[ruleId] || rules[ruleId] === 'off') rules[ruleId] = rule?.defaultSeverity ?? 'error';
    l = createLinter({ ...config, rules });
    linters.set(key, l);
  }
  return l;
}

describe('fixtures', () => {
  it('every rule has flagged and clean fixtures', () => {
    const missing = builtinRules
      .filter((r) => !r.id.endsWith('/denied-term'))
      .filter((r) => drafts(join(root, r.id, 'flagged')).length === 0 || drafts(join(root, r.id, 'clean')).length === 0)
      .map((r) => r.id);
    expect(missing).toEqual([]);
  });

  for (const category of dirs(root)) {
    for (const name of dirs(join(root, category))) {
      const ruleId = `${category}/${name}`;
      const dir = join(root, category, name);
      describe(ruleId, () => {
        it('is a registered rule', () => {
          expect(builtinRules.map((r) => r.id)).toContain(ruleId);
        });
        for (const file of drafts(join(dir, 'flagged'))) {
          it(`flags ${file}`, async () => {
            const path = join(dir, 'flagged', file);
            const text = readFileSync(path, 'utf8');
            const expectFile = path.replace(/\.(md|txt)$/, '.expect.json');
            expect(existsSync(expectFile), `${expectFile} is missing`).toBe(true);
            const expected = JSON.parse(readFileSync(expectFile, 'utf8')) as Expected[];
            const result = await (await linterFor(ruleId, dir, path)).lintAsync(text, { path: `fixtures/${ruleId}/flagged/${file}` });
            expect(result.error).toBeUndefined();
            const got = result.findings.filter((f) => f.ruleId === ruleId);
            expect(got.map((f) => ({ line: f.line, column: f.column }))).toEqual(expected.map((e) => ({ line: e.line, column: e.column })));
            got.forEach((f, i) => {
              const e = expected[i]!;
              if (e.endLine !== undefined) expect(f.endLine).toBe(e.endLine);
              if (e.endColumn !== undefined) expect(f.endColumn).toBe(e.endColumn);
              if (e.text !== undefined) expect(text.slice(f.offset, f.endOffset)).toBe(e.text);
              if (e.severity !== undefined) expect(f.severity).toBe(e.severity);
              if (e.messageIncludes !== undefined) expect(f.message).toContain(e.messageIncludes);
              expect(f.citations.length).toBeGreaterThan(0);
              if (f.sensitive) {
                expect(f.message).not.toContain(text.slice(f.offset, f.endOffset).trim());
                expect(f.excerpt ?? '').not.toBe(text.slice(f.offset, f.endOffset));
              }
            });
          });
        }
        for (const file of drafts(join(dir, 'clean'))) {
          it(`leaves ${file} alone`, async () => {
            const text = readFileSync(join(dir, 'clean', file), 'utf8');
            const result = await (await linterFor(ruleId, dir, join(dir, 'clean', file))).lintAsync(text, { path: `fixtures/${ruleId}/clean/${file}` });
            expect(result.error).toBeUndefined();
            expect(result.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
          });
        }
      });
    }
  }
});
