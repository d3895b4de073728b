// The language server (`commslint lsp --stdio`), end to end: the built bin spawned, JSON-RPC over stdio.
// initialize → didOpen → publishDiagnostics → hover → codeAction → executeCommand, edits in place,
// config reloads, fix-all, bad requests answered with protocol errors while the server keeps serving.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const bin = resolve(import.meta.dirname, '..', 'dist', 'bin', 'commslint.js');
const PHONE = '07911 123456';

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  codeDescription?: { href: string };
  source: string;
  message: string;
}
interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
interface WorkspaceEdit {
  changes: Record<string, Array<{ range: Diagnostic['range']; newText: string }>>;
}
interface CodeAction {
  title: string;
  kind: string;
  edit?: WorkspaceEdit;
  command?: { command: string; arguments: unknown[] };
}

let root: string;
let child: ChildProcessWithoutNullStreams;
let conn: MessageConnection;
let stdoutErrors: Error[] = [];
let stderr = '';
const published: PublishParams[] = [];
const waiters: Array<{ test: (p: PublishParams) => boolean; done: (p: PublishParams) => void }> = [];
const applied: WorkspaceEdit[] = [];
const reasonsAsked: string[] = [];

function nextDiagnostics(uri: string, test: (p: PublishParams) => boolean = () => true): Promise<PublishParams> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no diagnostics for ${uri}`)), 30_000);
    waiters.push({ test: (p) => p.uri === uri && test(p), done: (p) => (clearTimeout(timer), done(p)) });
  });
}

function open(name: string, text: string, version = 1): { uri: string; diagnostics: Promise<PublishParams> } {
  const uri = pathToFileURL(join(root, name)).href;
  const diagnostics = nextDiagnostics(uri, (p) => p.version === version);
  void conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  return { uri, diagnostics };
}

/** Applies LSP edits to a text (ascending, non-overlapping, as the server sends them). */
function applyEdits(text: string, edits: Array<{ range: Diagnostic['range']; newText: string }>): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'commslint-lsp-'));
  writeFileSync(join(root, 'commslint.config.json'), `${JSON.stringify({ locale: 'en-GB' }, null, 2)}\n`);
  child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: root });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const reader = new StreamMessageReader(child.stdout);
  reader.onError((e) => stdoutErrors.push(e));
  conn = createMessageConnection(reader, new StreamMessageWriter(child.stdin));
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishParams) => {
    published.push(p);
    for (const w of [...waiters]) if (w.test(p)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.done(p);
    }
  });
  conn.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
    applied.push(p.edit);
    return { applied: true };
  });
  conn.onRequest('window/showMessageRequest', (p: { message: string; actions: Array<{ title: string }> }) => {
    reasonsAsked.push(p.message);
    return p.actions[0] ?? null;
  });
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification('window/showMessage', () => undefined);
  conn.onNotification('window/logMessage', () => undefined);
  conn.listen();
  const init = await conn.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'drafts' }],
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, applyEdit: true } },
  });
  expect(init.capabilities).toMatchObject({ hoverProvider: true, textDocumentSync: 2, executeCommandProvider: { commands: ['commslint.disableNextLine', 'commslint.addToAllow', 'commslint.fixAll'] } });
  await conn.sendNotification('initialized', {});
});

afterAll(async () => {
  try {
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
  } catch {
    // Already gone.
  }
  await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  conn.dispose();
  rmSync(root, { recursive: true, force: true });
});

describe('diagnostics', () => {
  it('publishes masked diagnostics on open, with the rule id as code and a docs link', async () => {
    const { diagnostics } = open('post.md', `Bins on Monday.\nCall Jane on ${PHONE} about the bins.\n`);
    const p = await diagnostics;
    const d = p.diagnostics.find((x) => x.code === 'personal-data/phone-number')!;
    expect(d).toMatchObject({ severity: 1, source: 'commslint', range: { start: { line: 1, character: 13 }, end: { line: 1, character: 25 } } });
    expect(d.codeDescription?.href).toMatch(/^https?:\/\//);
    expect(JSON.stringify(p)).not.toContain(PHONE);
  });

  it('an edit in place gets fresh diagnostics (debounced: only the last version is published)', async () => {
    const uri = pathToFileURL(join(root, 'edit.md')).href;
    const first = open('edit.md', 'Bins are collected on Monday.\n');
    expect((await first.diagnostics).diagnostics).toEqual([]);
    const fresh = nextDiagnostics(uri, (p) => p.version === 4);
    for (const [version, text] of [[2, 'Bins are collected on'], [3, 'Bins are collected on Monday. Damn'], [4, 'Bins are collected on Monday. Damn it.']] as const) {
      void conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }
    const p = await fresh;
    expect(p.diagnostics.map((d) => d.code)).toEqual(['tone/profanity']);
    expect(p.diagnostics[0]!.range.start).toEqual({ line: 0, character: 30 });
    // Debounced: the last version is the one published last (intermediate ones may or may not be, by timing).
    expect(published.filter((x) => x.uri === uri).at(-1)!.version).toBe(4);
  });

  it('frontmatter and thread posts are handled (platform from frontmatter)', async () => {
    const long = 'Our libraries are open as usual this week. '.repeat(8);
    const { diagnostics } = open('x.md', `---\nplatform: x\n---\n\n${long}\n`);
    expect((await diagnostics).diagnostics.map((d) => d.code)).toContain('platform/length');
  });
});

describe('hover and code actions', () => {
  it('hover shows the rationale, the citations with their summaries and the suggestion', async () => {
    const uri = pathToFileURL(join(root, 'post.md')).href;
    const h = await conn.sendRequest<{ contents: { kind: string; value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 16 } });
    expect(h.contents.kind).toBe('markdown');
    expect(h.contents.value).toMatch(/^\*\*personal-data\/phone-number\*\* \(error\)/);
    expect(h.contents.value).toMatch(/Policy:\n- .*UK GDPR/);
    expect(h.contents.value).toMatch(/Suggestion: /);
    expect(h.contents.value).not.toContain(PHONE);
    const none = await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    expect(none).toBeNull();
  });

  it('offers the suggestion, "disable for this line" and, for a word, "add to terms.allow"', async () => {
    const uri = pathToFileURL(join(root, 'edit.md')).href;
    const range = { start: { line: 0, character: 30 }, end: { line: 0, character: 34 } };
    const actions = await conn.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
    const titles = actions.map((a) => a.title);
    expect(titles).toContain('Disable tone/profanity for this line (give a reason)');
    expect(titles).toContain('Add "Damn" to terms.allow');
    const phoneActions = await conn.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: pathToFileURL(join(root, 'post.md')).href }, range: { start: { line: 1, character: 14 }, end: { line: 1, character: 15 } }, context: { diagnostics: [] } });
    const redact = phoneActions.find((a) => a.edit);
    expect(redact?.kind).toBe('quickfix');
    // Never "add a phone number to terms.allow".
    expect(phoneActions.some((a) => a.title.startsWith('Add "'))).toBe(false);
  });

  it('"disable for this line" asks for a reason and inserts the directive with it; the finding goes', async () => {
    const uri = pathToFileURL(join(root, 'edit.md')).href;
    await conn.sendRequest('workspace/executeCommand', { command: 'commslint.disableNextLine', arguments: [uri, 0, 'tone/profanity'] });
    expect(reasonsAsked.at(-1)).toMatch(/Why may tone\/profanity be ignored/);
    const edit = applied.at(-1)!;
    const text = applyEdits('Bins are collected on Monday. Damn it.', edit.changes[uri]!);
    expect(text).toBe('<!-- commslint-disable-next-line tone/profanity -- published with consent -->\nBins are collected on Monday. Damn it.');
    const fresh = nextDiagnostics(uri, (p) => p.version === 5);
    void conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text }] });
    expect((await fresh).diagnostics).toEqual([]);
  });

  it('a reason given by the client is used as given', async () => {
    const uri = pathToFileURL(join(root, 'post.md')).href;
    await conn.sendRequest('workspace/executeCommand', { command: 'commslint.disableNextLine', arguments: [uri, 1, 'personal-data/phone-number', 'the resident asked us to share it'] });
    expect(applied.at(-1)!.changes[uri]![0]!.newText).toBe('<!-- commslint-disable-next-line personal-data/phone-number -- the resident asked us to share it -->\n');
  });

  it('"add to terms.allow" writes the config and every open draft is checked again', async () => {
    const uri = pathToFileURL(join(root, 'allow.md')).href;
    const first = open('allow.md', 'Bins are collected on Monday. Damn it.\n');
    expect((await first.diagnostics).diagnostics.map((d) => d.code)).toEqual(['tone/profanity']);
    const again = nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await conn.sendRequest('workspace/executeCommand', { command: 'commslint.addToAllow', arguments: [uri, 'Damn'] });
    const config = JSON.parse(readFileSync(join(root, 'commslint.config.json'), 'utf8')) as { locale: string; terms: { allow: string[] } };
    expect(config).toEqual({ locale: 'en-GB', terms: { allow: ['Damn'] } });
    expect((await again).diagnostics).toEqual([]);
  });

  it('a config changed on disk is reloaded (didChangeWatchedFiles)', async () => {
    const uri = pathToFileURL(join(root, 'allow.md')).href;
    writeFileSync(join(root, 'commslint.config.json'), JSON.stringify({ locale: 'en-GB' }));
    const back = nextDiagnostics(uri, (p) => p.diagnostics.length === 1);
    await conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(root, 'commslint.config.json')).href, type: 2 }] });
    expect((await back).diagnostics.map((d) => d.code)).toEqual(['tone/profanity']);
  });

  it('source.fixAll.commslint returns one edit with every safe fix', async () => {
    const { uri, diagnostics } = open('fix.md', 'The the bins are collected on on Monday.\n');
    await diagnostics;
    const actions = await conn.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.commslint']);
    expect(applyEdits('The the bins are collected on on Monday.\n', actions[0]!.edit!.changes[uri]!)).toBe('The bins are collected on Monday.\n');
  });
});

describe('robustness', () => {
  it('bad requests get protocol errors and the server keeps serving', async () => {
    const uri = pathToFileURL(join(root, 'post.md')).href;
    await expect(conn.sendRequest('workspace/executeCommand', { command: 'commslint.disableNextLine', arguments: [uri, 'x', 42] })).rejects.toMatchObject({ code: -32602 });
    await expect(conn.sendRequest('workspace/executeCommand', { command: 'commslint.nope', arguments: [uri] })).rejects.toMatchObject({ code: -32601 });
    await expect(conn.sendRequest('workspace/executeCommand', { command: 'commslint.fixAll', arguments: ['file:///not/open.md'] })).rejects.toMatchObject({ code: -32602 });
    await expect(conn.sendRequest('textDocument/unknownThing', {})).rejects.toMatchObject({ code: -32601 });
    const h = await conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///not/open.md' }, position: { line: 0, character: 0 } });
    expect(h).toBeNull();
    // Still serving.
    const { diagnostics } = open('after.md', 'Damn.\n');
    expect((await diagnostics).diagnostics.map((d) => d.code)).toEqual(['tone/profanity']);
  });

  it('a broken config is one diagnostic that names it, not a crash', async () => {
    const sub = join(root, 'sub');
    (await import('node:fs')).mkdirSync(sub);
    writeFileSync(join(sub, 'commslint.config.json'), '{"locale": "xx-XX"}');
    const { diagnostics } = open('sub/post.md', 'Bins on Monday.\n');
    const p = await diagnostics;
    expect(p.diagnostics).toHaveLength(1);
    expect(p.diagnostics[0]!.message).toMatch(/commslint\.config\.json/);
    expect(p.diagnostics[0]!.message).toMatch(/locale/);
  });

  it('wrote nothing to stdout but protocol messages, and nothing to stderr', () => {
    expect(stdoutErrors).toEqual([]);
    expect(stderr).toBe('');
  });
});
