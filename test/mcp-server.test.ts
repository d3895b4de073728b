// The MCP server (`commslint mcp`): tools and their schemas through the SDK's in-memory client/server pair,
// masking, the workspace boundary, error cases, and one end-to-end run of the built bin over stdio.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { createMcpServer } from '../src/mcp/server.js';

const bin = resolve(import.meta.dirname, '..', 'dist', 'bin', 'commslint.js');
const PHONE = '07911 123456';
let root: string;
let client: Client;

type Structured = Record<string, unknown> & { findings?: Array<Record<string, unknown>> };
function structured(r: unknown): Structured {
  return (r as { structuredContent: Structured }).structuredContent;
}
function textOf(r: unknown): string {
  return (r as { content: Array<{ text: string }> }).content.map((c) => c.text).join('\n');
}

async function connect(options: Parameters<typeof createMcpServer>[0]): Promise<Client> {
  const server = createMcpServer(options);
  const [a, b] = InMemoryTransport.createLinkedPair();
  const c = new Client({ name: 'test', version: '1' });
  await Promise.all([server.connect(a), c.connect(b)]);
  return c;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'commslint-mcp-'));
  mkdirSync(join(root, 'drafts'));
  writeFileSync(join(root, 'commslint.config.json'), JSON.stringify({ locale: 'en-GB', ai: { approvedTools: ['Microsoft Copilot'] } }));
  writeFileSync(join(root, 'drafts', 'bad.md'), `Call Jane on ${PHONE} about the bins.\n`);
  writeFileSync(join(root, 'drafts', 'ok.md'), 'Bins are collected on Monday as usual.\n');
  writeFileSync(join(tmpdir(), 'commslint-mcp-outside.md'), `Call Jane on ${PHONE}.\n`);
  client = await connect({ root });
});
afterAll(async () => {
  await client.close();
  rmSync(root, { recursive: true, force: true });
});

describe('tools/list', () => {
  it('lists the six read-only tools with JSON schemas', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['check_draft', 'check_files', 'count_characters', 'explain_rule', 'fix_draft', 'list_rules']);
    for (const t of tools) {
      expect(t.annotations).toMatchObject({ readOnlyHint: true, idempotentHint: true, destructiveHint: false, openWorldHint: false });
      expect(t.inputSchema.type).toBe('object');
      expect(t.outputSchema?.type).toBe('object');
    }
    const check = tools.find((t) => t.name === 'check_draft')!;
    expect(check.inputSchema.required).toEqual(['text']);
    expect(Object.keys(check.inputSchema.properties ?? {})).toEqual(expect.arrayContaining(['text', 'platform', 'meta', 'path', 'aiDrafted']));
    expect(check.description).toMatch(/do not publish or schedule it/);
  });
});

describe('check_draft', () => {
  it('returns masked findings as structured content and a summary the assistant can relay', async () => {
    const r = await client.callTool({ name: 'check_draft', arguments: { text: `Call Jane on ${PHONE} about the bins.` } });
    const s = structured(r);
    const phone = s.findings!.find((f) => f.ruleId === 'personal-data/phone-number')!;
    expect(phone).toMatchObject({ severity: 'error', line: 1, column: 14, offset: 13, endOffset: 25, sensitive: true });
    expect(s.errorCount).toBe(1);
    const all = JSON.stringify(r);
    expect(all).not.toContain(PHONE);
    expect(all).not.toContain('123456');
    expect(textOf(r)).toMatch(/^The draft: 1 error\(s\).*Do not publish or schedule it/);
    expect(textOf(r)).toContain('personal-data/phone-number');
    expect(textOf(r)).toContain('UK GDPR');
  });

  it('a clean draft says so', async () => {
    const r = await client.callTool({ name: 'check_draft', arguments: { text: 'Bins are collected on Monday as usual.' } });
    expect(structured(r).findings).toEqual([]);
    expect(textOf(r)).toBe('The draft has no findings.');
  });

  it('applies the platform argument (an over-long post for X, fine for Facebook)', async () => {
    const text = 'Our libraries are open as usual this week. '.repeat(8);
    const x = await client.callTool({ name: 'check_draft', arguments: { text, platform: 'x' } });
    const fb = await client.callTool({ name: 'check_draft', arguments: { text, platform: 'facebook' } });
    expect(structured(x).findings!.map((f) => f.ruleId)).toContain('platform/length');
    expect(structured(fb).findings!.map((f) => f.ruleId)).not.toContain('platform/length');
  });

  it('the AI-drafted profile makes the AI-disclosure rules apply; a disclosed draft passes', async () => {
    const text = 'Bins are collected on Monday as usual.';
    const plain = await client.callTool({ name: 'check_draft', arguments: { text } });
    const ai = await client.callTool({ name: 'check_draft', arguments: { text, aiDrafted: true } });
    expect(structured(plain).findings!.some((f) => String(f.ruleId).startsWith('ai-disclosure/'))).toBe(false);
    expect(structured(ai).findings!.map((f) => f.ruleId)).toContain('ai-disclosure/undisclosed-ai');
    const disclosed = await client.callTool({ name: 'check_draft', arguments: { text: `${text} This post was drafted with the help of AI.`, aiDrafted: true, meta: { ai: { reviewedBy: 'J. Smith' } } } });
    expect(structured(disclosed).findings!.map((f) => f.ruleId)).not.toContain('ai-disclosure/undisclosed-ai');
  });

  it('a server started with --ai-drafted treats every draft as AI-assisted, and names the tool', async () => {
    const c = await connect({ root, aiDrafted: true, aiTool: 'Some Chatbot' });
    const r = await c.callTool({ name: 'check_draft', arguments: { text: 'Bins are collected on Monday as usual.' } });
    const ids = structured(r).findings!.map((f) => f.ruleId);
    expect(ids).toContain('ai-disclosure/undisclosed-ai');
    expect(ids).toContain('ai-disclosure/unapproved-tool');
    await c.close();
  });

  it('refuses bad arguments with a protocol-level validation error', async () => {
    const bad = await client.callTool({ name: 'check_draft', arguments: { text: 42 } }).catch((e: Error) => e);
    const msg = bad instanceof Error ? bad.message : textOf(bad);
    expect(msg).toMatch(/Invalid arguments for tool check_draft/);
    const platform = await client.callTool({ name: 'check_draft', arguments: { text: 'x', platform: 'myspace' } }).catch((e: Error) => e);
    expect(platform instanceof Error ? platform.message : textOf(platform)).toMatch(/platform/);
  });

  it('refuses a path outside the workspace root', async () => {
    const r = await client.callTool({ name: 'check_draft', arguments: { text: 'Hello.', path: '../elsewhere/draft.md' } });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toMatch(/outside the workspace root/);
  });
});

describe('check_files', () => {
  it('checks files and folders inside the root with their discovered config', async () => {
    const r = await client.callTool({ name: 'check_files', arguments: { paths: ['drafts'] } });
    const s = structured(r) as { results: Array<{ path: string; errorCount: number; findings: Array<{ ruleId: string }> }>; errorCount: number };
    expect(s.results.map((x) => x.path)).toEqual(['drafts/bad.md', 'drafts/ok.md']);
    expect(s.results[0]!.findings.map((f) => f.ruleId)).toContain('personal-data/phone-number');
    expect(s.errorCount).toBe(1);
    expect(JSON.stringify(r)).not.toContain(PHONE);
  });

  it('refuses anything outside the root: parent paths, absolute paths, globs that climb', async () => {
    for (const p of ['../commslint-mcp-outside.md', join(tmpdir(), 'commslint-mcp-outside.md'), '../*.md', '/etc/passwd']) {
      const r = await client.callTool({ name: 'check_files', arguments: { paths: [p] } });
      expect(r.isError, p).toBe(true);
      expect(textOf(r), p).toMatch(/outside the workspace root/);
      expect(textOf(r)).not.toContain(PHONE);
    }
  });

  it('a file that does not exist is an error result, not a crash', async () => {
    const r = await client.callTool({ name: 'check_files', arguments: { paths: ['drafts/missing.md'] } });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toMatch(/missing\.md/);
  });
});

describe('fix_draft', () => {
  it('returns the fixed text and the edits, writes nothing', async () => {
    const before = readFileSync(join(root, 'drafts', 'bad.md'), 'utf8');
    const r = await client.callTool({ name: 'fix_draft', arguments: { text: 'The the bins are collected on Monday.', path: 'drafts/bad.md' } });
    const s = structured(r) as { text: string; edits: Array<{ ruleId: string; pass: number; offset: number; endOffset: number }>; remaining: { findings: unknown[] } };
    expect(s.text).toBe('The bins are collected on Monday.');
    expect(s.edits).toEqual([expect.objectContaining({ ruleId: 'language/repeated-words', pass: 1 })]);
    expect(readFileSync(join(root, 'drafts', 'bad.md'), 'utf8')).toBe(before);
  });

  it('a draft with nothing to fix comes back unchanged', async () => {
    const r = await client.callTool({ name: 'fix_draft', arguments: { text: 'Bins are collected on Monday.' } });
    expect(structured(r)).toMatchObject({ text: 'Bins are collected on Monday.', edits: [] });
  });
});

describe('explain_rule and list_rules', () => {
  it('explains a rule with its citations in the configured jurisdiction', async () => {
    const r = await client.callTool({ name: 'explain_rule', arguments: { ruleId: 'personal-data/phone-number' } });
    const s = structured(r) as { id: string; category: string; citations: Array<{ title: string }> };
    expect(s.id).toBe('personal-data/phone-number');
    expect(s.category).toBe('personal-data');
    expect(s.citations.map((c) => c.title).join(' ')).toMatch(/UK GDPR/);
  });

  it('an unknown rule is an error with a suggestion', async () => {
    const r = await client.callTool({ name: 'explain_rule', arguments: { ruleId: 'personal-data/phone' } });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toMatch(/Unknown rule "personal-data\/phone".*personal-data\/phone-number/);
  });

  it('lists every rule, or one category', async () => {
    const all = structured(await client.callTool({ name: 'list_rules', arguments: {} })) as { rules: Array<{ id: string; category: string }> };
    expect(all.rules.length).toBeGreaterThan(50);
    const legal = structured(await client.callTool({ name: 'list_rules', arguments: { category: 'legal' } })) as { rules: Array<{ category: string }> };
    expect(legal.rules.length).toBeGreaterThan(2);
    expect(new Set(legal.rules.map((r) => r.category))).toEqual(new Set(['legal']));
  });
});

describe('count_characters', () => {
  it('counts as X does (a link counts 23) and says what is left', async () => {
    const r = await client.callTool({ name: 'count_characters', arguments: { text: 'Details: https://example.org/a/very/long/path/to/a/page', platform: 'x' } });
    expect(structured(r)).toEqual({ counts: [{ platform: 'x', unit: 'weighted characters', length: 32, limit: 280, remaining: 248, valid: true }] });
  });

  it('without a platform, every network with a limit; an over-long post is invalid', async () => {
    const r = await client.callTool({ name: 'count_characters', arguments: { text: 'a'.repeat(301) } });
    const counts = (structured(r) as { counts: Array<{ platform: string; valid: boolean; remaining: number }> }).counts;
    expect(counts.find((c) => c.platform === 'x')).toMatchObject({ valid: false, remaining: -21 });
    expect(counts.find((c) => c.platform === 'bluesky')).toMatchObject({ valid: false });
    expect(counts.find((c) => c.platform === 'mastodon')).toMatchObject({ valid: true });
    expect(counts.some((c) => c.platform === 'generic')).toBe(false);
  });
});

describe('the bin over stdio', () => {
  it('`commslint mcp` serves the protocol on stdout and nothing else, and stops when the client closes', async () => {
    const transport = new StdioClientTransport({ command: process.execPath, args: [bin, 'mcp', '--root', root], stderr: 'pipe' });
    let stderr = '';
    transport.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const c = new Client({ name: 'e2e', version: '1' });
    // The SDK's transport rejects any stdout line that is not a JSON-RPC message.
    const errors: Error[] = [];
    c.onerror = (e) => errors.push(e);
    await c.connect(transport);
    const { tools } = await c.listTools();
    expect(tools).toHaveLength(6);
    const r = await c.callTool({ name: 'check_draft', arguments: { text: `Ring me on ${PHONE}.`, path: 'drafts/new.md' } });
    expect(structured(r).findings!.map((f) => f.ruleId)).toContain('personal-data/phone-number');
    expect(JSON.stringify(r)).not.toContain(PHONE);
    await c.close();
    expect(errors).toEqual([]);
    expect(stderr).toBe('');
  });

  it('a malformed message does not stop the server: the next request is answered', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [bin, 'mcp', '--root', root]);
    let out = '';
    const answered = new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no answer: ${out}`)), 60_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('"id":2')) {
          clearTimeout(timer);
          done();
        }
      });
    });
    child.stdin.write('this is not JSON\n{"jsonrpc":"2.0","id":1,"method":"no/such/method"}\n{"jsonrpc":"2.0","id":"x","method":"tools/call","params":{"name":"check_draft","arguments":{}}}\n');
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } })}\n`);
    await answered;
    child.stdin.end();
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    const messages = out.trim().split('\n').map((l) => JSON.parse(l) as { id?: unknown; error?: { code: number }; result?: { serverInfo?: { name: string } } });
    expect(messages.find((m) => m.id === 1)?.error?.code).toBe(-32601);
    expect(messages.find((m) => m.id === 2)?.result?.serverInfo?.name).toBe('commslint');
  });

  it('`commslint mcp --help` prints the usage; an unknown option exits 2', async () => {
    const { spawnSync } = await import('node:child_process');
    const help = spawnSync(process.execPath, [bin, 'mcp', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: commslint mcp/);
    const bad = spawnSync(process.execPath, [bin, 'mcp', '--port', '80'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^commslint: mcp: Unknown option '--port'/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
