// language/placeholder: unfinished text left in a draft — template slots, "TBC", "XX:XX".
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
// The slot patterns are shared with ai-disclosure/chatbot-leftover, which leaves these spans to this rule.
import { findPlaceholders } from '../../src/text/placeholders.js';

export default defineRule({
  id: 'language/placeholder',
  category: 'language',
  description: 'Unfinished text: template slots, placeholders and TBC markers left in a draft.',
  docs: {
    rationale: 'A post published with "[insert date]" or "TBC" misleads and embarrasses; it usually means the draft was not finished or was pasted from a template or a chatbot.',
    flagged: ['The consultation closes on [insert date]. Have your say at [link].', 'Doors open at XX:XX.', 'Venue: TBC'],
    clean: ['Read the report [PDF, 2MB].', 'See the [consultation page](https://example.gov.uk).', 'Call 101 (24 hours).'],
  },
  defaultSeverity: 'error',
  topics: ['accuracy'],
  options: z.object({}).strict(),
  check(ctx) {
    for (const p of findPlaceholders(ctx.doc)) {
      ctx.report({
        offset: p.offset,
        endOffset: p.endOffset,
        message: `Unfinished ${p.what} "${p.text}": fill it in or remove it before publishing.`,
      });
    }
  },
});
