// impartiality/endorsement-other-languages: praise of one named business written in French, Welsh, Irish
// or te reo Māori ("un gros merci au Café du Havre … le meilleur déjeuner en ville, allez les
// encourager!"). The English rule (impartiality/endorsement) reads English; this one reads the spans of
// the languages with impartiality data (src/lang/<code>/checks.json): a superlative with a place tail or a
// call to go and patronise, when the sentence or the one before names a business by its trade word.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { IMPARTIALITY_LANGS, endorsementsIn, namesBusiness } from '../../src/text/semantic/impartiality-other-languages.js';

const LANGS: readonly string[] = IMPARTIALITY_LANGS;

export default defineRule({
  id: 'impartiality/endorsement-other-languages',
  category: 'impartiality',
  description: 'Commercial endorsement in French, Welsh, Irish or te reo Māori: praising one named business or sending residents to it.',
  docs: {
    rationale: 'Public bodies must not use their position to endorse a product, service or enterprise, in any language they publish in (5 CFR 2635.702; GCS propriety; Values and Ethics Code for the Public Sector (Canada); APS Code of Conduct).',
    flagged: ['Merci au Café du Havre, qui a nourri nos équipes : le meilleur déjeuner en ville, allez les encourager!', 'Diolch i Gaffi’r Harbwr am y te: y coffi gorau yn y dref!'],
    clean: ['Merci au Café du Havre, qui a nourri nos équipes tout l’hiver.', 'Le meilleur moyen de rester en sécurité en ville : ralentissez.'],
  },
  defaultSeverity: 'warning',
  topics: ['endorsement'],
  languages: [...IMPARTIALITY_LANGS],
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, text } = ctx.doc;
    const sentences = ctx.doc.sentences();
    sentences.forEach((s, i) => {
      if (s.offset < ctx.doc.bodyOffset) return;
      const lang = ctx.languageAt(s.offset);
      if (!lang || !LANGS.includes(lang)) return;
      const hits = endorsementsIn(lang, prose.slice(s.offset, s.endOffset));
      if (hits.length === 0) return;
      // The business named in this sentence or the one before, in the same post.
      const post = ctx.posts.find((p) => s.offset >= p.offset && s.offset < p.endOffset);
      const prev = i > 0 && post && sentences[i - 1]!.offset >= post.offset ? sentences[i - 1]! : undefined;
      if (!namesBusiness(lang, prose.slice(prev?.offset ?? s.offset, s.endOffset))) return;
      for (const m of hits) {
        const a = s.offset + m.start;
        const b = s.offset + m.end;
        // A question ("Le meilleur café en ville ?") asks rather than endorses.
        if (/^\s*\?/u.test(prose.slice(b, b + 3))) continue;
        ctx.report({
          offset: a,
          endOffset: b,
          message: `${m.why === 'praises a business' ? 'Praising a business\u2019s quality' : 'Sending residents to one business'} ("${text.slice(a, b)}") is commercial endorsement: official accounts must not promote one trader over others.`,
        });
      }
    });
  },
});
