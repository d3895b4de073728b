#!/usr/bin/env node
// The `commslint` bin (copied to dist/bin/commslint.js by scripts/bundle-cli.mjs). It runs the bundled CLI
// (./commslint.cjs) through V8's code cache (./commslint.cjs.cache, written at build time by a training
// run): compiling the 3 MB bundle is most of a one-file run's start-up, and the cache skips it. A cache from
// another Node or V8 version, or with other V8 flags, is rejected by V8 and the bundle compiles as usual.
// `commslint mcp`, `lsp` and `audit` go straight to their own bundles (./commslint-<name>.cjs, each with its
// code cache): a server's start-up is spawn to its first answer, and the CLI bundle is no part of it.
// Node >= 22.1 has its own compile cache (module.enableCompileCache), used instead. Set
// COMMSLINT_CODE_CACHE=off to load the bundles without a cache (write / write-servers: the training runs).
import nodeModule from 'node:module';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const argv = process.argv.slice(2);
const mode = process.env.COMMSLINT_CODE_CACHE;
const dir = fileURLToPath(new URL('.', import.meta.url));

/** Loads a CommonJS bundle of this folder, through its code cache; `write`: save the cache at exit. */
function load(name, write) {
  const bundle = `${dir}${name}`;
  const cacheFile = `${bundle}.cache`;
  const require = nodeModule.createRequire(bundle);
  const { enableCompileCache } = nodeModule;
  if (mode === 'off' || typeof enableCompileCache === 'function') {
    if (mode !== 'off') enableCompileCache?.();
    return require(bundle);
  }
  let cachedData;
  if (!write) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache (a development build): compile as usual.
    }
  }
  // UTF-8: esbuild's charset: 'ascii' escapes strings, but a regular expression can keep a raw character.
  const source = readFileSync(bundle, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  if (mode === 'check') process.stderr.write(`commslint: code cache ${cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'accepted'}\n`);
  if (write) {
    // After the training run, so the functions it compiled are in the cache too. Written atomically.
    process.once('exit', () => {
      writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
      renameSync(`${cacheFile}.tmp`, cacheFile);
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, bundle, dir);
  return module.exports;
}

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write('__COMMSLINT_VERSION__\n');
} else if (argv[0] === 'mcp' || argv[0] === 'lsp' || argv[0] === 'audit') {
  load(`commslint-${argv[0]}.cjs`, mode === 'write-servers').runServerCli(argv);
} else {
  load('commslint.cjs', mode === 'write').runCli(argv);
}
