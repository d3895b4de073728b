// Registry of the impartiality rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';

export const impartialityRules: Rule[] = [];
