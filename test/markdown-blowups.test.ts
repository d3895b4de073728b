// Markdown blow-ups (issue 21, item 6). micromark's time grows faster than linearly on three shapes no
// post needs: containers nested on one line ('> - ' × 6000: 18.1 s), brackets nested in links and
// images ('[![a ' × 3000 …: 28.0 s) and long runs of setext underlines and thematic breaks without a blank
// line ('Heading\n===\n---\n***\n___\n' × 4000: 34.6 s). The document model reads a chunk with deep
// nesting as plain paragraphs and cuts long runs after breaks; the text is still linted. Each attack runs
// in one child, killed if one takes more than a generous 30 s (each takes about a second now).
import { describe, it, expect } from 'vitest';
import { runChild } from './bounded.js';
import { Document } from '../src/index.js';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

// [name, JS expression for the draft]; a phone number at the end must still be found in each.
const PHONE = 'Call Jane on 07911 123456.';
const ATTACKS: Array<[string, string]> = [
  ['quote-list nesting (issue)', `'> - '.repeat(6000)`],
  ['list-quote nesting', `'- > '.repeat(6000)`],
  ['ordered list nesting', `'1. '.repeat(8000)`],
  ['quote nesting', `'> '.repeat(12000)`],
  ['nested image links (issue)', `'[![a '.repeat(3000) + '](i.png)](https://x.com)'.repeat(3000)`],
  ['nested links', `'[a '.repeat(6000) + '](https://x.com)'.repeat(6000)`],
  ['nested brackets, unclosed', `'[[a '.repeat(12000)`],
  ['setext and breaks (issue)', `'Heading\\n===\\n---\\n***\\n___\\n'.repeat(4000)`],
  ['setext h1 run', `'Heading\\n===\\n'.repeat(8000)`],
  ['setext h2 run', `'Heading\\n---\\n'.repeat(8000)`],
];

const CHILD = `
const { createLinter } = await import(DIST);
const linter = await createLinter();
await linter.lintAsync('# Warm-up\\n\\n> - a [link](https://x.com)\\n\\nCall 07911 123456.');
for (const [name, expr] of JSON.parse(process.argv[1])) {
  process.stdout.write('start ' + name + '\\n');
  const text = new Function('return (' + expr + ')')() + '\\n\\n' + ${JSON.stringify(PHONE)} + '\\n';
  const r = await linter.lintAsync(text);
  const phone = r.findings.find((f) => f.ruleId === 'personal-data/phone-number');
  process.stdout.write('done ' + JSON.stringify({ name, size: text.length, error: r.error ?? null, phoneAt: phone ? phone.offset - text.lastIndexOf('07911') : null }) + '\\n');
}
`;

describe('pathological Markdown is linted in bounded time, its text still checked', () => {
  it(`${ATTACKS.length} attacks, each within a generous bound, each still finding the phone number after it`, async () => {
    const r = await runChild(CHILD, 600_000, { args: [JSON.stringify(ATTACKS)], stallMs: 30_000 });
    const lines = r.stdout.trim().split('\n');
    const done = lines.filter((l) => l.startsWith('done ')).map((l) => JSON.parse(l.slice(5)) as { name: string; size: number; error: string | null; phoneAt: number | null });
    const stuck = lines.filter((l) => l.startsWith('start ')).map((l) => l.slice(6)).find((n) => !done.some((d) => d.name === n));
    expect(r.killed ? `killed on ${stuck}` : 'finished').toBe('finished');
    expect(r.stderr).toBe('');
    expect(done.map((d) => d.name)).toEqual(ATTACKS.map(([n]) => n));
    for (const d of done) {
      expect(d.size, d.name).toBeGreaterThan(20_000);
      expect(d.error, d.name).toBeNull();
      expect(d.phoneAt, d.name).toBe(0);
    }
  }, 620_000);
});

describe('ordinary Markdown keeps its structure', () => {
  const types = (doc: Document): string[] => doc.mdast.children.map((c) => c.type);
  it('nesting up to the limit is still parsed as quotes and lists', () => {
    for (const depth of [1, 3, 6, 12]) {
      const doc = new Document(`${'> - '.repeat(depth / 2)}${depth % 2 ? '> ' : ''}Call us.\n`);
      expect(types(doc)[0], `depth ${depth}`).toBe('blockquote');
    }
    const doc = new Document('See [our page](https://x.example) and ![a map](map.png).\n');
    expect(doc.links.map((l) => l.url)).toEqual(['https://x.example']);
    expect(doc.images.map((i) => i.alt)).toEqual(['a map']);
  });

  it('past the limit the chunk is plain paragraphs of the same text', () => {
    const text = `${'> '.repeat(13)}Call us.\n`;
    const doc = new Document(text);
    expect(types(doc)).toEqual(['paragraph']);
    expect(doc.prose.trim()).toBe(text.trim());
  });

  it('cutting a long run after its breaks and underlines gives the tree remark gives for the whole', () => {
    // Why: a thematic break or setext underline ends the block before it, so a cut after one changes nothing.
    const text = Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? `Heading ${i}\n===\n` : i % 3 === 1 ? `Some text ${i}.\n***\n` : `Title ${i}\n---\n`)).join('');
    const whole = unified().use(remarkParse).parse(text);
    const doc = new Document(text);
    const shape = (nodes: ReadonlyArray<{ type: string; depth?: number; position?: { start: { offset?: number } } }>): string[] => nodes.map((n) => `${n.type}${n.depth ?? ''}@${n.position?.start.offset}`);
    expect(shape(doc.mdast.children)).toEqual(shape(whole.children));
  });

  it('headings, breaks and one-line paragraphs built without micromark are the trees remark-parse builds', () => {
    // The cheaper path for a chunk of setext headings and thematic breaks (Document's breakTree), against
    // remark as the oracle, on generated runs of underlines, breaks and text lines, with the near-misses
    // that must go to remark instead: two text lines in a row, short or spaced rules, indentation, markup.
    const pieces = ['Heading', 'Some text.', '===', '---', '***', '___', '\n', '\n\n', '=', '--', '- -', ' ===', '=== ', 'a', '====', '-----', '**', '* * *', 'Title 2', '12.5', '#tag', '1. x', '\t', 'é', '👍', '[x]', '&amp;', '*a*', '> q'];
    let seed = 3;
    const r = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const remark = unified().use(remarkParse);
    let headings = 0;
    for (let i = 0; i < 1500; i++) {
      // (After a first paragraph, so that a leading --- is not frontmatter.)
      const text = `Intro\n\n${Array.from({ length: 1 + Math.floor(r() * 14) }, () => pieces[Math.floor(r() * pieces.length)]!).join(r() < 0.7 ? '\n' : '')}`;
      const want = remark.parse(text).children;
      expect(new Document(text).mdast.children, JSON.stringify(text)).toEqual(want);
      if (want.some((n) => n.type === 'heading')) headings++;
    }
    // The generator reaches the shapes the path builds.
    expect(headings).toBeGreaterThan(150);
  }, 300_000);
});
