// personal-data/child-identified: a child named together with an age, school or year group ("Oliver
// Smith, aged 8, from St Mary's Primary"). Children in a crime or court context are reported by
// `legal/identifying-child` instead (shared detector: src/text/children.ts); a child hurt where no case is
// spoken of (a dog attack, a crash) is reported by both.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { findIdentifiedChildren } from '../../src/text/children.js';
import { redaction } from '../../src/text/pii-context.js';

export default defineRule({
  id: 'personal-data/child-identified',
  category: 'personal-data',
  description: 'A child identified by name together with an age, school or year group.',
  docs: {
    rationale: 'Children merit specific protection: name, age and school together let anyone find a child. Use a first name only (with parental consent) or no name.',
    flagged: ['Well done to Oliver Smith, aged 8, from St Mary’s Primary School!', 'Year 6 pupil Amy Jones won the prize.'],
    clean: ['Well done to all the Year 6 pupils at St Mary’s!', 'Free swimming for under 8s this summer.'],
  },
  defaultSeverity: 'error',
  topics: ['children', 'personal-data'],
  hasSuggestions: true,
  sensitive: true,
  options: z.object({}).strict(),
  check(ctx) {
    for (const child of findIdentifiedChildren(ctx)) {
      if ((child.legalContext && child.proceedings) || child.appeal) continue;
      ctx.report({
        offset: child.offset,
        endOffset: child.endOffset,
        message: 'A child is identified by name with their age, school or year group: remove the surname and details, and check consent.',
        suggestions: redaction(child.offset, child.endOffset, 'the child’s details', ctx),
      });
    }
  },
});
