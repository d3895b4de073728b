// accessibility/hashtag-case: multi-word hashtags written in one case (#blackhistorymonth,
// #BLACKHISTORYMONTH). Screen readers read CamelCase hashtags word by word and run the others together.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { findHashtags, looksMultiWord, splitHashtag } from '../../src/text/words.js';
import { draftVocabulary, splitWithVocabulary, type DraftVocabulary } from '../../src/text/hashtag-vocabulary.js';

const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

export default defineRule({
  id: 'accessibility/hashtag-case',
  category: 'accessibility',
  description: 'Multi-word hashtags written all in lower case or all in capitals instead of CamelCase.',
  docs: {
    rationale:
      'Screen readers read #BlackHistoryMonth as three words but #blackhistorymonth as one garbled word; CamelCase also makes hashtags easier for everyone to read (GCS, digital.gov, Australian Style Manual).',
    flagged: ['Join us for #blackhistorymonth events.', 'Visit #riversidelibraries this week.', '#BLACKHISTORYMONTH'],
    clean: ['#BlackHistoryMonth', '#recycling', '#NHS', 'Happy #NAIDOCWeek2027!', '#COVID19'],
  },
  defaultSeverity: 'warning',
  topics: ['accessibility'],
  hasSuggestions: true,
  options: z
    .object({
      /** Fewest English words a one-case hashtag must contain to be flagged. */
      minWords: z.number().int().min(2).default(2),
    })
    .strict(),
  check(ctx) {
    const { prose, bodyOffset } = ctx.doc;
    // Every hashtag starts with '#' or '＃': most drafts have none, and indexOf is far cheaper than the scan.
    if (prose.indexOf('#', bodyOffset) === -1 && prose.indexOf('＃', bodyOffset) === -1) return;
    // The draft's own words, the organisation's name and the account, built only for a tag the English
    // lists cannot split (#dogparkmoncton, #crcroads, #froidextreme).
    let vocab: DraftVocabulary | undefined;
    const vocabulary = (): DraftVocabulary =>
      (vocab ??= draftVocabulary([prose.slice(bodyOffset), ctx.settings.organisation.name ?? '', ctx.meta.account ?? '']));
    for (const h of findHashtags(prose, bodyOffset)) {
      const upper = HAS_UPPER.test(h.tag);
      const lower = HAS_LOWER.test(h.tag);
      // Mixed case is already CamelCase or an acronym plus words (#NAIDOCWeek2027): fine.
      if (upper && lower) continue;
      const split = splitHashtag(h.tag);
      const written = `#${h.tag}`;
      const how = upper ? 'all in capitals' : 'all in lower case';
      if (!split || split.words < ctx.options.minWords) {
        // No confident split (a place or brand name inside: #norevalleygreenway), but long and made of
        // several known words: flag it without guessing where the words break.
        const runs = h.tag.split(/[^a-zA-Z]+/);
        if (!runs.some((run) => looksMultiWord(run)) || /[^\x00-\x7f]/.test(h.tag)) {
          // Words the draft itself names (a place, an acronym it spells out) or the other language's words.
          const byVocabulary = splitWithVocabulary(h.tag, vocabulary());
          if (!byVocabulary || byVocabulary.words < ctx.options.minWords) continue;
          const camel = `#${byVocabulary.camel}`;
          ctx.report({
            offset: h.offset,
            endOffset: h.endOffset,
            message: `Hashtag "${written}" is written ${how}: use CamelCase ("${camel}") so screen readers read each word.`,
            suggestions: [{ message: `Write "${camel}"`, fix: { offset: h.offset, endOffset: h.endOffset, text: camel } }],
          });
          continue;
        }
        ctx.report({
          offset: h.offset,
          endOffset: h.endOffset,
          message: `Hashtag "${written}" is written ${how}: capitalise each word (CamelCase) so screen readers read each word.`,
        });
        continue;
      }
      const camel = `#${split.camel}`;
      ctx.report({
        offset: h.offset,
        endOffset: h.endOffset,
        message: `Hashtag "${written}" is written ${how}: use CamelCase ("${camel}") so screen readers read each word.`,
        suggestions: [{ message: `Write "${camel}"`, fix: { offset: h.offset, endOffset: h.endOffset, text: camel } }],
      });
    }
  },
});
