// tone/flippant-about-harm: a joke next to real harm to people. A laughing or skull emoji, "lol",
// "haha", "but hey, at least" or a joke about an ambulance ride, in the same sentence as (or the sentence
// next to) someone injured, in hospital, burnt, killed, in a crash or poisoned: "got a free helicopter
// ride to Grand Junction 🚁😂" after a rollover. Data (the classes of joke marker and of harm, and what
// cancels harm) in ./flippant-about-harm.json.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { phraseGate } from '../../src/text/gate.js';
import data from './flippant-about-harm.json' with { type: 'json' };

const W = String.raw`[ \u00a0]+`;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words or phrases, any case, either apostrophe, any run of spaces; longest first. */
function words(list: readonly string[], flags = 'giu'): RegExp {
  const alts = [...new Set(list)].sort((a, b) => b.length - a.length).map((s) => escape(s).replace(/['’]/g, "['’]").replace(/ +/g, W).replace(/,/g, ',[ \\u00a0]*'));
  return new RegExp(`(?<![\\p{L}\\p{N}_'’&-])(?:${alts.join('|')})(?![\\p{L}\\p{N}_&-])`, flags);
}
// A run of joke emoji (each with an optional FE0F), spaces allowed between them: one finding.
const EMOJI = new RegExp(`(?:${data.jokes.emoji.join('|')})\\uFE0F?(?:[ \\u00a0]*(?:${data.jokes.emoji.join('|')})\\uFE0F?)*`, 'gu');
const STRONG = words(data.jokes.strong);
const WEAK = words(data.jokes.weak);
const VICTIM = words(data.jokes.victim);
const HARM = words(data.harm);
const PROPERTY_HARM = words(data.propertyHarm);
const ALL_SAFE = words(data.allSafe, 'iu');
const MODAL: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'would', 'will']);
const NOT_HARM = words(data.notHarm);
const FUNDRAISING = words(data.fundraising, 'iu');
const NEGATING: ReadonlySet<string> = new Set(data.harmCancel.map((w) => w.replace(/’/g, "'")));
const CANCEL: ReadonlySet<string> = new Set([...NEGATING, ...data.harmHypothetical]);
const HARM_GATE = phraseGate([...data.harm, ...data.propertyHarm]);
// A mock scoreline between a thing and the people it hurt ("Bridge 1, lorry 0.", "Ice 3, trucks 0"): a word
// and a number, then a word and nil, after a comma. A match result is told with its sport ("Final score
// Riverside 2, Marlow 0"): a sentence with one of SPORT's words holds no mock scoreline.
const SCORELINE = /(?<![\p{L}\p{N}])\p{L}{2,20}[ \u00a0]\d{1,2},[ \u00a0]\p{L}{2,20}[ \u00a0](?:0|nil)(?![\p{L}\p{N}])/giu;
const SPORT = /\b(?:score|scores|scored|final|match|game|games|won|win|wins|beat|beaten|league|cup|trophy|fixture|derby|half-time|full-time|FT|HT|goals?|innings|tournament|team|squad|player|players)\b/iu;
// "LOL" in capitals before a capitalised word, after another or opening its sentence, is a name ("Comic
// Relief LOL Fest", "LOL Surprise dolls"); after a lower-case word it is laughter ("was injured LOL Please …").
const NAME_AFTER = /^[ \u00a0]+\p{Lu}/u;
/** The word before `at` (in its sentence) is capitalised. */
function nameBefore(sentence: string, at: number): boolean {
  const pre = sentence.slice(Math.max(0, at - 30), at);
  if (!/[ \u00a0]$/u.test(pre)) return false;
  return /^\p{Lu}/u.test(pre.trim().split(/[ \u00a0]/u).at(-1) ?? '');
}

interface Hit {
  start: number;
  end: number;
}

/**
 * Harm to people (or their home or vehicle) in a sentence: a harm word not inside a non-harm phrase, nor
 * negated or (unless `risk`, for a sentence that itself laughs) hypothetical.
 */
function harmIn(sentence: string, risk = false): string | undefined {
  const cancel = risk ? NEGATING : CANCEL;
  if (FUNDRAISING.test(sentence)) return undefined;
  const not: Hit[] = [...sentence.matchAll(NOT_HARM)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const m of sentence.matchAll(HARM)) {
    const s = m.index;
    const e = s + m[0].length;
    if (not.some((n) => s < n.end && n.start < e)) continue;
    // Up to four words before it, in its clause: "no one was seriously injured", "could end up in hospital".
    const clause = sentence.slice(Math.max(0, s - 48), s).split(/[,.;:!?()—–]/u).at(-1)!;
    const before = clause.toLowerCase().replace(/’/g, "'").match(/[\p{L}'-]+/gu)?.slice(-4) ?? [];
    if (before.some((w) => cancel.has(w))) continue;
    return m[0];
  }
  // Harm to a home or a vehicle ("RIP garage 😂", "another semi doing the ditch dance"), unless the sentence
  // says everyone is safe ("Kitchen fire at the station BBQ 😂 no one was injured").
  if (ALL_SAFE.test(sentence)) return undefined;
  for (const m of sentence.matchAll(PROPERTY_HARM)) {
    const clause = sentence.slice(Math.max(0, m.index - 48), m.index).split(/[,.;:!?()—–]/u).at(-1)!;
    const before = clause.toLowerCase().replace(/’/g, "'").match(/[\p{L}'-]+/gu)?.slice(-4) ?? [];
    // ("A chimney fire can start from …": a modal right after it makes it a risk, too.)
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 24).toLowerCase().match(/[\p{L}'-]+/gu)?.slice(0, 2) ?? [];
    if (!before.some((w) => cancel.has(w)) && (risk || !after.some((w) => MODAL.has(w)))) return m[0];
  }
  return undefined;
}

function jokesIn(sentence: string, re: RegExp): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (const m of sentence.matchAll(re)) {
    const s = m.index;
    const e = s + m[0].length;
    if (/^LOL$/u.test(m[0]) && NAME_AFTER.test(sentence.slice(e, e + 3)) && (nameBefore(sentence, s) || /^\s*$/u.test(sentence.slice(0, s)))) continue;
    out.push({ start: s, end: e });
  }
  return out;
}

export default defineRule({
  id: 'tone/flippant-about-harm',
  category: 'tone',
  description: 'A joke (laughing or skull emoji, "lol", "but hey, at least…") next to real harm to people: injuries, a death, a crash, someone in hospital.',
  docs: {
    rationale:
      'People hurt or killed, and their families, read what an official account says about them: a joke beside their harm fails the duty to treat the public, and victims above all, with respect (GCS Propriety in digital and social media: think before you post; Civil Service Code: integrity; APS Code of Conduct s.13(3); the Victims\u2019 Code and its equivalents). Platforms\u2019 humour suits events and safety tips; not an incident in which someone was harmed. Say what happened plainly, then give the safety message.',
    flagged: [
      'Rollover on Hwy 62 tonight. Driver wasn\u2019t wearing a seatbelt and got a free helicopter ride to hospital 🚁😂 Buckle up.',
      'Two people are in hospital after a CO leak, but hey, at least they\u2019ll get the boiler serviced now lol',
    ],
    clean: [
      'Rollover on Hwy 62 tonight: the driver, who was not wearing a seatbelt, was airlifted to hospital. Buckle up.',
      'Don\u2019t let your turkey become a fire hazard 🦃 Never leave cooking unattended.',
      'Our staff bake-off was a hoot 😂 Thanks to everyone who raised £800 for the burns unit!',
    ],
  },
  defaultSeverity: 'warning',
  topics: ['conduct'],
  languages: ['en'],
  options: z.object({}).strict(),
  check(ctx) {
    if (!HARM_GATE(ctx.doc.words())) return;
    const { prose } = ctx.doc;
    const all = ctx.doc.sentences();
    // (Posts and sentences are both in order: one pass over the sentences for the whole thread.)
    let k = 0;
    for (const post of ctx.posts) {
      const from = Math.max(post.offset, ctx.doc.bodyOffset);
      while (k < all.length && all[k]!.offset < from) k++;
      const sents: typeof all = [];
      for (; k < all.length && all[k]!.offset < post.endOffset; k++) if (all[k]!.endOffset <= post.endOffset) sents.push(all[k]!);
      const texts = sents.map((s) => prose.slice(s.offset, s.endOffset));
      const harm = texts.map((t) => harmIn(t));
      // Paragraph of each sentence: a blank line between two sentences starts a new one.
      const para: number[] = [];
      sents.forEach((x, i) => para.push(i === 0 ? 0 : para[i - 1]! + (/\n[ \t]*\n/u.test(prose.slice(sents[i - 1]!.endOffset, x.offset)) ? 1 : 0)));
      const near = (i: number): string | undefined => harm[i] ?? harm[i - 1] ?? harm[i + 1];
      // A joke about the victims themselves ("Natural selection remains undefeated.", "Bridge 1, lorry 0.")
      // counts anywhere in the paragraph of the harm; a laugh only next to it ("A pedestrian died … Our new
      // gritter has a name 😂" laughs at the gritter).
      const inParagraph = (i: number): string | undefined => near(i) ?? harm.find((h, k) => h !== undefined && para[k] === para[i]);
      const found: Array<Hit & { harm: string; strong: boolean }> = [];
      texts.forEach((t, i) => {
        const words = jokesIn(t, STRONG);
        const p = inParagraph(i) ?? (words.length > 0 ? harmIn(t, true) : undefined);
        if (p === undefined) return;
        const at = sents[i]!.offset;
        for (const j of [...jokesIn(t, VICTIM), ...(SPORT.test(t) ? [] : jokesIn(t, SCORELINE))]) found.push({ start: at + j.start, end: at + j.end, harm: p, strong: true });
        const laughs = [...jokesIn(t, EMOJI), ...words];
        // (A mocking word in the sentence of a risk mocks it too: "If your kid faints …, well, at least … 😂".
        // An emoji alone beside a risk is a light safety message: "You could end up in hospital if you ignore
        // the ice 😂 so wear good boots.")
        const h = near(i) ?? (words.length > 0 ? harmIn(t, true) : undefined);
        if (h === undefined) return;
        for (const j of laughs) found.push({ start: at + j.start, end: at + j.end, harm: h, strong: true });
        for (const j of jokesIn(t, WEAK)) found.push({ start: at + j.start, end: at + j.end, harm: h, strong: false });
      });
      // A weak marker ("literally", "found out the hard way") counts only beside a strong one in the post.
      if (!found.some((f) => f.strong)) continue;
      found.sort((a, b) => a.start - b.start);
      let last = -1;
      for (const f of found) {
        if (f.start < last) continue;
        last = f.end;
        ctx.report({
          offset: f.start,
          endOffset: f.end,
          message: `"${prose.slice(f.start, f.end)}" jokes next to harm to people ("${f.harm}"): drop the joke, say plainly what happened, with respect for the people affected, then give the safety message.`,
        });
      }
    }
  },
});
