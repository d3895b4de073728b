// No network, ever (issue 10): linting through the library and the CLI, including the lazy loading of
// heavy modules (compromise), must never open a socket or resolve a name. In-process, the network entry
// points are replaced by functions that record the call and throw; the CLI runs with an `--import`
// preload that does the same in the child and writes a marker to stderr that no catch can swallow.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import net from 'node:net';
import tls from 'node:tls';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import dgram from 'node:dgram';

const CLI = fileURLToPath(new URL('../dist/src/cli.js', import.meta.url));

const DRAFTS: Record<string, string> = {
  'links.md': 'Read more at https://www.riverside.gov.uk/bins and http://intranet.riverside.local/hr or www.example.com. [Apply](https://forms.example.gov.uk/apply?id=1)\n',
  'pii.md': 'Call John Smith on 07911 123456 or email john.smith@gmail.com. NI number AB 12 34 56 C. Card 4111 1111 1111 1111.\n',
  'ai.md': '---\nai:\n  used: true\n  tools: [ChatGPT]\n  role: generated\nmedia:\n  - file: https://cdn.example.com/photo.jpg\n    alt: ""\n    aiGenerated: true\n---\nOur new leisure centre opens Monday. The image shows the pool. As an AI language model, I cannot attend.\n',
  'names.md': 'Thanks to Sarah Jones, 34, of Mill Lane, who was arrested yesterday and is clearly guilty. Vote Labour! #BinDay @RiversideCouncil\n',
  'thread.md': '---\nthread: true\nplatform: x\n---\n1/ Roadworks on the A38 start Monday.\n\n---\n\n2/ Diversions via https://maps.example.com.\n',
  'html.md': '<img src="https://tracker.example.com/pixel.gif"> <iframe src="https://evil.example.com"></iframe>\n![chart](https://cdn.example.com/chart.png)\n',
};

interface Call {
  what: string;
}
const calls: Call[] = [];
const restore: Array<() => void> = [];

/** Replaces `obj[key]` with a function that records the call and throws, restored after the suite. */
function deny(obj: object, key: string, what: string): void {
  const target = obj as Record<string, unknown>;
  if (typeof target[key] !== 'function') return;
  const original = target[key];
  target[key] = function blocked(): never {
    calls.push({ what });
    throw new Error(`network access blocked in tests: ${what}`);
  };
  restore.push(() => {
    target[key] = original;
  });
}

const DNS_FUNCTIONS = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];

function blockNetwork(): void {
  deny(net.Socket.prototype, 'connect', 'net.Socket.prototype.connect');
  deny(net, 'connect', 'net.connect');
  deny(net, 'createConnection', 'net.createConnection');
  deny(tls, 'connect', 'tls.connect');
  deny(dgram, 'createSocket', 'dgram.createSocket');
  for (const f of DNS_FUNCTIONS) {
    deny(dns, f, `dns.${f}`);
    deny(dns.promises, f, `dns.promises.${f}`);
    deny(dns.Resolver.prototype, f, `dns.Resolver.${f}`);
    deny(dns.promises.Resolver.prototype, f, `dns.promises.Resolver.${f}`);
  }
  for (const [name, mod] of [['http', http], ['https', https]] as const) {
    deny(mod, 'request', `${name}.request`);
    deny(mod, 'get', `${name}.get`);
  }
  deny(globalThis, 'fetch', 'fetch');
  deny(globalThis, 'WebSocket', 'WebSocket');
  deny(globalThis, 'EventSource', 'EventSource');
}

// The preload for the CLI child: the same, plus a marker on stderr (written synchronously).
const PRELOAD = `
import net from 'node:net'; import tls from 'node:tls'; import dns from 'node:dns'; import http from 'node:http';
import https from 'node:https'; import dgram from 'node:dgram'; import { writeSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const deny = (obj, key, what) => {
  if (typeof obj[key] !== 'function') return;
  obj[key] = function blocked() { writeSync(2, 'NETWORK-ACCESS ' + what + '\\n'); throw new Error('network access blocked: ' + what); };
};
deny(net.Socket.prototype, 'connect', 'net.Socket.connect'); deny(net, 'connect', 'net.connect');
deny(net, 'createConnection', 'net.createConnection'); deny(tls, 'connect', 'tls.connect'); deny(dgram, 'createSocket', 'dgram.createSocket');
for (const f of ${JSON.stringify(DNS_FUNCTIONS)}) {
  deny(dns, f, 'dns.' + f); deny(dns.promises, f, 'dns.promises.' + f);
  deny(dns.Resolver.prototype, f, 'dns.Resolver.' + f); deny(dns.promises.Resolver.prototype, f, 'dns.promises.Resolver.' + f);
}
for (const [n, m] of [['http', http], ['https', https]]) { deny(m, 'request', n + '.request'); deny(m, 'get', n + '.get'); }
deny(globalThis, 'fetch', 'fetch'); deny(globalThis, 'WebSocket', 'WebSocket'); deny(globalThis, 'EventSource', 'EventSource');
syncBuiltinESMExports();
`;

describe('no network in-process (library and Node API)', () => {
  beforeAll(() => blockNetwork());
  afterAll(() => {
    for (const r of restore.reverse()) r();
  });

  it('the guard itself works (a check that can fail)', async () => {
    const before = calls.length;
    expect(() => fetch('https://example.com')).toThrow(/blocked/);
    expect(() => dns.lookup('example.com', () => undefined)).toThrow(/blocked/);
    expect(() => new net.Socket().connect(80, '127.0.0.1')).toThrow(/blocked/);
    expect(calls.length).toBe(before + 3);
    calls.length = 0;
  });

  it('lint, lintAsync (with lazy compromise loading), every formatter and lintFiles open no socket', async () => {
    // Imported inside the blocked window, so the lazy modules are loaded under the guard too.
    const { createLinter, lint, format, FORMATS } = await import('../src/index.js');
    await import('../src/report/all.js');
    const { lintFiles } = await import('../src/node.js');
    const linter = await createLinter({ extends: ['commslint:strict'], organisation: { domains: ['riverside.gov.uk'] } });
    const results = [];
    for (const [name, text] of Object.entries(DRAFTS)) {
      results.push({ ...(await linter.lintAsync(text, { path: name })), path: name });
      linter.lint(text);
      await lint(text);
    }
    for (const name of FORMATS) format(results, name);
    const dir = mkdtempSync(join(tmpdir(), 'commslint-net-'));
    try {
      for (const [name, text] of Object.entries(DRAFTS)) writeFileSync(join(dir, name), text);
      const fileResults = await lintFiles(['.'], { cwd: dir, fix: true });
      expect(fileResults.length).toBe(Object.keys(DRAFTS).length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(calls).toEqual([]);
  });
});

describe('no network from the CLI (preloaded guard in the child process)', () => {
  let dir: string;
  let preload: string;
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" (npm test builds first)`);
    dir = mkdtempSync(join(tmpdir(), 'commslint-netcli-'));
    preload = join(dir, 'no-network.mjs');
    writeFileSync(preload, PRELOAD);
    for (const [name, text] of Object.entries(DRAFTS)) writeFileSync(join(dir, name), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const node = (args: string[], input?: string) => spawnSync(process.execPath, ['--import', preload, ...args], { cwd: dir, encoding: 'utf8', input, timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });

  it('the preload catches network access (a check that can fail)', () => {
    const r = node(['-e', "import('node:dns').then((d) => d.lookup('example.com', () => {})).catch(() => {}); try { fetch('https://example.com'); } catch {}"]);
    expect(r.stderr).toContain('NETWORK-ACCESS dns.lookup');
    expect(r.stderr).toContain('NETWORK-ACCESS fetch');
  });

  const runs: Array<[string, string[], string?]> = [
    ['stylish over a directory', ['.']],
    ['every format', ['--format', 'json', '.']],
    ['sarif', ['--format', 'sarif', '.']],
    ['github', ['--format', 'github', '.']],
    ['junit', ['--format', 'junit', '.']],
    ['markdown', ['--format', 'markdown', '.']],
    ['--fix-dry-run', ['--fix-dry-run', '.']],
    ['--stdin', ['--stdin', '--stdin-filename', 'post.md'], DRAFTS['names.md']],
    ['--list-rules', ['--list-rules']],
    ['--explain', ['--explain', 'language/placeholder']],
    ['--print-config', ['--print-config', 'pii.md']],
  ];
  // The servers: a whole session on stdin (MCP: JSON lines; LSP: Content-Length frames), then end of input.
  const draft = DRAFTS['pii.md']! + DRAFTS['links.md']!;
  const frame = (o: object): string => {
    const body = JSON.stringify(o);
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  };
  const mcpSession = [
    { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } },
    { jsonrpc: '2.0', method: 'notifications/initialized' },
    { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'check_draft', arguments: { text: draft } } },
    { jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'check_files', arguments: { paths: ['.'] } } },
    { jsonrpc: '2.0', id: 4, method: 'tools/call', params: { name: 'fix_draft', arguments: { text: draft } } },
  ].map((m) => `${JSON.stringify(m)}\n`).join('');
  const lspSession = [
    { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } },
    { jsonrpc: '2.0', method: 'initialized', params: {} },
    { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:post.md', languageId: 'markdown', version: 1, text: draft } } },
    { jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri: 'untitled:post.md' }, position: { line: 0, character: 20 } } },
    // No exit notification: the server stops at the end of its input (after answering what it has read).
  ].map(frame).join('');
  for (const [name, args, input] of [['commslint mcp', ['mcp'], mcpSession], ['commslint lsp', ['lsp', '--stdio'], lspSession]] as const) {
    it(`${name}: a whole session opens no socket and resolves no name`, async () => {
      // Input stays open until the answer to request 2 is out (a language server exits when its input ends).
      const child = spawn(process.execPath, ['--import', preload, CLI, ...args], { cwd: dir });
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdin.write(input);
      await new Promise<void>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no answer; stderr: ${stderr}`)), 60_000);
        child.stdout.on('data', (d: Buffer) => {
          stdout += d.toString();
          if (stdout.includes('"id":2')) {
            clearTimeout(timer);
            done();
          }
        });
      });
      child.stdin.end();
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      expect(stderr).not.toContain('NETWORK-ACCESS');
      expect(stderr).toBe('');
    });
  }

  for (const [name, args, input] of runs) {
    it(`${name}: no socket, no name resolution`, () => {
      const r = node([CLI, ...args], input);
      expect(r.stderr).not.toContain('NETWORK-ACCESS');
      expect(r.stderr).not.toMatch(/network access blocked/);
      // A format another helper has not registered yet is a usage error, not a network problem.
      if (!/--format must be one of/.test(r.stderr)) expect([0, 1, 2]).toContain(r.status);
      expect(r.signal).toBeNull();
    });
  }
});
