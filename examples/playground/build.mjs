// Builds the playground: bundles main.ts (and the library, browser build) into playground.js beside
// index.html in the output directory. `node examples/playground/build.mjs [outdir] [--serve]`
// (default outdir: examples/playground/dist), `--serve` serves it on http://127.0.0.1:8787/.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Bundles the playground into `outdir`; returns the bundle's size in bytes. */
export async function buildPlayground(outdir = join(here, 'dist')) {
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    entryPoints: [join(here, 'main.ts')],
    outfile: join(outdir, 'playground.js'),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    metafile: true,
    logLevel: 'warning',
  });
  copyFileSync(join(here, 'index.html'), join(outdir, 'index.html'));
  return Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** A static file server for `dir` on 127.0.0.1 (port 0: any free port). Resolves to the server and its URL. */
export function serve(dir, port = 0) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = resolve(dir, `.${path === '/' ? '/index.html' : path}`);
    if (!file.startsWith(resolve(dir))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outdir = resolve(args.find((a) => !a.startsWith('--')) ?? join(here, 'dist'));
  const bytes = await buildPlayground(outdir);
  console.log(`playground built in ${outdir} (${(bytes / 1024).toFixed(0)} KiB)`);
  if (args.includes('--serve')) {
    const { url } = await serve(outdir, 8787);
    console.log(`serving on ${url}`);
  }
}
