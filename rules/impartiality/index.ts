// Registry of the impartiality rules: one import per rule file.
import type { Rule } from '../../src/engine/rule.js';
import partyPolitical from './party-political.js';
import electionPeriod from './election-period.js';
import endorsement from './endorsement.js';
import electionPeriodOtherLanguages from './election-period-other-languages.js';
import endorsementOtherLanguages from './endorsement-other-languages.js';

export const impartialityRules: Rule[] = [partyPolitical, electionPeriod, endorsement, electionPeriodOtherLanguages, endorsementOtherLanguages];
