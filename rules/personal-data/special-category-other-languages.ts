// personal-data/special-category-other-languages: a person's health detail written in Welsh, French,
// Irish or te reo Māori ("kua nekehia tō wā ki te whare haumanu mate huka", "tuairisc do theiripeora
// saothair", "Kei te hōhipera tonu a Matiu Kereama … i muri i tana mate manawa"). The English rule
// (personal-data/special-category) reads English spans only; this one reads the others, from each language
// pack's health and addressee words (src/lang/<code>/checks.json). A health word counts only when the
// sentence points it at someone: a person's name in the sentence, or, in a reply, a word of the person written to
// just before it
// ("tō", "votre", "do", "eich"). Public health messages in these languages name no one and are not reported.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { redaction } from '../../src/text/pii-context.js';
import { findNameCandidates } from '../../src/text/names.js';
import { sentenceAt } from '../../src/text/sentence-at.js';
import { healthWords, notNameWords, phoneContextWords } from '../../src/text/lang-checks.js';

export default defineRule({
  id: 'personal-data/special-category-other-languages',
  category: 'personal-data',
  description: 'Health detail about an identifiable person in Welsh, French, Irish or te reo Māori text.',
  docs: {
    rationale: 'Special-category data about an identifiable person needs explicit grounds in every language a post is written in (UK GDPR Art 9, Privacy Act 2020 IPP 11, PIPEDA, Data Protection Act 2018 (IE)).',
    flagged: ['Kei te hōhipera tonu a Matiu Kereama i muri i tana mate manawa.', 'Bonjour Madame Arsenault, votre rapport médical a été reçu.'],
    clean: ['Kei te tuwhera te whare haumanu mate huka ā te Rāhina.', 'Semaine de sensibilisation au cancer : faites votre dépistage.'],
  },
  defaultSeverity: 'error',
  topics: ['special-category-data', 'personal-data'],
  languages: ['cy', 'fr', 'ga', 'mi'],
  hasSuggestions: true,
  sensitive: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, bodyOffset } = ctx.doc;
    const body = prose.slice(bodyOffset);
    const reply = ctx.meta.replyTo !== undefined;
    const seen = new Set<string>();
    for (const lang of ['cy', 'fr', 'ga', 'mi'] as const) {
      const words = healthWords(lang);
      if (!words) continue;
      // Job titles, wards and services are capitalised in these languages ("Gweithiwr Cymorth Gofal
      // Iechyd", "Ward Glan-y-môr"): a capitalised pair holding one of those words is not a person.
      const notNames = notNameWords(lang);
      const personLike = (text: string): boolean => !text.split(/[\s-]+/u).some((w) => notNames.has(w.toLowerCase()));
      // (A capitalised pair that holds a health word is a place of care, "Ysbyty Gwynedd", not a person.)
      const isPerson = (n: { text: string }): boolean => !words.holdsHealth.test(n.text) && personLike(n.text);
      words.health.lastIndex = 0;
      for (const m of body.matchAll(words.health)) {
        const offset = bodyOffset + m.index;
        if (ctx.languageAt(offset) !== lang) continue;
        const sentence = sentenceAt(ctx.doc, offset) ?? { offset: Math.max(bodyOffset, offset - 150), endOffset: offset + m[0].length };
        const key = `${sentence.offset}`;
        if (seen.has(key)) continue;
        // A capitalised health word inside a sentence opens an institution's name ("te Hōhipera o Te Matau
        // a Māui", "Ysbyty Gwynedd", "l'Hôpital de Moncton"): where someone works or something happened.
        if (/^\p{Lu}/u.test(m[0]) && offset > sentence.offset && !/[.!?:]\s*$/u.test(prose.slice(sentence.offset, offset))) continue;
        // At a sentence's start too, when a capitalised word follows it ("Ysbyty Cymuned Llanfair, Stryd Fawr"
        // on a line of its own: a venue's address).
        if (/^\p{Lu}/u.test(m[0]) && /^[ \u00a0]+\p{Lu}/u.test(prose.slice(offset + m[0].length, offset + m[0].length + 3))) continue;
        const names = findNameCandidates(prose, sentence.offset, sentence.endOffset).filter((n) => !(n.offset < offset + m[0].length && offset < n.endOffset) && isPerson(n));
        // The addressee's word within six words before the health word ("tō wā ki te whare haumanu", "votre
        // rapport médical", "do theiripeora"): after it, it points elsewhere ("… cancer : prenez rendez-vous").
        const lead = prose.slice(sentence.offset, offset).split(/\s+/).filter(Boolean).slice(-6).join(' ');
        const addressed = reply && words.addressee.test(lead);
        // A person named in the sentence before, in the same paragraph, and pointed at here by a person
        // word ("Mae Hywel Bowen, 82, wedi'i ddarganfod. Dywedodd ei deulu ei fod wedi cael diagnosis o
        // glefyd Alzheimer"): the same person.
        let before = false;
        if (names.length === 0 && !addressed) {
          before = true;
          const person = phoneContextWords(lang)?.person;
          const pointed = !!person && lead.toLowerCase().split(/[^\p{L}'’]+/u).some((w) => person.has(w));
          const list = pointed ? ctx.doc.sentences() : [];
          const prev = list[list.indexOf(sentence as (typeof list)[number]) - 1];
          if (prev && prev.offset >= bodyOffset && !/\n[ \t]*\n/u.test(prose.slice(prev.endOffset, sentence.offset))) {
            for (const n of findNameCandidates(prose, prev.offset, prev.endOffset).filter(isPerson)) names.push(n);
          }
          if (names.length === 0) continue;
        }
        seen.add(key);
        // The person's name and the health word together are the disclosure: the finding spans both.
        // (A name in the sentence before is not part of this sentence's finding.)
        const name = before ? undefined : names[0];
        const start = name ? Math.min(name.offset, offset) : offset;
        const endOffset = name ? Math.max(name.endOffset, offset + m[0].length) : offset + m[0].length;
        ctx.report({
          offset: start,
          endOffset,
          message: 'Special-category data (health information) about an identifiable person: remove it unless you have their explicit consent.',
          suggestions: redaction(start, endOffset, 'the health information', ctx),
        });
      }
    }
  },
});
