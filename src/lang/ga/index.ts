// The Irish language pack: segmenter locale, identification words and loan words (data in ./words.ts).
import type { LanguagePack } from '../types.js';
import { EVIDENCE, LOANWORDS, STOPWORDS, WORD_LISTS } from './words.js';

export const pack: LanguagePack = {
  code: 'ga',
  name: 'Irish',
  endonym: 'Gaeilge',
  segmenterLocale: 'ga',
  stopwords: STOPWORDS,
  evidence: EVIDENCE,
  loanwords: LOANWORDS,
  letters: 'áíóú',
  wordLists: WORD_LISTS,
};
