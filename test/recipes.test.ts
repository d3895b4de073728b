// The README's install and integration recipes, run as written: their commands are read from README.md and
// examples/, and the placeholders (`<your clone URL>`, `<commit sha>`) are filled with a local git repository
// of this working tree pinned to a commit. Covered: npm install from git (CLI, import and require), husky +
// lint-staged, the pre-commit framework (Debian's `pre-commit`, installed by .ci/run), the README's CI commands
// and examples/ci/github-actions.yml. Installs use the machine's npm cache (prefer-offline).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; engines: { node: string } };
const has = (cmd: string, ...args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const hasGit = has('git', '--version') && existsSync(join(root, '.git'));
const hasPreCommit = has('pre-commit', '--version');
const built = existsSync(join(root, 'dist/bin/commslint.js'));
const INSTALL_MS = 900_000; // npm installing from git builds the package: minutes on a busy machine

/** The text of a README section, from its heading to the next heading of the same or a higher level (code blocks skipped: `# comment` lines are not headings). */
function section(heading: string): string {
  const lines = readme.split('\n');
  let level = 0;
  let fenced = false;
  const body: string[] = [];
  for (const line of lines) {
    if (line.startsWith('```')) fenced = !fenced;
    const h = fenced || line.startsWith('```') ? null : /^(#+) (.*)$/.exec(line);
    if (level) {
      if (h && h[1]!.length <= level) break;
      body.push(line);
    } else if (h && h[2] === heading) level = h[1]!.length;
  }
  if (!level) throw new Error(`README has no section "${heading}"`);
  return body.join('\n');
}
/** The fenced code blocks of a given language in a piece of Markdown. */
function blocks(markdown: string, lang: string): string[] {
  return [...markdown.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```', 'gm'))].map((m) => m[1]!);
}
/** Shell lines of a block, comments dropped. */
function commands(block: string): string[] {
  return block.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter((l) => l && !l.startsWith('#'));
}

let tmp: string;
let repo: string;
let sha: string;
let env: NodeJS.ProcessEnv;
const fill = (s: string) => s.replaceAll('git+<your clone URL>', `git+file://${repo}`).replaceAll('<your clone URL>', repo).replaceAll('<commit sha>', sha);
function sh(command: string, cwd: string, extra: NodeJS.ProcessEnv = {}, timeout = INSTALL_MS): SpawnSyncReturns<string> {
  return spawnSync('bash', ['-e', '-c', command], { cwd, env: { ...env, ...extra }, encoding: 'utf8', timeout, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 });
}
const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, env, encoding: 'utf8' });
const out = (r: SpawnSyncReturns<string>) => `${r.stdout}\n${r.stderr}`;

const BAD = 'Our open day starts at XX:XX on [insert date]. Everyone is welcome.\n';
const CLEAN = 'The central library reopens on Monday 3 March after its refurbishment. Opening hours are on our website.\n';

beforeAll(() => {
  if (!hasGit) return;
  tmp = mkdtempSync(join(tmpdir(), 'commslint-recipes-'));
  const cache = spawnSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).stdout.trim();
  env = {
    ...process.env,
    HOME: join(tmp, 'home'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Comms Team',
    GIT_AUTHOR_EMAIL: 'comms@example.gov.uk',
    GIT_COMMITTER_NAME: 'Comms Team',
    GIT_COMMITTER_EMAIL: 'comms@example.gov.uk',
    NO_COLOR: '1',
    PRE_COMMIT_HOME: join(tmp, 'pre-commit-home'),
    npm_config_cache: cache,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  mkdirSync(env.HOME!);
  // A git repository of the working tree as a clone would have it (tracked and new files, nothing ignored: no dist/).
  repo = join(tmp, 'commslint');
  const files = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const f of files) if (existsSync(join(root, f))) {
    mkdirSync(dirname(join(repo, f)), { recursive: true });
    cpSync(join(root, f), join(repo, f));
  }
  expect(git(repo, 'init', '-q').status).toBe(0);
  git(repo, 'add', '-A');
  expect(git(repo, 'commit', '-q', '-m', 'commslint').status).toBe(0);
  sha = git(repo, 'rev-parse', 'HEAD').stdout.trim();
  expect(existsSync(join(repo, 'dist'))).toBe(false);
}, 120_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A new project with a package.json, a git repository and one commit. */
function project(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name, private: true }, null, 2)}\n`);
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'Start');
  return dir;
}

describe.skipIf(!hasGit)('Installing from git, then husky + lint-staged (README)', () => {
  let app: string;

  it('the README\'s git install builds the package (prepare) and the CLI, import and require work', () => {
    app = project('app');
    const [install] = commands(blocks(section('Installing'), 'sh')[0]!);
    expect(install).toBe('npm install --save-dev git+<your clone URL>#<commit sha>');
    const r = sh(fill(install!), app);
    expect(r.status, out(r)).toBe(0);
    expect(JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')).devDependencies.commslint).toBe(`git+file://${repo}#${sha}`);
    expect(existsSync(join(app, 'node_modules/commslint/dist/bin/commslint.js'))).toBe(true);
    // `--` so that npx does not read --version as its own option.
    expect(sh('npx --no -- commslint --version', app).stdout.trim()).toBe(pkg.version);
    writeFileSync(join(app, 'post.md'), 'Call Sam on 07911 123456 about the fair.\n');
    const lint = sh('npx --no -- commslint post.md', app);
    expect(lint.status).toBe(1);
    expect(lint.stdout).toMatch(/1:13\s+error .* personal-data\/phone-number/);
    expect(lint.stdout).not.toContain('07911 123456');
    const esm = sh(`node --input-type=module -e "import { lint } from 'commslint'; const r = await lint('Call 07911 123456'); console.log(r.findings[0].ruleId)"`, app);
    expect(esm.stdout.trim(), out(esm)).toBe('personal-data/phone-number');
    // require(esm): the README says it works on the Node versions engines allows (this is one of them).
    expect(satisfiesEngines(process.version, pkg.engines.node), `${process.version} vs ${pkg.engines.node}`).toBe(true);
    const cjs = sh(`node -e "const { createLinter } = require('commslint'); const { lintFiles } = require('commslint/node'); console.log(typeof createLinter, typeof lintFiles)"`, app);
    expect(cjs.stdout.trim(), out(cjs)).toBe('function function');
  }, INSTALL_MS);

  it('husky + lint-staged as the README writes them: an error blocks the commit, a clean draft is committed', () => {
    const husky = section('husky + lint-staged');
    const steps = commands(blocks(husky, 'sh')[0]!);
    expect(steps[0]).toMatch(/^npm install --save-dev git\+<your clone URL>#<commit sha> husky lint-staged$/);
    for (const step of steps) {
      const r = sh(fill(step), app);
      expect(r.status, `${step}\n${out(r)}`).toBe(0);
    }
    const config = JSON.parse(blocks(husky, 'json')[0]!) as Record<string, unknown>;
    const file = join(app, 'package.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), ...config }, null, 2));
    git(app, 'add', 'package.json', 'package-lock.json', '.husky');
    expect(git(app, 'commit', '-q', '-m', 'Lint drafts before commit').status).toBe(0);

    writeFileSync(join(app, 'open-day.md'), BAD);
    git(app, 'add', 'open-day.md');
    const blocked = git(app, 'commit', '-m', 'Open day post');
    expect(blocked.status).not.toBe(0);
    expect(out(blocked)).toMatch(/language\/placeholder/);
    expect(git(app, 'log', '--oneline').stdout).not.toMatch(/Open day post/);
    git(app, 'rm', '--cached', '-q', 'open-day.md');

    writeFileSync(join(app, 'library.md'), CLEAN);
    git(app, 'add', 'library.md');
    const ok = git(app, 'commit', '-m', 'Library reopening post');
    expect(ok.status, out(ok)).toBe(0);
    expect(git(app, 'log', '--oneline').stdout).toMatch(/Library reopening post/);
  }, INSTALL_MS);
});

describe.skipIf(!hasGit || !hasPreCommit)('pre-commit framework (README), with Debian\'s pre-commit', () => {
  let dir: string;

  it('the README\'s .pre-commit-config.yaml, pinned to a commit, installs the hook', () => {
    dir = project('pc');
    const yaml = blocks(section('pre-commit framework'), 'yaml')[0]!;
    expect(yaml).toContain('repo: <your clone URL>');
    expect(yaml).toContain('rev: <commit sha>');
    writeFileSync(join(dir, '.pre-commit-config.yaml'), fill(yaml));
    const cfg = parseYaml(readFileSync(join(dir, '.pre-commit-config.yaml'), 'utf8')) as { repos: Array<{ repo: string; rev: string; hooks: Array<{ id: string }> }> };
    expect(cfg.repos[0]).toMatchObject({ repo, rev: sha, hooks: [{ id: 'commslint' }] });
    const r = sh('pre-commit install', dir);
    expect(r.status, out(r)).toBe(0);
    // The hook environment (npm install from the pinned commit, which builds dist/) is made on first use.
    const hooks = sh('pre-commit install-hooks', dir);
    expect(hooks.status, out(hooks)).toBe(0);
    git(dir, 'add', '.pre-commit-config.yaml');
    const first = git(dir, 'commit', '-q', '-m', 'pre-commit config');
    expect(first.status, out(first)).toBe(0);
  }, INSTALL_MS);

  it('a draft with an error blocks the commit', () => {
    writeFileSync(join(dir, 'open-day.md'), BAD);
    git(dir, 'add', 'open-day.md');
    const r = spawnSync('git', ['commit', '-m', 'Open day post'], { cwd: dir, env, encoding: 'utf8', timeout: INSTALL_MS });
    expect(r.status).not.toBe(0);
    expect(out(r)).toMatch(/commslint\.+Failed/);
    expect(out(r)).toMatch(/1:24\s+error .* language\/placeholder/);
    expect(git(dir, 'log', '--oneline').stdout).not.toMatch(/Open day post/);
    git(dir, 'rm', '--cached', '-q', 'open-day.md');
  }, INSTALL_MS);

  it('a clean draft is committed', () => {
    writeFileSync(join(dir, 'library.md'), CLEAN);
    git(dir, 'add', 'library.md');
    const r = spawnSync('git', ['commit', '-m', 'Library reopening post'], { cwd: dir, env, encoding: 'utf8', timeout: INSTALL_MS });
    expect(r.status, out(r)).toBe(0);
    expect(out(r)).toMatch(/commslint\.+Passed/);
    expect(git(dir, 'log', '--oneline').stdout).toMatch(/Library reopening post/);
  }, INSTALL_MS);
});

describe.skipIf(!hasGit || !built)('CI recipes: the README\'s commands and examples/ci/github-actions.yml', () => {
  let dir: string;
  let summary: string;

  beforeAll(() => {
    // A project that installed commslint from a packed tarball (the README's other way to install).
    dir = project('ci');
    const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp, '--loglevel=error'], { cwd: root, encoding: 'utf8', env });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = join(tmp, (JSON.parse(pack.stdout) as Array<{ filename: string }>)[0]!.filename);
    const r = sh(`npm install --save-dev ${tarball}`, dir);
    expect(r.status, out(r)).toBe(0);
    rmSync(join(dir, 'node_modules'), { recursive: true });
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'open-day.md'), BAD);
    writeFileSync(join(dir, 'drafts', 'library.md'), CLEAN);
    summary = join(tmp, 'step-summary.md');
  }, INSTALL_MS);

  it('the GitHub Actions workflow: each run step as GitHub runs it (bash -e), if: always() honoured', () => {
    const wf = parseYaml(readFileSync(join(root, 'examples/ci/github-actions.yml'), 'utf8')) as { permissions: Record<string, string>; jobs: Record<string, { steps: Array<{ run?: string; uses?: string; if?: string; with?: Record<string, unknown> }> }> };
    expect(wf.permissions['security-events']).toBe('write');
    const steps = Object.values(wf.jobs)[0]!.steps;
    // The Node the workflow asks for is one engines allows (setup-node's "20" is the newest 20.x).
    const node = steps.find((s) => s.uses?.startsWith('actions/setup-node'))!.with!['node-version'];
    expect(satisfiesEngines(`${node}.99.0`, pkg.engines.node), String(node)).toBe(true);
    let failed = false;
    const codes: number[] = [];
    for (const step of steps) {
      if (!step.run || (failed && step.if !== 'always()')) continue;
      const r = sh(step.run, dir, { GITHUB_STEP_SUMMARY: summary, CI: 'true' });
      codes.push(r.status ?? -1);
      if (r.status !== 0) failed = true;
      if (step.run.includes('--format github')) {
        expect(r.status).toBe(1);
        expect(r.stdout).toMatch(/^::error file=drafts\/open-day\.md,line=1,col=24,.*language\/placeholder/m);
        expect(r.stdout).not.toMatch(/library\.md/);
      }
    }
    expect(codes).toEqual([0, 1, 0]);
    // upload-sarif reads the file the run step wrote with -o.
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(upload.if).toBe('always()');
    const sarif = JSON.parse(readFileSync(join(dir, String(upload.with!.sarif_file)), 'utf8')) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.map((x) => x.ruleId)).toContain('language/placeholder');
    expect(readFileSync(summary, 'utf8')).toMatch(/language\/placeholder/);
  }, INSTALL_MS);

  it('the README\'s CI commands write the reports they name', () => {
    rmSync(summary, { force: true });
    const lines = commands(blocks(section('CI'), 'sh')[0]!);
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      const r = sh(line, dir, { GITHUB_STEP_SUMMARY: summary });
      expect(r.status, `${line}\n${out(r)}`).toBe(1); // the error in open-day.md
    }
    expect(JSON.parse(readFileSync(join(dir, 'commslint.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(dir, 'commslint.xml'), 'utf8')).toMatch(/^<\?xml[\s\S]*<testsuites[\s\S]*language\/placeholder/);
    expect(readFileSync(summary, 'utf8')).toMatch(/language\/placeholder/);
  });
});

/** Whether a Node version satisfies an `engines` range of the form used here (`^a.b.c || >=x.y.z`). */
function satisfiesEngines(version: string, range: string): boolean {
  const v = version.replace(/^v/, '').split('.').map(Number) as [number, number, number];
  const cmp = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  return range.split('||').some((part) => {
    const m = /^\s*(\^|>=)(\d+)\.(\d+)\.(\d+)\s*$/.exec(part);
    if (!m) throw new Error(`unsupported range part: ${part}`);
    const min = [Number(m[2]), Number(m[3]), Number(m[4])];
    return cmp(v, min) >= 0 && (m[1] === '>=' || v[0] === min[0]);
  });
}

describe('satisfiesEngines (the check above can fail)', () => {
  it.each([
    ['v20.19.0', true], ['v20.20.2', true], ['v20.18.3', false], ['v22.11.0', false], ['v22.12.0', true], ['v24.1.0', true], ['v21.7.0', false], ['v18.20.0', false],
  ])('%s → %s', (v, want) => expect(satisfiesEngines(v, pkg.engines.node)).toBe(want));
});
