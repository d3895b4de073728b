// Everything the MCP and language servers need to lint, in one module that src/servers/workspace.ts loads
// with import() after the server has answered `initialize`: the rules, the engine, config loading and the
// report formatters are most of a server's start-up, and the handshake needs none of them. The bundled bin
// makes this module a part of its own with its code cache (scripts/bundle-cli.mjs), so the server bundle a
// client starts holds only the protocol side.
import '../report/all.js';

export { builtinRules } from '../../rules/index.js';
export { citationsFor } from '../policy/index.js';
export { createNodeLinter, findConfigFile, fixText, lintFiles, loadConfig } from '../node.js';
export { applyFixes } from '../engine/fixes.js';
export { format } from '../report/index.js';
export { helpUriFor } from '../report/sarif.js';
export { LAZY_MODULES, loadModules } from '../engine/lazy.js';
// The language server's "add to terms.allow" edits a config file with the config loader's atomic write.
export { addAllowedTerm } from '../lsp/config-edit.js';
