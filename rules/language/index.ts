// Registry of the language rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';
import placeholder from './placeholder.js';

export const languageRules: Rule[] = [placeholder];
