// `commslint mcp` and `commslint lsp`: their own small argument sets, then the server until the client
// closes it. Usage errors are thrown as UsageError (the CLI prints them and exits 2).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { loadAudit, loadLanguageServer, loadMcpServer } from './load.js';

export const SERVER_HELP = {
  mcp: `Usage: commslint mcp [--root DIR] [--config FILE] [--ai-drafted] [--ai-tool NAME]

Runs a Model Context Protocol server on stdio (tools: check_draft, check_files, fix_draft,
explain_rule, list_rules, count_characters; all read-only).
  --root DIR        workspace root: check_files refuses paths outside it (default: the working directory)
  --config FILE     use this config for every draft instead of discovery
  --ai-drafted      treat every draft as written with the assistant, so the AI-disclosure rules apply
  --ai-tool NAME    the assistant's name, checked against ai.approvedTools`,
  lsp: `Usage: commslint lsp [--stdio] [--config FILE]

Runs a language server on stdio (diagnostics, hover, quick fixes, source.fixAll.commslint).
  --stdio           accepted (editor clients pass it); stdio is the only transport
  --config FILE     use this config for every draft instead of discovery`,
} as const;

class ServerUsage extends Error {
  override name = 'UsageError';
}

export async function runServerCommand(name: 'mcp' | 'lsp', argv: string[], cwd = process.cwd()): Promise<number> {
  const options: import('node:util').ParseArgsConfig['options'] =
    name === 'mcp'
      ? ({ root: { type: 'string' }, config: { type: 'string', short: 'c' }, 'ai-drafted': { type: 'boolean' }, 'ai-tool': { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const)
      : ({ stdio: { type: 'boolean' }, config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } } as const);
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: argv, options, allowPositionals: false, strict: true }).values as Record<string, string | boolean | undefined>;
  } catch (error) {
    throw new ServerUsage(`${name}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (values.help) {
    process.stdout.write(`${SERVER_HELP[name]}\n`);
    return 0;
  }
  const config = typeof values.config === 'string' ? resolve(cwd, values.config) : undefined;
  if (name === 'mcp') {
    const { runMcpServer } = await loadMcpServer();
    await runMcpServer({
      root: resolve(cwd, typeof values.root === 'string' ? values.root : '.'),
      ...(config ? { configFile: config } : {}),
      ...(values['ai-drafted'] ? { aiDrafted: true } : {}),
      ...(typeof values['ai-tool'] === 'string' ? { aiTool: values['ai-tool'] } : {}),
    });
  } else {
    const { runLanguageServer } = await loadLanguageServer();
    await runLanguageServer({ root: cwd, ...(config ? { configFile: config } : {}) });
  }
  return 0;
}

export async function runAuditCommand(argv: string[], cwd = process.cwd()): Promise<number> {
  return (await loadAudit()).runAudit(argv, cwd);
}
