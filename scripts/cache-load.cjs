'use strict';
// Loads the CommonJS scripts of dist/bin (copied there by scripts/bundle-cli.mjs) through V8's code cache
// (<script>.cache, written at build time by training runs): compiling a bundle of megabytes is most of a
// start-up, and the cache skips it. Used by the bin for its bundles (the CLI, `mcp`, `lsp`, `audit`) and by
// those bundles for their parts (compromise and other heavy modules, loaded on first use). A cache from
// another Node or V8 version, or with other V8 flags, is rejected by V8 and the script compiles as usual.
// Node >= 22.1 has its own compile cache (module.enableCompileCache, enabled by the bin), used instead.
// COMMSLINT_CODE_CACHE=off: no cache; write (or write-servers): compile afresh and, at exit, save the cache
// of every script this process loaded, so the functions the training run compiled are in it too.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const nodeModule = require('node:module');
const vm = require('node:vm');

const mode = process.env.COMMSLINT_CODE_CACHE;
const writing = mode === 'write' || mode === 'write-servers';
const loaded = new Map();

function loadScript(file) {
  const done = loaded.get(file);
  if (done) return done.exports;
  if (mode === 'off' || typeof nodeModule.enableCompileCache === 'function') return require(file);
  const cacheFile = `${file}.cache`;
  let cachedData;
  if (!writing) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache (a development build): compile as usual.
    }
  }
  // Latin-1: scripts/bundle-cli.mjs writes every script in pure ASCII (its cheapest decoding in Node).
  const source = readFileSync(file, 'latin1');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  if (mode === 'check') {
    const name = file.split(/[\\/]/).pop();
    process.stderr.write(`commslint: code cache${name.startsWith('part-') ? ` of ${name}` : ''} ${cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'accepted'}\n`);
  }
  if (writing) {
    // At exit, after the training run, so the functions it ran are in the cache too. Written atomically.
    process.once('exit', () => {
      writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
      renameSync(`${cacheFile}.tmp`, cacheFile);
    });
  }
  const module = { exports: {} };
  loaded.set(file, module);
  script.runInThisContext()(module.exports, nodeModule.createRequire(file), module, file, dirname(file));
  return module.exports;
}

/** A script of this folder, by name (e.g. 'part-compromise.cjs'). */
function loadPart(name) {
  return loadScript(join(__dirname, name));
}

exports.loadScript = loadScript;
exports.loadPart = loadPart;
