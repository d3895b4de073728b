// impartiality/election-period-other-languages: publicity for candidates and credit to members written in
// French, Welsh, Irish or te reo Māori, scheduled inside a configured election period ("la candidate
// libérale Dana Whitcomb pour son engagement sans relâche", "mae angen mwy o gynghorwyr fel hi!"). The
// English rule (impartiality/election-period) reads English; this one reads the spans of the languages
// with impartiality data (src/lang/<code>/checks.json), by the grammar in
// src/text/semantic/impartiality-other-languages.ts.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { periodAt } from '../../src/text/election-periods.js';
import { IMPARTIALITY_LANGS, candidateMentions, memberCredit, namesMember, partyTalk } from '../../src/text/semantic/impartiality-other-languages.js';

const LANGS: readonly string[] = IMPARTIALITY_LANGS;

export default defineRule({
  id: 'impartiality/election-period-other-languages',
  category: 'impartiality',
  description: 'Publicity for a candidate, or credit to a member, in French, Welsh, Irish or te reo Māori during an election period.',
  docs: {
    rationale: 'Between the notice of election and polling day official accounts must not publicise candidates or members, in any language they publish in (Code of Recommended Practice on Local Authority Publicity ¶34, which covers Welsh publicity in Wales; caretaker conventions; the Welsh Language Standards require the two versions to carry the same message, not a freer one).',
    flagged: ['(publishAt inside an election period) Diolch i\u2019r Cynghorydd Elen Parry, sydd wedi brwydro\u2019n ddiflino dros y dref – mae angen mwy o gynghorwyr fel hi!', '(publishAt inside an election period) Merci à la candidate libérale Dana Whitcomb pour son engagement sans relâche.'],
    clean: ['(publishAt inside an election period) Mae’r gorsafoedd pleidleisio ar agor rhwng 7am a 10pm.', '(outside an election period) Merci à la conseillère Dana Whitcomb pour son engagement.'],
  },
  defaultSeverity: 'error',
  topics: ['pre-election', 'political-impartiality'],
  languages: [...IMPARTIALITY_LANGS],
  options: z.object({}).strict(),
  check(ctx) {
    const period = periodAt(ctx.meta.publishAt, ctx.settings.electionPeriods);
    if (!period) return;
    const { prose, text } = ctx.doc;
    const during = period.name ?? 'an election period';
    for (const post of ctx.posts) {
      const sentences = ctx.doc.sentences().filter((s) => s.offset >= Math.max(post.offset, ctx.doc.bodyOffset) && s.endOffset <= post.endOffset);
      const inLang = sentences.map((s) => ({ s, lang: ctx.languageAt(s.offset) })).filter((x): x is { s: typeof x.s; lang: NonNullable<typeof x.lang> } => !!x.lang && LANGS.includes(x.lang));
      if (inLang.length === 0) continue;
      // A member or candidate the post names in any of its other languages: "fel hi" points at them.
      const named = inLang.some(({ s, lang }) => namesMember(lang, prose.slice(s.offset, s.endOffset)));
      const taken: Array<[number, number]> = [];
      for (const { s, lang } of inLang) {
        const t = prose.slice(s.offset, s.endOffset);
        const credit = memberCredit(lang, t, named);
        // The credit covers the name it follows; a candidate named with no credit is publicity on its own.
        for (const m of [...credit, ...candidateMentions(lang, t), ...partyTalk(lang, t)]) {
          const a = s.offset + m.start;
          const b = s.offset + m.end;
          if (taken.some(([x, y]) => a < y && x < b)) continue;
          taken.push([a, b]);
          ctx.report({
            offset: a,
            endOffset: b,
            message: m.why === 'names a candidate'
              ? `Publicity about a candidate ("${text.slice(a, b)}") during ${during}: official accounts must not publicise candidates until polling day.`
              : m.why === 'party talk'
                ? `A party named with its promises, blame or a call to vote ("${text.slice(a, b)}") during ${during}: official accounts may explain a decision, not comment on parties, until polling day.`
                : `Praise or credit for a councillor or candidate ("${text.slice(a, b)}") during ${during}: official accounts may say what a member did, not praise them, until polling day.`,
          });
        }
      }
    }
  },
});
