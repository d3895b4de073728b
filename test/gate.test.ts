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
