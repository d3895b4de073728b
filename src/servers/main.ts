// `commslint mcp`, `commslint lsp` and `commslint audit` when the bin runs them straight from their own
// bundles (scripts/bin-loader.js), without loading the main CLI bundle first: a server's start-up is
// measured from spawn to its first answer. Errors are reported exactly as the CLI reports them
// (src/cli.ts runCli): one line on stderr, exit 2, never a stack trace.
import { maskShapes } from '../text/shapes.js';
import { runAuditCommand, runServerCommand } from './cli.js';

export function runServerCli(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const run = name === 'audit' ? runAuditCommand(rest) : runServerCommand(name === 'lsp' ? 'lsp' : 'mcp', rest);
  return run.then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const e = error as Error;
      if (e.name === 'UsageError') process.stderr.write(`commslint: ${e.message}\nRun "commslint --help" for usage.\n`);
      else if (e.name === 'ConfigError' || e.name === 'OutputError' || e.name === 'InputError') process.stderr.write(`commslint: ${maskShapes(e.message)}\n`);
      else process.stderr.write(`commslint: internal error: ${maskShapes(e.message)}${process.env.COMMSLINT_DEBUG ? `\n${e.stack}` : ''}\n`);
      process.exitCode = 2;
    },
  );
}
