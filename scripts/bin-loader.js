#!/usr/bin/env node
// The `commslint` bin (copied to dist/bin/commslint.js by scripts/bundle-cli.mjs). It runs the bundled CLI
// (./commslint.cjs) through V8's code cache (see ./cache-load.cjs): compiling the bundle is most of a
// one-file run's start-up, and the cache skips it. `commslint mcp`, `lsp` and `audit` go straight to their
// own bundles (./commslint-<name>.cjs, each with its code cache): a server's start-up is spawn to its first
// answer, and the CLI bundle is no part of it. Node >= 22.1 has its own compile cache
// (module.enableCompileCache), used instead. COMMSLINT_CODE_CACHE=off loads the bundles without a cache.
import nodeModule from 'node:module';

const argv = process.argv.slice(2);

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write('__COMMSLINT_VERSION__\n');
} else {
  if (process.env.COMMSLINT_CODE_CACHE !== 'off') nodeModule.enableCompileCache?.();
  const { loadPart } = nodeModule.createRequire(import.meta.url)('./cache-load.cjs');
  if (argv[0] === 'mcp' || argv[0] === 'lsp' || argv[0] === 'audit') loadPart(`commslint-${argv[0]}.cjs`).runServerCli(argv);
  else loadPart('commslint.cjs').runCli(argv);
}
