// `commslint mcp`: a Model Context Protocol server on stdio, so an AI assistant checks a draft where it is
// written. Every tool is read-only (fix_draft returns text, never writes). Findings are masked exactly as
// in `--format json` (they come from the JSON formatter).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import type { jsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import { z } from 'zod';
import { measurePost, PLATFORM_PROFILES } from '../text/counting.js';
import { CATEGORIES, PLATFORMS, type DraftMeta, type Platform } from '../types.js';
import { VERSION } from '../report/version.js';
import { loadLinting, masked, nearRules, summarise, warmUp, warmUpWhenIdle, Workspace, type WorkspaceOptions } from '../servers/workspace.js';

const READ_ONLY = { readOnlyHint: true, idempotentHint: true, destructiveHint: false, openWorldHint: false } as const;

const PUBLISH_RULE = 'When a draft has findings at error level, do not publish or schedule it: tell the person what the findings say and what must change.';

const INSTRUCTIONS = `commslint checks public-sector communications (social media posts, replies, threads, web copy) before they are published: personal data, confidentiality, legal risk, impartiality, tone, plain language, AI disclosure, accessibility and platform fit, each finding citing the policy it enforces. Check every draft you write or edit for publication with check_draft. ${PUBLISH_RULE} Personal data and secrets in findings are masked; never try to recover them.`;

// ---------------------------------------------------------------------------------------------------
// Schemas (the Finding shape of DESIGN.md)

const platformSchema = z.enum(PLATFORMS as unknown as [Platform, ...Platform[]]);
const citationSchema = z.object({ policy: z.string(), title: z.string(), section: z.string().optional(), url: z.string().optional(), summary: z.string().optional() });
const editSchema = z.object({ offset: z.number().int(), endOffset: z.number().int(), text: z.string() });
const findingSchema = z.object({
  ruleId: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  endLine: z.number().int(),
  endColumn: z.number().int(),
  offset: z.number().int(),
  endOffset: z.number().int(),
  excerpt: z.string().optional(),
  citations: z.array(citationSchema),
  suggestions: z.array(z.object({ message: z.string(), fix: editSchema.optional() })).optional(),
  fix: editSchema.optional(),
  sensitive: z.boolean().optional(),
  post: z.number().int().optional(),
});
const reportShape = {
  path: z.string().optional(),
  findings: z.array(findingSchema),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  infoCount: z.number().int(),
  fixableCount: z.number().int(),
  error: z.string().optional(),
};
const metaSchema = z
  .object({
    platform: platformSchema.optional(),
    publishAt: z.string().optional(),
    replyTo: z.union([z.string(), z.literal(true)]).optional(),
    thread: z.boolean().optional(),
    lang: z.string().optional(),
    account: z.string().optional(),
    ai: z.object({ used: z.boolean().optional(), tools: z.array(z.string()).optional(), role: z.enum(['drafted', 'edited', 'translated', 'generated', 'image', 'none']).optional(), reviewedBy: z.string().optional() }).optional(),
    media: z.array(z.object({ file: z.string().optional(), alt: z.string().optional(), aiGenerated: z.boolean().optional(), type: z.enum(['image', 'video', 'audio']).optional(), captions: z.boolean().optional() })).optional(),
  })
  .describe('Frontmatter fields (override any frontmatter in the text)');
const draftShape = {
  text: z.string().describe('The draft: Markdown or plain text, optionally with YAML frontmatter'),
  platform: platformSchema.optional().describe('Where it will be published'),
  meta: metaSchema.optional(),
  path: z.string().optional().describe('Path of the draft inside the workspace, for config discovery and overrides'),
  aiDrafted: z.boolean().optional().describe('The draft was written or edited with an AI assistant (true when you, the assistant, wrote it): the AI-disclosure rules apply'),
};

type DraftArgs = { text: string; platform?: Platform | undefined; meta?: DraftMeta | undefined; path?: string | undefined; aiDrafted?: boolean | undefined };

function metaOf(args: DraftArgs): DraftMeta | undefined {
  if (!args.meta && !args.platform) return undefined;
  return { ...(args.meta ?? {}), ...(args.platform ? { platform: args.platform } : {}) };
}

function text(t: string): { type: 'text'; text: string } {
  return { type: 'text', text: t };
}

// The SDK validates with Ajv only what a client answers to an elicitation, which this server never asks
// for; building Ajv and its formats is part of every start-up otherwise, so it is built on first use.
let ajv: AjvJsonSchemaValidator | undefined;
const lazyValidator: jsonSchemaValidator = { getValidator: (schema) => (ajv ??= new AjvJsonSchemaValidator()).getValidator(schema) };

/** Builds the server with its tools (not yet connected to a transport). */
export function createMcpServer(options: WorkspaceOptions, ws = new Workspace(options)): McpServer {
  const server = new McpServer({ name: 'commslint', version: VERSION }, { instructions: INSTRUCTIONS, jsonSchemaValidator: lazyValidator });
  const draftPath = (p?: string): string | undefined => (p === undefined ? undefined : ws.inside(p));

  server.registerTool(
    'check_draft',
    {
      title: 'Check a draft before publishing',
      description: `Checks a draft post, reply or thread against the organisation's communications policy and the law of its jurisdiction. Returns every finding with its severity, message, the policy it cites and a suggestion. ${PUBLISH_RULE}`,
      inputSchema: draftShape,
      outputSchema: reportShape,
      annotations: READ_ONLY,
    },
    async (args) => {
      const path = draftPath(args.path);
      const { report } = await ws.check(args.text, { ...(path ? { path } : {}), meta: metaOf(args), ...(args.aiDrafted !== undefined ? { aiDrafted: args.aiDrafted } : {}) });
      const out = { ...report, ...(args.path !== undefined ? { path: args.path } : {}) };
      return { content: [text(summarise(out))], structuredContent: out };
    },
  );

  server.registerTool(
    'check_files',
    {
      title: 'Check draft files in the workspace',
      description: `Checks Markdown and text drafts (files, folders or globs) inside the workspace root, each with the config found for it. Paths outside the root are refused. ${PUBLISH_RULE}`,
      inputSchema: { paths: z.array(z.string()).min(1).describe('Files, folders or globs, relative to the workspace root') },
      outputSchema: { results: z.array(z.object(reportShape)), errorCount: z.number().int(), warningCount: z.number().int(), infoCount: z.number().int() },
      annotations: READ_ONLY,
    },
    async ({ paths }) => {
      for (const p of paths) ws.inside(globBase(p));
      const linting = await loadLinting();
      const results = (await linting.lintFiles(paths, { cwd: ws.root, ...(options.configFile ? { configFile: options.configFile } : {}) })).map(({ source: _s, output: _o, ...r }) => masked(linting, r, r.path));
      const sum = (k: 'errorCount' | 'warningCount' | 'infoCount'): number => results.reduce((n, r) => n + r[k], 0);
      const out = { results, errorCount: sum('errorCount'), warningCount: sum('warningCount'), infoCount: sum('infoCount') };
      return { content: [text(results.map((r) => summarise(r, r.path ?? 'draft')).join('\n\n'))], structuredContent: out };
    },
  );

  server.registerTool(
    'fix_draft',
    {
      title: 'Apply the safe automatic fixes to a draft',
      description: 'Returns the draft with every safe automatic fix applied, the edits made, and the findings that remain (which need a person). Writes no file. Ask the person before you replace their text with the result.',
      inputSchema: draftShape,
      outputSchema: {
        text: z.string(),
        edits: z.array(z.object({ pass: z.number().int(), ruleId: z.string(), message: z.string(), offset: z.number().int(), endOffset: z.number().int(), text: z.string() })),
        remaining: z.object(reportShape),
      },
      annotations: READ_ONLY,
    },
    async (args) => {
      const path = draftPath(args.path);
      const opts = { ...(path ? { path } : {}), meta: metaOf(args), ...(args.aiDrafted !== undefined ? { aiDrafted: args.aiDrafted } : {}) };
      // Pass by pass, so every edit is reported with offsets into the text it was applied to.
      let current = args.text;
      const edits: Array<{ pass: number; ruleId: string; message: string; offset: number; endOffset: number; text: string }> = [];
      let { report, result } = await ws.check(current, opts);
      const { applyFixes } = await loadLinting();
      for (let pass = 1; pass <= 10 && result.fixableCount > 0; pass++) {
        const next = applyFixes(current, result.findings);
        if (next === current) break;
        for (const f of report.findings) if (f.fix) edits.push({ pass, ruleId: f.ruleId, message: f.message, offset: f.fix.offset, endOffset: f.fix.endOffset, text: f.fix.text });
        current = next;
        ({ report, result } = await ws.check(current, opts));
      }
      const out = { text: current, edits, remaining: report };
      const head = edits.length ? `${edits.length} fix(es) applied.` : 'No automatic fix applies.';
      return { content: [text(`${head}\n${summarise(report, 'What remains')}`)], structuredContent: out };
    },
  );

  server.registerTool(
    'explain_rule',
    {
      title: 'Explain a commslint rule',
      description: 'Describes a rule: why it exists, drafts it flags and near-misses it leaves alone, and the policy clauses it cites in the configured jurisdiction.',
      inputSchema: { ruleId: z.string().describe('e.g. personal-data/phone-number'), path: z.string().optional().describe('A draft path whose config picks the jurisdiction') },
      outputSchema: {
        id: z.string(),
        category: z.enum(CATEGORIES),
        description: z.string(),
        defaultSeverity: z.enum(['info', 'warning', 'error']),
        recommended: z.boolean(),
        fixable: z.boolean(),
        rationale: z.string().optional(),
        flagged: z.array(z.string()),
        clean: z.array(z.string()),
        citations: z.array(citationSchema),
      },
      annotations: READ_ONLY,
    },
    async ({ ruleId, path }) => {
      const linting = await loadLinting();
      const rule = linting.builtinRules.find((r) => r.id === ruleId);
      if (!rule) {
        const near = nearRules(linting, ruleId);
        return { content: [text(`Unknown rule "${ruleId}"${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}. list_rules gives every rule.`)], isError: true };
      }
      const citations = await ws.citations(rule, draftPath(path) ?? 'draft.md');
      const out = {
        id: rule.id,
        category: rule.category,
        description: rule.description,
        defaultSeverity: rule.defaultSeverity,
        recommended: rule.recommended,
        fixable: rule.fixable,
        ...(rule.docs.rationale ? { rationale: rule.docs.rationale } : {}),
        flagged: rule.docs.flagged ?? [],
        clean: rule.docs.clean ?? [],
        citations,
      };
      const lines = [`${rule.id}: ${rule.description}`, ...(rule.docs.rationale ? [rule.docs.rationale] : []), ...citations.map((c) => `- ${c.title}${c.section ? `, ${c.section}` : ''}${c.summary ? `: ${c.summary}` : ''}`)];
      return { content: [text(lines.join('\n'))], structuredContent: out };
    },
  );

  server.registerTool(
    'list_rules',
    {
      title: 'List commslint rules',
      description: 'Lists the rules: id, category, default severity, whether it is on by default and whether it has an automatic fix.',
      inputSchema: { category: z.enum(CATEGORIES).optional() },
      outputSchema: { rules: z.array(z.object({ id: z.string(), category: z.enum(CATEGORIES), description: z.string(), defaultSeverity: z.enum(['info', 'warning', 'error']), recommended: z.boolean(), fixable: z.boolean() })) },
      annotations: READ_ONLY,
    },
    async ({ category }) => {
      const rules = (await loadLinting()).builtinRules.filter((r) => !category || r.category === category).map((r) => ({ id: r.id, category: r.category, description: r.description, defaultSeverity: r.defaultSeverity, recommended: r.recommended, fixable: r.fixable }));
      return { content: [text(rules.map((r) => `${r.id} (${r.defaultSeverity}): ${r.description}`).join('\n'))], structuredContent: { rules } };
    },
  );

  server.registerTool(
    'count_characters',
    {
      title: 'Count characters as a network does',
      description: "Counts a post's length the way each network does (X's weighted count with links as 23, Bluesky's graphemes and bytes, …) against its limit.",
      inputSchema: { text: z.string(), platform: platformSchema.optional().describe('One network (default: every network with a limit)') },
      outputSchema: {
        counts: z.array(z.object({ platform: platformSchema, unit: z.string(), length: z.number().int(), limit: z.number().int(), remaining: z.number().int(), valid: z.boolean() })),
      },
      annotations: READ_ONLY,
    },
    async (args) => {
      const platforms = args.platform ? [args.platform] : PLATFORMS.filter((p) => PLATFORM_PROFILES[p].limits.length > 0);
      const counts = platforms.flatMap((platform) =>
        measurePost(platform, args.text).map((m) => ({ platform, unit: m.unit, length: m.count, limit: m.limit, remaining: m.limit - m.count, valid: m.count <= m.limit })),
      );
      const lines = counts.map((c) => `${PLATFORM_PROFILES[c.platform].name}: ${c.length} of ${c.limit} ${c.unit}${c.valid ? '' : ` — ${-c.remaining} over`}`);
      return { content: [text(lines.join('\n') || 'No limit for this platform.')], structuredContent: { counts } };
    },
  );

  return server;
}

/** The part of a path or glob before its first glob character (what must lie inside the root). */
function globBase(pattern: string): string {
  const i = pattern.search(/[*?[{]/);
  if (i < 0) return pattern;
  const head = pattern.slice(0, i);
  const slash = head.lastIndexOf('/');
  return slash < 0 ? '.' : head.slice(0, slash) || '/';
}

export type McpCliOptions = WorkspaceOptions;

/** Runs the server on stdin/stdout until the client closes it. Nothing but protocol messages on stdout. */
export async function runMcpServer(options: McpCliOptions): Promise<void> {
  // Anything a dependency logs goes to stderr: stdout carries protocol messages only.
  console.log = console.error;
  console.info = console.error;
  const ws = new Workspace(options);
  const server = createMcpServer(options, ws);
  const transport = new StdioServerTransport();
  // The handshake is answered without the linter: it is loaded and warmed once the client has the answer
  // (its `initialized` notification), and the rest of the heavy modules once the client leaves it idle.
  server.server.oninitialized = () => {
    void warmUp(ws);
    warmUpWhenIdle();
  };
  await server.connect(transport);
  await new Promise<void>((done) => {
    transport.onclose = () => done();
    process.stdin.once('end', () => done());
  });
}
