// accessibility/emoji: emoji that make a post hard to follow with a screen reader, which reads each one by
// its full name ("party popper, party popper, party popper"): too many, repeated runs, emoji as bullets,
// emoji standing in for words; emoji inside a sentence are reported as information only.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { findEmoji, sameEmoji, type EmojiMatch } from '../../src/text/emoji.js';
import markerData from '../../src/text/data/emoji-markers.json' with { type: 'json' };

// Emoji that label what a line gives (📍 a place, 📅 a date, 📞 a number): see the data file.
const MARKERS: ReadonlySet<string> = new Set(markerData.markers);
const isMarker = (emoji: string): boolean => MARKERS.has(emoji.replace(/\uFE0F/gu, ''));

// Words after which an emoji stands in for a noun ("come to the 📚", "bring your 🐶").
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|our|your|their|my|his|her|its|this|that|these|those|some|any|no|to|at|in|on|for|with|of|by|from)\s*$/iu;
// After such an emoji: a function word or the end of the clause, so the emoji is the noun itself
// ("bring your 🐶 and …", "come to the 📚!"), not decoration before one ("our 🅿️ parking map").
const FUNCTION_AFTER = /^\s*(?:[.,!?;:)]|$|(?:and|or|but|on|at|in|to|for|with|is|are|was|were|will|from|this|today|tomorrow|tonight|now|by|near|of|too)(?![\p{L}]))/iu;
const WORD_START = /^\s*[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{N}]\s*$/u;
const LETTER = /\p{L}/u;
// A letter right against the emoji, no space between: the emoji is inside a word ("sh🔥t", "l💙ve").
const LETTER_BEFORE = /\p{L}\p{M}*$/u;
const LETTER_AFTER = /^\p{L}/u;
// Emoji that spell a letter (🅰️ 🅱️ 🅾️ 🅿️ ℹ️ Ⓜ️): against a letter on either side they replace one ("c🅰️ll").
const LETTER_EMOJI = /^[\u{1F170}\u{1F171}\u{1F17E}\u{1F17F}\u2139\u24C2]/u;

interface Run {
  items: EmojiMatch[];
}

export default defineRule({
  id: 'accessibility/emoji',
  category: 'accessibility',
  description: 'Too many emoji, repeated emoji, emoji used as bullets or in place of words.',
  docs: {
    rationale:
      'Screen readers read every emoji by its full name, so strings of emoji are long and tiring and an emoji used instead of a word hides the meaning; GCS guidance is two or three emoji at most, not repeated, at the end of the post.',
    flagged: ['🎉🎉🎉 The new library is open 🎉📚📚📚 Come and visit 🏛️😀😀', 'Come to the 📚 on Saturday'],
    clean: ['The new library is open. Come and visit! 📚', 'Happy Diwali from all of us 🪔✨'],
  },
  defaultSeverity: 'warning',
  topics: ['accessibility'],
  options: z
    .object({
      /** Most emoji in one post before a warning. */
      max: z.number().int().min(0).default(4),
      /** Identical emoji in a row before a warning. */
      maxRepeat: z.number().int().min(1).default(2),
      /** Report emoji between the words of a sentence (information only). */
      midSentence: z.boolean().default(true),
      /** Most lines one label emoji (📍, 📅, 📞) may open before it counts as a bullet read before every line. */
      markerListMax: z.number().int().min(0).default(3),
    })
    .strict(),
  check(ctx) {
    const { prose } = ctx.doc;
    const o = ctx.options;
    // An emoji that closes a sentence of the shared splitter ("…pet food 🐕 Call us") is not mid-sentence.
    const endsSentence = (offset: number, endOffset: number): boolean => {
      // Sentences are sorted and disjoint: binary search (drafts can hold thousands of emoji).
      const list = ctx.doc.sentences();
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid]!.endOffset <= offset) lo = mid + 1;
        else hi = mid;
      }
      const sentence = list[lo];
      return sentence !== undefined && offset >= sentence.offset && prose.slice(endOffset, sentence.endOffset).trim() === '';
    };
    for (const post of ctx.posts) {
      const from = Math.max(post.offset, ctx.doc.bodyOffset);
      const all = findEmoji(prose, from, post.endOffset);
      if (all.length === 0) continue;
      const postNo = ctx.posts.length > 1 ? post.index : undefined;
      const where = postNo ? ` (post ${postNo})` : '';
      const flagged = new Set<EmojiMatch>();

      // A post carried by emoji alone.
      if (!LETTER.test(prose.slice(from, post.endOffset).replace(/[#@][\p{L}\p{N}_]+/gu, ''))) {
        ctx.report({
          offset: all[0]!.offset,
          endOffset: all[all.length - 1]!.endOffset,
          message: `This post${where} is only emoji: add words, as screen readers read emoji by name and their meaning is not shared by everyone.`,
          post: postNo,
        });
        continue;
      }

      if (all.length > o.max) {
        ctx.report({
          offset: all[o.max]!.offset,
          endOffset: all[all.length - 1]!.endOffset,
          message: `${all.length} emoji in this post${where}: use ${o.max} or fewer, as screen readers read each one by name.`,
          post: postNo,
        });
      }

      // Runs of adjacent emoji (nothing but spaces between).
      for (const run of runs(prose, all)) {
        let longest = 1;
        let cur = 1;
        for (let i = 1; i < run.items.length; i++) {
          cur = sameEmoji(run.items[i]!.emoji, run.items[i - 1]!.emoji) ? cur + 1 : 1;
          longest = Math.max(longest, cur);
        }
        if (longest > o.maxRepeat) {
          const first = run.items[0]!;
          const last = run.items[run.items.length - 1]!;
          ctx.report({
            offset: first.offset,
            endOffset: last.endOffset,
            message: `${run.items.length} emoji in a row${longest > 1 ? `, "${run.items.find((x, i) => i > 0 && sameEmoji(x.emoji, run.items[i - 1]!.emoji))!.emoji}" repeated` : ''}: a screen reader reads every one by name; use one.`,
            post: postNo,
          });
          for (const e of run.items) flagged.add(e);
        }
      }

      // Emoji as bullets: two or more lines of the post starting with an emoji, in one language: in a
      // bilingual post, one emoji before the heading of each language version is not a list.
      const lineStarts = all.filter((e) => lineStartsWith(prose, e.offset, from));
      // (A line's language is the main language of its section, from it to the next such line: a short
      // heading says too little on its own.)
      const spans = lineStarts.length >= 2 ? ctx.languageSpans() : [];
      const byLanguage = new Map<string, EmojiMatch[]>();
      lineStarts.forEach((e, i) => {
        const end = lineStarts[i + 1]?.offset ?? post.endOffset;
        const weight = new Map<string, number>();
        for (const sp of spans) {
          const overlap = Math.min(end, sp.end) - Math.max(e.offset, sp.start);
          if (overlap > 0) weight.set(sp.lang, (weight.get(sp.lang) ?? 0) + overlap);
        }
        const lang = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
        byLanguage.set(lang, [...(byLanguage.get(lang) ?? []), e]);
      });
      const bullets = [...byLanguage.values()].filter((group) => group.length >= 2).flat().sort((a, b) => a.offset - b.offset);
      if (bullets.length >= 2) {
        // The same emoji before every line is a bullet character read out for nothing (a warning); a
        // different emoji per line names what the line is about ("🔒 Lock doors", "🔑 Keep keys hidden"),
        // which reviewers of public-sector drafts accept: a suggestion only (info).
        // A label emoji (📍 before each place of a short list) names its line: repeated on up to
        // markerListMax lines it is a suggestion like a different emoji per line; on more, a bullet.
        // That allowance rests on the emoji being few: in a post over the emoji limit every line-opening
        // emoji is one more name read out before the words, so each is a bullet warning.
        const overMax = all.length > o.max;
        const uses = (e: EmojiMatch): number => bullets.filter((b) => sameEmoji(b.emoji, e.emoji)).length;
        const repeated = new Set<string>();
        for (let i = 1; i < bullets.length; i++) for (let k = 0; k < i; k++) if (sameEmoji(bullets[i]!.emoji, bullets[k]!.emoji)) repeated.add(bullets[i]!.emoji).add(bullets[k]!.emoji);
        for (const e of bullets) {
          flagged.add(e);
          const decorative = overMax || (repeated.has(e.emoji) && !(isMarker(e.emoji) && uses(e) <= o.markerListMax));
          ctx.report({
            offset: e.offset,
            endOffset: e.endOffset,
            message: decorative
              ? `Emoji "${e.emoji}" used as a bullet point: screen readers read it before every line; use a plain list or words.`
              : `Emoji "${e.emoji}" opens a line of a list: screen readers read its name first; a plain list reads more smoothly.`,
            post: postNo,
            ...(decorative ? {} : { severity: 'info' as const }),
          });
        }
      }

      // Emoji between the words of a sentence.
      for (const e of all) {
        if (flagged.has(e)) continue;
        const before = prose.slice(Math.max(from, e.offset - 40), e.offset);
        const after = prose.slice(e.endOffset, Math.min(post.endOffset, e.endOffset + 40)).split('\n')[0]!;
        const letterBefore = LETTER_BEFORE.test(before);
        const letterAfter = LETTER_AFTER.test(after);
        if ((letterBefore && letterAfter) || ((letterBefore || letterAfter) && LETTER_EMOJI.test(e.emoji))) {
          ctx.report({
            offset: e.offset,
            endOffset: e.endOffset,
            message: `Emoji "${e.emoji}" is inside a word: screen readers read its name in the middle of the word and search cannot find it; write the word out.`,
            post: postNo,
          });
          continue;
        }
        if (!WORD_END.test(before) || before.slice(before.trimEnd().length).includes('\n')) continue;
        if (DETERMINER_BEFORE.test(before) && FUNCTION_AFTER.test(after) && !findEmoji(after).length) {
          ctx.report({
            offset: e.offset,
            endOffset: e.endOffset,
            message: `Emoji "${e.emoji}" stands in for a word: write the word, as the emoji's spoken name may not carry your meaning.`,
            post: postNo,
          });
        } else if (o.midSentence && WORD_START.test(after) && !endsSentence(e.offset, e.endOffset)) {
          ctx.report({
            offset: e.offset,
            endOffset: e.endOffset,
            severity: 'info',
            message: `Emoji "${e.emoji}" in the middle of a sentence interrupts it when read aloud; consider moving emoji to the end.`,
            post: postNo,
          });
        }
      }
    }
  },
});

function runs(prose: string, all: EmojiMatch[]): Run[] {
  const out: Run[] = [];
  let cur: Run | undefined;
  for (const e of all) {
    if (cur && /^[ \t\u00a0\u200d\ufe0f]*$/u.test(prose.slice(cur.items[cur.items.length - 1]!.endOffset, e.offset))) cur.items.push(e);
    else out.push((cur = { items: [e] }));
  }
  return out;
}

function lineStartsWith(prose: string, offset: number, from: number): boolean {
  let i = offset - 1;
  while (i >= from && (prose[i] === ' ' || prose[i] === '\t')) i--;
  return i < from || prose[i] === '\n';
}
