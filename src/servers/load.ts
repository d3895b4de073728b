// The MCP and language servers and the archive audit, loaded only by `commslint mcp` / `lsp` / `audit`. Their own module so the
// bundled bin keeps them out of the main bundle: scripts/bundle-cli.mjs replaces this file by a CommonJS
// module that requires separate bundles, and a lint run never parses their dependencies.
export function loadMcpServer(): Promise<typeof import('../mcp/server.js')> {
  return import('../mcp/server.js');
}

export function loadLanguageServer(): Promise<typeof import('../lsp/server.js')> {
  return import('../lsp/server.js');
}

export function loadAudit(): Promise<typeof import('../audit/run.js')> {
  return import('../audit/run.js');
}
