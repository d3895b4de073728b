// Registry of the confidentiality rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';
import protectiveMarking from './protective-marking.js';
import embargo from './embargo.js';
import codeName from './code-name.js';
import credential from './credential.js';
import internalLink from './internal-link.js';

export const confidentialityRules: Rule[] = [protectiveMarking, embargo, codeName, credential, internalLink] as Rule[];
