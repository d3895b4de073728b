// ai-disclosure/chatbot-leftover: text pasted from a chatbot with its chat around it — "Certainly! Here's a
// friendly post for your council:", "I hope this helps!", "As an AI language model", "**Tweet:**".
// Template slots ("[insert date]", "[Your Council Name]", "{{name}}") come from the shared data in
// src/text/placeholders.ts; they are reported here as unreviewed template or chatbot text (option `slots`).
import { z } from 'zod';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { Range } from '../../src/engine/document.js';
import { findPlaceholders } from '../../src/text/placeholders.js';
import { hasAnyOf, phraseGate } from '../../src/text/gate.js';
import { findOtherLanguageLeftovers } from '../../src/text/lang-checks.js';

type Kind = 'preamble' | 'sign-off' | 'self-reference' | 'label' | 'slot';

// --- Preambles ---------------------------------------------------------------------------------------
// A chatbot's answer opens with a courtesy word and "here's a … post": the candidate is that sentence,
// up to its colon or full stop (bounded), and is then classified by what it introduces.
const OPENER = String.raw`(?:Certainly|Sure(?:\s+thing)?|Absolutely|Of\s+course|Definitely|Great(?:\s+idea|\s+question)?|Happy\s+to\s+help|Okay|OK|Alright|No\s+problem)`;
const INTRO = String.raw`(?:Here(?:['’]s|\s+is|\s+are)|Below\s+(?:is|are)|I(?:['’]ve|\s+have)\s+(?:drafted|written|created|rewritten|revised|updated|prepared|put\s+together|come\s+up\s+with)|This\s+is)`;
// Every INTRO alternative holds all the words of one of these phrases, bounded on both sides ("I've
// drafted" holds "i" and "drafted"); a preamble is reported only when its text also holds one of
// PREAMBLE_NOUNS (WRITING or CHAT_NOUN, see isPreamble): a draft without both skips the pattern.
const INTRO_GATE = phraseGate([
  'here', 'below', 'this is',
  ...['drafted', 'written', 'created', 'rewritten', 'revised', 'updated', 'prepared', 'put together', 'come up with'].map((v) => `I ${v}`),
]);
// A cheap scan (no `u` flag, so no Unicode case folding: ſ is spelled out) for an INTRO anywhere.
const INTRO_PREFILTER = /here(?:['’][s\u017f]|\s+i[s\u017f]|\s+are)|below\s+(?:i[s\u017f]|are)|i(?:['’]ve|\s+have)\s|thi[s\u017f]\s+i[s\u017f]/i;
const PREAMBLE_NOUNS = ['post', 'posts', 'tweet', 'tweets', 'toot', 'caption', 'captions', 'thread', 'social', 'status', 'version', 'versions', 'draft', 'drafts', 'rewrite', 'revision', 'options', 'variations', 'alternatives', 'suggestions'];
const PREAMBLE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’])(?:(${OPENER})[!,.]?[ \t]{1,3})?${INTRO}[ \t]+([^.!?:\n]{1,120})(:|[.!](?=\s|$))`,
  'giu',
);
// A courtesy opener on its own before anything else: "Certainly! I'd be happy to help."
const OPENER_ONLY_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${OPENER})[!,.][ \t]{1,3}I(?:['’]d|\s+would)\s+be\s+(?:happy|glad|delighted)\s+to\s+help(?:\s+with\s+(?:that|this))?[.!]`, 'giu');
// What the preamble introduces: a piece of writing for someone to post …
const WRITING = /\b(?:post|posts|tweet|tweets|toot|caption|captions|thread|social\s+media\s+(?:update|copy|message|content)|status\s+update)\b/iu;
// … or another try at it.
const CHAT_NOUN = /\b(?:version|versions|draft|drafts|rewrite|revision|options|variations|alternatives|suggestions)\b/iu;
// Words a chatbot uses to sell its draft; a council sharing "our latest post" does not.
const CHAT_ADJ = /\b(?:friendly|engaging|catchy|upbeat|punchy|concise|professional|polished|warm|fun|light-?hearted|snappy|revised|rewritten|improved|suggested|possible|sample|draft|friendlier|shorter|longer|more\s+(?:formal|casual|friendly|engaging|concise|professional))\b/iu;
// Writing addressed to the person who asked for it, or for a named platform.
const CUE = /\b(?:for\s+your|you\s+(?:can|could|might)\s+(?:use|post|share)|tone|(?:Facebook|LinkedIn|Instagram|Twitter|X|Bluesky|Threads|Mastodon|TikTok|Nextdoor)\s+(?:post|update|caption|thread)|for\s+(?:Facebook|LinkedIn|Instagram|Twitter|X|Bluesky|Threads|Mastodon|TikTok|Nextdoor|social\s+media)|of\s+(?:your|the|this)\s+(?:post|tweet|text|message|caption|announcement)|announcing|promoting)\b/iu;
// "Here's our latest blog post:" and "Here's a post from our friends at …" are ordinary sharing.
const SHARING = /^(?:our|my)\b|\bblog\s+post\b|\bfrom\s+our\b/iu;

// --- Sign-offs ---------------------------------------------------------------------------------------
// Offers to revise: no public post says these to its readers.
// What a chatbot offers to make next: another version of its text with a change only a writer would ask
// for — more or fewer emojis or hashtags, another tone, another platform, shorter or punchier. A version
// "in large print" or "in Spanish", or a "copy of the leaflet", is what a service offers residents, so the
// change has to be one of these (no language, format or accessibility words).
const CHAT_PLATFORM = String.raw`(?:Facebook|LinkedIn|Instagram|Twitter|X|Bluesky|Threads|Mastodon|TikTok|Nextdoor|social\s+media|other\s+platforms|each\s+platform|a\s+different\s+platform|stories|reels)`;
const CHAT_TWEAK = String.raw`(?:(?:more|fewer|less|no|some|extra|different)\s+(?:emojis?|emoji|hashtags?|humou?r|exclamation\s+marks|puns)|(?:a|an)\s+(?:more|less|different|formal|casual|friendly|playful|serious|professional|lighter|upbeat)\s+(?:[\p{L}-]{3,15}\s+)?(?:tone|voice)|(?:a\s+)?call\s+to\s+action)`;
const CHAT_COMPARATIVE = String.raw`(?:shorter|longer|punchier|snappier|friendlier|catchier|more\s+(?:formal|casual|friendly|playful|engaging|concise|urgent|professional|upbeat|fun)|less\s+(?:formal|casual|serious|wordy))`;
// Another version of the text, or the text itself changed ("it punchier").
const CHAT_VERSION = String.raw`(?:(?:a|an|another|one)\s+(?:[\p{L}-]{1,15}\s+){0,2}?(?:version|variation|variant|rewrite|take|draft)\s+(?:with(?:out)?\s+(?:${CHAT_TWEAK}|emojis?|emoji|hashtags?)|in\s+${CHAT_TWEAK}|for\s+${CHAT_PLATFORM}|that(?:['’]s|\s+is)\s+${CHAT_COMPARATIVE}|(?:tailored|adapted|optimi[sz]ed)\s+for)|(?:it|this|the\s+post)\s+(?:(?:a\s+(?:bit|little)|slightly|even)\s+)?${CHAT_COMPARATIVE}|(?:it|this|the\s+post)\s+(?:with(?:out)?\s+(?:emojis?|emoji|hashtags?)|in\s+${CHAT_TWEAK}))`;
// After "Let me know if you'd like" a bare change ("more emojis") is an offer too; as a question to readers
// ("Want more hashtags in your life? Follow #LoveLibraries") it can be a council's own joke, so questions need CHAT_VERSION.
const CHAT_OFFER = String.raw`(?:${CHAT_VERSION}|${CHAT_TWEAK})`;
// Each pattern with the lower-case words of which it needs at least one, bounded on both sides: a draft
// mentioning none of them skips the pattern (a Set lookup, see Document.words).
const SIGN_OFFS: ReadonlyArray<readonly [readonly string[], RegExp]> = [
  [['know'], /(?<![\p{L}])Let\s+me\s+know\s+if\s+you(?:['’]d|\s+would)?\s+(?:like|want|need|prefer)\s+(?:any\s+(?:changes|adjustments|tweaks|edits|modifications|revisions|other)|(?:me|it)\s+to\b|(?:a|an)\s+(?:different|shorter|longer|alternative|more|less|another|second)\b|(?:some|more|other)\s+(?:changes|adjustments|tweaks|edits|variations|options|alternatives|versions)|(?:it|this)\s+(?:to\s+be|adjusted|changed|shortened|tailored|tweaked)|to\s+(?:adjust|change|tweak|modify|edit|refine))[^.!?\n]{0,100}[.!?]?/giu],
  // "Let me know if you'd like a version with more emojis!", "… if you want it punchier."
  [['know'], new RegExp(String.raw`(?<![\p{L}])Let\s+me\s+know\s+if\s+you(?:['’]d|\s+would)?\s+(?:like|want|prefer)\s+${CHAT_OFFER}(?![\p{L}])[^.!?\n]{0,100}[.!?]?`, 'giu')],
  // The same offer as a question: "Would you like a version for Instagram?", "Want it shorter?", "Shall I make it more formal?"
  [['like', 'want', 'shall', 'should'], new RegExp(String.raw`(?<![\p{L}])(?:Would\s+you\s+like|Do\s+you\s+want|Want|(?:Shall|Should)\s+I\s+(?:make|write|draft|create|do|add|give\s+you))\s+${CHAT_VERSION}(?![\p{L}])[^.!?\n]{0,100}\?`, 'giu')],
  // "Happy to tweak the tone if needed!" (a sentence of its own: "We're happy to adjust …" is a service offer).
  [['happy'], /(?<![\p{L}][ \t]{0,3})(?<![\p{L}'’])(?:I['’]m\s+|I\s+am\s+)?happy\s+to\s+(?:tweak|adjust|shorten|rewrite|revise|refine|tailor)\s+(?:it|this|the\s+(?:tone|wording|length|post|caption|copy|hashtags|emojis?))\b[^.!?\n]{0,100}[.!?]?/giu],
  [['free'], /(?<![\p{L}])Feel\s+free\s+to\s+(?:adjust|tweak|modify|edit|customi[sz]e|change|adapt|personali[sz]e|tailor|swap|shorten)(?:\s+(?:and|or)\s+\p{L}{2,15})?\s+(?:it|this|these|any\s+(?:details|part|parts|wording)|the\s+(?:post|text|wording|tone|message|details|hashtags|copy|length|emojis?|caption|content|language|specifics))\b[^.!?\n]{0,100}[.!?]?/giu],
  // An editing instruction to whoever posts it: "Feel free to adjust the times or add details about parking."
  // (The reader's own things, "feel free to update your details online and add …", are a service offer.)
  [['free'], /(?<![\p{L}])Feel\s+free\s+to\s+(?:adjust|tweak|modify|edit|change|update)\s+(?!your\b|yours\b)(?:[^\s.!?]{1,20}[ \t]+){1,6}?(?:or|and)\s+add\s+(?:any\s+|more\s+|your\s+own\s+|extra\s+|some\s+)?(?:details|info|information|specifics|context)\b[^.!?\n]{0,100}[.!?]?/giu],
  // … or to add something to the post: "Feel free to adjust the times or add a photo to make it even more
  // engaging!" (a thing a post is made of, not the reader's own details).
  [['free'], /(?<![\p{L}])Feel\s+free\s+to\s+(?:adjust|tweak|modify|edit|change|update|swap)\s+(?!your\b|yours\b)(?:[^\s.!?]{1,20}[ \t]+){1,6}?(?:or|and)\s+(?:add|include|drop\s+in|throw\s+in)\s+(?:a|an|some|more|another|your\s+own)\s+(?:photos?|pictures?|images?|emojis?|hashtags?|graphics?|videos?|gifs?|links?|quotes?|call\s+to\s+action)\b[^.!?\n]{0,100}[.!?]?/giu],
  // What a chatbot says its suggestion is for: "… to make it even more engaging", on a line's own sentence.
  [['engaging', 'eye-catching', 'shareable', 'punchy', 'catchy', 'impactful'], /(?<![\p{L}])to\s+make\s+(?:it|the\s+post|this|your\s+post)\s+(?:even\s+|a\s+bit\s+|a\s+little\s+|extra\s+)?(?:more\s+)?(?:engaging|eye-catching|shareable|punchy|catchy|impactful)(?=\s*[!.]|\s*$)[!.]?/giu],
  [['me'], /(?<![\p{L}])(?:Would\s+you\s+like|Do\s+you\s+want)\s+me\s+to\b[^.!?\n]{0,120}\?/giu],
  [['like'], /(?<![\p{L}])If\s+you(?:['’]d|\s+would)\s+like,?\s+I\s+(?:can|could)\b[^.!?\n]{0,120}[.!?]?/giu],
  [['also'], /(?<![\p{L}])I\s+can\s+also\s+(?:make|create|write|draft|provide|adjust|tailor|shorten|suggest|rewrite|generate)\b[^.!?\n]{0,120}[.!?]?/giu],
];
// "Hope this helps" closes many honest replies to residents: in a reply it counts only beside other leftovers.
// Only as a closing sentence of its own ("I hope this helps!"), not "We hope this helps you plan your journey".
const HOPE_RE = /(?<![\p{L}][ \t]{0,3})(?<![\p{L}])(?:I\s+)?hope\s+(?:this|that|it)\s+helps(?=\s*(?:[!.]|$|\p{Extended_Pictographic}|:\)))(?:\s*[!.]+)?/gimu;

// --- Self-reference ----------------------------------------------------------------------------------
const SELF_REFERENCES: ReadonlyArray<readonly [readonly string[], RegExp]> = [
  [['an'], /(?<![\p{L}])As\s+an\s+AI(?:\s+(?:language\s+model|model|assistant|chatbot|system))?(?![\p{L}])/giu],
  [['my'], /(?<![\p{L}])as\s+of\s+my\s+(?:last\s+)?(?:knowledge\s+(?:update|cut-?off)|training(?:\s+data)?(?:\s+cut-?off)?|last\s+update|cut-?off)(?![\p{L}])/giu],
  [['knowledge', 'training'], /(?<![\p{L}])my\s+(?:knowledge|training(?:\s+data)?)\s+(?:cut-?off|only\s+goes\s+up\s+to)(?![\p{L}])/giu],
  [['real', 'current', 'live'], /(?<![\p{L}])I\s+(?:don['’]t|do\s+not)\s+have\s+(?:access\s+to\s+)?(?:real[-\s]time|current|live)\s+(?:information|data|updates|access|internet\s+access)(?![\p{L}])/giu],
  [['browse', 'access', 'search'], /(?<![\p{L}])I\s+(?:cannot|can['’]t|am\s+unable\s+to|am\s+not\s+able\s+to|don['’]t\s+have\s+the\s+ability\s+to)\s+(?:browse|access|search)\s+the\s+(?:internet|web)(?![\p{L}])/giu],
  [['an'], /(?<![\p{L}])I(?:['’]m|\s+am)\s+(?:just\s+)?an\s+AI(?:\s+(?:language\s+model|model|assistant|chatbot))?(?![\p{L}])/giu],
];

// --- Chat formatting ---------------------------------------------------------------------------------
// Labels a chatbot puts before each draft, at the start of a line ("**Tweet:**", "Facebook post:").
const PLATFORMS = 'Facebook|LinkedIn|Instagram|Twitter|X|Bluesky|Threads|Mastodon|TikTok|Nextdoor|Social\\s+media';
// A line that starts like a label (a cheap scan: LABEL_RE is case-sensitive and its start needs no `u`
// flag); then every LABEL_RE alternative holds one of `first` and, when given, one of `then` (bounded on
// both sides): a draft failing either skips the pattern.
const LABEL_GATES: ReadonlyArray<{ first: readonly string[]; then?: readonly string[] }> = [
  { first: ['tweet', 'toot', 'caption', 'option', 'version', 'draft'] },
  { first: ['facebook', 'linkedin', 'instagram', 'twitter', 'x', 'bluesky', 'threads', 'mastodon', 'tiktok', 'nextdoor', 'social'], then: ['post', 'caption', 'copy', 'version', 'update'] },
  { first: ['post'], then: ['copy', 'text'] },
  { first: ['suggested'], then: ['post', 'tweet', 'caption', 'hashtags', 'copy'] },
];
const LABEL_RE = new RegExp(
  String.raw`^[ \t>]*((?:Tweet|Toot|Caption|(?:${PLATFORMS})\s+(?:post|caption|copy|version|update)|Post\s+(?:copy|text)|Suggested\s+(?:post|tweet|caption|hashtags|copy)|Draft\s+(?:post|tweet|caption)|(?:Option|Version|Draft)\s+(?:\d{1,2}|[A-C]|one|two|three))(?:[ \t]*\([^()\n]{1,30}\))?)[ \t]*[:\-–—]([^\n]*)`,
  'gmu',
);
const LABEL_START = new RegExp(String.raw`^[ \t>]*(?:Tweet|Toot|Caption|${PLATFORMS}|Post|Suggested|Draft|Option|Version)`, 'm');
// "Option 1:" also heads consultation options: it is a chatbot label only alone on its line, with a tone
// note ("Option 2 (friendly):"), or in a draft with other leftovers; bold does not help, as people bold options too.
const NUMBERED = /^(?:Option|Version|Draft)\s/iu;
const TONE_NOTE = /\((?:[^()\n]{0,12}\b)?(?:friendly|formal|casual|short|shorter|long|longer|concise|professional|playful|informative|engaging|fun|warm|upbeat|punchy|emoji|detailed|simple)\b/iu;

export interface Leftover extends Range {
  kind: Kind;
  /** Weak evidence: reported only beside a strong leftover. */
  weak?: boolean;
}

export default defineRule({
  id: 'ai-disclosure/chatbot-leftover',
  category: 'ai-disclosure',
  description: 'Chatbot output pasted with its chat: preambles, sign-offs, "As an AI language model", chat labels such as "**Tweet:**", and template slots.',
  docs: {
    rationale:
      'A post that opens "Certainly! Here\'s a friendly post for your council:" or ends "Let me know if you\'d like any changes" shows that AI output was published unreviewed, ' +
      'whether or not the frontmatter declares AI use. Human review and transparency are required by AI-use policies (GCS, UK AI Playbook, Canada TBS guide). ' +
      '"Hope this helps!" is reported in a reply only when the draft has another leftover, because people write it to residents. "Option 1:" is reported only as a label on its own line, ' +
      'with a tone note, or beside other leftovers, because consultations list options. Bracketed template slots ("[insert date]", "[Your Council Name]", "{{name}}") are reported too, at most as a warning, ' +
      'from the slot data language/placeholder uses (which reports them as unfinished text); set the option `slots: false` to leave them to that rule alone. ' +
      'The fix removes a preamble or sign-off.',
    flagged: ['Certainly! Here\'s a friendly post for your council: Our libraries are open late this week. I hope this helps!', 'As an AI language model, I cannot know the current bin days.', '**Tweet:**\nBins are collected as normal this week.'],
    clean: ['Here\'s our latest blog post on the budget:', 'Here are three options for the new library site: tell us which you prefer.', 'Join our free workshops on ChatGPT and Copilot at the library.'],
  },
  defaultSeverity: 'error',
  topics: ['ai-governance', 'accuracy'],
  options: z
    .object({
      /** Also report bracketed template slots (language/placeholder reports them as unfinished text). */
      slots: z.boolean().default(true),
    })
    .strict(),
  fixable: true,
  check(ctx) {
    const { doc } = ctx;
    for (const f of findChatbotLeftovers(ctx, ctx.options.slots)) {
      const excerpt = doc.text.slice(f.offset, f.endOffset).replace(/\s+/g, ' ').trim();
      const fix = f.kind === 'preamble' || f.kind === 'sign-off' ? removal(doc.text, f) : undefined;
      ctx.report({
        offset: f.offset,
        endOffset: f.endOffset,
        message: MESSAGES[f.kind](excerpt),
        ...(f.kind === 'slot' ? { severity: ctx.severity === 'error' ? 'warning' : ctx.severity } : {}),
        ...(fix ? { fix } : {}),
      });
    }
  },
});

/**
 * The chatbot leftovers of a draft (with template slots when `slots`), non-overlapping, in document order;
 * also read by ai-disclosure/undisclosed-ai, for which a leftover contradicts a declared review.
 */
export function findChatbotLeftovers(ctx: RuleContext<unknown>, slots: boolean): Leftover[] {
  const { doc } = ctx;
  const prose = doc.prose;
  // Candidates in priority order (earlier kinds win where they overlap), resolved in one sweep below.
  const candidates: Leftover[] = [];
  const add = (l: Leftover): void => {
    candidates.push(l);
  };

  const words = doc.words();
  for (const m of INTRO_GATE(words) && words.hasAny(PREAMBLE_NOUNS) && INTRO_PREFILTER.test(prose) ? prose.matchAll(PREAMBLE_RE) : []) {
    if (m.index < doc.bodyOffset || !isPreamble(m[1], m[2]!)) continue;
    add({ offset: m.index, endOffset: m.index + m[0].length, kind: 'preamble' });
  }
  for (const m of words.has('help') ? prose.matchAll(OPENER_ONLY_RE) : []) if (m.index >= doc.bodyOffset) add({ offset: m.index, endOffset: m.index + m[0].length, kind: 'preamble' });
  for (const [needs, re] of SIGN_OFFS) for (const m of hasAnyOf(words, needs) ? prose.matchAll(re) : []) if (m.index >= doc.bodyOffset) add({ offset: m.index, endOffset: m.index + m[0].length, kind: 'sign-off' });
  for (const [needs, re] of SELF_REFERENCES) for (const m of hasAnyOf(words, needs) ? prose.matchAll(re) : []) if (m.index >= doc.bodyOffset) add({ offset: m.index, endOffset: m.index + m[0].length, kind: 'self-reference' });
  // The same leftovers in the other languages' words, read only where the draft has text in one of them.
  if (ctx.languageSpans().some((sp) => sp.lang !== 'en')) {
    for (const r of findOtherLanguageLeftovers(prose)) if (r.offset >= doc.bodyOffset && ctx.languageAt(r.offset) !== 'en') add({ ...r, kind: 'self-reference' });
  }
  const isReply = ctx.meta.replyTo !== undefined;
  for (const m of words.has('helps') ? prose.matchAll(HOPE_RE) : []) if (m.index >= doc.bodyOffset) add({ offset: m.index, endOffset: trimEnd(prose, m.index, m.index + m[0].length), kind: 'sign-off', weak: isReply });
  const labels = LABEL_START.test(prose) && LABEL_GATES.some(({ first, then }) => hasAnyOf(words, first) && (!then || hasAnyOf(words, then)));
  for (const m of labels ? prose.matchAll(LABEL_RE) : []) {
    if (m.index < doc.bodyOffset) continue;
    const label = m[1]!;
    const start = m.index + m[0].indexOf(label);
    const rest = m[2]!.trim();
    const colonEnd = m.index + m[0].length - m[2]!.length;
    const range = widenMarkup(doc.text, start, colonEnd);
    // A label with text after it on the same line may be the writer's own ("Facebook post: this account is
    // not monitored", "Option 1: keep the library"): alone, with a tone note, or in bold it is chat formatting.
    const emphasised = range.offset < start && !NUMBERED.test(label);
    add({ ...range, kind: 'label', weak: rest !== '' && !TONE_NOTE.test(label) && !emphasised });
  }

  // Bracketed template slots (not "TBC" or "XX:XX", which people type themselves).
  if (slots) {
    for (const p of findPlaceholders(doc)) if (p.what === 'template slot' || p.what === 'placeholder') add({ offset: p.offset, endOffset: p.endOffset, kind: 'slot' });
  }
  const found = resolveOverlaps(candidates);
  const strong = found.some((f) => !f.weak);
  return found.filter((f) => !f.weak || strong);
}

const MESSAGES: Record<Kind, (text: string) => string> = {
  preamble: (t) => `Chatbot preamble left in the post: "${t}". Remove it, and check the rest was reviewed before publishing.`,
  'sign-off': (t) => `Chatbot sign-off left in the post: "${t}". Remove it, and check the rest was reviewed before publishing.`,
  'self-reference': (t) => `Chatbot text left in the post: "${t}". The post was pasted from an AI tool without review: rewrite it.`,
  slot: (t) => `Template slot "${t}" left in: the text was pasted from a template or an AI tool and not finished or reviewed.`,
  label: (t) => `Chatbot formatting left in the post: "${t}". Remove the label and keep only the text to publish.`,
};

function isPreamble(opener: string | undefined, body: string): boolean {
  if (SHARING.test(body.trim())) return false;
  const writing = WRITING.test(body);
  const chatNoun = CHAT_NOUN.test(body);
  if (opener) return writing || chatNoun;
  if (writing) return CHAT_ADJ.test(body) || CUE.test(body);
  // "Here's a revised version:" — another try at a text, named only by a chatbot word.
  return chatNoun && (CUE.test(body) || /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}(?:version|rewrite|revision|draft)\s*$/iu.test(body.trim()));
}

/** Non-overlapping leftovers in document order; of two that overlap, the one found first wins. */
function resolveOverlaps(candidates: Leftover[]): Leftover[] {
  const order = new Map(candidates.map((c, i) => [c, i]));
  const sorted = [...candidates].sort((a, b) => a.offset - b.offset || order.get(a)! - order.get(b)!);
  const out: Leftover[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.offset < last.endOffset) {
      if (order.get(c)! < order.get(last)!) out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return out;
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** Extends a label over Markdown emphasis around it ("**Tweet:**"). */
function widenMarkup(text: string, offset: number, endOffset: number): Range {
  let s = offset;
  let e = endOffset;
  for (let i = 0; i < 3 && s > 0 && (text[s - 1] === '*' || text[s - 1] === '_'); i++) s--;
  for (let i = 0; i < 3 && e < text.length && (text[e] === '*' || text[e] === '_'); i++) e++;
  if (text[e] === ':' && text[endOffset - 1] !== ':') e++;
  return { offset: s, endOffset: e };
}

/** Removes a preamble or sign-off with the whitespace that separates it from the text it leaves. */
function removal(text: string, r: Range): { offset: number; endOffset: number; text: string } {
  let end = r.endOffset;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  const nextIsText = end < text.length && text[end] !== '\n' && text[end] !== '\r';
  if (nextIsText) return { offset: r.offset, endOffset: end, text: '' };
  // At the end of a line: take the preceding spaces instead, or the whole line when it held nothing else.
  let start = r.offset;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  const lineStart = start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r';
  if (lineStart) {
    while (end < text.length && (text[end] === '\n' || text[end] === '\r')) end++;
    return { offset: start, endOffset: end, text: '' };
  }
  return { offset: start, endOffset: r.endOffset, text: '' };
}
