// Server rows of `npm run bench` (issue 18): `commslint mcp` and `commslint lsp` spawned from the bin;
// start-up = spawn to the answer to `initialize`; first request = a check of a 300-word draft (MCP
// tools/call check_draft; LSP didOpen to publishDiagnostics). Medians of several runs, interleaved with
// an empty `node -e 0` spawned the same way, so a loaded machine shows as a slow baseline: the rows also
// give each figure over that baseline, the server process's own CPU time (Linux /proc) and the load
// average. Also runnable alone: node bench/servers.mjs [runs]
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { makeLongPost } from './corpus.mjs';

const root = resolve(import.meta.dirname, '..');
// COMMSLINT_BENCH_BIN: another build's bin, to compare two builds on the same machine at the same load.
const bin = process.env.COMMSLINT_BENCH_BIN ?? join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.commslint);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const words300 = () => {
  const words = makeLongPost(300).split(/\s+/).slice(0, 300).join(' ');
  return `${words}\n`;
};

/** CPU milliseconds (user + system) a process has used so far; NaN where /proc is not there. */
function cpuMs(pid) {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // clock ticks (USER_HZ, 100 on Linux)
  } catch {
    return Number.NaN;
  }
}

/** Spawn to exit of an empty `node -e 0`: the machine's baseline for starting any Node process. */
function baseline() {
  return new Promise((done) => {
    const t0 = performance.now();
    spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' }).on('exit', () => done(performance.now() - t0));
  });
}

/** One session: resolves { startup, first } in ms (wall) and the server's CPU ms for each. */
function session(kind) {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [bin, kind, ...(kind === 'lsp' ? ['--stdio'] : [])], { stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    let tInit;
    let cInit;
    const send = (o) => {
      const body = JSON.stringify(o);
      child.stdin.write(kind === 'mcp' ? `${body}\n` : `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    const timer = setTimeout(() => {
      child.kill();
      fail(new Error(`${kind}: no answer in 60 s`));
    }, 60_000);
    child.stdout.on('data', (d) => {
      out += d.toString();
      if (tInit === undefined && out.includes('"id":1')) {
        tInit = performance.now();
        cInit = cpuMs(child.pid);
        if (kind === 'mcp') {
          send({ jsonrpc: '2.0', method: 'notifications/initialized' });
          send({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'check_draft', arguments: { text: words300() } } });
        } else {
          send({ jsonrpc: '2.0', method: 'initialized', params: {} });
          send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:post.md', languageId: 'markdown', version: 1, text: words300() } } });
        }
      }
      const answered = kind === 'mcp' ? out.includes('"id":2') : out.includes('textDocument/publishDiagnostics');
      if (tInit !== undefined && answered) {
        const t2 = performance.now();
        const c2 = cpuMs(child.pid);
        clearTimeout(timer);
        child.kill();
        done({ startup: tInit - t0, first: t2 - tInit, startupCpu: cInit, firstCpu: c2 - cInit });
      }
    });
    send(
      kind === 'mcp'
        ? { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } }
        : { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } },
    );
  });
}

/**
 * Measures both servers (the first session of each is a warm-up and not counted); returns one row per
 * server with medians: wall ms, CPU ms, the `node -e 0` baseline of the same rounds, and the load average.
 */
export async function benchServers(runs = 7) {
  const rows = [];
  for (const kind of ['mcp', 'lsp']) {
    const s = { startup: [], first: [], startupCpu: [], firstCpu: [], node: [] };
    const load = loadavg()[0];
    for (let i = 0; i <= runs; i++) {
      const r = await session(kind);
      const node = await baseline();
      if (i === 0) continue;
      for (const k of ['startup', 'first', 'startupCpu', 'firstCpu']) s[k].push(r[k]);
      s.node.push(node);
    }
    rows.push({ kind, startup: median(s.startup), first: median(s.first), startupCpu: median(s.startupCpu), firstCpu: median(s.firstCpu), node: median(s.node), load: (load + loadavg()[0]) / 2 });
  }
  return rows;
}

/** One line per row, for this script and bench/run.mjs. */
export function describeServerRow(r) {
  const f = (x) => (Number.isNaN(x) ? '?' : x.toFixed(0));
  return `commslint ${r.kind}: start-up ${f(r.startup)} ms (cpu ${f(r.startupCpu)} ms), first check of a 300-word draft ${f(r.first)} ms (cpu ${f(r.firstCpu)} ms); node -e 0 ${f(r.node)} ms (start-up ${(r.startup / r.node).toFixed(1)}×, first ${(r.first / r.node).toFixed(2)}× of it); load average ${r.load.toFixed(1)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchServers(Number(process.argv[2] ?? 7))) console.log(describeServerRow(r));
}
