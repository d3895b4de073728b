// personal-data/property-owner: a lost-and-found post that names the owner of the item ("a brown wallet
// was found … Il appartient à Marc-André Cormier", "a purse belonging to Jane Smith was handed in"). The
// owner is a private person and the post publishes their name with what they lost: describe the item and
// ask the owner to get in touch. Words in every supported language (property-owner.json); a name is a
// titled or two-word capitalised name (not an organisation or an office holder), and the post must be
// about lost or found property. "If it belongs to you" and "belongs to the council" name no one.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { redaction } from '../../src/text/pii-context.js';
import { findNameCandidates } from '../../src/text/names.js';
import { notNameWords } from '../../src/text/lang-checks.js';
import { phrasePattern } from '../../src/text/terms.js';
import DATA from './property-owner.json' with { type: 'json' };

const phrase = (p: string): string => phrasePattern(p, '[ \\t\\u00a0]+');
const alt = (list: readonly string[]): string => [...new Set(list)].sort((a, b) => b.length - a.length).map(phrase).join('|');
const OWNER = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alt(Object.values(DATA.ownerPhrases).flat())})[ \t\u00a0]+`, 'giu');
const PROPERTY = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alt(Object.values(DATA.propertyWords).flat())})(?![\p{L}\p{N}])`, 'iu');

export default defineRule({
  id: 'personal-data/property-owner',
  category: 'personal-data',
  description: 'The owner of lost or found property named in the post.',
  docs: {
    rationale: 'The owner of a lost item is a private person: naming them publishes their name beside what they lost. Describe the item and ask the owner to get in touch (UK GDPR Art 5(1)(c), PIPEDA, Privacy Act 2020 IPP 11).',
    flagged: ['A purse belonging to Jane Smith was handed in at the library.', 'Objet trouvé : un portefeuille. Il appartient à Marc-André Cormier.'],
    clean: ['A purse was handed in at the library: if it belongs to you, call us with a description.', 'Found: a set of keys near the Town Hall. The lost property office belongs to the council.'],
  },
  defaultSeverity: 'warning',
  topics: ['personal-data'],
  hasSuggestions: true,
  sensitive: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, bodyOffset } = ctx.doc;
    const body = prose.slice(bodyOffset);
    OWNER.lastIndex = 0;
    for (const m of body.matchAll(OWNER)) {
      const at = bodyOffset + m.index + m[0].length;
      const post = ctx.posts.find((p) => at >= p.offset && at < p.endOffset) ?? { offset: bodyOffset, endOffset: prose.length };
      if (!PROPERTY.test(prose.slice(post.offset, post.endOffset))) continue;
      // The name right after the phrase (a title or "the" would be before the candidate's start otherwise).
      const name = findNameCandidates(prose, at, Math.min(post.endOffset, at + 60)).find((n) => n.offset === at);
      if (!name) continue;
      const lang = ctx.languageAt(at);
      const notNames = lang ? notNameWords(lang) : new Set<string>();
      if (name.text.split(/[\s-]+/u).some((w) => notNames.has(w.toLowerCase()))) continue;
      ctx.report({
        offset: name.offset,
        endOffset: name.endOffset,
        message: 'The owner of lost or found property is named: that publishes a private person’s name with what they lost. Describe the item and ask the owner to get in touch.',
        suggestions: redaction(name.offset, name.endOffset, 'the owner', ctx),
      });
    }
  },
});
