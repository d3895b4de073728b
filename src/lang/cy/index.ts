// The Welsh language pack: segmenter locale, identification words and loan words (data in ./words.ts).
import type { LanguagePack } from '../types.js';
import { EVIDENCE, LOANWORDS, STOPWORDS, WORD_LISTS } from './words.js';

export const pack: LanguagePack = {
  code: 'cy',
  name: 'Welsh',
  endonym: 'Cymraeg',
  segmenterLocale: 'cy',
  stopwords: STOPWORDS,
  evidence: EVIDENCE,
  loanwords: LOANWORDS,
  letters: 'ŵŷẁẃẅỳ',
  wordLists: WORD_LISTS,
};
