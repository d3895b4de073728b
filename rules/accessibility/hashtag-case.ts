// accessibility/hashtag-case: multi-word hashtags written in one case (#blackhistorymonth,
// #BLACKHISTORYMONTH). Screen readers read CamelCase hashtags word by word and run the others together.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { findHashtags, foldLetters, looksMultiWord, segmentWithVocabulary, splitHashtag } from '../../src/text/words.js';

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
    let vocabulary: { prose: ReadonlySet<string>; tags: ReadonlySet<string> } | undefined;
    // The post's words outside hashtags and the organisation's name, and its one-word hashtags: folded, three letters or more.
    const postVocabulary = (): { prose: ReadonlySet<string>; tags: ReadonlySet<string> } => {
      const words = new Set<string>();
      const source = `${prose.slice(bodyOffset).replace(/[#＃][\p{L}\p{M}\p{N}_]+/gu, ' ')} ${ctx.settings.organisation.name ?? ''}`;
      for (const m of source.matchAll(/\p{L}[\p{L}\p{M}]{2,}/gu)) words.add(foldLetters(m[0].normalize('NFC')));
      const tags = new Set(findHashtags(prose, bodyOffset).filter((t) => /^\p{L}{3,}$/u.test(t.tag)).map((t) => foldLetters(t.tag)));
      return { prose: words, tags };
    };
    for (const h of findHashtags(prose, bodyOffset)) {
      const upper = HAS_UPPER.test(h.tag);
      const lower = HAS_LOWER.test(h.tag);
      // Mixed case is already CamelCase or an acronym plus words (#NAIDOCWeek2027): fine.
      if (upper && lower) continue;
      const split = splitHashtag(h.tag);
      const written = `#${h.tag}`;
      const how = upper ? 'all in capitals' : 'all in lower case';
      if (!split || split.words < ctx.options.minWords) {
        // Words of the post itself (a place, the organisation, the other language's words): "#dogparkmoncton"
        // in a post about Moncton, "#froidextreme" beside "froid extrême".
        const folded = foldLetters(h.tag);
        const words = (vocabulary ??= postVocabulary());
        // Other one-word hashtags count as the post's words ("#moncton" beside "#dogparkmoncton"); this one does not.
        const local = /^\p{L}+$/u.test(h.tag) ? segmentWithVocabulary(h.tag, { has: (w) => words.prose.has(w) || (w !== folded && words.tags.has(w)) }) : undefined;
        if (local && local.length >= ctx.options.minWords) {
          const camel = `#${local.map((w) => (upper && w.length === 2 ? w : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join('')}`;
          ctx.report({
            offset: h.offset,
            endOffset: h.endOffset,
            message: `Hashtag "${written}" is written ${how}: use CamelCase ("${camel}") so screen readers read each word.`,
            suggestions: [{ message: `Write "${camel}"`, fix: { offset: h.offset, endOffset: h.endOffset, text: camel } }],
          });
          continue;
        }
        // No confident split (a place or brand name inside: #norevalleygreenway), but long and made of
        // several known words: flag it without guessing where the words break.
        const runs = h.tag.split(/[^a-zA-Z]+/);
        if (!runs.some((run) => looksMultiWord(run)) || /[^\x00-\x7f]/.test(h.tag)) continue;
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
