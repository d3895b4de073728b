// Long drafts keep their working set small: the visible text (now built by one streaming pass, structures
// looked up by start) gives the same text and offsets, and the nlcst tree in pieces (Document.nlcstPieces)
// holds the same words at the same offsets as the whole tree. (Their speed is measured by `npm run bench`.)
import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import type { Root } from 'nlcst';
import { Document } from '../src/engine/document.js';
import { visibleText } from '../src/text/counting.js';

const words = (tree: Root): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  visit(tree, 'WordNode', (n) => {
    out.push([n.position!.start.offset!, n.position!.end.offset!]);
  });
  return out;
};

describe('visible text of a post dense with structure', () => {
  it('keeps the text and offsets it gives for each kind of structure (list marker, code, link, entity, escape)', () => {
    const text = '- a `b` [c](https://d.example/e) &amp; \\* f  \n\n\n\n2. g';
    const v = visibleText(new Document(text), { offset: 0, endOffset: text.length });
    expect(v.text).toBe('- a b c https://d.example/e & * f\n\n2. g');
    // Every visible character maps back to where it came from in the draft.
    expect(v.offsets.length).toBe(v.text.length);
    expect(text[v.offsets[v.text.indexOf('b')]!]).toBe('b');
    expect(text[v.offsets[v.text.indexOf('&')]!]).toBe('&');
    expect(text.slice(v.offsets[v.text.indexOf('https')]!, v.offsets[v.text.indexOf('https')]! + 5)).toBe('https');
  });
});

describe('nlcst tree in pieces', () => {
  const block = 'Residents can find out more at the Town Hall. Staff will be on hand to answer questions.\n\n- A list item, with words.\n\n> A quote that runs on.\n\n';
  it('gives the whole tree (cached) for a draft of ordinary length', () => {
    const doc = new Document(block);
    expect([...doc.nlcstPieces()]).toEqual([doc.nlcst()]);
  });

  it('covers the same words at the same offsets as the whole tree for a 300 KB draft, in several pieces', () => {
    const text = block.repeat(Math.ceil(300_000 / block.length));
    const pieces = [...new Document(text).nlcstPieces()];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.flatMap(words)).toEqual(words(new Document(text).nlcst()));
  });
});
