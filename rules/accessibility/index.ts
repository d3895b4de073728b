// Registry of the accessibility rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';

export const accessibilityRules: Rule[] = [];
