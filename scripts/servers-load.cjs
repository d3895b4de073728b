'use strict';
// The MCP and language server and audit bundles, required only by `commslint mcp` / `lsp` / `audit` (copied to
// dist/bin/ by scripts/bundle-cli.mjs; see src/servers/load.ts). Like the bin, each bundle runs through a
// V8 code cache written by a training run at build time (compiling a 3 MB bundle is most of a server's
// start-up; COMMSLINT_CODE_CACHE=write-servers writes it); Node >= 22.1 uses its own compile cache, which the
// bin has already enabled.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const nodeModule = require('node:module');
const vm = require('node:vm');

function load(name) {
  const file = join(__dirname, name);
  const mode = process.env.COMMSLINT_CODE_CACHE;
  if (mode === 'off' || typeof nodeModule.enableCompileCache === 'function') return require(file);
  let cachedData;
  if (mode !== 'write-servers') {
    try {
      cachedData = readFileSync(`${file}.cache`);
    } catch {
      // No cache: compile as usual.
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, { filename: file, cachedData });
  if (mode === 'write-servers') {
    process.once('exit', () => {
      writeFileSync(`${file}.cache.tmp`, script.createCachedData());
      renameSync(`${file}.cache.tmp`, `${file}.cache`);
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, nodeModule.createRequire(file), module, file, __dirname);
  return module.exports;
}

exports.loadMcpServer = () => Promise.resolve().then(() => load('commslint-mcp.cjs'));
exports.loadLanguageServer = () => Promise.resolve().then(() => load('commslint-lsp.cjs'));
exports.loadAudit = () => Promise.resolve().then(() => load('commslint-audit.cjs'));
