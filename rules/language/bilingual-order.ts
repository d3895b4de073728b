// language/bilingual-order: where an organisation's language scheme says so (Welsh Language Standards
// schemes commonly put Welsh first), the named language's version of a bilingual post must not come
// after the English, nor leave out facts the English gives. Off in `commslint:recommended` (it is a
// local duty, not a general one); on in `commslint:strict` and wherever a config turns it on.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { bilingualPairs } from '../../src/text/bilingual/versions.js';
import { extractFacts, type Fact } from '../../src/text/bilingual/facts.js';
import { sameFact } from '../../src/text/bilingual/compare.js';
import { langOfTag, packFor, LANGS } from '../../src/lang/index.js';
import { regionForLocale } from '../../src/text/phone.js';

const languageName = (code: string): string => {
  const lang = langOfTag(code);
  return lang ? packFor(lang).name : code;
};
// Facts whose absence from one version leaves its reader without what they need to act.
const ESSENTIAL = new Set(['time', 'date', 'weekday', 'price', 'url']);

export default defineRule({
  id: 'language/bilingual-order',
  category: 'language',
  description: 'A bilingual post puts the English before the language the organisation must give first, or that version leaves out a time, date, price or link the English gives.',
  docs: {
    rationale:
      'Under the Welsh Language Standards a body must not treat Welsh less favourably than English; many schemes require the Welsh text first (or on the left) and complete. Set `first` to the language your scheme puts first.',
    flagged: ['Open from 9am on Monday.\n\nAr agor o 9yb ddydd Llun.', 'Ar agor ddydd Llun.\n\nOpen from 9am on Monday.'],
    clean: ['Ar agor o 9yb ddydd Llun.\n\nOpen from 9am on Monday.'],
  },
  defaultSeverity: 'warning',
  recommended: false,
  topics: ['official-languages'],
  options: z
    .object({
      /** The language whose version comes first and complete. */
      first: z.enum(LANGS.filter((l) => l !== 'en') as [string, ...string[]]).default('cy'),
      /** Also report times, dates, prices and links the English gives and this version leaves out. */
      complete: z.boolean().default(true),
    })
    .strict(),
  check(ctx) {
    const spans = ctx.languageSpans();
    if (spans.length < 2) return;
    const first = ctx.options.first;
    const region = regionForLocale(ctx.settings.locale);
    for (const { english, other } of bilingualPairs(ctx.text, spans, ctx.posts)) {
      if (other.lang !== first) continue;
      const name = languageName(first);
      const head = other.spans[0]!;
      if (english.start < other.start) {
        ctx.report({ offset: head.start, endOffset: head.end, message: `The ${name} text comes after the English: your language scheme puts ${name} first.` });
      }
      if (!ctx.options.complete) continue;
      const factsOf = (ss: readonly { start: number; end: number }[], lang: string): Fact[] => ss.flatMap((s) => extractFacts(ctx.doc.prose, s.start, s.end, lang, { region, links: ctx.doc.links.filter((l) => l.offset >= s.start && l.endOffset <= s.end) }));
      const mine = factsOf(other.spans, other.lang);
      const theirs = factsOf(english.spans, 'en');
      const used = new Set<Fact>();
      for (const f of theirs) {
        if (!ESSENTIAL.has(f.kind)) continue;
        // URLs legitimately differ between versions (a Welsh-language page): only a version with no link of its own lacks one.
        if (f.kind === 'url' ? mine.some((g) => g.kind === 'url') : mine.some((g) => !used.has(g) && sameFact(g, f) && used.add(g))) continue;
        // Any same-kind fact in this version that matches nothing is a different value (language/bilingual-mismatch), not a gap.
        if (mine.some((g) => g.kind === f.kind && !theirs.some((t) => sameFact(g, t)))) continue;
        ctx.report({ offset: head.start, endOffset: head.end, message: `The ${name} text leaves out the ${f.display} the English gives: give ${name} readers the same information.` });
      }
    }
  },
});
