// Platform rules through the public API: acceptance cases, options, thread handling, the split
// suggestion, and the range reported for an overflow.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, createLinter, type Finding } from '../src/index.js';

// The repository's copy of the shared labelled set (test/acceptance-shared/README.md).
const acceptance = join(import.meta.dirname, 'acceptance-shared');
const platform = (findings: Finding[]) => findings.filter((f) => f.category === 'platform');

async function lint(text: string, rules: Record<string, unknown> = {}) {
  const linter = await createLinter({ rules: { 'platform/length': 'error', ...rules } as never });
  return linter.lintAsync(text);
}

describe('platform/length', () => {
  const draft = (name: string) => readFileSync(join(acceptance, 'drafts', name), 'utf8');

  it('flags an X post over 280 (plat-01): the whole post, quoting where the limit falls', async () => {
    const text = draft('plat-01-x-too-long.md');
    const [f, ...rest] = platform((await lint(text)).findings);
    expect(rest).toEqual([]);
    expect(f!.ruleId).toBe('platform/length');
    expect(f!.message).toContain('310 weighted characters');
    // The whole post is marked; the message quotes from the word of the 281st weighted character.
    expect(text.slice(f!.offset, f!.endOffset).endsWith('come along and bring your ideas.')).toBe(true);
    expect(f!.offset).toBe(text.indexOf('\n---\n') + 5 + text.slice(text.indexOf('\n---\n') + 5).search(/\S/));
    expect(f!.message).toContain('Cut from "come along and bring your');
    expect(f!.citations.length).toBeGreaterThan(0);
  });

  it('leaves a Bluesky post of 30 family emoji alone (plat-02) and a long URL on X (clean-07)', async () => {
    expect(platform((await lint(draft('plat-02-bluesky-graphemes.md'))).findings)).toEqual([]);
    expect(platform((await lint(draft('clean-07-x-long-url.md'))).findings)).toEqual([]);
  });

  it('no clean acceptance draft has a platform finding', async () => {
    const config = JSON.parse(readFileSync(join(acceptance, 'commslint.config.json'), 'utf8'));
    const linter = await createLinter(config);
    for (const name of readdirSync(join(acceptance, 'drafts')).filter((f) => f.startsWith('clean-'))) {
      const result = await linter.lintAsync(draft(name));
      expect(platform(result.findings).filter((f) => f.severity !== 'info'), name).toEqual([]);
    }
  });

  it('honours max', async () => {
    const text = '---\nplatform: x\n---\n\nA short post about bins.';
    expect(platform((await lint(text)).findings)).toEqual([]);
    const [f] = platform((await lint(text, { 'platform/length': ['error', { max: 20 }] })).findings);
    expect(f!.message).toContain('limit 20');
    expect(text.slice(f!.offset, f!.endOffset)).toBe('A short post about bins.');
    expect(f!.message).toContain('Cut from "bins.…"'); // 'A short post about b' is 20
  });

  it('sets a limit for generic only when max is configured', async () => {
    const text = 'x'.repeat(5000);
    expect(platform((await lint(text)).findings)).toEqual([]);
    expect(platform((await lint(text, { 'platform/length': ['error', { max: 4000 }] })).findings)).toHaveLength(1);
  });

  it('checks a thread post by post and numbers the post', async () => {
    const long = 'Several roads are closed tonight because of fallen trees. '.repeat(6).trim();
    const text = `---\nplatform: x\nthread: true\n---\n\nFirst post.\n\n---\n\n${long}\n\n---\n\nLast post.\n`;
    const found = platform((await lint(text)).findings);
    expect(found).toHaveLength(1);
    expect(found[0]!.post).toBe(2);
    expect(found[0]!.message).toMatch(/^Post 2 of 3/);
  });

  it('suggests splitting at sentence boundaries, and the split fits', async () => {
    const text = draft('plat-01-x-too-long.md');
    const [f] = platform((await lint(text)).findings);
    const fix = f!.suggestions?.[0]?.fix;
    expect(fix).toBeDefined();
    const split = applyFixes(text, [{ ...f!, fix }]);
    expect(split).toContain('thread: true');
    expect(split).toContain('\n\n---\n\n');
    expect(platform((await lint(split)).findings)).toEqual([]);
  });

  it('counts a Mastodon content warning with the post', async () => {
    const body = 'x'.repeat(495);
    expect(platform((await lint(`---\nplatform: mastodon\n---\n\n${body}`)).findings)).toEqual([]);
    expect(platform((await lint(`---\nplatform: mastodon\ncw: Flooding update\n---\n\n${body}`)).findings)).toHaveLength(1);
  });

  it('checks a YouTube title given in frontmatter', async () => {
    const title = 'Full council meeting '.repeat(6).trim();
    const [f] = platform((await lint(`---\nplatform: youtube\ntitle: ${title}\n---\n\nWatch the meeting.`)).findings);
    expect(f!.message).toContain('YouTube title');
    expect(f!.line).toBe(3);
  });

  it('counts CJK double on X', async () => {
    const fits = '図書館は土曜日に休館します。'.repeat(10); // 140 characters = 280 weighted
    expect(platform((await lint(`---\nplatform: x\n---\n\n${fits}`)).findings)).toEqual([]);
    expect(platform((await lint(`---\nplatform: x\n---\n\n${fits}。`)).findings)).toHaveLength(1);
  });
});
