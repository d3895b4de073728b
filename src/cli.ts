#!/usr/bin/env node
// The bin: arguments -> commslint/node -> formatter -> exit code. Heavy modules are imported only when a
// command needs them, so `--version` and `--help` stay instant.
import { parseArgs } from 'node:util';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { maskShapes } from './text/shapes.js';

const HELP = `Usage: commslint [options] [files, directories, globs]

Lints public-sector communication drafts (Markdown or text) before they are published.
With no paths, lints the Markdown and text files under the current directory.

Options:
  --format NAME               stylish (default), json, sarif, github, junit, markdown
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


async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new Usage((error as Error).message.split('\n')[0]!);
  }
  const { values: v, positionals } = parsed;
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
  const { format, FORMATS } = await import('./report/index.js');
  await import('./report/all.js');
  if (!(FORMATS as string[]).includes(formatName)) throw new Usage(`--format must be one of ${FORMATS.join(', ')}, got "${formatName}"`);
  const cwd = process.cwd();
  const color = v['no-color'] || process.env.NO_COLOR ? false : v.color || !!process.env.FORCE_COLOR || process.stdout.isTTY === true;

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
  const out = format(shown, formatName as import('./report/index.js').FormatName, { color, cwd });
  if (out) process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const unlintable = results.filter((r) => r.error);
  for (const r of unlintable) if (formatName !== 'stylish') process.stderr.write(`commslint: ${r.path}: ${maskShapes(r.error ?? '')}\n`);
  if (unlintable.length || writeFailed) return 2;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    // Machine formats keep stdout parseable: the note goes to stderr.
    const note = `commslint found too many warnings (${warnings}; maximum: ${maxWarnings}).\n`;
    if (formatName === 'stylish') process.stdout.write(note);
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
      else if (e.name === 'ConfigError' || e.name === 'InputError') process.stderr.write(`commslint: ${maskShapes(e.message)}\n`);
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
