// Shared detection behind the blind-set fixes: emoji-ended sentences in the shared splitter, and one-case
// hashtags that read as several words even when the word split is uncertain.
import { describe, expect, it } from 'vitest';
import { Document } from '../src/index.js';
import { looksMultiWord } from '../src/text/words.js';
import { dist, expectFinishes } from './bounded.js';

const sentencesOf = (text: string): string[] => {
  const d = new Document(text);
  return d.sentences().map((s) => text.slice(s.offset, s.endOffset));
};

describe('Document.sentences(): emoji as sentence ends', () => {
  it('an emoji, whitespace and a capital letter end a sentence', () => {
    expect(sentencesOf('Have your say on our draft plan 2027–2032 🩺 It sets out how we will deliver care.')).toEqual([
      'Have your say on our draft plan 2027–2032 🩺',
      'It sets out how we will deliver care.',
    ]);
  });
  it('keeps emoji with modifiers and ZWJ sequences whole', () => {
    expect(sentencesOf('Well done to all our crews today 👩🏽‍🚒 Thank you!')).toEqual(['Well done to all our crews today 👩🏽‍🚒', 'Thank you!']);
  });
  it('does not split after a function word or a short opener', () => {
    expect(sentencesOf('Come along to 🎨 Art Club on Saturday.')).toHaveLength(1);
    expect(sentencesOf('Good news 🎉 Our pool reopens on Monday.')).toHaveLength(1);
    expect(sentencesOf('The bins go out on Monday 🗑️ and the boxes on Friday.')).toHaveLength(1);
  });
  it('each line of a paragraph is its own sentence', () => {
    expect(sentencesOf('Roads are closed\nStay home if you can\nCheck our website')).toHaveLength(3);
  });
});

describe('looksMultiWord', () => {
  it('long tags made of several known words', () => {
    expect(looksMultiWord('norevalleygreenway')).toBe(true);
    expect(looksMultiWord('kilbrackvalleygreenway')).toBe(true);
  });
  it('long single words and names are not', () => {
    for (const w of ['sustainability', 'accessibility', 'neighbourhood', 'ballyjamesduff', 'kilbrackcoco', 'volunteering', 'nhs']) {
      expect(looksMultiWord(w), w).toBe(false);
    }
  });
  it('is bounded on hostile input (killable child)', () => {
    expectFinishes(`
      import { looksMultiWord } from ${dist('src/text/words.ts')};
      for (let i = 0; i < 2000; i++) looksMultiWord('qz'.repeat(30).slice(i % 3));
    `);
  });
});
