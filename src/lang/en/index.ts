// The English language pack: segmenter locale, identification words and loan words (data in ./words.ts).
import type { LanguagePack } from '../types.js';
import { EVIDENCE, LOANWORDS, STOPWORDS, WORD_LISTS } from './words.js';

export const pack: LanguagePack = {
  code: 'en',
  name: 'English',
  endonym: 'English',
  segmenterLocale: 'en',
  stopwords: STOPWORDS,
  evidence: EVIDENCE,
  loanwords: LOANWORDS,
  letters: '',
  wordLists: WORD_LISTS,
};
