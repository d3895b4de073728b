// Unit tests of the engine: positions, frontmatter, config, directives, fixes, citations, masking.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLinter, defineRule, applyFixes, Document, ConfigError, citationsFor, POLICY_PACKS, TOPICS, JURISDICTIONS, builtinRules } from '../src/index.js';
import type { Rule } from '../src/index.js';

// A test rule that flags every occurrence of a word in the prose (fixable: replaces it).
const wordRule = defineRule({
  id: 'language/test-word',
  category: 'language',
  description: 'Test rule: flags the word "kestrel".',
  docs: {},
  defaultSeverity: 'warning',
  topics: ['plain-language'],
  fixable: true,
  options: z.object({ word: z.string().default('kestrel') }).strict(),
  check(ctx) {
    const re = new RegExp(`\\b${ctx.options.word}\\b`, 'gi');
    for (const m of ctx.doc.prose.matchAll(re)) {
      ctx.report({ offset: m.index, endOffset: m.index + m[0].length, message: `Found ${m[0]}.`, fix: { offset: m.index, endOffset: m.index + m[0].length, text: 'falcon' }, post: ctx.posts.find((p) => m.index >= p.offset && m.index < p.endOffset)?.index });
    }
  },
});

const secretRule = defineRule({
  id: 'personal-data/test-secret',
  category: 'personal-data',
  description: 'Test rule: flags a phone-like number.',
  docs: {},
  defaultSeverity: 'error',
  topics: ['personal-data'],
  sensitive: true,
  check(ctx) {
    for (const m of ctx.doc.prose.matchAll(/07\d{3} \d{6}/g)) {
      ctx.report({ offset: m.index, endOffset: m.index + m[0].length, message: `Phone number ${m[0]} is personal data.` });
    }
  },
});

const rules: Rule[] = [wordRule as Rule, secretRule as Rule];
const make = (config: Parameters<typeof createLinter>[0] = {}) => createLinter({ extends: [], rules: { 'language/test-word': 'warning', 'personal-data/test-secret': 'error' }, ...config }, { rules });

describe('positions', () => {
  it('points into the original text with frontmatter, CRLF, BOM and astral characters', async () => {
    const text = '\uFEFF---\r\nplatform: x\r\n---\r\n\r\n😀😀 Our kestrel flies.\r\nA **kestrel** again.';
    const r = (await make()).lint(text);
    const hits = r.findings.filter((f) => f.ruleId === 'language/test-word');
    expect(hits).toHaveLength(2);
    for (const f of hits) expect(text.slice(f.offset, f.endOffset)).toBe('kestrel');
    expect(hits[0]).toMatchObject({ line: 5, column: 10, endLine: 5, endColumn: 17 });
    expect(hits[1]).toMatchObject({ line: 6, column: 5 });
    expect(r.meta.platform).toBe('x');
  });

  it('treats a lone CR as a line ending', async () => {
    const r = (await make()).lint('one\rtwo kestrel');
    expect(r.findings[0]).toMatchObject({ line: 2, column: 5 });
  });

  it('blanks code, HTML and link destinations out of the prose view', () => {
    const d = new Document('Say `kestrel` and <b>x</b> [kestrel](https://kestrel.example) kestrel');
    expect(d.prose.length).toBe(d.text.length);
    expect([...d.prose.matchAll(/kestrel/g)].map((m) => m.index)).toEqual([28, 62]);
  });

  it('splits threads into posts at thematic breaks', async () => {
    const text = '---\nthread: true\n---\n\nFirst kestrel.\n\n---\n\nSecond kestrel.\n';
    const r = (await make()).lint(text);
    expect(r.findings.map((f) => f.post)).toEqual([1, 2]);
  });
});

describe('frontmatter', () => {
  it('makes a draft with a bad value unlintable, naming the key and line', async () => {
    const r = (await make()).lint('---\nplatform: x\nai:\n  used: maybe\n---\nHello');
    expect(r.error).toMatch(/ai\.used/);
    expect(r.error).toMatch(/line 4/);
    expect(r.findings).toEqual([]);
  });
  it('reports broken YAML', async () => {
    const r = (await make()).lint('---\nplatform: [x\n---\nHello');
    expect(r.error).toMatch(/invalid YAML/);
  });
  it('accepts twitter as x and keeps unknown keys', async () => {
    const r = (await make()).lint('---\nplatform: twitter\ncampaign: winter\n---\nHello');
    expect(r.error).toBeUndefined();
    expect(r.meta.platform).toBe('x');
    expect(r.meta.campaign).toBe('winter');
  });
  it('rejects an invalid platform and publishAt', async () => {
    expect((await make()).lint('---\nplatform: myspace\n---\nx').error).toMatch(/platform/);
    expect((await make()).lint('---\npublishAt: next tuesday\n---\nx').error).toMatch(/publishAt/);
  });
  it('lets meta override the frontmatter', async () => {
    const r = (await make()).lint('---\nplatform: x\n---\nHello', { meta: { platform: 'bluesky' } });
    expect(r.meta.platform).toBe('bluesky');
  });
});

describe('config', () => {
  it('names an unknown key and its path', async () => {
    await expect(createLinter({ organisation: { nmae: 'x' } } as never)).rejects.toThrow(/organisation\.nmae/);
  });
  it('names a bad value', async () => {
    await expect(createLinter({ locale: 'fr-FR' } as never)).rejects.toThrow(/locale.*fr-FR/);
  });
  it('refuses unknown rules and bad rule options', async () => {
    await expect(createLinter({ rules: { 'tone/nope': 'error' } })).rejects.toThrow(/rules\.tone\/nope/);
    await expect(make({ rules: { 'language/test-word': ['error', { word: 3 }] } })).rejects.toThrow(/rules\.language\/test-word\.word/);
  });
  it('refuses user patterns the linear-time engine cannot run', async () => {
    await expect(createLinter({ terms: { deny: [{ pattern: '(a+)\\1' }] } })).rejects.toThrow(/terms\.deny\.0\.pattern.*backreference/);
    await expect(createLinter({ ai: { disclosure: { patterns: ['AI(?=-made)'] } } })).rejects.toThrow(ConfigError);
    await expect(createLinter({ terms: { deny: [{ pattern: '(a+)+$' }] } })).resolves.toBeTruthy();
    await expect(createLinter({ terms: { deny: [{ pattern: 'world[- ]class' }] } })).resolves.toBeTruthy();
  });
  it('defaults to the recommended preset and honours extends: []', async () => {
    const rec = await createLinter();
    expect(rec.config.rules.size).toBe(builtinRules.length);
    const none = await createLinter({ extends: [] });
    expect([...none.config.rules.values()].filter((s) => s.severity !== 'off')).toHaveLength(0);
  });
  it('jurisdiction presets set locale and pack', async () => {
    const l = await createLinter({ extends: ['commslint:au'] });
    expect(l.config.settings.locale).toBe('en-AU');
    expect(l.config.settings.jurisdiction).toBe('au');
  });
  it('applies overrides by glob and rule options', async () => {
    const l = await make({ overrides: [{ files: ['drafts/police/**'], rules: { 'language/test-word': 'off' } }] });
    expect(l.lint('a kestrel', { path: 'drafts/police/a.md' }).findings).toHaveLength(0);
    expect(l.lint('a kestrel', { path: 'drafts/parks/a.md' }).findings).toHaveLength(1);
    const o = await make({ rules: { 'language/test-word': ['error', { word: 'heron' }] } });
    expect(o.lint('a heron and a kestrel').findings.map((f) => f.severity)).toEqual(['error']);
  });
  it('terms.allow silences every rule on the allowed phrase', async () => {
    const l = await make({ terms: { allow: ['Kestrel'] } });
    expect(l.lint('Our kestrel.').findings).toHaveLength(0);
  });
});

describe('directives', () => {
  it('disables the next line with a reason kept in the report', async () => {
    const text = '<!-- commslint-disable-next-line language/test-word -- a real bird -->\nOur kestrel.\nAnother kestrel.';
    const r = (await make()).lint(text);
    expect(r.findings.map((f) => f.line)).toEqual([3]);
    expect(r.suppressed).toHaveLength(1);
    expect(r.suppressed[0]!.reason).toBe('a real bird');
  });
  it('disables and enables regions, all rules or named ones', async () => {
    const text = 'kestrel 07911 123456\n\n<!-- commslint-disable -->\n\nkestrel 07911 123456\n\n<!-- commslint-enable -->\n\n<!-- commslint-disable personal-data -->\n\nkestrel 07911 123456\n';
    const r = (await make()).lint(text);
    expect(r.findings.map((f) => `${f.line}:${f.ruleId}`)).toEqual(['1:language/test-word', '1:personal-data/test-secret', '11:language/test-word']);
  });
  it('reports unused directives when asked', async () => {
    const r = (await make()).lint('<!-- commslint-disable-next-line language/test-word -->\nNothing here.', { reportUnusedDirectives: true });
    expect(r.findings.map((f) => f.message)).toEqual([expect.stringMatching(/Unused commslint directive/)]);
  });
});

describe('fixes', () => {
  it('applies non-overlapping fixes and skips overlapping ones', () => {
    const text = 'abcdef';
    const out = applyFixes(text, [{ fix: { offset: 0, endOffset: 2, text: 'X' } }, { fix: { offset: 1, endOffset: 3, text: 'Y' } }, { fix: { offset: 4, endOffset: 6, text: 'Z' } }]);
    expect(out).toBe('XcdZ');
  });
  it('fixes findings from a lint', async () => {
    const text = 'A kestrel and a kestrel.';
    const r = (await make()).lint(text);
    expect(r.fixableCount).toBe(2);
    expect(applyFixes(text, r.findings)).toBe('A falcon and a falcon.');
  });
  it('refuses a fix from a rule not declared fixable', async () => {
    const bad = defineRule({ id: 'tone/test-bad', category: 'tone', description: 'Reports a fix without being fixable.', docs: {}, defaultSeverity: 'error', topics: ['conduct'], check: (ctx) => ctx.report({ offset: 0, endOffset: 1, message: 'x', fix: { offset: 0, endOffset: 1, text: 'y' } }) });
    const l = await createLinter({ extends: [], rules: { 'tone/test-bad': 'error' } }, { rules: [bad as Rule] });
    expect(l.lint('hello').error).toMatch(/not declared fixable/);
  });
});

describe('rules contract', () => {
  it('throws at definition on bad metadata', () => {
    expect(() => defineRule({ id: 'Bad Id', category: 'tone', description: 'A description here.', docs: {}, defaultSeverity: 'error', topics: ['conduct'], check: () => {} })).toThrow(/rule ids/);
    expect(() => defineRule({ id: 'tone/x', category: 'language', description: 'A description here.', docs: {}, defaultSeverity: 'error', topics: ['conduct'], check: () => {} })).toThrow(/category/);
    expect(() => defineRule({ id: 'tone/x', category: 'tone', description: 'A description here.', docs: {}, defaultSeverity: 'error', topics: [], check: () => {} })).toThrow(/topic/);
    expect(() => defineRule({ id: 'tone/x', category: 'tone', description: 'A description here.', docs: {}, defaultSeverity: 'loud' as never, topics: ['conduct'], check: () => {} })).toThrow(/defaultSeverity/);
  });
  it('every built-in rule has a unique id under its category', () => {
    const ids = builtinRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of builtinRules) expect(r.id.startsWith(`${r.category}/`)).toBe(true);
  });
});

describe('citations', () => {
  it('cite the organisation first, then the jurisdiction', () => {
    const c = citationsFor({ id: 'personal-data/phone-number', category: 'personal-data', topics: ['personal-data'] }, 'uk', { id: 'riverside-smp', title: 'Riverside Council Social Media Policy', version: '3.1', clauses: { 'personal-data': { section: '4.2' } } });
    expect(c[0]).toMatchObject({ policy: 'riverside-smp', section: '4.2', title: 'Riverside Council Social Media Policy v3.1' });
    expect(c[1]!.title).toBe('UK GDPR');
  });
  it('rule id clauses win over category clauses', () => {
    const c = citationsFor({ id: 'tone/profanity', category: 'tone', topics: ['conduct'] }, 'au', { id: 'p', title: 'P', clauses: { tone: { section: '1' }, 'tone/profanity': { section: '3.4' } } });
    expect(c[0]!.section).toBe('3.4');
  });
  it('every topic has a titled citation in every jurisdiction', () => {
    for (const j of JURISDICTIONS) {
      for (const t of TOPICS) {
        const c = citationsFor({ id: 'language/x', category: 'language', topics: [t] }, j);
        expect(c.length, `${j}/${t}`).toBeGreaterThan(0);
        for (const x of c) expect(x.title.length).toBeGreaterThan(0);
      }
    }
    expect(Object.keys(POLICY_PACKS).sort()).toEqual([...JURISDICTIONS].sort());
  });
  it('findings carry citations', async () => {
    const r = (await make({ locale: 'en-AU' })).lint('kestrel');
    expect(r.findings[0]!.citations[0]!.title).toMatch(/Style Manual/);
  });
});

describe('masking', () => {
  it('never echoes sensitive text in message or excerpt', async () => {
    const r = (await make()).lint('Call 07911 123456 now.');
    const f = r.findings.find((x) => x.ruleId === 'personal-data/test-secret')!;
    expect(f.message).not.toContain('07911 123456');
    expect(f.excerpt).toBe('07•••••••56');
    expect(f.message).toContain('07•••••••56');
  });
});
