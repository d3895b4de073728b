#!/usr/bin/env node
// The bin: arguments -> commslint/node -> formatter -> exit code. Heavy modules are imported only when a
// command needs them, so `--version` and `--help` stay instant.
import { parseArgs } from 'node:util';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { maskShapes } from './text/shapes.js';

const HELP = `Usage: commslint [options] [files, directories, globs]
       commslint mcp [options]     Model Context Protocol server for AI assistants (stdio)
       commslint lsp [--stdio]     language server for editors (stdio)
       commslint audit EXPORT... --out DIR   check posts already published (commslint audit --help)

Lints public-sector communication drafts (Markdown or text) before they are published.
With no paths, lints the Markdown and text files under the current directory.

Options:
  --format NAME               stylish (default), json, sarif, github, junit, markdown
  -o, --output-file FILE      write the report to FILE (parent folders created) instead of stdout
  --config FILE               use this config file instead of discovery
  --platform NAME             platform for drafts that name none (x, bluesky, mastodon, threads,
                              linkedin, facebook, instagram, tiktok, youtube, generic)
  --stdin                     lint text from standard input
  --stdin-filename NAME       path to treat standard input as (config, overrides, report)
  --max-warnings N            exit 1 when there are more than N warnings
  --quiet                     report errors only
  --fix                       apply safe automatic fixes to the files
  --fix-dry-run               show the fixes as a diff without writing
  --report-unused-directives  report commslint-disable comments that suppress nothing
  --init                      write a starter commslint.config.json
  --print-config FILE         print the resolved config for FILE
  --list-rules                list the rules (id, category, default severity, fixable)
  --explain RULE              describe a rule, its examples and its citations
  --no-color                  never colour the output (colour is used only on a terminal)
  --version                   print the version
  --help                      print this help

Exit codes: 0 no errors (and warnings within --max-warnings); 1 errors or too many warnings;
2 usage error, invalid config, or a file that could not be linted.`;

const options = {
  format: { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  platform: { type: 'string' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'report-unused-directives': { type: 'boolean' },
  init: { type: 'boolean' },
  'print-config': { type: 'string' },
  'list-rules': { type: 'boolean' },
  explain: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

class Usage extends Error {}


/** Edit distance (insert, delete, substitute, swap two neighbours) between two short strings. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The known long option closest to an unknown one, as ESLint suggests: a near spelling or a known prefix. */
export function closestOption(name: string): string | undefined {
  // A single unknown letter (`-x`) is too short to guess from.
  const bare = name.replace(/^-+/, '').split('=')[0]!.toLowerCase();
  if (bare.length < 2) return undefined;
  const squash = (s: string) => s.replace(/-/g, '');
  let best: string | undefined;
  let bestScore = Infinity;
  for (const known of Object.keys(options)) {
    // Compared without hyphens too, so `--outfile` finds `--output-file`.
    const d = Math.min(distance(bare, known), distance(squash(bare), squash(known)));
    const prefix = bare.length >= 3 && known.startsWith(bare);
    const score = prefix ? 0.5 : d;
    if (score < bestScore && (prefix || d <= Math.max(2, Math.floor(known.length / 3)))) {
      best = known;
      bestScore = score;
    }
  }
  return best === undefined ? undefined : `--${best}`;
}

/**
 * Parses the arguments. Mistakes are answered as ESLint answers them: the unknown flag and the closest
 * known one (never Node's raw parseArgs text), then `--help`; the caller exits 2.
 */
function parseArguments(argv: string[]) {
  // A lenient pass first, to name an unknown or misused option from its token rather than an error text.
  const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const known = (options as Record<string, { type: string } | undefined>)[t.name];
    if (!known) {
      const hint = closestOption(t.rawName);
      throw new Usage(`Invalid option '${t.rawName}'${hint ? ` - perhaps you meant '${hint}'?` : ''}`);
    }
    if (known.type === 'boolean' && t.inlineValue) throw new Usage(`Option '${t.rawName}' takes no value`);
    if (known.type === 'string' && t.value === undefined) throw new Usage(`Option '${t.rawName}' needs a value`);
  }
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    // What is left: a value that looks like an option (`--format --quiet`).
    const raw = /'(-{1,2}[\w-]+)/.exec((error as Error).message)?.[1];
    throw new Usage(raw ? `Option '${raw}' needs a value; to pass a value starting with "-", write ${raw}=VALUE` : 'Invalid arguments');
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'mcp' || argv[0] === 'lsp') return (await import('./servers/cli.js')).runServerCommand(argv[0], argv.slice(1));
  if (argv[0] === 'audit') return (await import('./servers/cli.js')).runAuditCommand(argv.slice(1));
  const { values: v, positionals } = parseArguments(argv);
  if (v.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (v.version) {
    process.stdout.write(`${(await import('./report/version.js')).VERSION}\n`);
    return 0;
  }

  const formatName = v.format ?? 'stylish';
  const maxWarnings = v['max-warnings'] === undefined ? -1 : Number(v['max-warnings']);
  if (v['max-warnings'] !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new Usage(`--max-warnings takes a whole number, got "${v['max-warnings']}"`);
  if (v.stdin && (v.fix || v['fix-dry-run'])) throw new Usage('--fix cannot be used with --stdin (use --fix-dry-run on a file)');

  const node = await import('./node.js');
  const { PLATFORMS } = node;
  const platformArg = v.platform === 'twitter' ? 'x' : v.platform;
  if (platformArg !== undefined && !(PLATFORMS as readonly string[]).includes(platformArg)) {
    throw new Usage(`--platform must be one of ${PLATFORMS.join(', ')}, got "${v.platform}"`);
  }
  const platform = platformArg as (typeof PLATFORMS)[number] | undefined;
  const { formatChunks, FORMATS } = await import('./report/index.js');
  await import('./report/all.js');
  if (!(FORMATS as string[]).includes(formatName)) throw new Usage(`--format must be one of ${FORMATS.join(', ')}, got "${formatName}"`);
  const cwd = process.cwd();
  const outputFile = v['output-file'];
  // A report written to a file is plain text unless colour is asked for explicitly.
  const color = v['no-color'] || process.env.NO_COLOR ? false : v.color || !!process.env.FORCE_COLOR || (outputFile === undefined && process.stdout.isTTY === true);

  if (v['list-rules'] || v.explain !== undefined || v.init || v['print-config'] !== undefined) {
    const commands = await import('./cli-commands.js');
    if (v['list-rules']) return commands.listRules(formatName);
    if (v.explain !== undefined) return commands.explain(v.explain, { cwd, ...(v.config ? { configFile: v.config } : {}) });
    if (v.init) {
      // Ask for locale and organisation only at an interactive terminal; defaults otherwise (CI, scripts).
      if (!(process.stdin.isTTY && process.stdout.isTTY)) return commands.init(cwd);
      const terminal = await commands.terminalAsk();
      try {
        return await commands.init(cwd, { ask: terminal.ask });
      } finally {
        terminal.close();
      }
    }
    return commands.printConfig(v['print-config']!, v.config);
  }

  let results: import('./node.js').FileLintResult[];
  if (v.stdin) {
    const buf = await readStdin();
    const name = v['stdin-filename'] ?? '<stdin>';
    const abs = node.resolvePath(cwd, v['stdin-filename'] ?? 'stdin.md');
    const loaded = v.config ? await node.loadConfig({ configFile: node.resolvePath(cwd, v.config) }) : await node.loadConfig(abs);
    const linter = await node.createNodeLinter(loaded);
    const problem = node.draftProblem(buf);
    if (problem) {
      results = [{ path: name, findings: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0, suppressed: [], meta: { platform: platform ?? 'generic', lang: 'en-GB' }, error: problem }];
    } else {
      results = [await node.lintOne(linter, node.decodeDraft(buf), abs, name, { ...(platform ? { platform } : {}), ...(v['report-unused-directives'] ? { reportUnusedDirectives: true } : {}) })];
    }
  } else {
    results = await node.lintFiles(positionals, {
      cwd,
      ...(v.config ? { configFile: v.config } : {}),
      ...(platform ? { platform } : {}),
      ...(v['report-unused-directives'] ? { reportUnusedDirectives: true } : {}),
      fix: !!(v.fix || v['fix-dry-run']),
    });
  }

  let writeFailed = false;
  if (v['fix-dry-run']) {
    const { unifiedDiff } = await import('./report/diff.js');
    const { diffRedactor } = await import('./engine/redact.js');
    for (const r of results) {
      if (r.output === undefined || r.source === undefined) continue;
      // The diff shows draft lines: every value a rule flagged (before or after the fixes) is scrubbed
      // and every line goes through the shape masker.
      const redact = diffRedactor([{ result: r.unfixed ?? r, text: r.source }, { result: r, text: r.output }]);
      process.stdout.write(unifiedDiff(r.source, r.output, r.path, redact));
    }
  } else if (v.fix) {
    try {
      node.writeFixes(results, cwd);
    } catch (error) {
      // Every file is still reported; a file whose fixes could not be written is reported as it stands
      // on disk (its findings before the fixes), and the exit code says it failed.
      for (const line of (error as Error).message.split('\n')) process.stderr.write(`commslint: ${maskShapes(line)}\n`);
      const failed = new Set(error instanceof node.WriteFixesError ? error.failed : results.map((r) => r.path));
      results = results.map((r) => (failed.has(r.path) && r.unfixed ? { ...r.unfixed, path: r.path } : r));
      writeFailed = true;
    }
  }

  if (v.quiet) {
    results = results.map((r) => {
      const findings = r.findings.filter((f) => f.severity === 'error');
      return { ...r, findings, warningCount: 0, infoCount: 0, fixableCount: findings.filter((f) => f.fix).length };
    });
  }
  // Internal fields never reach a formatter.
  const shown = results.map(({ source: _s, output: _o, unfixed: _u, ...r }) => r);
  // Written a piece at a time (JSON: a finding at a time), so a large report is never one string; a report
  // file (-o) is written atomically once complete.
  const pieces = formatChunks(shown, formatName as import('./report/index.js').FormatName, { color, cwd });
  if (outputFile !== undefined) {
    let text = '';
    for (const piece of pieces) text += piece;
    node.writeReportFile(outputFile, !text || text.endsWith('\n') ? text : `${text}\n`);
  } else {
    let last = '';
    for (const piece of pieces) {
      if (!piece) continue;
      process.stdout.write(piece);
      last = piece;
    }
    if (last && !last.endsWith('\n')) process.stdout.write('\n');
  }

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const unlintable = results.filter((r) => r.error);
  for (const r of unlintable) if (formatName !== 'stylish' || outputFile !== undefined) process.stderr.write(`commslint: ${r.path}: ${maskShapes(r.error ?? '')}\n`);
  if (unlintable.length || writeFailed) return 2;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    // Machine formats keep stdout parseable: the note goes to stderr.
    const note = `commslint found too many warnings (${warnings}; maximum: ${maxWarnings}).\n`;
    if (formatName === 'stylish' && outputFile === undefined) process.stdout.write(note);
    else process.stderr.write(note);
    return 1;
  }
  return 0;
}

/** Runs the CLI on `argv` and sets the exit code; errors become one line on stderr, never a stack trace. */
export function runCli(argv: string[]): Promise<void> {
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const e = error as Error;
      if (e instanceof Usage || e.name === 'UsageError') process.stderr.write(`commslint: ${e.message}\nRun "commslint --help" for usage.\n`);
      else if (e.name === 'ConfigError' || e.name === 'OutputError' || e.name === 'InputError') process.stderr.write(`commslint: ${maskShapes(e.message)}\n`);
      else process.stderr.write(`commslint: internal error: ${maskShapes(e.message)}${process.env.COMMSLINT_DEBUG ? `\n${e.stack}` : ''}\n`);
      process.exitCode = 2;
    },
  );
}

// Run when executed directly (dist/src/cli.js, also through a symlink), not when imported by tests or
// bundled into the bin (dist/bin/, which calls runCli itself).
function isMain(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}
if (isMain()) void runCli(process.argv.slice(2));
