// The servers' start-up order, from the built bin: `initialize` is answered by the protocol side alone, the
// linting part (dist/bin/part-servers-linting.cjs: rules, engine, config, formatters) is loaded only once the
// client has initialized, and a draft sent at once after that is still checked (it waits for the loading).
// COMMSLINT_CODE_CACHE=check makes the loader report on stderr each script it loads, which is how the test
// sees when the part is loaded; where Node has its own compile cache (>= 22.1) the loader reports nothing.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import nodeModule from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'dist/bin/commslint.js');
const reportsLoads = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache !== 'function';
const PART = 'part-servers-linting.cjs';

interface Session {
  child: ChildProcessWithoutNullStreams;
  send(message: object): void;
  /** Resolves with stdout so far once `test` holds for it. */
  until(test: (out: string) => boolean): Promise<string>;
  stderr(): string;
}

function start(kind: 'mcp' | 'lsp'): Session {
  const child = spawn(process.execPath, [bin, kind, ...(kind === 'lsp' ? ['--stdio'] : [])], { env: { ...process.env, COMMSLINT_CODE_CACHE: 'check' } });
  let out = '';
  let err = '';
  const waiters: Array<() => void> = [];
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    for (const w of waiters.splice(0)) w();
  });
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  return {
    child,
    send(message) {
      const body = JSON.stringify(message);
      child.stdin.write(kind === 'mcp' ? `${body}\n` : `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    },
    until(test) {
      return new Promise((done) => {
        const look = (): void => {
          if (test(out)) done(out);
          else waiters.push(look);
        };
        look();
      });
    },
    stderr: () => err,
  };
}

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

// [server, why, initialize, initialized, a draft to check, what answers the draft]
const cases: Array<[kind: 'mcp' | 'lsp', why: string, init: object, initialized: object, draft: object, answered: string]> = [
  [
    'mcp',
    'an assistant that calls check_draft straight after the handshake gets its findings',
    { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'test', version: '1' } } },
    { jsonrpc: '2.0', method: 'notifications/initialized' },
    { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'check_draft', arguments: { text: 'Damn, the bins are late again.' } } },
    '"id":2',
  ],
  [
    'lsp',
    'an editor that opens a draft straight after the handshake gets its diagnostics',
    { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } },
    { jsonrpc: '2.0', method: 'initialized', params: {} },
    { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'untitled:post.md', languageId: 'markdown', version: 1, text: 'Damn, the bins are late again.\n' } } },
    'tone/profanity',
  ],
];

describe.skipIf(!existsSync(bin))('a server answers initialize before it loads the linter', () => {
  it.each(cases)('%s: %s', async (kind, _why, init, initialized, draft, answered) => {
    const s = start(kind);
    try {
      s.send(init);
      await s.until((out) => out.includes('"id":1'));
      // Without `initialized`, nothing but the handshake has happened: the linting part is not loaded.
      await pause(300);
      if (reportsLoads) {
        expect(s.stderr()).toContain('code cache');
        expect(s.stderr()).not.toContain(PART);
      }
      s.send(initialized);
      s.send(draft);
      const out = await s.until((o) => o.includes(answered));
      expect(out).toContain(answered);
      if (reportsLoads) expect(s.stderr()).toContain(PART);
    } finally {
      s.child.kill();
    }
  }, 60_000);
});
