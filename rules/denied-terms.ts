// <category>/denied-term: the organisation's own banned words and patterns (`terms.deny`), one rule per
// category so that each finding has a rule id under the category the organisation chose (default language).
import { z } from 'zod';
import { defineRule, type Rule } from '../src/engine/rule.js';
import { CATEGORIES, type Category } from '../src/types.js';
import type { Topic } from '../src/policy/topics.js';
import type { DenyTerm } from '../src/config/settings.js';
import { termPattern } from '../src/text/terms.js';
import { compileUserPattern, type UserMatch } from '../src/text/user-pattern.js';

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

type Finder = (text: string) => Iterable<UserMatch>;

/** A literal term on our own (linear) term pattern; a user pattern on the linear-time engine. */
function finder(entry: DenyTerm): Finder {
  if (entry.pattern !== undefined) {
    const p = compileUserPattern(entry.pattern);
    return (text) => p.matchAll(text);
  }
  const re = termPattern([entry.term!], { inflections: true });
  return function* (text) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) yield { index: m.index, text: m[0] };
  };
}

// Compiled patterns are cached per deny list (one list per linter), not rebuilt per draft.
const compiled = new WeakMap<DenyTerm[], Array<{ entry: DenyTerm; find: Finder }>>();
function patternsFor(list: DenyTerm[]): Array<{ entry: DenyTerm; find: Finder }> {
  let c = compiled.get(list);
  if (!c) {
    c = list.map((entry) => ({ entry, find: finder(entry) }));
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
      for (const { entry, find } of patternsFor(list)) {
        if ((entry.category ?? 'language') !== category || entry.severity === 'off') continue;
        for (const m of find(ctx.doc.prose)) {
          if (m.text.length === 0) continue;
          ctx.report({
            offset: m.index,
            endOffset: m.index + m.text.length,
            message: entry.message ?? `"${m.text}" is on the organisation's list of terms to avoid.`,
            ...(entry.severity ? { severity: entry.severity } : {}),
          });
        }
      }
    },
  });
}

export const deniedTermRules: Rule[] = CATEGORIES.map(deniedTermRule);
