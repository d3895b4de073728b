// Registry of the personal-data rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';

export const personal_dataRules: Rule[] = [];
