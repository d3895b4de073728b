'use strict';
// The MCP and language server and audit bundles, required only by `commslint mcp` / `lsp` / `audit` (copied to
// dist/bin/ by scripts/bundle-cli.mjs; see src/servers/load.ts), each through its V8 code cache (./cache-load.cjs).
const { loadPart } = require('./cache-load.cjs');

exports.loadMcpServer = () => Promise.resolve().then(() => loadPart('commslint-mcp.cjs'));
exports.loadLanguageServer = () => Promise.resolve().then(() => loadPart('commslint-lsp.cjs'));
exports.loadAudit = () => Promise.resolve().then(() => loadPart('commslint-audit.cjs'));
