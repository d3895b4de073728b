// What the MCP and language servers share: config discovery per directory (cached, dropped when a config
// changes), linting a text as if it were a file, and findings in exactly the masked form every report
// format prints (they go through the JSON formatter, so no server can leak what `--format json` would not).
// The linter itself (./linting.ts) is loaded on first need, or by `warmUp` right after the handshake: a
// server answers `initialize` without it.
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { realpathSync } from 'node:fs';
import type { Linter, LintOptions } from '../engine/linter.js';
import type { LazyModuleName } from '../engine/lazy.js';
import type { Rule } from '../engine/rule.js';
import type { LoadedConfig } from '../node.js';
import type { Citation, DraftMeta, Finding, LintResult } from '../types.js';
import type { JsonResult } from '../report/json.js';

export type Linting = typeof import('./linting.js');
let linting: Linting | undefined;
let loadingLinting: Promise<Linting> | undefined;

/** The rules, the engine and the formatters (loaded once, on first call). */
export function loadLinting(): Promise<Linting> {
  return (loadingLinting ??= import('./linting.js').then((m) => (linting = m)));
}

/** The linting modules if loaded: what runs only after a draft was checked (diagnostics, hovers) uses this. */
export function lintingLoaded(): Linting | undefined {
  return linting;
}

export interface WorkspaceOptions {
  /** Directory that relative paths are resolved against and that `check_files` may not leave. */
  root: string;
  /** Use this config file for every draft instead of discovery. */
  configFile?: string;
  /** Treat every draft as drafted with an AI assistant, so the AI-disclosure rules apply. */
  aiDrafted?: boolean;
  /** Name of that assistant (checked against `ai.approvedTools`). */
  aiTool?: string;
}

/** The masked, serialisable result of one draft: the result as `--format json` prints it. */
export type DraftReport = JsonResult;

export class Workspace {
  readonly root: string;
  private readonly options: WorkspaceOptions;
  private readonly linters = new Map<string, Promise<{ linter: Linter; loaded: LoadedConfig }>>();

  constructor(options: WorkspaceOptions) {
    this.options = options;
    this.root = resolve(options.root);
  }

  /** Forget every loaded config (a config file changed). */
  reload(): void {
    this.linters.clear();
  }

  /** The config file that applies to a draft at `path` (undefined: defaults). */
  async configFileFor(path: string): Promise<string | undefined> {
    if (this.options.configFile) return resolve(this.root, this.options.configFile);
    return (await loadLinting()).findConfigFile(dirname(resolve(this.root, path)));
  }

  /** The linter for a draft at `path`, its config discovered upward from the draft's directory. */
  async linterFor(path: string): Promise<{ linter: Linter; loaded: LoadedConfig }> {
    const { createNodeLinter, loadConfig } = await loadLinting();
    const file = await this.configFileFor(path);
    const key = file ?? '';
    let entry = this.linters.get(key);
    if (!entry) {
      entry = (file ? loadConfig({ configFile: file }) : loadConfig(resolve(this.root, path))).then(async (loaded) => ({ loaded, linter: await createNodeLinter(loaded) }));
      // A broken config is reported on every call until it is fixed, not cached as a failure.
      entry.catch(() => this.linters.delete(key));
      this.linters.set(key, entry);
    }
    return entry;
  }

  /** Resolves a path inside the root; throws a plain message for anything outside it (symlinks included). */
  inside(path: string): string {
    const abs = resolve(this.root, path);
    let real = abs;
    try {
      real = realpathSync(abs);
    } catch {
      // Not there (yet): judge the path as written.
    }
    let root = this.root;
    try {
      root = realpathSync(this.root);
    } catch {
      // The root itself is judged as given.
    }
    const rel = relative(root, real);
    if (rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))) return abs;
    throw new Error(`${path} is outside the workspace root ${this.root}`);
  }

  /** Lint options for a draft, with the AI-drafted profile applied when the server runs with it. */
  lintOptions(path: string | undefined, meta: DraftMeta | undefined, aiDrafted?: boolean): LintOptions {
    const drafted = aiDrafted ?? this.options.aiDrafted ?? false;
    const ai = drafted ? { used: true, role: 'drafted' as const, ...(this.options.aiTool ? { tools: [this.options.aiTool] } : {}), ...(meta?.ai ?? {}) } : meta?.ai;
    const merged: DraftMeta | undefined = meta || ai ? { ...(meta ?? {}), ...(ai ? { ai } : {}) } : undefined;
    return { path: resolve(this.root, path ?? 'draft.md'), ...(merged ? { meta: merged } : {}) };
  }

  async check(text: string, opts: { path?: string; meta?: DraftMeta; aiDrafted?: boolean } = {}): Promise<{ report: DraftReport; result: LintResult }> {
    lastActivity = Date.now();
    requests++;
    const { linter } = await this.linterFor(opts.path ?? 'draft.md');
    const result = await linter.lintAsync(text, this.lintOptions(opts.path, opts.meta, opts.aiDrafted));
    lastActivity = Date.now();
    return { report: masked(linting!, result, opts.path), result };
  }

  async fix(text: string, opts: { path?: string; meta?: DraftMeta; aiDrafted?: boolean } = {}): Promise<{ output: string; report: DraftReport }> {
    lastActivity = Date.now();
    requests++;
    const { linter } = await this.linterFor(opts.path ?? 'draft.md');
    const { fixText } = linting!;
    const { output, result } = await fixText(linter, text, this.lintOptions(opts.path, opts.meta, opts.aiDrafted));
    lastActivity = Date.now();
    return { output, report: masked(linting!, result, opts.path) };
  }

  /** Citations for a rule in the jurisdiction of the config that applies at `path`. */
  async citations(rule: Rule, path = 'draft.md'): Promise<Citation[]> {
    const { linter } = await this.linterFor(path);
    const { settings } = linter.config;
    return linting!.citationsFor(rule, settings.jurisdiction, settings.policy);
  }
}

// An ordinary council post for the start-up lint (below), long enough that the functions every draft runs
// are compiled and its one-time tables built (the Markdown parser, the word lists, the judgement
// classifiers' gates, features and model, the JSON formatter's masking). Tables only some drafts need
// (compromise, the retext lists, the country names of phone labels) are left to the first draft that
// needs them, or to idle time.
const WARM_DRAFT = `---
platform: facebook
---

Roadworks on Mill Lane start on Monday 10 February and will last about six weeks. The road will be closed
between the station and Riverside Park, with a signed diversion along Chapel Street.

Residents can find out more at a drop-in session at the Town Hall on Thursday from 2pm to 7pm. Our officers
will explain the changes, answer questions and take comments on the new crossing.

- Buses 12 and 14 will use the diversion.
- Bin collections will happen as usual.
- Footpaths stay open throughout.

We know the works will cause some disruption and we thank everyone for their patience. Please share this
post with neighbours who may not use social media. Read the full plans at riverside.gov.uk/roadworks.
#MillLane #Riverside
`;

let lastActivity = 0;
// Drafts sent to be checked or fixed so far: a warm-up that finds one already asked for leaves the
// first-use work to it rather than lint its own post first.
let requests = 0;
let warmTimer: ReturnType<typeof setTimeout> | undefined;

/** One turn of the event loop: a warm-up step yields so a request that has arrived is read between steps. */
const nextTurn = (): Promise<void> => new Promise((done) => setImmediate(done));

/**
 * Once a client has its answer to \`initialize\`, in the background and step by step: the linting
 * modules are loaded, the default config's linter is built, the classifiers' model is loaded and, unless a
 * draft has come in meanwhile, one ordinary post is linted, so the first draft a client sends runs on
 * loaded, compiled code (a draft that comes in during the warm-up waits only for what it needs anyway).
 * A broken config is not an error here: it is reported on the first check, as every time.
 */
export async function warmUp(ws: Workspace): Promise<void> {
  try {
    await nextTurn();
    const { loadModules } = await loadLinting();
    await nextTurn();
    await Promise.all([loadModules(['semantic-model']), ws.linterFor('draft.md')]);
    await nextTurn();
    if (requests === 0) await ws.check(WARM_DRAFT);
  } catch {
    // Reported when a draft is checked.
  }
}

/**
 * A server lives long: the other heavy modules (compromise, the retext plugins; ~100–400 ms of import each)
 * are loaded once the client has left it idle for \`idleMs\`, so neither the handshake nor the first drafts
 * wait for them; a draft that needs one before then loads it itself.
 */
export function warmUpWhenIdle(idleMs = 1500): void {
  clearTimeout(warmTimer);
  const tick = (): void => {
    const wait = lastActivity + idleMs - Date.now();
    if (wait > 0) {
      warmTimer = setTimeout(tick, wait);
      warmTimer.unref?.();
      return;
    }
    warmTimer = undefined;
    void loadLinting()
      .then(({ LAZY_MODULES, loadModules }) => loadModules(Object.keys(LAZY_MODULES) as LazyModuleName[]))
      .catch(() => undefined);
  };
  lastActivity = Date.now();
  warmTimer = setTimeout(tick, idleMs);
  warmTimer.unref?.();
}

/** A result in the form `--format json` prints it (masked by the same code), plus its path. */
export function masked({ format }: Linting, result: LintResult, path?: string): DraftReport {
  const doc = JSON.parse(format([{ ...result, ...(path !== undefined ? { path } : {}) }], 'json')) as { results: DraftReport[] };
  return doc.results[0]!;
}

/** A built-in rule by id (undefined while the rules are not loaded: no finding can name one before). */
export function findRule(id: string): Rule | undefined {
  return linting?.builtinRules.find((r) => r.id === id);
}

/** Up to three rule ids that look like `id`, for "did you mean". */
export function nearRules({ builtinRules }: Linting, id: string): string[] {
  const tail = id.split('/').pop() ?? id;
  return builtinRules.filter((r) => r.id.includes(tail) || tail.includes(r.id.split('/')[1]!)).map((r) => r.id).slice(0, 3);
}

/** One line per finding, for an assistant to relay. */
export function summaryLine(f: Finding): string {
  const c = f.citations[0];
  const cite = c ? ` [${c.title}${c.section ? `, ${c.section}` : ''}]` : '';
  const hint = f.suggestions?.[0]?.message;
  return `${f.line}:${f.column} ${f.severity} ${f.ruleId}: ${f.message}${cite}${hint && hint !== f.message ? ` Suggestion: ${hint}` : ''}`;
}

export function summarise(report: DraftReport, label = 'The draft'): string {
  if (report.error) return `${label} could not be checked: ${report.error}`;
  if (report.findings.length === 0) return `${label} has no findings.`;
  const head = `${label}: ${report.errorCount} error(s), ${report.warningCount} warning(s), ${report.infoCount} info.`;
  const verdict = report.errorCount > 0 ? ' Do not publish or schedule it: tell the person what must change.' : '';
  return [head + verdict, ...report.findings.map(summaryLine)].join('\n');
}

