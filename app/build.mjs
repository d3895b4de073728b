// Builds the comms officer's checker into static files: `node app/build.mjs [outdir] [--serve] [--port N]`
// (default outdir dist/app; `npm run app` and `npm run app -- --serve`). One ES module bundle of the
// browser build of commslint (src/index.ts) with the app, code-split so that the lazily imported modules
// (compromise, the semantic model, the retext word lists) are chunks of their own, loaded only when a rule
// asks for them; index.html, app.css and a service worker that caches every built file for offline use.
// `--serve` serves the folder on http://127.0.0.1:8788/ with the same Content-Security-Policy as a header.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
export const DEFAULT_OUT = join(root, 'dist', 'app');

/** The policy every response carries: only this origin, no inline script, no framing, no form posts. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

/** Builds the app into `outdir`; resolves to { bytes, files } (total size, the files written). */
export async function buildApp(outdir = DEFAULT_OUT) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: { app: join(here, 'src', 'main.ts') },
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  copyFileSync(join(here, 'index.html'), join(outdir, 'index.html'));
  copyFileSync(join(here, 'app.css'), join(outdir, 'app.css'));
  const built = filesUnder(outdir).map((p) => relative(outdir, p).split(sep).join('/')).sort();
  const hash = createHash('sha256');
  for (const f of built) hash.update(f).update(readFileSync(join(outdir, f)));
  const list = ['./', ...built.map((f) => `./${f}`)];
  const sw = readFileSync(join(here, 'sw.js'), 'utf8').replace("'__VERSION__'", JSON.stringify(hash.digest('hex').slice(0, 16))).replace('__FILES__', JSON.stringify(list));
  writeFileSync(join(outdir, 'sw.js'), sw);
  const files = [...built, 'sw.js'];
  return { bytes: files.reduce((n, f) => n + statSync(join(outdir, f)).size, 0), files };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png' };

/** A static file server for `dir` on 127.0.0.1 (port 0: any free port), with the CSP header. Resolves to { server, url }. */
export function serve(dir, port = 0) {
  const base = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  const port = portArg !== -1 ? Number(args[portArg + 1]) : 8788;
  const outdir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port') ?? DEFAULT_OUT);
  const { bytes, files } = await buildApp(outdir);
  console.log(`app built in ${relative(process.cwd(), outdir) || '.'} (${files.length} files, ${(bytes / 1024).toFixed(0)} KiB)`);
  if (args.includes('--serve')) {
    try {
      const { url } = await serve(outdir, port);
      console.log(`serving on ${url} (Ctrl+C to stop)`);
    } catch (e) {
      console.error(`commslint app: cannot serve on 127.0.0.1:${port}: ${e.message} (use --port N)`);
      process.exitCode = 2;
    }
  }
}
