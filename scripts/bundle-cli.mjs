// Bundles the CLI (dist/src/cli.js, built by tsc) into dist/bin/ with esbuild. Start-up is dominated by
// loading hundreds of small ES modules (unified, micromark, zod, yaml, the rules); one bundle loads in about
// half the time. Heavy lazy modules (compromise) stay in their own chunks, loaded only when a rule asks.
import { build } from 'esbuild';
import { rmSync, chmodSync } from 'node:fs';

rmSync('dist/bin', { recursive: true, force: true });
await build({
  entryPoints: { commslint: 'dist/src/cli.js' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  outdir: 'dist/bin',
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'error',
  // CommonJS dependencies inside an ES module bundle still call require() for Node built-ins.
  banner: { js: "import { createRequire as __commslintRequire } from 'node:module'; const require = __commslintRequire(import.meta.url);" },
});
chmodSync('dist/bin/commslint.js', 0o755);
