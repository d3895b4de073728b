// commslint/node: file-system API — config discovery, file walking, reading drafts safely, atomic fixes.
import { readFileSync, existsSync, statSync, readdirSync, writeFileSync, renameSync, chmodSync, chownSync, unlinkSync, openSync, closeSync, fsyncSync, fstatSync, realpathSync, accessSync, mkdirSync, constants as fsConstants, type Stats } from 'node:fs';
import { dirname, join, resolve, relative, isAbsolute, basename, extname, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import ignore, { type Ignore } from 'ignore';
import { builtinRules } from '../rules/index.js';
import { buildLinter, type Linter, type LintOptions } from './engine/linter.js';
import { applyFixes } from './engine/fixes.js';
import { importModule } from './import-module.js';
import { maskEchoedValue, maskShapes } from './text/shapes.js';
import { ConfigError, parseConfig, type Config, type ConfigInput } from './config/schema.js';
import { expandLayers, mergeConfigs } from './config/resolve.js';
import { CONFIG_FILES } from './config/files.js';
import type { DraftMeta, LintResult, Platform } from './types.js';

export * from './index.js';

/** `resolve` re-exported for the CLI, which keeps its own imports minimal. */
export function resolvePath(cwd: string, path: string): string {
  return resolve(cwd, path);
}

export { CONFIG_FILES };
export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

export interface LoadedConfig {
  config: Config;
  /** The file it came from (undefined: no config file found, defaults apply). */
  file?: string;
  /** Directory that `overrides` and `ignores` globs are relative to. */
  dir: string;
}

/** What kind of file system object a non-regular file is, in words. */
function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a directory';
  return 'not a regular file';
}

export class NotRegularFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotRegularFileError';
  }
}

/**
 * Reads a file only if it is a regular file, judged by the type of the opened descriptor (fstat), so a
 * device (`/dev/zero`), a FIFO or a socket named on the command line is refused instead of read
 * forever. O_NONBLOCK keeps the open itself from waiting for a FIFO's writer.
 */
export function readRegularFile(file: string): Buffer {
  const fd = openSync(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new NotRegularFileError(`${kindOf(st)}, not a regular file: only Markdown and text drafts can be linted`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function readConfigFile(file: string): unknown {
  const ext = extname(file);
  let text: string;
  try {
    text = readRegularFile(file).toString('utf8');
  } catch (error) {
    if (error instanceof NotRegularFileError) throw new ConfigError(`Cannot read config ${file}: ${error.message}`, undefined, file);
    throw new ConfigError(`Cannot read config ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, undefined, file);
  }
  try {
    // package.json before the generic .json branch: only its `commslint` key is a config.
    if (basename(file) === 'package.json') {
      const pkg = JSON.parse(text) as { commslint?: unknown } | null;
      const key = pkg !== null && typeof pkg === 'object' ? pkg.commslint : undefined;
      if (key === undefined) throw new ConfigError(`Invalid config in ${file}: no "commslint" key`, undefined, file);
      return key;
    }
    if (ext === '.json') return text.trim() === '' ? {} : JSON.parse(text);
    if (ext === '.yaml' || ext === '.yml') return parseYaml(text) ?? {};
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`Invalid config in ${file}: cannot parse: ${maskEchoedValue((error as Error).message.split('\n')[0] ?? '')}`, undefined, file);
  }
  throw new ConfigError(`Unsupported config file ${file}`, undefined, file);
}

async function importConfigModule(file: string): Promise<unknown> {
  try {
    const mod = await importModule<{ default?: unknown }>(pathToFileURL(file).href);
    return mod.default ?? mod;
  } catch (error) {
    throw new ConfigError(`Invalid config in ${file}: cannot load: ${maskShapes((error as Error).message.split('\n')[0] ?? '')}`, undefined, file);
  }
}

async function readAnyConfig(file: string): Promise<unknown> {
  return /\.(m?js|cjs)$/.test(file) ? importConfigModule(file) : readConfigFile(file);
}

/** Finds the config file for a path: the nearest directory upward with a config file or a `commslint` key in package.json. */
export function findConfigFile(start: string): string | undefined {
  let dir = resolve(start);
  if (existsSync(dir) && !statSync(dir).isDirectory()) dir = dirname(dir);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const f = join(dir, name);
      if (existsSync(f)) return f;
    }
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readRegularFile(pkg).toString('utf8')) as { commslint?: unknown }).commslint !== undefined) return pkg;
      } catch {
        // An unreadable package.json is not ours to judge.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Loads and flattens a config (file `extends` resolved relative to the file that names them). */
export async function loadConfigFile(file: string, seen: string[] = []): Promise<Config> {
  const abs = resolve(file);
  if (seen.includes(abs)) throw new ConfigError(`Invalid config in ${abs}: extends: circular reference`, 'extends', abs);
  const config = parseConfig(await readAnyConfig(abs), abs);
  const names = config.extends === undefined ? [] : [config.extends].flat();
  const loaded = new Map<string, Config>();
  for (const name of names) {
    if (name.startsWith('commslint:')) continue;
    const target = isAbsolute(name) ? name : resolve(dirname(abs), name);
    if (!existsSync(target)) throw new ConfigError(`Invalid config in ${abs}: extends: file not found: ${name}`, 'extends', abs);
    loaded.set(name, await loadConfigFile(target, [...seen, abs]));
  }
  if (loaded.size === 0) return config;
  // Flatten file layers here so the browser-safe core only ever sees presets.
  const layers = expandLayers(config, builtinRules, { file: abs, resolveExtends: (n) => loaded.get(n)! });
  const merged = mergeConfigs(layers);
  const presets = names.filter((n) => n.startsWith('commslint:'));
  const { jurisdiction, ...rest } = merged;
  void jurisdiction;
  return { ...rest, extends: presets.length ? presets : [] } as Config;
}

/** DESIGN.md discovery: `loadConfig(filePath)` searches upward from the file; `{ configFile }` loads that file. */
export async function loadConfig(target: string | { configFile: string }): Promise<LoadedConfig> {
  if (typeof target !== 'string') {
    const file = resolve(target.configFile);
    if (!existsSync(file)) throw new ConfigError(`Config file not found: ${target.configFile}`, undefined, file);
    return { config: await loadConfigFile(file), file, dir: dirname(file) };
  }
  const file = findConfigFile(target);
  if (!file) {
    const abs = resolve(target);
    const dir = existsSync(abs) && statSync(abs).isDirectory() ? abs : dirname(abs);
    return { config: parseConfig({}), dir };
  }
  return { config: await loadConfigFile(file), file, dir: dirname(file) };
}

export async function createNodeLinter(loaded: LoadedConfig): Promise<Linter> {
  return buildLinter(builtinRules, loaded.config, { ...(loaded.file ? { file: loaded.file } : {}), basePath: loaded.dir });
}

export interface LintFilesOptions {
  cwd?: string;
  /** Use this config file instead of discovery. */
  configFile?: string;
  /** Use this config object instead of discovery. */
  config?: ConfigInput;
  /** Platform for drafts whose frontmatter names none (overrides config). */
  platform?: Platform;
  reportUnusedDirectives?: boolean;
  /** Apply fixes in memory; results carry `output` when the text changed. */
  fix?: boolean;
}

export interface FileLintResult extends LintResult {
  path: string;
  /** The fixed text, when fixing changed it. */
  output?: string;
  /** The text as read, for atomic writes. */
  source?: string;
  /** With `fix`: the findings on the text as read (reported instead when the fixes cannot be written). */
  unfixed?: LintResult;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const DEFAULT_IGNORES = ['node_modules/', '.git/', 'dist/', 'coverage/'];

function loadIgnoreFile(dir: string, name: string, into: Ignore): void {
  const f = join(dir, name);
  if (existsSync(f)) {
    try {
      into.add(readRegularFile(f).toString('utf8'));
    } catch {
      // Unreadable ignore files are skipped, as git does.
    }
  }
}

/** Walks a directory for drafts, honouring .gitignore and .commslintignore files at every level. */
function walk(root: string, cwd: string, isIgnored: (abs: string) => boolean): string[] {
  const out: string[] = [];
  const rules: Array<{ dir: string; ig: Ignore }> = [];
  const visit = (dir: string): void => {
    const ig = ignore();
    loadIgnoreFile(dir, '.gitignore', ig);
    loadIgnoreFile(dir, '.commslintignore', ig);
    rules.push({ dir, ig });
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      rules.pop();
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const abs = join(dir, e.name);
      const isDir = e.isDirectory();
      if (isDir && DEFAULT_IGNORES.includes(`${e.name}/`)) continue;
      const ignoredByFiles = rules.some(({ dir: d, ig: g }) => {
        const rel = relative(d, abs).split(sep).join('/');
        return rel && !rel.startsWith('..') && g.ignores(isDir ? `${rel}/` : rel);
      });
      if (ignoredByFiles || isIgnored(abs)) continue;
      if (isDir) visit(abs);
      else if (e.isFile() && (DRAFT_EXTENSIONS as readonly string[]).includes(extname(e.name).toLowerCase())) out.push(abs);
    }
    rules.pop();
  };
  void cwd;
  visit(root);
  return out;
}

/** Expands CLI patterns into files. A pattern that matches nothing is a usage error. */
export async function resolveFiles(patterns: readonly string[], cwd: string, isIgnored: (abs: string) => boolean = () => false): Promise<string[]> {
  const files = new Set<string>();
  const list = patterns.length ? patterns : ['.'];
  for (const p of list) {
    const abs = resolve(cwd, p);
    if (existsSync(abs)) {
      if (statSync(abs).isDirectory()) for (const f of walk(abs, cwd, isIgnored)) files.add(f);
      else files.add(abs);
      continue;
    }
    // The glob library is loaded only for a pattern that is not a path (a pre-commit hook passes paths).
    const { globSync, isDynamicPattern } = await import('tinyglobby');
    if (isDynamicPattern(p)) {
      const matched = globSync(p, { cwd, absolute: true, ignore: DEFAULT_IGNORES.map((d) => `**/${d}**`), dot: false }).filter((f) => !isIgnored(f));
      if (matched.length === 0) throw new UsageError(`No files matching the pattern "${p}" were found.`);
      for (const f of matched) files.add(resolve(f));
      continue;
    }
    throw new UsageError(`No such file or directory: ${p}`);
  }
  return [...files].sort();
}

/** Why a buffer cannot be linted as a draft, if it cannot. */
export function binaryProblem(buf: Uint8Array): string | undefined {
  const head = buf.subarray(0, 8000);
  if (head.includes(0)) return 'binary file (contains NUL bytes); only Markdown and text drafts can be linted';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    let line = 1;
    for (let i = 0; i < at; i++) if (buf[i] === 10) line++;
    return `file is not valid UTF-8 text (first invalid byte at line ${line}, byte offset ${at}); save it as UTF-8`;
  }
  return undefined;
}

/** Byte offset of the first invalid UTF-8 sequence: the longest prefix that decodes (binary search). */
function firstInvalidUtf8(buf: Uint8Array): number {
  const decodes = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (decodes(mid)) lo = mid;
    else hi = mid - 1;
  }
  // `lo` bytes decode, possibly ending inside an incomplete sequence: then the problem starts at its lead byte.
  let i = lo;
  while (i > 0 && lo - i < 3 && (buf[i - 1]! & 0xc0) === 0x80) i--;
  const lead = i > 0 ? buf[i - 1]! : 0;
  if (lead >= 0xc0 && lo - (i - 1) < (lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2)) return i - 1;
  return lo;
}

/** Why a file cannot be linted as a draft: binary, not UTF-8, or empty (nothing to publish). */
export function draftProblem(buf: Uint8Array): string | undefined {
  const binary = binaryProblem(buf);
  if (binary) return binary;
  if (decodeDraft(buf).trim() === '') return 'file is empty: there is no draft to lint';
  return undefined;
}

export function decodeDraft(buf: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
}

const MAX_FIX_PASSES = 10;

/** Lints and fixes until no fix applies (fixes can unblock each other), at most 10 passes. */
export async function fixText(linter: Linter, text: string, options: LintOptions): Promise<{ output: string; result: LintResult; initial: LintResult }> {
  let output = text;
  let result = await linter.lintAsync(output, options);
  const initial = result;
  for (let pass = 0; pass < MAX_FIX_PASSES && result.fixableCount > 0; pass++) {
    const next = applyFixes(output, result.findings);
    if (next === output) break;
    output = next;
    result = await linter.lintAsync(output, options);
  }
  return { output, result, initial };
}

function emptyResult(path: string, error: string, platform: Platform): FileLintResult {
  return { path, findings: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0, suppressed: [], meta: { platform, lang: 'en-GB' }, error };
}

/** Lints files, directories and globs; each file with the config discovered for it (or the one given). */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<FileLintResult[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const linters = new Map<string, Promise<Linter>>();
  const fixed = options.configFile ? await loadConfig({ configFile: resolve(cwd, options.configFile) }) : options.config ? { config: parseConfig(options.config), dir: cwd } : undefined;
  const linterFor = (file: string): Promise<Linter> => {
    if (fixed) {
      let l = linters.get('');
      if (!l) linters.set('', (l = createNodeLinter(fixed)));
      return l;
    }
    const cfg = findConfigFile(dirname(file)) ?? '';
    let l = linters.get(cfg);
    if (!l) {
      l = (cfg ? loadConfig({ configFile: cfg }) : Promise.resolve({ config: parseConfig({}), dir: cwd })).then(createNodeLinter);
      linters.set(cfg, l);
    }
    return l;
  };
  const rootLinter = await linterFor(join(cwd, 'x.md'));
  const isIgnored = (abs: string): boolean => rootLinter.isIgnored(abs.split(sep).join('/'));
  const results: FileLintResult[] = [];
  // Each pattern on its own, so one that matches nothing is reported while the others are still linted
  // (a lone pattern that matches nothing stays a usage error).
  const found = new Set<string>();
  for (const p of patterns.length ? patterns : ['.']) {
    try {
      for (const f of await resolveFiles([p], cwd, isIgnored)) found.add(f);
    } catch (error) {
      if (!(error instanceof UsageError) || patterns.length < 2) throw error;
      results.push(emptyResult(p, error.message, options.platform ?? rootLinter.config.settings.platform));
    }
  }
  const files = [...found].sort();
  for (const file of files) {
    const display = relative(cwd, file).split(sep).join('/') || basename(file);
    let linter: Linter;
    try {
      linter = await linterFor(file);
    } catch (error) {
      // A broken config below cwd makes its own files unlintable, not every other file.
      if (!(error instanceof ConfigError)) throw error;
      results.push(emptyResult(display, error.message, options.platform ?? rootLinter.config.settings.platform));
      continue;
    }
    const platform = options.platform ?? linter.config.settings.platform;
    let buf: Buffer;
    try {
      buf = readRegularFile(file);
    } catch (error) {
      if (error instanceof NotRegularFileError) {
        results.push(emptyResult(display, error.message, platform));
        continue;
      }
      results.push(emptyResult(display, `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, platform));
      continue;
    }
    const problem = draftProblem(buf);
    if (problem) {
      results.push(emptyResult(display, problem, platform));
      continue;
    }
    const text = decodeDraft(buf);
    results.push(await lintOne(linter, text, file, display, options));
  }
  return results;
}

/** Lints one text as if it were the file at `file` (used for files and for --stdin). */
export async function lintOne(linter: Linter, text: string, file: string, display: string, options: Pick<LintFilesOptions, 'platform' | 'reportUnusedDirectives' | 'fix'>): Promise<FileLintResult> {
  const meta: DraftMeta | undefined = options.platform ? { platform: options.platform } : undefined;
  const lintOptions: LintOptions = { path: file, ...(meta ? { meta } : {}), ...(options.reportUnusedDirectives ? { reportUnusedDirectives: true } : {}) };
  if (options.fix) {
    const { output, result, initial } = await fixText(linter, text, lintOptions);
    return { ...result, path: display, source: text, ...(output !== text ? { output, unfixed: initial } : {}) };
  }
  const result = await linter.lintAsync(text, lintOptions);
  return { ...result, path: display, source: text };
}

/**
 * Writes `content` to `file` atomically: a temp file in the same directory, fsync, the original's
 * permissions, then rename. Refuses when the file no longer holds `expected` (changed since it was read).
 */
export function writeFileAtomic(path: string, content: string, expected?: string): void {
  // Write through a symlink to its target: renaming over the link would replace it by a plain file.
  const file = realpathSync(path);
  const unchanged = (): boolean => {
    const now = readFileSync(file);
    return !binaryProblem(now) && decodeDraft(now) === expected;
  };
  if (expected !== undefined && !unchanged()) throw new Error(`${path} changed since it was read; not writing fixes`);
  const st = statSync(file);
  const mode = st.mode & 0o7777;
  // Renaming a new file over a hard-linked one would silently cut it off from its other names: such
  // a file is refused (the fixes are shown, nothing is written; README "Command line").
  if (st.nlink > 1) throw new Error(`${path} has ${st.nlink} hard links; not writing fixes (replacing it would break the links): apply them with --fix-dry-run and an editor`);
  // A read-only draft stays untouched, as an in-place write would (renaming over it would not ask).
  accessSync(file, fsConstants.W_OK);
  const tmp = join(dirname(file), `.${basename(file)}.commslint-${process.pid}-${Date.now()}.tmp`);
  let created = false;
  try {
    const fd = openSync(tmp, 'wx', 0o600);
    created = true;
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // Keep the owner when running as root (otherwise the fixed draft would become root's). chown before
    // chmod: chown clears the setuid and setgid bits, which the chmod then restores.
    if (process.getuid?.() === 0 && (st.uid !== 0 || st.gid !== 0)) chownSync(tmp, st.uid, st.gid);
    chmodSync(tmp, mode);
    // Check again just before replacing: an editor may have saved while we were writing.
    if (expected !== undefined && !unchanged()) throw new Error(`${path} changed since it was read; not writing fixes`);
    renameSync(tmp, file);
  } catch (error) {
    try {
      if (created) unlinkSync(tmp);
    } catch {
      // Nothing to clean up.
    }
    throw error;
  }
}

/** A report that could not be written (`--output-file`): exit 2 with this message. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

/**
 * Writes a report to `path` (`--output-file`): parent directories are created, and the file is replaced
 * atomically (temp file in the same directory, fsync, rename), so a reader never sees half a report.
 */
export function writeReportFile(path: string, content: string): void {
  const file = resolve(path);
  if (existsSync(file) && statSync(file).isDirectory()) throw new OutputError(`Cannot write the report to ${path}: it is a directory`);
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    throw new OutputError(`Cannot write the report to ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const tmp = join(dirname(file), `.${basename(file)}.commslint-${process.pid}-${Date.now()}.tmp`);
  try {
    const fd = openSync(tmp, 'wx', 0o666);
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // Nothing to clean up.
    }
    throw new OutputError(`Cannot write the report to ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** Thrown by `writeFixes` when some files could not be written: `failed` lists their result paths. */
export class WriteFixesError extends Error {
  constructor(
    message: string,
    readonly failed: readonly string[],
  ) {
    super(message);
    this.name = 'WriteFixesError';
  }
}

/**
 * Writes the fixed output of each result back to its file (atomically). Returns the paths written.
 * A file that cannot be written does not stop the others; the failures are thrown together at the end.
 */
export function writeFixes(results: readonly FileLintResult[], cwd: string = process.cwd()): string[] {
  const written: string[] = [];
  const failures: string[] = [];
  const failed: string[] = [];
  for (const r of results) {
    if (r.output === undefined || r.source === undefined) continue;
    const file = resolve(cwd, r.path);
    try {
      writeFileAtomic(file, r.output, r.source);
      written.push(r.path);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      failed.push(r.path);
      failures.push(/changed since it was read|hard links/.test(e.message) ? e.message : `${r.path}: cannot write fixes: ${e.code ?? e.message}`);
    }
  }
  if (failures.length) throw new WriteFixesError(failures.join('\n'), failed);
  return written;
}
