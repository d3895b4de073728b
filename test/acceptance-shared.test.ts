// The shared labelled acceptance set (a copy in test/acceptance-shared/, see its README), scored by the
// repository's scorer (scripts/score.mjs) against the built CLI (`npm test` builds first).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const scorer = join(root, 'scripts/score.mjs');

describe('shared acceptance set', () => {
  it('recall and precision >= 0.95, no noisy clean draft (node scripts/score.mjs)', () => {
    expect(existsSync(join(root, 'dist/bin/commslint.js')), 'build first: npm run build').toBe(true);
    // Run from another directory: the scorer finds the repository's bin and its default set by itself.
    const r = spawnSync(process.execPath, [scorer, '--min-recall', '0.95', '--min-precision', '0.95', '--max-noisy', '0'], { cwd: join(root, 'test'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const last = r.stdout.trim().split('\n').at(-1) ?? '';
    expect(last, r.stdout + r.stderr).toMatch(/^recall \d\.\d\d precision \d\.\d\d F2 \d\.\d\d noisy-clean-drafts 0\/8 /);
    expect(r.status, r.stdout).toBe(0);
  });

  it('a bar the build cannot meet makes the scorer exit 1 (the check can fail)', () => {
    const r = spawnSync(process.execPath, [scorer, '--quiet', '--cmd', `${process.execPath} ${join(root, 'dist/bin/commslint.js')} --quiet`, '--min-recall', '1.01'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
  });
});
