import { describe, expect, it } from 'vitest';
import { Document } from '../src/engine/document.js';
import { phraseGate, phraseTokens } from '../src/text/gate.js';

describe('phraseGate', () => {
  const gate = phraseGate(['wheelchair-bound', 'committed suicide', 'half caste', '🙂x']);
  const open = (text: string) => gate(new Document(text).words());

  it('splits phrases as the word set does', () => {
    expect(phraseTokens("Wheelchair-bound can't")).toEqual(['wheelchair', 'bound', 'can', 't']);
  });
  it('opens when every token of one phrase is present, in any case or order', () => {
    expect(open('He is WHEELCHAIR bound.')).toBe(true);
    expect(open('Suicide, committed')).toBe(true);
  });
  it('stays shut when a token is missing or only part of a word', () => {
    expect(open('Wheelchair users welcome.')).toBe(false);
    expect(open('half of the castle')).toBe(false);
  });
  it('cannot gate a phrase without ASCII tokens', () => {
    expect(phraseGate(['🙂'])(new Document('hello').words())).toBe(true);
  });
});

// A word set that can list its words (Document.words) is answered from the shared index of every gate's
// words; one that cannot is asked word by word. Both must give the same verdict for every gate.
describe('phraseGate from the shared index', () => {
  const vocab = ['bin', 'day', 'the', 'council', 'road', 'closed', 'we', 'apologise', 'fault', 'mill', 'lane', 'a', 'to', 'of'];
  const rand = (seed: number) => () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const r = rand(7);
  const pick = (n: number) => Array.from({ length: n }, () => vocab[Math.floor(r() * vocab.length)]!);
  const gates = Array.from({ length: 60 }, (_, i) => {
    const list = Array.from({ length: 1 + (i % 5) }, (_, k) => pick(1 + ((i + k) % 3)).join(' '));
    return { list, gate: phraseGate(list) };
  });
  const byWords = (text: string) => {
    const w = new Document(text).words();
    return { has: (x: string) => w.has(x), hasAny: (xs: Iterable<string>) => w.hasAny(xs) };
  };
  for (let d = 0; d < 40; d++) {
    const text = pick(1 + (d % 9)).join(' ');
    it(`"${text}": the index and the word-by-word lookups agree on 60 gates`, () => {
      const indexed = new Document(text).words();
      expect(indexed.all).toBeDefined();
      const plain = byWords(text);
      for (const { list, gate } of gates) expect(gate(indexed), `${JSON.stringify(list)}`).toBe(gate(plain));
    });
  }
  it('answers gates made after a word set was first asked', () => {
    const words = new Document('the mill lane').words();
    expect(phraseGate(['mill lane'])(words)).toBe(true);
    const later = phraseGate(['lane closed']);
    expect(later(words)).toBe(false);
    expect(phraseGate(['the'])(words)).toBe(true);
  });
  it('hasAnyOf keeps one gate per list', async () => {
    const { hasAnyOf } = await import('../src/text/gate.js');
    const list = ['apologise', 'sorry'];
    expect(hasAnyOf(new Document('We apologise.').words(), list)).toBe(true);
    expect(hasAnyOf(new Document('We regret it.').words(), list)).toBe(false);
  });
});
