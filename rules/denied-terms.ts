// <category>/denied-term: the organisation's own banned words and patterns (`terms.deny`), one rule per
// category so that each finding has a rule id under the category the organisation chose (default language).
import { z } from 'zod';
import { defineRule, type Rule } from '../src/engine/rule.js';
import { CATEGORIES, type Category } from '../src/types.js';
import type { Topic } from '../src/policy/topics.js';
import type { DenyTerm } from '../src/config/settings.js';
import { termPattern } from '../src/text/terms.js';
import { compileUserPattern } from '../src/text/safe-regex.js';

const TOPIC: Readonly<Record<Category, Topic>> = {
  tone: 'conduct',
  language: 'plain-language',
  confidentiality: 'confidential-information',
  'personal-data': 'personal-data',
  'ai-disclosure': 'ai-transparency',
  accessibility: 'accessibility',
  platform: 'platform-terms',
  impartiality: 'political-impartiality',
  legal: 'contempt-of-court',
};

// Compiled patterns are cached per deny list (one list per linter), not rebuilt per draft.
const compiled = new WeakMap<DenyTerm[], Array<{ entry: DenyTerm; re: RegExp }>>();
function patternsFor(list: DenyTerm[]): Array<{ entry: DenyTerm; re: RegExp }> {
  let c = compiled.get(list);
  if (!c) {
    c = list.map((entry) => ({ entry, re: entry.pattern !== undefined ? compileUserPattern(entry.pattern) : termPattern([entry.term!], { inflections: true }) }));
    compiled.set(list, c);
  }
  return c;
}

function deniedTermRule(category: Category): Rule {
  return defineRule({
    id: `${category}/denied-term`,
    category,
    description: `Words and patterns the organisation bans (config terms.deny with category "${category}").`,
    docs: {
      rationale: 'House style and policy bans that no built-in rule knows: configured as data in terms.deny.',
      flagged: ['With terms.deny [{"term": "world-class"}]: "Our world-class parks"'],
      clean: ['With no terms.deny entries nothing is flagged.'],
    },
    defaultSeverity: 'warning',
    topics: [TOPIC[category]],
    options: z.object({}).strict(),
    check(ctx) {
      const list = ctx.settings.terms.deny;
      if (list.length === 0) return;
      for (const { entry, re } of patternsFor(list)) {
        if ((entry.category ?? 'language') !== category || entry.severity === 'off') continue;
        re.lastIndex = 0;
        for (const m of ctx.doc.prose.matchAll(re)) {
          if (m[0].length === 0) continue;
          ctx.report({
            offset: m.index,
            endOffset: m.index + m[0].length,
            message: entry.message ?? `"${m[0]}" is on the organisation's list of terms to avoid.`,
            ...(entry.severity ? { severity: entry.severity } : {}),
          });
        }
      }
    },
  });
}

export const deniedTermRules: Rule[] = CATEGORIES.map(deniedTermRule);
