// Builds the `commslint` bin into dist/bin/ from the tsc output (dist/src/cli.js):
// - commslint.cjs: the CLI and its dependencies in one CommonJS bundle (esbuild). Loading hundreds of small ES
//   modules was most of the start-up; one script loads in about half the time, and, unlike an ES module, a
//   script can be compiled with a V8 code cache. Modules the CLI imports dynamically (the engine for a lint
//   run, compromise for names) stay lazy: esbuild evaluates them on first use.
// - commslint.cjs.cache: V8's code cache for the bundle, written by a training run on a few drafts so the
//   functions a typical run compiles are in it too (see scripts/bin-loader.js, which checks it matches).
// - commslint.js: the bin itself (scripts/bin-loader.js with the version filled in).
import { build } from 'esbuild';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import nodeModule from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { VERSION } from '../dist/src/report/version.js';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'dist/bin');
rmSync(out, { recursive: true, force: true });
// What every bundle shares: one CommonJS script for Node 20.
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Whitespace and comments out, non-ASCII in strings escaped (regular expressions may keep raw characters,
  // so the loader reads UTF-8). Names are kept, so a COMMSLINT_DEBUG stack trace still reads.
  minifySyntax: true,
  minifyWhitespace: true,
  charset: 'ascii',
  legalComments: 'none',
  logLevel: 'error',
  // Dependencies (fdir) call createRequire(import.meta.url): give them the bundle's own URL. (cli.ts runs
  // itself only when import.meta.url is the script being executed; in the bundle the loader calls runCli.)
  define: { 'import.meta.url': '__commslintUrl' },
  banner: { js: "var __commslintUrl = require('node:url').pathToFileURL(__filename).href;" },
};
// Parts: heavy modules that only some drafts need (the engine loads them with import() on first use, see
// src/engine/lazy.ts) are scripts of their own, each with its code cache, so a start-up neither reads nor
// deserialises them. The classifiers' weights stay JSON, parsed on first use from a file of
// dist/bin (JSON.parse of a file is several times cheaper than the same data as a script in a bundle; a copy,
// so that dist/bin works on its own).
const PARTS = { compromise: 'part-compromise.cjs', 'retext-equality': 'part-retext-equality.cjs' };
const importModuleOutside = (b) => {
  b.onResolve({ filter: /\/import-module\.js$/ }, () => ({ path: './import-module.cjs', external: true }));
  b.onResolve({ filter: /^\.\/cache-load\.cjs$/ }, () => ({ path: './cache-load.cjs', external: true }));
  b.onResolve({ filter: new RegExp(`^(${Object.keys(PARTS).join('|')})$`) }, (a) => (a.namespace === 'commslint-part' ? undefined : { path: a.path, namespace: 'commslint-part' }));
  b.onLoad({ filter: /.*/, namespace: 'commslint-part' }, (a) => ({ contents: `export default require('./cache-load.cjs').loadPart(${JSON.stringify(PARTS[a.path])}).default;`, loader: 'js' }));
  // zod's classic API exports every locale's messages as a namespace (`z.locales`), which esbuild cannot
  // leave out, and nothing here reads it (zod itself configures English from locales/en.js): ~300 kB of
  // every bundle and 60 module inits at start-up. The namespace keeps `en` only.
  b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (a) =>
    /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(a.importer) ? { path: join(dirname(a.importer), '../locales/index.js'), namespace: 'commslint-zod-locales' } : undefined,
  );
  b.onLoad({ filter: /.*/, namespace: 'commslint-zod-locales' }, (a) => ({ contents: "export { default as en } from './en.js';", resolveDir: dirname(a.path), loader: 'js' }));
  // libphonenumber's metadata is a JSON object written as a JavaScript literal: as JSON.parse of one string
  // it compiles to a single constant (a smaller code cache) and builds the object faster than a literal.
  b.onLoad({ filter: /[\\/]libphonenumber-js[\\/]metadata\.max\.json\.js$/ }, (a) => {
    const text = readFileSync(a.path, 'utf8');
    const json = text.slice(text.indexOf('export default ') + 'export default '.length).trim().replace(/;$/, '');
    JSON.parse(json); // must be plain JSON (throws otherwise: the build stops rather than change meaning)
    return { contents: `export default JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
  });
  b.onLoad({ filter: /[\\/]text[\\/]semantic[\\/]weights\.json$/ }, () => ({
    contents: "module.exports = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, 'semantic-weights.json'), 'utf8'));",
    loader: 'js',
  }));
};
await build({
  ...common,
  stdin: { contents: "export { runCli } from './dist/src/cli.js';", resolveDir: root, sourcefile: 'commslint-bin.js' },
  outfile: join(out, 'commslint.cjs'),
  // import() of a module chosen at run time stays outside the bundle, in a real CommonJS module: a script
  // run from a code cache has no module loader for import() (Node reports "dynamic import callback not specified").
  plugins: [
    {
      name: 'import-module-outside',
      setup(b) {
        importModuleOutside(b);
        // The MCP and language servers are bundles of their own (below): a lint run never parses them.
        b.onResolve({ filter: /(^|\/)load\.js$/ }, (a) => (/[\\/]servers[\\/]cli\.js$/.test(a.importer) ? { path: './servers-load.cjs', external: true } : undefined));
      },
    },
  ],
});
for (const [name, file] of Object.entries(PARTS)) {
  await build({ ...common, stdin: { contents: `export { default } from '${name}';`, resolveDir: root, sourcefile: file }, outfile: join(out, file) });
}
writeFileSync(join(out, 'semantic-weights.json'), readFileSync(join(root, 'dist/src/text/semantic/weights.json')));
writeFileSync(join(out, 'cache-load.cjs'), readFileSync(join(root, 'scripts/cache-load.cjs'), 'utf8'));
writeFileSync(join(out, 'import-module.cjs'), "'use strict';\n// See src/import-module.ts.\nexports.importModule = (specifier) => import(specifier);\n");
writeFileSync(join(out, 'servers-load.cjs'), readFileSync(join(root, 'scripts/servers-load.cjs'), 'utf8'));
// The server and audit bundles. Each is what `commslint mcp|lsp|audit` runs straight from the bin
// (runServerCli), so src/servers/load.js becomes a module that has its own server in the bundle and asks
// servers-load.cjs for the others: the MCP bundle carries neither the language server nor the audit.
const SERVERS = { mcp: 'dist/src/mcp/server.js', lsp: 'dist/src/lsp/server.js', audit: 'dist/src/audit/run.js' };
const LOADERS = { mcp: 'loadMcpServer', lsp: 'loadLanguageServer', audit: 'loadAudit' };
// The servers' linting side (src/servers/linting.js: rules, engine, config loading, formatters) is a part of
// its own that both server bundles load after the handshake, so a server's start-up reads and deserialises
// only the protocol side.
const LINTING_PART = 'part-servers-linting.cjs';
const serverLoad = (own) => ({
  name: 'server-load',
  setup(b) {
    importModuleOutside(b);
    b.onResolve({ filter: /^\.\/linting\.js$/ }, (a) => (/[\\/]servers[\\/]workspace\.js$/.test(a.importer) ? { path: 'linting', namespace: 'commslint-linting' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'commslint-linting' }, () => ({ contents: `module.exports = require('./cache-load.cjs').loadPart(${JSON.stringify(LINTING_PART)});`, loader: 'js' }));
    b.onResolve({ filter: /^\.\/servers-load\.cjs$/ }, () => ({ path: './servers-load.cjs', external: true }));
    b.onResolve({ filter: /(^|\/)load\.js$/ }, (a) => (/[\\/]servers[\\/]cli\.js$/.test(a.importer) ? { path: 'server-load', namespace: 'commslint' } : undefined));
    b.onLoad({ filter: /^server-load$/, namespace: 'commslint' }, () => ({
      resolveDir: root,
      contents: Object.entries(LOADERS)
        .map(([kind, fn]) => (kind === own ? `export const ${fn} = () => import('./${SERVERS[kind]}');` : `export const ${fn} = () => require('./servers-load.cjs').${fn}();`))
        .join('\n'),
    }));
  },
});
for (const kind of Object.keys(SERVERS)) {
  await build({
    ...common,
    stdin: { contents: `export * from './${SERVERS[kind]}';\nexport { runServerCli } from './dist/src/servers/main.js';`, resolveDir: root, sourcefile: `commslint-${kind}.js` },
    outfile: join(out, `commslint-${kind}.cjs`),
    plugins: [serverLoad(kind)],
  });
}
await build({
  ...common,
  stdin: { contents: "export * from './dist/src/servers/linting.js';", resolveDir: root, sourcefile: LINTING_PART },
  outfile: join(out, LINTING_PART),
  plugins: [{ name: 'import-module-outside', setup: importModuleOutside }],
});
await build({ ...common, entryPoints: [join(root, 'dist/src/audit/worker.js')], outfile: join(out, 'commslint-audit-worker.cjs'), plugins: [{ name: 'import-module-outside', setup: importModuleOutside }] });
// Every script of dist/bin in pure ASCII: esbuild (charset: 'ascii') escapes strings, templates and names
// but leaves raw characters in regular expressions, and one such character makes V8 hold the whole source
// as a two-byte string and decode it as UTF-8. \uXXXX means the same in a regular expression (a pair of
// escaped surrogates is one code point under the u flag, two code units without it, as the raw character
// was), so cache-load.cjs reads the scripts as Latin-1, the cheapest decoding.
for (const name of readdirSync(out).filter((n) => n.endsWith('.cjs'))) {
  const file = join(out, name);
  const text = readFileSync(file, 'utf8');
  // An escaped raw character (`\é`) would become an escaped backslash: never emitted by esbuild, checked.
  if (/(?<!\\)(?:\\\\)*\\[^\0-\x7f]/.test(text)) throw new Error(`${name}: an escaped non-ASCII character`);
  const ascii = text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}
const bin = join(out, 'commslint.js');
writeFileSync(bin, readFileSync(join(root, 'scripts/bin-loader.js'), 'utf8').replace('__COMMSLINT_VERSION__', VERSION));
chmodSync(bin, 0o755);

// Training run: a clean post and one with findings, in a directory without a config.
const dir = mkdtempSync(join(tmpdir(), 'commslint-train-'));
try {
  writeFileSync(join(dir, 'clean.md'), '---\nplatform: x\n---\n\nRoadworks on Mill Lane start on Monday 10 February and will last about six weeks. Find out more at riverside.gov.uk/roadworks\n');
  writeFileSync(
    join(dir, 'draft.md'),
    '---\nplatform: facebook\n---\n\nREMINDER: the recycling centre on Mill Lane is closed on Monday. Call 01632 960 001 or email jo.bloggs@example.com for help. #BinDay\n',
  );
  const r = spawnSync(process.execPath, [bin, 'clean.md', 'draft.md'], { cwd: dir, env: { ...process.env, COMMSLINT_CODE_CACHE: 'write' }, encoding: 'utf8' });
  if ((r.status !== 0 && r.status !== 1) || r.stderr) throw new Error(`training run failed (exit ${r.status}): ${r.stderr}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// Node >= 22.1 keeps its own compile cache (module.enableCompileCache) and the loader uses that instead.
const loaderUsesCache = typeof nodeModule.enableCompileCache !== 'function';
if (loaderUsesCache && !existsSync(join(out, 'commslint.cjs.cache'))) throw new Error('the training run wrote no code cache');

// Training runs for the server and audit bundles' code caches: one session each over stdio, then end of input.
const frame = (o) => { const body = JSON.stringify(o); return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`; };
// No name in it: the servers' start-up path never needs compromise, so its functions stay out of the cache.
const draft = 'Call 07700 900123 about the the bins on Mill Lane. #BinDay';
const trainings = [
  ['mcp', [
    { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'train', version: '1' } } },
    { jsonrpc: '2.0', method: 'notifications/initialized' },
    { jsonrpc: '2.0', id: 2, method: 'tools/list' },
    { jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'check_draft', arguments: { text: draft, platform: 'x' } } },
  ].map((m) => `${JSON.stringify(m)}\n`).join('')],
  ['lsp', [
    { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } },
    { jsonrpc: '2.0', method: 'initialized', params: {} },
    { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:draft.md', languageId: 'markdown', version: 1, text: draft } } },
    { jsonrpc: '2.0', id: 2, method: 'shutdown' },
    { jsonrpc: '2.0', method: 'exit' },
  ].map(frame).join('')],
  // The audit's main thread (its lint worker is another isolate, compiled as usual): two posts as JSON Lines.
  ['audit', [{ id: '1', text: draft, platform: 'x' }, { id: '2', text: 'Roadworks on Mill Lane start on Monday.', date: '2024-03-01T09:00:00Z' }].map((p) => `${JSON.stringify(p)}\n`).join(''), ['--jsonl', '-', '--concurrency', '1']],
];
if (loaderUsesCache) {
  for (const [name, input, args = []] of trainings) {
    const dirT = mkdtempSync(join(tmpdir(), `commslint-train-${name}-`));
    try {
      const r = spawnSync(process.execPath, [bin, name, ...args], { cwd: dirT, input, env: { ...process.env, COMMSLINT_CODE_CACHE: 'write-servers' }, encoding: 'utf8', timeout: 60_000 });
      if (r.error || !existsSync(join(out, `commslint-${name}.cjs.cache`))) throw new Error(`the ${name} training run wrote no code cache (exit ${r.status}): ${r.error?.message ?? r.stderr}`);
    } finally {
      rmSync(dirT, { recursive: true, force: true });
    }
  }
  // The parts last (a run above may have loaded one): each loaded and used once, as a draft would.
  const partTrainings = {
    compromise: "loadPart('part-compromise.cjs').default('Jo Bloggs met Sam Smith from Leeds City Council on Monday.').people().out('array')",
    'retext-equality': "loadPart('part-retext-equality.cjs').default",
  };
  for (const [name, code] of Object.entries(partTrainings)) {
    const r = spawnSync(process.execPath, ['-e', `const { loadPart } = require(${JSON.stringify(join(out, 'cache-load.cjs'))}); ${code};`], { env: { ...process.env, COMMSLINT_CODE_CACHE: 'write' }, encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0 || !existsSync(join(out, `${PARTS[name]}.cache`))) throw new Error(`the ${name} training run wrote no code cache (exit ${r.status}): ${r.error?.message ?? r.stderr}`);
  }
}
