// The rule registry: every built-in rule, by category. The engine never imports rules itself;
// `createLinter` receives this list.
import type { Rule } from '../src/engine/rule.js';
import { toneRules } from './tone/index.js';
import { languageRules } from './language/index.js';
import { confidentialityRules } from './confidentiality/index.js';
import { personal_dataRules } from './personal-data/index.js';
import { ai_disclosureRules } from './ai-disclosure/index.js';
import { accessibilityRules } from './accessibility/index.js';
import { platformRules } from './platform/index.js';
import { impartialityRules } from './impartiality/index.js';
import { legalRules } from './legal/index.js';
import { deniedTermRules } from './denied-terms.js';

export const builtinRules: readonly Rule[] = Object.freeze([
  ...toneRules,
  ...languageRules,
  ...confidentialityRules,
  ...personal_dataRules,
  ...ai_disclosureRules,
  ...accessibilityRules,
  ...platformRules,
  ...impartialityRules,
  ...legalRules,
  ...deniedTermRules,
]);
