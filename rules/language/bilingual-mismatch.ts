// language/bilingual-mismatch: the two language versions of a bilingual post give different facts — a
// Welsh "9yb" beside an English "10am", a French date one day off the English, a changed phone digit.
// The finding sits on the non-English value; its message names both values and where the English one is.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { bilingualPairs } from '../../src/text/bilingual/versions.js';
import { extractFacts, type Fact, type FactKind } from '../../src/text/bilingual/facts.js';
import { compareFacts } from '../../src/text/bilingual/compare.js';
import { langOfTag, packFor } from '../../src/lang/index.js';
import { regionForLocale } from '../../src/text/phone.js';
import { mask } from '../../src/text/mask.js';

const KIND_WORDS: Readonly<Record<FactKind, string>> = {
  time: 'time',
  date: 'date',
  weekday: 'day',
  price: 'price',
  phone: 'phone number',
  url: 'web address',
  email: 'e-mail address',
  hashtag: 'hashtag',
  mention: 'account',
  number: 'number',
};
// Phone numbers and e-mail addresses are shown masked unless they are the organisation's own contacts.
const CONTACT_KINDS: ReadonlySet<FactKind> = new Set(['phone', 'email']);

const languageName = (code: string): string => {
  const lang = langOfTag(code);
  return lang ? packFor(lang).name : code;
};

export default defineRule({
  id: 'language/bilingual-mismatch',
  category: 'language',
  description: 'The two language versions of a bilingual post give different times, dates, days, prices, numbers, phone numbers, links, hashtags or accounts.',
  docs: {
    rationale:
      'Where a body must publish in two languages (Welsh Language Standards, the Official Languages Act of Canada, the Official Languages Act 2003 in Ireland), both versions must say the same thing: a reader of either language must get the same time, date, price and contact.',
    flagged: ['Ar agor o 9yb ddydd Llun.\n\nOpen from 10am on Monday.', 'Collecte le mardi 2 décembre.\n\nCollection on Tuesday 1 December.'],
    clean: ['Ar agor o 9yb tan 5yh ddydd Llun 1 Rhagfyr.\n\nOpen from 9am to 5pm on Monday 1 December.', 'Ouvert de 9 h à 14 h, entrée 5,50 $.\n\nOpen 9 a.m. to 2 p.m., entry $5.50.'],
  },
  defaultSeverity: 'error',
  topics: ['accuracy', 'official-languages'],
  options: z.object({}).strict(),
  check(ctx) {
    const spans = ctx.languageSpans();
    if (spans.length < 2) return;
    const pairs = bilingualPairs(ctx.text, spans, ctx.posts);
    if (pairs.length === 0) return;
    const region = regionForLocale(ctx.settings.locale);
    const publicDigits = new Set(ctx.settings.organisation.publicContacts.map((c) => c.replace(/\D/g, '')).filter((d) => d.length >= 6));
    const publicText = new Set(ctx.settings.organisation.publicContacts.map((c) => c.trim().toLowerCase()));
    const isPublic = (f: Fact): boolean => publicDigits.has(f.text.replace(/\D/g, '')) || publicText.has(f.text.toLowerCase());
    const links = ctx.doc.links;
    const factsOf = (spansOfVersion: readonly { start: number; end: number }[], lang: string): Fact[] =>
      spansOfVersion.flatMap((s) => extractFacts(ctx.doc.prose, s.start, s.end, lang, { region, links: links.filter((l) => l.offset >= s.start && l.endOffset <= s.end) }));
    for (const { english, other } of pairs) {
      const mine = factsOf(other.spans, other.lang);
      const theirs = factsOf(english.spans, 'en');
      if (mine.length === 0 || theirs.length === 0) continue;
      for (const m of compareFacts(mine, theirs)) {
        if (CONTACT_KINDS.has(m.kind) && isPublic(m.fact) && isPublic(m.other)) continue;
        const sensitive = CONTACT_KINDS.has(m.kind) && !(isPublic(m.fact) && isPublic(m.other));
        const show = (f: Fact): string => {
          const written = sensitive ? mask(f.text) : f.text;
          return m.kind === 'time' || m.kind === 'date' || m.kind === 'weekday' || m.kind === 'price' ? (f.display === written ? written : `${f.display} ("${written}")`) : written;
        };
        const at = ctx.doc.lines.position(m.other.offset);
        ctx.report({
          offset: m.fact.offset,
          endOffset: m.fact.endOffset,
          sensitive,
          message: `The ${languageName(other.lang)} text says ${show(m.fact)}, the English ${show(m.other)} (line ${at.line}): make the two versions give the same ${KIND_WORDS[m.kind]}.`,
        });
      }
    }
  },
});
