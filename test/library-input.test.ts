// The library validates what callers pass (issue 21, item 14): every public entry throws a typed,
// exported ConfigError or InputError naming the key, never a bare TypeError from inside a rule.
import { describe, expect, it } from 'vitest';
import { createLinter, lint, applyFixes, format, ConfigError, InputError, parseConfig } from '../src/index.js';

async function thrown(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

describe('lint input', () => {
  for (const [why, text] of [['a number', 42], ['null', null], ['undefined', undefined], ['an object', { text: 'x' }], ['a Buffer', Buffer.from('hi')]] as const) {
    it(`text as ${why}: InputError naming "text"`, async () => {
      const linter = await createLinter();
      for (const call of [() => linter.lint(text as never), () => linter.lintAsync(text as never), () => lint(text as never)]) {
        const e = await thrown(call);
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).key).toBe('text');
        expect((e as Error).message).toMatch(/^text: expected a string/);
      }
    });
  }

  it('options null or not an object: InputError naming "options"', async () => {
    const linter = await createLinter();
    for (const options of [null, 'draft.md', 7]) {
      const e = await thrown(() => linter.lintAsync('Hello.', options as never));
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).key).toBe('options');
    }
    // Near miss: undefined and {} are fine.
    expect((await linter.lintAsync('Hello.', undefined)).findings).toEqual([]);
    expect((await linter.lintAsync('Hello.', {})).findings).toEqual([]);
  });

  it('meta.platform outside the list: InputError naming options.meta.platform (not an internal error)', async () => {
    const linter = await createLinter();
    const e = await thrown(() => linter.lintAsync('Hello.', { meta: { platform: 'myspace' as never } }));
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).key).toBe('options.meta.platform');
    expect((e as Error).message).toContain('myspace');
    // Near misses: a known platform, and "twitter" (an alias of x).
    expect((await linter.lintAsync('Hello.', { meta: { platform: 'bluesky' } })).meta.platform).toBe('bluesky');
    expect((await linter.lintAsync('Hello.', { meta: { platform: 'twitter' as never } })).meta.platform).toBe('x');
  });

  it('other meta and option keys are checked too', async () => {
    const linter = await createLinter();
    const cases: Array<[object, string]> = [
      [{ meta: { thread: 'yes' } }, 'options.meta.thread'],
      [{ meta: { publishAt: 'soon' } }, 'options.meta.publishAt'],
      [{ meta: 'x' }, 'options.meta'],
      [{ path: 3 }, 'options.path'],
      [{ reportUnusedDirectives: 'yes' }, 'options.reportUnusedDirectives'],
    ];
    for (const [options, key] of cases) {
      const e = await thrown(() => linter.lintAsync('Hello.', options as never));
      expect(e, key).toBeInstanceOf(InputError);
      expect((e as InputError).key).toBe(key);
    }
  });
});

describe('config input', () => {
  it('impossible dates in electionPeriods are refused, naming the key', async () => {
    for (const [period, key] of [
      [{ name: 'x', start: '2027-02-30', end: '2027-05-06' }, 'electionPeriods.0.start'],
      [{ name: 'x', start: '2027-03-01', end: '2027-13-01' }, 'electionPeriods.0.end'],
      [{ name: 'x', start: '2027-05-06', end: '2027-03-22' }, 'electionPeriods.0.end'],
    ] as const) {
      const e = await thrown(() => createLinter({ electionPeriods: [period] }));
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).keyPath).toBe(key);
    }
    // Near misses: a leap day, a one-day period.
    await createLinter({ electionPeriods: [{ name: 'x', start: '2028-02-29', end: '2028-02-29' }] });
    await createLinter({ electionPeriods: [{ name: 'x', start: '2027-03-22', end: '2027-05-06' }] });
  });

  it('rules.__proto__ (and other prototype keys) are refused, not silently dropped', () => {
    for (const json of ['{"rules": {"__proto__": "off"}}', '{"rules": {"constructor": "off"}}', '{"policy": {"id": "p", "title": "t", "clauses": {"__proto__": {}}}}']) {
      const e = (() => {
        try {
          parseConfig(JSON.parse(json));
        } catch (error) {
          return error;
        }
        return undefined;
      })();
      expect(e, json).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).keyPath).toMatch(/\.(?:__proto__|constructor)$/);
    }
  });
});

describe('applyFixes and format input', () => {
  it('applyFixes with a non-string text or non-array findings: InputError', () => {
    expect(() => applyFixes(1 as never, [])).toThrow(InputError);
    expect(() => applyFixes('x', null as never)).toThrow(InputError);
    expect(applyFixes('ab', [{ fix: { offset: 0, endOffset: 1, text: 'A' } }])).toBe('Ab');
  });
  it('format with a non-array or an unknown format: InputError naming it', () => {
    expect(() => format(null as never)).toThrow(InputError);
    expect(() => format([], 'xml' as never)).toThrow(/Unknown format "xml"/);
    expect(() => format([], 'toString' as never)).toThrow(InputError);
  });
});
