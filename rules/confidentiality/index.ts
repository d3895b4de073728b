// Registry of the confidentiality rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';

export const confidentialityRules: Rule[] = [];
