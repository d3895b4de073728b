// Registry of the platform rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';

export const platformRules: Rule[] = [];
