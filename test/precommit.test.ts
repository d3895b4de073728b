// Pre-commit, end to end: the packed tarball installed into a temporary git repository (npm, from the
// local npm cache where it can), a git pre-commit hook running `npx commslint --max-warnings 0` on the
// staged drafts. A draft with an error is refused; a clean draft is committed. Also checks the
// pre-commit framework's hook definition.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
const built = existsSync(join(root, 'dist/src/cli.js'));
const hasGit = spawnSync('git', ['--version']).status === 0;

describe('.pre-commit-hooks.yaml', () => {
  it('defines the commslint hook for the pre-commit framework', () => {
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    const hook = hooks.find((h) => h.id === 'commslint')!;
    expect(hook).toMatchObject({ id: 'commslint', name: 'commslint', entry: 'commslint', language: 'node' });
    const files = new RegExp(hook.files as string);
    for (const f of ['drafts/post.md', 'a.markdown', 'notes.txt']) expect(files.test(f), f).toBe(true);
    for (const f of ['post.mdx', 'image.png', 'md']) expect(files.test(f), f).toBe(false);
  });
});

const HOOK = `#!/bin/sh
# Lint the staged drafts; a finding at error level (or any warning) blocks the commit.
files=$(git diff --cached --name-only --diff-filter=ACMR | grep -E '\\.(md|markdown|txt)$')
[ -z "$files" ] && exit 0
exec npx --no -- commslint --max-warnings 0 $files
`;

describe.skipIf(!built || !hasGit)('git pre-commit hook with the packed package', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', env });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'commslint-precommit-'));
    env = { ...process.env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', HOME: dir, npm_config_update_notifier: 'false' };
    const packDir = join(dir, '.pack');
    mkdirSync(packDir);
    const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir, '--loglevel=error'], { cwd: root, encoding: 'utf8' });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = join(packDir, (JSON.parse(pack.stdout) as Array<{ filename: string }>)[0]!.filename);
    const repo = join(dir, 'repo');
    mkdirSync(repo);
    dir = repo;
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'comms-drafts', private: true }));
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    // The npm cache of the machine (filled by `npm ci`) makes this an offline install in practice.
    const cache = spawnSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).stdout.trim();
    const install = spawnSync('npm', ['install', '--no-save', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball], { cwd: dir, encoding: 'utf8', env: { ...env, npm_config_cache: cache } });
    expect(install.status, install.stderr).toBe(0);
    expect(existsSync(join(dir, 'node_modules/.bin/commslint'))).toBe(true);
    expect(git('init', '-q').status).toBe(0);
    git('config', 'user.email', 'comms@example.gov.uk');
    git('config', 'user.name', 'Comms Team');
    git('config', 'commit.gpgsign', 'false');
    writeFileSync(join(dir, '.git/hooks/pre-commit'), HOOK);
    chmodSync(join(dir, '.git/hooks/pre-commit'), 0o755);
  }, 180_000);

  afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('the installed bin runs from the tarball', () => {
    const r = spawnSync(join(dir, 'node_modules/.bin/commslint'), ['--version'], { cwd: dir, encoding: 'utf8', env });
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it('blocks a commit of a draft with an error', () => {
    writeFileSync(join(dir, 'open-day.md'), 'Our open day starts at XX:XX on [insert date]. Everyone is welcome.\n');
    git('add', 'open-day.md');
    const r = git('commit', '-m', 'Open day post');
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/language\/placeholder/);
    expect(git('log', '--oneline').stdout).toBe('');
    git('rm', '--cached', '-q', 'open-day.md');
  });

  it('lets a clean draft through', () => {
    writeFileSync(join(dir, 'library.md'), 'The central library reopens on Monday 3 March after its refurbishment. Opening hours are on our website.\n');
    git('add', 'library.md', '.gitignore', 'package.json');
    const r = git('commit', '-q', '-m', 'Library reopening post');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(git('log', '--oneline').stdout).toMatch(/Library reopening post/);
  });
});
