// The bounded-time helper (test/bounded.ts) can fail: a hanging child is killed and reported, a throwing
// one is reported, a finishing one returns its output.
import { describe, expect, it } from 'vitest';
import { dist, runBounded } from './bounded.js';

describe('runBounded', () => {
  it('kills a child that never finishes (catastrophic backtracking) and says so', () => {
    const r = runBounded(`/^(a+)+$/.test('a'.repeat(40) + '!');`, 3_000);
    expect(r.timedOut).toBe(true);
    expect(r.status).toBe(null);
  });

  it('reports a child that throws', () => {
    const r = runBounded(`throw new Error('boom');`);
    expect(r.timedOut).toBe(false);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('boom');
  });

  it('returns the output of a child that finishes, importing the built modules', () => {
    const r = runBounded(`import { findCapsRuns } from ${dist('src/text/caps.ts')}; process.stdout.write(String(findCapsRuns('CLOSED TODAY DUE TO SNOW', 0, 24).length));`);
    expect(r).toEqual({ status: 0, timedOut: false, stdout: '1', stderr: '' });
  });

  it('refuses a module that was not built', () => {
    expect(() => dist('src/no-such-module.ts')).toThrow(/npm run build/);
  });
});
