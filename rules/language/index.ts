// Registry of the language rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';
import acronym from './acronym.js';
import bilingualMismatch from './bilingual-mismatch.js';
import bilingualOrder from './bilingual-order.js';
import longSentence from './long-sentence.js';
import placeholder from './placeholder.js';
import plainWords from './plain-words.js';
import readingLevel from './reading-level.js';
import repeatedWords from './repeated-words.js';
import spelling from './spelling.js';

export const languageRules: Rule[] = [placeholder, longSentence, readingLevel, plainWords, acronym, spelling, repeatedWords, bilingualMismatch, bilingualOrder];
