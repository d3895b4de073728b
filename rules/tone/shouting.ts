// tone/shouting: runs of words in capitals that are not acronyms, and strings of exclamation marks.
// On social media capitals read as shouting, and both read as hostile from an official account.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { findCapsRuns, mayHaveCapsRuns } from '../../src/text/caps.js';

// "!!", "!!!", "?!?!", "!?!": two or more exclamation marks together (bounded, linear).
const BANGS = /[!?]{0,8}![!?]{0,8}/g;
const EXCLAMATION = /!/g;

export default defineRule({
  id: 'tone/shouting',
  category: 'tone',
  description: 'Shouting: runs of words in capitals that are not acronyms, and excessive exclamation marks.',
  docs: {
    rationale: 'Capitals and strings of exclamation marks read as shouting and are harder to read; official accounts stay calm and courteous.',
    flagged: ['DO NOT PARK ON THE GRASS VERGES.', 'This is your final warning!!!', 'Come along! Free food! Games! Prizes!'],
    clean: ['Call NHS 111 or visit your GP.', 'COVID-19 boosters are available at the A&E entrance.', 'The FAQ is on our website!'],
  },
  defaultSeverity: 'warning',
  topics: ['conduct'],
  options: z
    .object({
      /** Capitalised words (not acronyms) in a row that count as shouting. */
      minWords: z.number().int().min(2).default(3),
      /** Exclamation marks in one post that count as excessive. */
      maxExclamations: z.number().int().min(1).default(3),
    })
    .strict(),
  check(ctx) {
    const { prose } = ctx.doc;
    // Blocks are ranges of the prose: when the whole prose cannot hold a caps run, none of them can.
    for (const block of mayHaveCapsRuns(prose) ? ctx.doc.blocks : []) {
      if (block.type === 'paragraph' && ctx.doc.containsBlock(block)) continue;
      for (const run of findCapsRuns(prose, block.offset, block.endOffset, ctx.options.minWords)) {
        ctx.report({
          offset: run.offset,
          endOffset: run.endOffset,
          message: `${run.words} words in capitals read as shouting: use sentence case (capitals are also harder to read and for screen readers).`,
        });
      }
    }
    // Posts are ranges of the prose: without an exclamation mark there is nothing more to check.
    if (!prose.includes('!')) return;
    for (const post of ctx.posts) {
      const slice = prose.slice(post.offset, post.endOffset);
      if (!slice.includes('!')) continue;
      let runs = 0;
      BANGS.lastIndex = 0;
      for (const m of slice.matchAll(BANGS)) {
        if (m[0].length < 2) continue;
        runs++;
        const s = post.offset + m.index;
        ctx.report({ offset: s, endOffset: s + m[0].length, message: `"${m[0]}": repeated exclamation marks read as shouting; one is plenty.`, post: post.index });
      }
      if (runs > 0) continue;
      const marks = [...slice.matchAll(EXCLAMATION)];
      if (marks.length > ctx.options.maxExclamations && slice.trim().length <= 600) {
        const last = marks[ctx.options.maxExclamations]!;
        const s = post.offset + last.index;
        ctx.report({
          offset: s,
          endOffset: s + 1,
          message: `${marks.length} exclamation marks in one short post read as shouting: keep one at most.`,
          post: post.index,
        });
      }
    }
  },
});
