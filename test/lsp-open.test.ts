// The language server's timing rules, in process with setTimeout faked (no wall-clock bound): a freshly
// opened document is checked at once (its first diagnostics never wait for the typing debounce), an edit
// waits for the debounce, and a client without workspace folders gets no error from `initialized`.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { startLanguageServer } from '../src/lsp/server.js';

interface Published {
  uri: string;
  version?: number;
  diagnostics: Array<{ code: string }>;
}

let client: MessageConnection;
const published: Published[] = [];
const logged: Array<{ type: number; message: string }> = [];
const waiters: Array<() => void> = [];

/** Resolves once diagnostics for `uri` at `version` have been published. */
function diagnosticsFor(uri: string, version: number): Promise<Published> {
  return new Promise((done) => {
    const look = (): void => {
      const p = published.find((x) => x.uri === uri && x.version === version);
      if (p) done(p);
      else waiters.push(look);
    };
    look();
  });
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const up = new PassThrough();
  const down = new PassThrough();
  startLanguageServer(createConnection(up, down), { root: process.cwd() });
  client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  client.onNotification('textDocument/publishDiagnostics', (p: Published) => {
    published.push(p);
    for (const w of waiters.splice(0)) w();
  });
  client.onNotification('window/logMessage', (p: { type: number; message: string }) => {
    logged.push(p);
  });
  client.listen();
  // The smallest client: no workspace folders, no watched files, no capabilities at all.
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
  await client.sendNotification('initialized', {});
});

afterAll(() => {
  client.dispose();
  vi.useRealTimers();
});

describe('the language server on open and on change', () => {
  it('publishes the diagnostics of a freshly opened document without any timer firing', async () => {
    const uri = 'untitled:open.md';
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Bins are collected on Monday. Damn it.\n' } });
    // setTimeout is faked and never advanced: a debounced check would never publish.
    const p = await diagnosticsFor(uri, 1);
    expect(p.diagnostics.map((d) => d.code)).toEqual(['tone/profanity']);
  });

  it('a clean document opened is published too (an empty list), also without a timer', async () => {
    const uri = 'untitled:clean.md';
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Bins are collected on Monday.\n' } });
    expect((await diagnosticsFor(uri, 1)).diagnostics).toEqual([]);
  });

  it('an edit waits for the debounce, then gets fresh diagnostics', async () => {
    const uri = 'untitled:edit.md';
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Bins are collected on Monday.\n' } });
    await diagnosticsFor(uri, 1);
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'Bins are collected on Monday. Damn it.\n' }] });
    // The change has reached the server (a request sent after it is answered after it) ...
    await client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    expect(published.some((p) => p.uri === uri && p.version === 2)).toBe(false);
    // ... and is checked once the debounce has passed.
    await vi.advanceTimersByTimeAsync(200);
    expect((await diagnosticsFor(uri, 2)).diagnostics.map((d) => d.code)).toEqual(['tone/profanity']);
  });

  it('logged no error for a client without workspace folders', () => {
    expect(logged.filter((l) => l.type === 1)).toEqual([]);
  });
});
