// Registry of the legal rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';
import prejudicialStatement from './prejudicial-statement.js';
import victimIdentification from './victim-identification.js';
import identifyingChild from './identifying-child.js';
import suppressedName from './suppressed-name.js';
import namingAndShaming from './naming-and-shaming.js';
import admissionOfLiability from './admission-of-liability.js';
import prejudicialStatementOtherLanguages from './prejudicial-statement-other-languages.js';

export const legalRules: Rule[] = [prejudicialStatement, victimIdentification, identifyingChild, suppressedName, namingAndShaming, admissionOfLiability, prejudicialStatementOtherLanguages];
