// tone/hostile-reply-other-languages: the exasperation and blame of tone/hostile-reply written in French,
// Welsh or Irish ("comme on vous l'a déjà expliqué", "si tout le monde respectait le 50 km/h",
// "as é sin a insint dúinn don cheathrú huair", "dá mbeifeá ag léamh", "fel rydyn ni wedi esbonio sawl
// gwaith"). The English rule reads English spans only; this one reads each other language's spans with
// that language's grammar (src/text/data/put-down-grammar.json), in replies.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { grammarPutDowns, type GrammarLang } from '../../src/text/semantic/put-down-grammar.js';

const LANGS: readonly GrammarLang[] = ['fr', 'cy', 'ga'];
const OPENS_WITH_MENTION = /^\s*(?:\.?@[\p{L}\p{N}_]{1,30})/u;

export default defineRule({
  id: 'tone/hostile-reply-other-languages',
  category: 'tone',
  description: 'Exasperation and blame aimed at the person answered, in French, Welsh or Irish replies.',
  docs: {
    rationale: 'Replies from an official account must stay courteous in every language they are written in, even when the person is wrong (Official Languages Act (Canada) s. 22 and the Values and Ethics Code: respect for people; Welsh Language Standards: Welsh no less favourably; Official Languages Act 2003 (Ireland)): correct the facts, do not count the times you have said them or blame the reader.',
    flagged: [
      'Comme on vous l\u2019a déjà expliqué plusieurs fois, la collecte a lieu le mardi.',
      'Go raibh maith agat as é sin a insint dúinn don cheathrú huair.',
      'Petaech chi wedi darllen y llythyr, byddech chi\u2019n gwybod.',
    ],
    clean: [
      'Comme indiqué dans notre lettre du 3 mai, la collecte a lieu le mardi.',
      'Dá mbeifeá ag iarraidh tuilleadh eolais, glaoigh orainn.',
      'Fel y dywedon ni yn ein llythyr ar 3 Mai, mae\u2019r casgliadau ar ddydd Mawrth.',
    ],
  },
  defaultSeverity: 'warning',
  topics: ['conduct'],
  languages: [...LANGS],
  options: z.object({}).strict(),
  check(ctx) {
    const isReply = ctx.meta.replyTo !== undefined || OPENS_WITH_MENTION.test(ctx.doc.text.slice(ctx.doc.bodyOffset));
    if (!isReply) return;
    const { prose } = ctx.doc;
    for (const lang of LANGS) {
      for (const sp of ctx.spansOf(lang)) {
        const from = Math.max(sp.start, ctx.doc.bodyOffset);
        if (from >= sp.end) continue;
        for (const p of grammarPutDowns(lang, prose.slice(from, sp.end))) {
          const s = from + p.start;
          const e = from + p.end;
          ctx.report({ offset: s, endOffset: e, message: `"${prose.slice(s, e)}" ${p.why}: reply courteously and stick to the facts.` });
        }
      }
    }
  },
});
