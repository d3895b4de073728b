// node scripts/regex-inventory.mjs > patterns.json: every regular expression of src/ and rules/, as
// [{ source, flags, where }], for the ReDoS audit (scripts/redos-audit.mjs).
// - Literals: every RegularExpressionLiteral node of the TypeScript sources (the parser, not a text search,
//   so regexes inside template strings and comments are told apart).
// - Built patterns (`new RegExp(...)` from word lists, lazily compiled ones): the global RegExp is wrapped
//   before the built library (dist/, `npm run build` first) is imported, and every regex constructed from a
//   frame in dist/src or dist/rules is recorded; the linter is then run over the fixtures, the labelled sets
//   and the README so that lazily built patterns are built too. Patterns built by dependencies are not ours.
import ts from 'typescript';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const found = new Map();
const add = (source, flags, where) => {
  const key = `${flags}/${source}`;
  if (!found.has(key)) found.set(key, { source, flags, where });
};

function* files(dir, ext) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p, ext);
    else if (p.endsWith(ext)) yield p;
  }
}

for (const dir of ['src', 'rules']) {
  for (const file of files(join(root, dir), '.ts')) {
    if (file.endsWith('.d.ts')) continue;
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        add(text.slice(1, slash), text.slice(slash + 1), `${file.slice(root.length + 1)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
}

const self = fileURLToPath(import.meta.url);
const distSrc = `${join(root, 'dist', 'src')}${sep}`;
const distRules = `${join(root, 'dist', 'rules')}${sep}`;
const asciiCopies = join(root, 'dist', 'src', 'text', 'ascii-regexp.js');
/** The first frame outside this file, if it is our built code: its source path and line. */
function ourFrame(stack) {
  for (const line of stack.split('\n').slice(1)) {
    const m = /(?:file:\/\/)?(\/[^:()]+\.m?js):(\d+):\d+\)?$/.exec(line.trim());
    if (!m) continue;
    const file = m[1];
    if (file === self) continue;
    // A copy without `u` (src/text/ascii-regexp.ts) is the pattern it copies, which is listed itself.
    if (file === asciiCopies) return undefined;
    if (file.startsWith(distSrc) || file.startsWith(distRules)) return `${file.slice(root.length + 1).replace(/^dist\//, '').replace(/\.js$/, '.ts')} (built, dist line ${m[2]})`;
    return undefined;
  }
  return undefined;
}
const NativeRegExp = RegExp;
const record = (re) => {
  const key = `${re.flags}/${re.source}`;
  if (!found.has(key)) {
    const where = ourFrame(new Error().stack ?? '');
    if (where) add(re.source, re.flags, where);
  }
  return re;
};
globalThis.RegExp = new Proxy(NativeRegExp, {
  construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget)),
  apply: (target, self, args) => record(Reflect.apply(target, self, args)),
});

const { createLinter } = await import(pathToFileURL(join(root, 'dist/src/index.js')).href);
const linters = [await createLinter(), await createLinter({ extends: ['commslint:strict'] })];
const drafts = [readFileSync(join(root, 'README.md'), 'utf8')];
for (const dir of ['fixtures', 'test/acceptance-blind', 'test/acceptance-extra']) for (const f of files(join(root, dir), '.md')) drafts.push(readFileSync(f, 'utf8'));
for (const linter of linters) for (const d of drafts) await linter.lintAsync(d);
globalThis.RegExp = NativeRegExp;

process.stdout.write(`${JSON.stringify([...found.values()].sort((a, b) => a.where.localeCompare(b.where)), null, 1)}\n`);
