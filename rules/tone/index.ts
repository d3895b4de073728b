// Registry of the tone rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';

export const toneRules: Rule[] = [];
