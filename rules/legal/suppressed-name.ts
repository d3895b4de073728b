// legal/suppressed-name: a person named in a post that says their identity is suppressed — name
// suppression (NZ), a publication ban (CA), reporting restrictions or an anonymity order (UK, AU).
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { findNameCandidates, findPersonNames } from '../../src/text/names.js';

const SUPPRESSED = /\b(?:(?:interim|permanent|automatic)[ \u00a0]+)?name[ \u00a0]+suppression|suppression[ \u00a0]+order|publication[ \u00a0]+ban|non-publication[ \u00a0]+order|reporting[ \u00a0]+restrictions?|anonymity[ \u00a0]+order|(?:cannot|can['’]t|can[ \u00a0]+not|must[ \u00a0]+not)[ \u00a0]+be[ \u00a0]+(?:named|identified)|identity[ \u00a0]+(?:is|has[ \u00a0]+been)[ \u00a0]+suppressed\b/iu;
// Every SUPPRESSED alternative contains one of these (not always as a whole word: most alternatives are
// unbounded on one side), so a draft without any skips the costlier pattern. `iu` like SUPPRESSED, so
// "ſ" and "K" fold the same way.
const SUPPRESSED_HINT = /suppress|publication|reporting|anonymity|named|identified/iu;
// Court and case words around the name: not the judge, officer or spokesperson (office holders are excluded
// by the name finders).
const LIFTED = /\b(?:suppression[ \u00a0]+(?:was|has[ \u00a0]+been)[ \u00a0]+lifted|lifted[ \u00a0]+(?:the[ \u00a0]+)?(?:name[ \u00a0]+)?suppression|ban[ \u00a0]+(?:was|has[ \u00a0]+been)[ \u00a0]+lifted|restrictions?[ \u00a0]+(?:was|were|have[ \u00a0]+been|has[ \u00a0]+been)[ \u00a0]+lifted)\b/iu;

export default defineRule({
  id: 'legal/suppressed-name',
  category: 'legal',
  description: 'A person named in a post that says their identity is suppressed (name suppression, publication ban, reporting restrictions).',
  docs: {
    rationale: 'Breaching a suppression order, publication ban or reporting restriction is contempt or an offence (NZ Criminal Procedure Act 2011 ss.200–211; Criminal Code (Canada) s.486.4–486.5; Contempt of Court Act 1981 s.4(2), s.11).',
    flagged: ['A 34-year-old man, who has interim name suppression, appeared in court today. He is Daniel Hohaia, a local builder.'],
    clean: ['A 34-year-old man, who has interim name suppression, appeared in the District Court today charged with assault.', 'Name suppression was lifted today: John Smith, 45, was sentenced to two years.'],
  },
  defaultSeverity: 'error',
  topics: ['contempt-of-court'],
  sensitive: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { prose } = ctx.doc;
    if (!ctx.doc.proseRegExp(SUPPRESSED_HINT).test(prose)) return;
    for (const post of ctx.posts) {
      const slice = prose.slice(post.offset, post.endOffset);
      if (!ctx.doc.proseRegExp(SUPPRESSED).test(slice) || ctx.doc.proseRegExp(LIFTED).test(slice)) continue;
      const names = findPersonNames(ctx, post.offset, post.endOffset) ?? findNameCandidates(prose, post.offset, post.endOffset);
      for (const n of names) {
        ctx.report({
          offset: n.offset,
          endOffset: n.endOffset,
          message: 'A person is named in a post that says their identity is suppressed: publishing it breaches the order. Remove the name and any identifying detail.',
          post: post.index,
        });
      }
    }
  },
});
