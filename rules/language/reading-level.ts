// language/reading-level: a post that is hard to read as a whole (Flesch–Kincaid grade over the post,
// not per sentence: single short sentences give unstable scores). Calibrated on ordinary public posts,
// which score around grade 5–9; only clearly hard text is reported.
import { z } from 'zod';
import type { Range } from '../../src/engine/document.js';
import { defineRule } from '../../src/engine/rule.js';
import { fleschKincaidGrade, wordStats } from '../../src/text/readability.js';

/** Fewest words a sentence needs for its own grade to mark it as a hard part of the post. */
const HARD_SENTENCE_MIN_WORDS = 5;

export default defineRule({
  id: 'language/reading-level',
  category: 'language',
  description: 'Posts whose reading level (Flesch–Kincaid grade) is well above the target for the public.',
  docs: {
    rationale:
      'Public posts should be readable by most adults at first reading: GOV.UK aims for a reading age of 9, the Australian Style Manual for year 7, WCAG 3.1.5 for lower secondary education. Long words and long sentences raise the grade.',
    flagged: ['Going forward, we will leverage synergies across directorates to facilitate the delivery of holistic, citizen-centric outcomes.'],
    clean: ['Your bin collection day is changing from Monday 3 March. Check your new day at riverside.gov.uk/bins'],
  },
  defaultSeverity: 'info',
  topics: ['plain-language'],
  languages: ['en'],
  options: z
    .object({
      /** Flesch–Kincaid grade above which a post is reported (grade 13 ≈ reading age 18). */
      maxGrade: z.number().positive().default(13),
      /** Grade from which the finding is a warning rather than information. */
      warnGrade: z.number().positive().default(16),
      /** Posts with fewer words are not scored (too short for a stable score). */
      minWords: z.number().int().positive().default(12),
    })
    .strict(),
  check(ctx) {
    const o = ctx.options;
    const sentences = ctx.doc.sentences();
    for (const post of ctx.posts) {
      const from = Math.max(post.offset, ctx.doc.bodyOffset);
      // The post's sentences, read in place (no filtered copy). Sentence by sentence (the counts add up:
      // no word spans two sentences), so a long draft never builds one joined copy of its prose.
      let first: Range | undefined;
      let last: Range | undefined;
      // The finding points at the sentences that are hard on their own (from the first to the last), not
      // at the plain ones around them ("The plan is at example.ie/planning."); the whole post when none is.
      let firstHard: Range | undefined;
      let lastHard: Range | undefined;
      const stats = { sentences: 0, words: 0, syllables: 0, polysyllables: 0 };
      for (const s of sentences) {
        if (s.offset < from || s.offset >= post.endOffset) continue;
        first ??= s;
        last = s;
        stats.sentences++;
        const one = wordStats(ctx.doc.prose, s.offset, s.endOffset);
        stats.words += one.words;
        stats.syllables += one.syllables;
        stats.polysyllables += one.polysyllables;
        if (one.words >= HARD_SENTENCE_MIN_WORDS && fleschKincaidGrade({ ...one, sentences: 1 }) > o.maxGrade) {
          firstHard ??= s;
          lastHard = s;
        }
      }
      if (!first || !last) continue;
      if (stats.words < o.minWords) continue;
      const grade = fleschKincaidGrade(stats);
      if (grade <= o.maxGrade) continue;
      if (firstHard && lastHard) {
        first = firstHard;
        last = lastHard;
      }
      const where = ctx.posts.length > 1 ? `Post ${post.index} reads` : 'This post reads';
      ctx.report({
        offset: first.offset,
        endOffset: last.endOffset,
        severity: grade >= o.warnGrade ? 'warning' : 'info',
        message: `${where} at about US grade ${Math.round(grade)} (reading age ${Math.round(grade) + 5}): aim for grade 9 or lower with shorter sentences and everyday words.`,
        post: ctx.posts.length > 1 ? post.index : undefined,
      });
    }
  },
});
