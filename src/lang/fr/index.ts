// The French language pack: segmenter locale, identification words and loan words (data in ./words.ts).
import type { LanguagePack } from '../types.js';
import { EVIDENCE, LOANWORDS, STOPWORDS, WORD_LISTS } from './words.js';

export const pack: LanguagePack = {
  code: 'fr',
  name: 'French',
  endonym: 'français',
  segmenterLocale: 'fr',
  stopwords: STOPWORDS,
  evidence: EVIDENCE,
  loanwords: LOANWORDS,
  letters: 'çèëïœùÿæà',
  wordLists: WORD_LISTS,
};
