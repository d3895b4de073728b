// legal/prejudicial-statement-other-languages: guilt stated in French, Irish or Welsh about someone charged
// or arrested ("Ce braconnier a abattu illégalement deux orignaux", "an fear, a ghoid níos mó ná €48,000",
// "Cafodd ei ddal ar ôl iddo dorri i mewn"). The English rule (legal/prejudicial-statement) reads English
// spans only; this one reads the spans of every language with legal data (LEGAL_LANGS), with that pack's words (src/lang/<code>/checks.json), in a post whose proceedings
// are under way in any of its languages and which reports no verdict.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { proceedingsUnderWay } from '../../src/text/semantic/acts.js';
import { LEGAL_LANGS, concludedIn, offenderLabelsIn, proceedingsIn, statedActsIn } from '../../src/text/semantic/acts-other-languages.js';

export default defineRule({
  id: 'legal/prejudicial-statement-other-languages',
  category: 'legal',
  description: 'Guilt stated in French, Irish or Welsh about someone arrested or charged: the act as fact, or an offender noun as their name.',
  docs: {
    rationale: 'Once someone is charged, stating what they did as fact risks contempt of court in every language a post is written in (Criminal Code (Canada) and the common-law sub judice rule; Contempt of Court Act 1981 s. 2, strict liability, which covers Welsh publications in Wales as English ones; the presumption of innocence, Charter s. 11(d), Constitution of Ireland Art. 38).',
    flagged: ['Un homme a été accusé. Ce braconnier a abattu illégalement deux orignaux.', 'Cúisíodh fear inné. Beidh an fear, a ghoid €48,000, os comhair na cúirte.', 'Mae dyn wedi\u2019i gyhuddo o fyrgleriaeth. Cafodd ei ddal ar ôl iddo dorri i mewn i\u2019r siop.'],
    clean: ['Un homme a été accusé en lien avec l\u2019abattage présumé de deux orignaux.', 'Cúisíodh fear inné as airgead a ghoid; beidh sé os comhair na cúirte Dé Máirt.', 'Mae dyn wedi\u2019i arestio ar amheuaeth o dorri i mewn i siop.'],
  },
  defaultSeverity: 'error',
  topics: ['contempt-of-court'],
  languages: [...LEGAL_LANGS],
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, text } = ctx.doc;
    // A thread is read in order: proceedings in an earlier post are the case its later posts are about.
    let underWayEarlier = false;
    for (const post of ctx.posts) {
      const slice = prose.slice(post.offset, post.endOffset);
      const langs = LEGAL_LANGS.filter((l) => slice.length > 0 && proceedingsIn(l, slice));
      const underWay = langs.length > 0 || proceedingsUnderWay(slice);
      const earlier = underWayEarlier;
      underWayEarlier ||= underWay;
      if (!underWay && !earlier) continue;
      if (LEGAL_LANGS.some((l) => concludedIn(l, slice))) continue;
      for (const sentence of ctx.doc.sentences()) {
        if (sentence.offset < Math.max(post.offset, ctx.doc.bodyOffset) || sentence.endOffset > post.endOffset) continue;
        const lang = ctx.languageAt(sentence.offset);
        if (!lang || !(LEGAL_LANGS as readonly string[]).includes(lang)) continue;
        const t = prose.slice(sentence.offset, sentence.endOffset);
        const taken: Array<[number, number]> = [];
        for (const m of [...offenderLabelsIn(lang, t), ...statedActsIn(lang, t)]) {
          const s = sentence.offset + m.start;
          const e = sentence.offset + m.end;
          if (taken.some(([a, b]) => s < b && a < e)) continue;
          taken.push([s, e]);
          ctx.report({
            offset: s,
            endOffset: e,
            message: m.why === 'states the act as fact'
              ? `"${text.slice(s, e)}" states the act as fact about someone whose case is before the courts: this risks contempt of court. Say what they are charged with, not what they did.`
              : `"${text.slice(s, e)}" calls the person in the case the offender before any verdict: this risks contempt of court. Say "the accused" or "the person charged".`,
          });
        }
      }
    }
  },
});
