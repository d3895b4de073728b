// Spread arguments (issue 21, item 2): `Math.max(...array)` and `push(...array)` pass every element as an
// argument, and past about 100,000 elements the call overflows the stack (a bare RangeError from the
// library: ~125,000 masked phone numbers in the engine, 140,000 findings in the stylish format). No call
// in src/ or rules/ spreads an array into its arguments (checked on the TypeScript syntax tree), and the
// drafts that overflowed run through the library and every format.
import { describe, it, expect } from 'vitest';
import ts from 'typescript';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChild } from './bounded.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* sources(p);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) yield p;
  }
}

describe('no call spreads an array into its arguments', () => {
  it('src/ and rules/ have no f(...xs) or new F(...xs)', () => {
    const found: string[] = [];
    for (const dir of ['src', 'rules']) {
      for (const file of sources(join(root, dir))) {
        const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node): void => {
          if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.some(ts.isSpreadElement)) {
            found.push(`${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}: ${node.getText(sf).slice(0, 80)}`);
          }
          ts.forEachChild(node, visit);
        };
        visit(sf);
      }
    }
    expect(found).toEqual([]);
  });

  it('the check finds a spread call when there is one', () => {
    const sf = ts.createSourceFile('x.ts', 'const a = Math.max(0, ...xs); out.push(...more); const b = [...xs];', ts.ScriptTarget.Latest, true);
    let calls = 0;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.arguments.some(ts.isSpreadElement)) calls++;
      ts.forEachChild(node, visit);
    };
    visit(sf);
    expect(calls).toBe(2);
  });
});

describe('the drafts that overflowed the stack lint and format', () => {
  const CHILD = `
const { createLinter, format } = await import(DIST);
const linter = await createLinter({ maxFindingsPerRule: 0 });
const drafts = {
  // ~125,000 masked phone numbers: the engine's scrub of overlapping findings (Math.max over all of them).
  phones: 'Call 07911 123456 now.\\n\\n'.repeat(130000),
  // 140,000 findings through the stylish format's column widths.
  repeats: 'the the\\n\\n'.repeat(140000),
  // 10 MB and 20 MB strings (one paragraph each, so one huge text node and excerpt).
  tenMb: 'x'.repeat(10 * 1024 * 1024),
  twentyMb: 'x'.repeat(20 * 1024 * 1024),
};
for (const [name, text] of Object.entries(drafts)) {
  process.stdout.write('start ' + name + '\\n');
  const r = await linter.lintAsync(text);
  const sizes = {};
  for (const f of ['stylish', 'json', 'sarif']) sizes[f] = format([{ ...r, path: name + '.md' }], f).length;
  process.stdout.write('done ' + JSON.stringify({ name, findings: r.findings.length, error: r.error ?? null, sizes }) + '\\n');
}
`;
  it('through the library and the stylish, JSON and SARIF formats, without a RangeError', async () => {
    const r = await runChild(CHILD, 900_000, { stallMs: 300_000 });
    expect(r.killed).toBe(false);
    expect(r.stderr).toBe('');
    const done = r.stdout.trim().split('\n').filter((l) => l.startsWith('done ')).map((l) => JSON.parse(l.slice(5)) as { name: string; findings: number; error: string | null; sizes: Record<string, number> });
    expect(done.map((d) => d.name)).toEqual(['phones', 'repeats', 'tenMb', 'twentyMb']);
    for (const d of done) expect(d.error, d.name).toBeNull();
    expect(done[0]!.findings).toBeGreaterThanOrEqual(130000);
    expect(done[1]!.findings).toBeGreaterThanOrEqual(140000);
    for (const d of done.slice(0, 2)) for (const [f, n] of Object.entries(d.sizes)) expect(n, `${d.name} ${f}`).toBeGreaterThan(0);
  }, 920_000);
});
