// Registry of the ai-disclosure rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';

export const ai_disclosureRules: Rule[] = [];
