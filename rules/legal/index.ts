// Registry of the legal rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';

export const legalRules: Rule[] = [];
