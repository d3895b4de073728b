// The README's rules table is generated from rule metadata; this keeps it honest.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

describe('README', () => {
  it('lists every rule as its metadata says (node scripts/rules-table.mjs)', () => {
    const r = spawnSync(process.execPath, ['scripts/rules-table.mjs', '--check'], { cwd: resolve(import.meta.dirname, '..'), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
