// legal/identifying-child: a child named, with an age, school or year group, in a crime, court,
// youth-justice, victim or offender context (an error: Children and Young Persons Act 1933 s.49; Youth
// Criminal Justice Act (Canada) s.110), and, as a warning, a child identified by name with age and school
// anywhere else (safeguarding: a name, age and school together let a stranger find the child). Set
// `contexts: "legal"` to leave the non-legal cases to `personal-data/child-identified` alone.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { findIdentifiedChildren, findUnnamedChildDetails } from '../../src/text/children.js';

export default defineRule({
  id: 'legal/identifying-child',
  category: 'legal',
  description: 'A child named, with an age, school or year group, in a crime, court, youth-justice, victim or offender context.',
  docs: {
    rationale: 'Children involved in criminal proceedings — as defendants, victims or witnesses — must not be identified: no name, school, address or photograph (Children and Young Persons Act 1933 s.49; YCJA s.110).',
    flagged: ['A 15-year-old boy, Jack Brown, has been charged with robbery.', 'Lily Evans, aged 12, was injured in the attack on Friday.', 'A 14-year-old boy has been charged. The boy, a pupil at Hillside Academy, will appear at the youth court.'],
    clean: ['A 15-year-old boy has been charged with robbery and will appear at the youth court.', 'Well done to the pupils of St Mary\u2019s Primary School for winning our poster competition!'],
  },
  defaultSeverity: 'error',
  topics: ['children', 'contempt-of-court'],
  sensitive: true,
  options: z
    .object({
      /** `all`: also warn about children identified outside a legal context; `legal`: only legal contexts. */
      contexts: z.enum(['all', 'legal']).default('all'),
    })
    .strict(),
  check(ctx) {
    for (const child of findIdentifiedChildren(ctx)) {
      if (!child.legalContext) {
        // A missing-person appeal names the child on purpose, to find them.
        if (ctx.options.contexts === 'legal' || child.appeal) continue;
        ctx.report({
          offset: child.offset,
          endOffset: child.endOffset,
          // One step below the configured severity: a safeguarding concern, not an offence.
          severity: ctx.severity === 'error' ? 'warning' : ctx.severity === 'warning' ? 'info' : 'info',
          message: 'A child is identified by name with an age, school or year group: this lets strangers locate the child. Check parental consent and drop the surname, age or school.',
        });
        continue;
      }
      ctx.report({
        offset: child.offset,
        endOffset: child.endOffset,
        message: 'A child is identified (name with age, school or year group) in a crime, court or victim context: children in proceedings must not be identified. Remove the name and identifying details.',
      });
    }
    for (const detail of findUnnamedChildDetails(ctx)) {
      ctx.report({
        offset: detail.offset,
        endOffset: detail.endOffset,
        message: 'The child in this case is singled out by their school, year or home: children in proceedings must not be identified, by name or by details. Leave these out.',
      });
    }
  },
});
