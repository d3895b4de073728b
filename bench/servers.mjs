// Server rows of `npm run bench` (issue 18): `commslint mcp` and `commslint lsp` spawned from the bin;
// start-up = spawn to the answer to `initialize`; first request = a check of a 300-word draft (MCP
// tools/call check_draft; LSP didOpen to publishDiagnostics). Medians of several runs. Also runnable alone.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeLongPost } from './corpus.mjs';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.commslint);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const words300 = () => {
  const words = makeLongPost(300).split(/\s+/).slice(0, 300).join(' ');
  return `${words}\n`;
};

/** One session: resolves [startup ms, first request ms]. */
function session(kind) {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [bin, kind, ...(kind === 'lsp' ? ['--stdio'] : [])], { stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    let tInit;
    let t1;
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
        t1 = performance.now();
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
        clearTimeout(timer);
        child.kill();
        done([tInit - t0, t2 - t1]);
      }
    });
    send(
      kind === 'mcp'
        ? { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } }
        : { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } },
    );
  });
}

/** Measures both servers; returns rows for the caller's target table. */
export async function benchServers(runs = 7) {
  const rows = [];
  for (const kind of ['mcp', 'lsp']) {
    const starts = [];
    const firsts = [];
    for (let i = 0; i < runs; i++) {
      const [s, f] = await session(kind);
      if (i > 0) {
        starts.push(s);
        firsts.push(f);
      }
    }
    rows.push({ kind, startup: median(starts), first: median(firsts) });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchServers()) console.log(`commslint ${r.kind}: start-up ${r.startup.toFixed(0)} ms, first check of a 300-word draft ${r.first.toFixed(0)} ms`);
}
