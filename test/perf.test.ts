// Performance invariants that are not timings: what the CLI imports for `--version`, that compromise is
// never loaded for an ordinary draft, and that every fast path gives exactly what the slow path gives
// (plain-paragraph trees, frontmatter, grapheme and sentence segmentation, the profanity prefilter).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { parseDocument } from 'yaml';
import pluralize from 'pluralize';
import { cuss } from 'cuss';
import { createLinter, Document } from '../src/index.js';
import { getLoaded } from '../src/engine/lazy.js';
import { parseFrontmatter, draftMetaSchema } from '../src/engine/frontmatter.js';
import { graphemes } from '../src/text/counting.js';
import { inflectionVariants, normalizeWord } from '../src/text/inflections.js';

const root = resolve(import.meta.dirname, '..');

describe('CLI start-up', () => {
  it('--version and --help import neither the engine nor the rules', () => {
    const bin = join(root, 'dist/src/cli.js');
    expect(existsSync(bin), 'build first: npm run build').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'commslint-perf-'));
    const log = join(dir, 'loaded.txt');
    // A resolve hook that records every module the process loads.
    writeFileSync(
      join(dir, 'hooks.mjs'),
      `import { appendFileSync } from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r; }\n`,
    );
    writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${join(dir, 'hooks.mjs')}`)});\n`);
    for (const flag of ['--version', '--help']) {
      writeFileSync(log, '');
      const r = spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), bin, flag], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      const loaded = readFileSync(log, 'utf8').split('\n').filter(Boolean);
      expect(loaded.some((u) => u.endsWith('/dist/src/cli.js'))).toBe(true);
      expect(loaded.filter((u) => /\/dist\/rules\/|\/dist\/src\/engine\/|node_modules\/(?:compromise|remark-parse|unified|zod|yaml)\//.test(u))).toEqual([]);
    }
  });
});

describe('lazy modules', () => {
  it('never loads compromise for ordinary drafts, and loads it once a prefilter fires', async () => {
    const linter = await createLinter();
    const ordinary = [
      '---\nplatform: x\n---\n\nYour bin collection day is changing from Monday 3 March. Check your new day at riverside.gov.uk/bins\n',
      'Roadworks on Mill Lane start on Tuesday and will last about six weeks. Buses will follow a signed diversion.',
      'Free swimming lessons for under 5s this summer at Victoria Park leisure centre. Book online or at reception.\n\nWe are recruiting apprentices in planning, IT and finance.',
    ];
    for (const d of ordinary) await linter.lintAsync(d);
    expect(getLoaded('compromise')).toBeUndefined();
    expect(getLoaded('cuss-phrases')).toBeUndefined();
    expect(getLoaded('retext-equality')).toBeUndefined();
    // The check can fail: an AI-generated image next to capitalised words makes a rule look for names.
    await linter.lintAsync(
      '---\nplatform: facebook\nmedia: [{"file": "lights.png", "alt": "Market Square at night", "aiGenerated": true}]\n---\n\nOur winter lights switch-on is on 29 November at 5pm in Market Square. Image created with AI.\n',
    );
    expect(getLoaded('compromise')).toBeDefined();
  });

  it('loads the retext plugins only for a draft with one of their words, and still reports them', async () => {
    const linter = await createLinter();
    // "crap" is in both the curated list and cuss; "cripple" only in retext-equality's list.
    const swearing = await linter.lintAsync('What a load of crap.');
    expect(getLoaded('cuss-phrases')).toBeDefined();
    expect(swearing.findings.map((f) => f.ruleId)).toContain('tone/profanity');
    const inconsiderate = await linter.lintAsync('Do not call anyone a cripple.');
    expect(getLoaded('retext-equality')).toBeDefined();
    expect(inconsiderate.findings.map((f) => f.ruleId)).toContain('tone/insensitive');
  });
});

describe('fast paths agree with the slow paths', () => {
  const plainChars = fc.constantFrom('Hello', 'world.', ' ', '\n', '\n\n', '12.5', '#tag', 'a#', '5)', 'x-', '=x', 'é', '👩‍👩‍👧', '\u00a0', 'riverside.gov.uk/bins', '@council', ':', '!', 'Ünïcode', '🇬🇧', '.', ')', '-', '1. ', '# ', '*', '[x]', '&amp;', '  ', '\t', '\r\n', '> ', '***', '`a`', '\ufeff');
  const draft = fc.array(plainChars, { maxLength: 30 }).map((a) => a.join(''));
  const remark = unified().use(remarkParse);

  it('plain-paragraph trees are the trees remark-parse builds', () => {
    fc.assert(
      fc.property(draft, (text) => {
        // Without frontmatter and under the chunk size, the document is one parse from offset 0.
        // (A BOM or GFM syntax takes other paths: see Document.)
        if (text.charCodeAt(0) === 0xfeff || /[|~]|\[\^|^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/m.test(text)) return;
        expect(new Document(text).mdast.children).toEqual(remark.parse(text).children);
      }),
      { numRuns: 3000 },
    );
  });

  it('simple frontmatter reads as YAML reads it', () => {
    const key = fc.constantFrom('platform', 'account', 'lang', 'thread', 'title', 'ai', 'true', 'Null', 'a-b', 'x_y');
    const value = fc.constantFrom('x', 'twitter', 'facebook', '"@Riverside"', '"a # b"', 'en-GB', 'true', 'yes', 'null', '~', '2027-05-01', '12', '.inf', 'a: b', 'a #c', 'a  b', "'q'", '[a]', '@x', '"é"', 'x.y/z', '', 'NaN', '- a');
    const line = fc.tuple(key, fc.constantFrom(': ', ':  ', ':', ':\t'), value, fc.constantFrom('', ' ')).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const source = lines.join('\n');
        const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
        const result = parseFrontmatter(source);
        if (doc.errors.length) return void expect(result.ok).toBe(false);
        const value: unknown = doc.toJS() ?? {};
        const expected = typeof value === 'object' && !Array.isArray(value) ? draftMetaSchema.safeParse(value) : undefined;
        expect(result.ok).toBe(expected?.success === true);
        if (result.ok && expected?.success) expect(result.data).toEqual(expected.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('graphemes match Intl.Segmenter', () => {
    const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const ch = fc.constantFrom('a', ' ', '\r', '\n', '\u0301', '\u200d', '👩', '🏽', '\u0600', '\ufe0f', '\u20e3', '#', '1', '🇬', '🇧', 'é', '中', '\u1100', '\u1161', '\ud800', '\u0903');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 16 }).map((a) => a.join('')), (s) => {
        expect(graphemes(s)).toEqual([...seg.segment(s)].map((x) => ({ index: x.index, segment: x.segment })));
      }),
      { numRuns: 5000 },
    );
  });

  it('sentences segmented line by line equal whole-block segmentation', () => {
    const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
    const part = fc.constantFrom('Mr. ', 'Smith', 'said', '.', '"', ')', ' ', '\n', 'hello', 'World', 'e.g.', '?', '!', 'etc.', '3.5', 'U.S.', '…', '- ', '1. ', '**B.**');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 30 }).map((a) => a.join('')), (text) => {
        const doc = new Document(text);
        const expected: Array<{ offset: number; endOffset: number }> = [];
        for (const block of doc.blocks) {
          if (block.type === 'paragraph' && doc.blocks.some((b) => b !== block && b.offset >= block.offset && b.endOffset <= block.endOffset)) continue;
          const slice = doc.prose.slice(block.offset, block.endOffset);
          for (const s of seg.segment(slice)) {
            let a = s.index;
            let b = s.index + s.segment.length;
            while (a < b && /\s/.test(slice[a]!)) a++;
            while (b > a && /\s/.test(slice[b - 1]!)) b--;
            if (b > a) expected.push({ offset: block.offset + a, endOffset: block.offset + b });
          }
        }
        expected.sort((x, y) => x.offset - y.offset);
        expect(doc.sentences()).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("the profanity prefilter's spellings cover every singular and plural retext-profanities adds", () => {
    const first = (p: string): string => normalizeWord(p.split(' ')[0]!);
    const keys = new Set<string>();
    for (const [k, level] of Object.entries(cuss)) if (level >= 1) for (const v of inflectionVariants(first(k))) keys.add(v);
    const missing: string[] = [];
    for (const [k, level] of Object.entries(cuss)) {
      if (level < 1) continue;
      for (const v of [k, pluralize.singular(k), pluralize.plural(k)]) if (!keys.has(first(v))) missing.push(v);
    }
    expect(missing).toEqual([]);
  });
});
