// `commslint lsp`: a language server on stdio for editors. Diagnostics on open and (debounced) on change,
// hover with the rationale and citations, quick fixes, suggestions, "disable for this line with a reason",
// "add to terms.allow" and source.fixAll.commslint. Config is discovered per workspace folder and reloaded
// when a config file changes. Diagnostics are masked exactly as `--format json` masks them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MarkupKind,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILES } from '../config/files.js';
import { findRule, lintingLoaded, loadLinting, warmUp, warmUpWhenIdle, Workspace, type DraftReport } from '../servers/workspace.js';
import type { Finding, TextEdit } from '../types.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.commslint`;
export const COMMANDS = { disableNextLine: 'commslint.disableNextLine', addToAllow: 'commslint.addToAllow', fixAll: 'commslint.fixAll' } as const;
const DEBOUNCE_MS = 150;
const DRAFT_LANGUAGES = new Set(['markdown', 'plaintext', 'text', 'mdx']);
const REASON_ITEMS: ReadonlyArray<{ title: string }> = [{ title: 'published with consent' }, { title: 'public contact of the organisation' }, { title: 'a false positive' }];

interface DocState {
  version: number;
  report: DraftReport;
  /** Unmasked fix texts by finding index (the editor already holds the draft; edits need the real text). */
  fixes: Array<{ fix?: TextEdit; suggestions: Array<TextEdit | undefined> }>;
}

export interface LspOptions {
  /** Used when the client names no workspace folder. */
  root?: string;
  configFile?: string;
}

function pathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

function isDraft(doc: TextDocument): boolean {
  return DRAFT_LANGUAGES.has(doc.languageId) || /\.(md|markdown|txt)$/i.test(doc.uri);
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

function rangeOf(doc: TextDocument, offset: number, endOffset: number): LspRange {
  return { start: doc.positionAt(offset), end: doc.positionAt(Math.max(offset, endOffset)) };
}

function toDiagnostic(doc: TextDocument, f: Finding, index: number): Diagnostic {
  const rule = findRule(f.ruleId);
  return {
    range: rangeOf(doc, f.offset, f.endOffset),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    // Diagnostics come from a check, so the linting modules are loaded.
    codeDescription: { href: lintingLoaded()!.helpUriFor(f.ruleId, rule, f.citations) },
    source: 'commslint',
    message: f.message,
    data: { index },
  };
}

/** Markdown for a hover: the finding, why it matters, what the policy says, what to do. */
export function hoverMarkdown(f: Finding): string {
  const rule = findRule(f.ruleId);
  const out = [`**${f.ruleId}** (${f.severity}): ${f.message}`];
  if (rule?.docs.rationale) out.push('', rule.docs.rationale);
  if (f.citations.length) {
    out.push('', 'Policy:');
    for (const c of f.citations) out.push(`- ${c.url ? `[${c.title}](${c.url})` : c.title}${c.section ? `, ${c.section}` : ''}${c.summary ? `: ${c.summary}` : ''}`);
  }
  const hints = (f.suggestions ?? []).map((s) => s.message).filter((m) => m && m !== f.message);
  if (hints.length) out.push('', hints.map((h) => `Suggestion: ${h}`).join('\n'));
  return out.join('\n');
}

/** Wires a connection: every handler, the document store and the config watchers. */
export function startLanguageServer(connection: Connection, options: LspOptions = {}, prepared?: Workspace): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocState>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const workspaces = new Map<string, Workspace>(prepared ? [[prepared.root, prepared]] : []);
  let folders: string[] = [];
  let watchRegistration = false;
  let folderEvents = false;

  const folderFor = (path: string | undefined): string => {
    if (path) {
      const inside = folders.filter((f) => path === f || path.startsWith(f.endsWith('/') ? f : `${f}/`)).sort((a, b) => b.length - a.length);
      if (inside[0]) return inside[0];
      return folders.length === 0 && options.root ? options.root : dirname(path);
    }
    return folders[0] ?? options.root ?? process.cwd();
  };
  const workspaceFor = (path: string | undefined): Workspace => {
    const root = folderFor(path);
    let ws = workspaces.get(root);
    if (!ws) workspaces.set(root, (ws = new Workspace({ root, ...(options.configFile ? { configFile: options.configFile } : {}) })));
    return ws;
  };

  async function validate(doc: TextDocument): Promise<void> {
    if (!isDraft(doc)) return;
    const path = pathOf(doc.uri);
    const ws = workspaceFor(path);
    const version = doc.version;
    let diagnostics: Diagnostic[];
    try {
      const draftPath = path ?? join(ws.root, 'untitled.md');
      const { report, result } = await ws.check(doc.getText(), { path: draftPath });
      if (documents.get(doc.uri)?.version !== version) return; // superseded by a newer edit
      states.set(doc.uri, { version, report, fixes: result.findings.map((f) => ({ ...(f.fix ? { fix: f.fix } : {}), suggestions: (f.suggestions ?? []).map((s) => s.fix) })) });
      diagnostics = report.findings.map((f, i) => toDiagnostic(doc, f, i));
    } catch (error) {
      // A broken config or draft: one diagnostic at the top that says why, never a crash.
      states.delete(doc.uri);
      diagnostics = [{ range: rangeOf(doc, 0, 0), severity: DiagnosticSeverity.Error, source: 'commslint', message: (error as Error).message.split('\n')[0] ?? 'commslint failed' }];
    }
    await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics }).catch(() => undefined);
  }

  const schedule = (doc: TextDocument, delay: number): void => {
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(() => {
      timers.delete(doc.uri);
      void validate(doc);
    }, delay));
  };
  const revalidateAll = (): void => {
    for (const ws of workspaces.values()) ws.reload();
    for (const doc of documents.all()) schedule(doc, 0);
  };

  connection.onInitialize((params): InitializeResult => {
    folders = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter((p): p is string => !!p);
    if (folders.length === 0 && params.rootUri) {
      const p = pathOf(params.rootUri);
      if (p) folders = [p];
    }
    watchRegistration = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    folderEvents = !!params.capabilities.workspace?.workspaceFolders;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'commslint' },
    };
  });

  connection.onInitialized(() => {
    // The handshake was answered without the linter: the prepared workspace's is loaded and warmed now.
    if (prepared) void warmUp(prepared);
    warmUpWhenIdle();
    if (watchRegistration) {
      const globs = [...CONFIG_FILES, 'package.json'].map((n) => ({ globPattern: `**/${n}` }));
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: globs }).catch(() => undefined);
    }
    // Only a client with workspace folders can send their changes (vscode-languageserver throws otherwise).
    if (folderEvents) connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => pathOf(f.uri)));
      folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => pathOf(f.uri)).filter((p): p is string => !!p)];
      workspaces.clear();
      revalidateAll();
    });
  });

  const CONFIG_NAMES = new Set<string>([...CONFIG_FILES, 'package.json']);
  const isConfigUri = (uri: string): boolean => CONFIG_NAMES.has(uri.split('/').pop() ?? '');
  connection.onDidChangeWatchedFiles((e) => {
    if (e.changes.some((c) => isConfigUri(c.uri))) revalidateAll();
  });

  // A freshly opened document is checked at once: the debounce is for typing. TextDocuments fires a change
  // event right after every open, for the same version; that one is skipped, or it would wait DEBOUNCE_MS.
  const opened = new Map<string, number>();
  documents.onDidOpen((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    opened.set(e.document.uri, e.document.version);
    void validate(e.document);
  });
  documents.onDidChangeContent((e) => {
    const openedAt = opened.get(e.document.uri);
    opened.delete(e.document.uri);
    if (openedAt === e.document.version || isConfigUri(e.document.uri)) return;
    schedule(e.document, DEBOUNCE_MS);
  });
  documents.onDidSave((e) => {
    if (isConfigUri(e.document.uri)) revalidateAll();
  });
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    states.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  const findingsAt = (uri: string, range: LspRange): Array<{ f: Finding; i: number }> => {
    const doc = documents.get(uri);
    const state = states.get(uri);
    if (!doc || !state) return [];
    const from = doc.offsetAt(range.start);
    const to = doc.offsetAt(range.end);
    return state.report.findings.map((f, i) => ({ f, i })).filter(({ f }) => f.offset <= to && f.endOffset >= from);
  };

  connection.onHover((params) => {
    const hits = findingsAt(params.textDocument.uri, { start: params.position, end: params.position });
    if (hits.length === 0) return null;
    return { contents: { kind: MarkupKind.Markdown, value: hits.map(({ f }) => hoverMarkdown(f)).join('\n\n---\n\n') } };
  });

  const edit = (doc: TextDocument, e: TextEdit): LspTextEdit => ({ range: rangeOf(doc, e.offset, e.endOffset), newText: e.text });

  connection.onCodeAction(async (params) => {
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    const state = states.get(uri);
    if (!doc || !state) return [];
    const only = params.context.only;
    const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      for (const { f, i } of findingsAt(uri, params.range)) {
        const raw = state.fixes[i];
        const diagnostic = toDiagnostic(doc, f, i);
        if (raw?.fix) actions.push({ title: `Fix: ${f.message}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [uri]: [edit(doc, raw.fix)] } } });
        (f.suggestions ?? []).forEach((s, k) => {
          const fix = raw?.suggestions[k];
          if (fix) actions.push({ title: s.message, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [edit(doc, fix)] } } });
        });
        const line = doc.positionAt(f.offset).line;
        actions.push({ title: `Disable ${f.ruleId} for this line (give a reason)`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Disable for this line', command: COMMANDS.disableNextLine, arguments: [uri, line, f.ruleId] } });
        const word = f.sensitive ? undefined : (f.excerpt ?? '').trim();
        if (word && /^[\p{L}\p{N}][\p{L}\p{N}'’ .-]{0,40}$/u.test(word) && !word.includes('\u2022')) {
          actions.push({ title: `Add "${word}" to terms.allow`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Add to terms.allow', command: COMMANDS.addToAllow, arguments: [uri, word] } });
        }
      }
    }
    if (only && wants(FIX_ALL_KIND) && only.some((k) => k.startsWith(CodeActionKind.SourceFixAll) || k === CodeActionKind.Source)) {
      const fixed = await fixAllEdit(doc);
      if (fixed) actions.push({ title: 'Fix all commslint problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: [fixed] } } });
    }
    return actions;
  });

  async function fixAllEdit(doc: TextDocument): Promise<LspTextEdit | undefined> {
    const path = pathOf(doc.uri);
    const ws = workspaceFor(path);
    const { output } = await ws.fix(doc.getText(), { path: path ?? join(ws.root, 'untitled.md') });
    if (output === doc.getText()) return undefined;
    return { range: rangeOf(doc, 0, doc.getText().length), newText: output };
  }

  connection.onExecuteCommand(async (params) => {
    const args = params.arguments ?? [];
    const uri = typeof args[0] === 'string' ? args[0] : undefined;
    const doc = uri ? documents.get(uri) : undefined;
    if (!uri || !doc) throw new ResponseError(ErrorCodes.InvalidParams, `${params.command}: the first argument must be the URI of an open document`);
    if (params.command === COMMANDS.fixAll) {
      const fixed = await fixAllEdit(doc);
      if (fixed) await connection.workspace.applyEdit({ label: 'commslint: fix all', edit: { changes: { [uri]: [fixed] } } });
      return null;
    }
    if (params.command === COMMANDS.disableNextLine) {
      const line = args[1];
      const ruleId = args[2];
      if (typeof line !== 'number' || !Number.isInteger(line) || line < 0 || typeof ruleId !== 'string' || !/^[a-z-]+\/[a-z0-9-]+$/.test(ruleId)) {
        throw new ResponseError(ErrorCodes.InvalidParams, 'commslint.disableNextLine takes (uri, line, ruleId[, reason])');
      }
      let reason = typeof args[3] === 'string' ? args[3].trim() : '';
      if (!reason) {
        // LSP has no free-text prompt: offer the common reasons; an editor extension can pass its own.
        const picked = await connection.window.showInformationMessage(`Why may ${ruleId} be ignored on this line?`, REASON_ITEMS[0]!, REASON_ITEMS[1]!, REASON_ITEMS[2]!);
        if (!picked) return null;
        reason = picked.title;
      }
      reason = reason.replace(/-->/g, '').replace(/[\r\n]+/g, ' ');
      const indent = /^[ \t]*/.exec(doc.getText({ start: { line, character: 0 }, end: { line, character: 200 } }))?.[0] ?? '';
      await connection.workspace.applyEdit({ label: `commslint: disable ${ruleId}`, edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- commslint-disable-next-line ${ruleId} -- ${reason} -->\n` }] } } });
      return null;
    }
    if (params.command === COMMANDS.addToAllow) {
      const word = args[1];
      if (typeof word !== 'string' || !word.trim() || word.length > 200) throw new ResponseError(ErrorCodes.InvalidParams, 'commslint.addToAllow takes (uri, word)');
      const path = pathOf(uri);
      const ws = workspaceFor(path);
      try {
        const file = (await loadLinting()).addAllowedTerm(await ws.configFileFor(path ?? join(ws.root, 'untitled.md')), ws.root, word.trim());
        void connection.window.showInformationMessage(`commslint: "${word.trim()}" added to terms.allow in ${file}`);
      } catch (error) {
        throw new ResponseError(ErrorCodes.InvalidRequest, `commslint: ${(error as Error).message}`);
      }
      revalidateAll();
      return null;
    }
    throw new ResponseError(ErrorCodes.MethodNotFound, `unknown command ${params.command}`);
  });

  documents.listen(connection);
  connection.listen();
}

/** Runs the server on stdin/stdout (`--stdio`, which editor clients pass, is accepted). */
export async function runLanguageServer(options: LspOptions = {}): Promise<void> {
  // stdout carries protocol messages only.
  console.log = console.error;
  console.info = console.error;
  // The workspace of the working directory, which is also the folder of a client that names none: its
  // linter is loaded and warmed once the client has initialized (the handshake needs none of it).
  const root = options.root ?? process.cwd();
  const ws = new Workspace({ root, ...(options.configFile ? { configFile: options.configFile } : {}) });
  const connection = createConnection(process.stdin, process.stdout);
  // A failure in one handler is logged and the server keeps serving; after the client has gone (the
  // connection closed), a late reply has nowhere to go and is dropped quietly.
  const report = (error: unknown): void => {
    if ((error as { name?: string })?.name === 'ConnectionError') return;
    process.stderr.write(`commslint lsp: ${(error as Error)?.message ?? String(error)}\n`);
  };
  process.on('uncaughtException', report);
  process.on('unhandledRejection', report);
  startLanguageServer(connection, options, ws);
  return new Promise((done) => connection.onExit(() => done()));
}
