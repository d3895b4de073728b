// The Māori language pack: segmenter locale, identification words and loan words (data in ./words.ts).
import type { LanguagePack } from '../types.js';
import { EVIDENCE, LOANWORDS, STOPWORDS, WORD_LISTS } from './words.js';

export const pack: LanguagePack = {
  code: 'mi',
  name: 'Māori',
  endonym: 'te reo Māori',
  segmenterLocale: 'mi',
  stopwords: STOPWORDS,
  evidence: EVIDENCE,
  loanwords: LOANWORDS,
  letters: 'āēīōū',
  wordLists: WORD_LISTS,
};
