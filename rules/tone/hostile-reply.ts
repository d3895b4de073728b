// tone/hostile-reply: condescending or combative phrasing aimed at members of the public. Most phrases
// apply when the draft is a reply (`replyTo` in the frontmatter) or opens with an @mention; unmistakable
// scolding ("get your facts straight", "stop wasting our time", "spreading garbage") applies in any post.
// In replies, exasperation and blame built as grammar over classes (a telling verb × a count, "if you'd
// taken the time to" × a reading verb, "here's a tip:" × an order, "isn't exactly" × a hyperbole) come from
// src/text/semantic/put-down-grammar.ts; its French, Welsh and Irish are tone/hostile-reply-other-languages'.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { withJudgement } from '../../src/text/semantic/check.js';
import { hasAnyOf, phraseGate, type WordSet } from '../../src/text/gate.js';
import { lexicon } from '../../src/text/semantic/lexicon.js';
import { mayHavePutDowns, putDowns, type PutDownKind } from '../../src/text/semantic/put-downs.js';
import { grammarPutDowns } from '../../src/text/semantic/put-down-grammar.js';
import { sentenceAt } from '../../src/text/sentence-at.js';

const W = String.raw`[ \u00a0]+`;
const NOT = String.raw`(?:didn['’]t|did${W}not|don['’]t|do${W}not|haven['’]t|have${W}not|can['’]t|cannot|won['’]t|never)`;
const DOC = String.raw`(?:${W}(?:our|the|my|this|that)${W}(?:post|tweet|reply|message|update|website|page|statement|notice|article|thread))?`;
// Each phrase is bounded and anchored on literal words, so the scan stays linear.
// `anywhere`: hostile in any post aimed at the public, not only in replies.
// `words`: lower-case words of which the phrase needs at least one, bounded on both sides (`\b` or
// whitespace): a draft mentioning none of them skips the pattern (a Set lookup, see Document.words).
// `also`: a second such list, of which every match also needs one word (both lists must be met).
// `gate`: a further test on the words (e.g. every word of one of the phrases the pattern lists).
// `prefilter`: a cheap pattern (no `u` flag) that every match contains a match of, for a phrase whose words
// are all common: a Unicode case-insensitive scan with `\b` costs several times more.
const PHRASES: ReadonlyArray<{ words: readonly string[]; also?: readonly string[]; gate?: (words: WordSet) => boolean; prefilter?: RegExp; re: RegExp; why: string; anywhere?: boolean; unlessReassured?: boolean }> = [
  { words: ['you'], re: new RegExp(String.raw`\b(?:you|you['’]ve|you${W}have)${W}(?:clearly|obviously|evidently|plainly)${W}(?:${NOT}${W})?(?:read|bother(?:ed)?|understood|understand|listen(?:ed)?|look(?:ed)?|checked|misread|misunderstood|not${W}read)\b${DOC}`, 'giu'), why: 'tells the person what they failed to do' },
  { words: ['you'], re: new RegExp(String.raw`\b(?:clearly|obviously)${W}you${W}${NOT}${W}(?:read|understand|understood|listen|look)\w*${DOC}`, 'giu'), why: 'tells the person what they failed to do' },
  { words: ['you'], re: new RegExp(String.raw`\bdid${W}you${W}(?:even${W}|actually${W})(?:read|look|check|bother)\w*${DOC}`, 'giu'), why: 'questions whether the person read' },
  { words: ['you'], re: new RegExp(String.raw`\b(?:if${W}you${W}had|had${W}you)${W}(?:bothered|taken${W}the${W}time|cared)${W}to${W}(?:read|look|check|listen)\w*${DOC}`, 'giu'), why: 'is sarcastic' },
  { words: ['research'], re: new RegExp(String.raw`\b(?:do|try${W}doing)${W}(?:your|some)${W}(?:own${W})?research\b`, 'giu'), why: 'is dismissive' },
  { words: ['yourself'], re: new RegExp(String.raw`\b(?:educate|inform)${W}yourself\b`, 'giu'), why: 'is dismissive' },
  { words: ['already', 'previously', 'repeatedly'], re: new RegExp(String.raw`\b(?:as|like)${W}(?:we|I)(?:${W}have|['’]ve)?${W}(?:already|previously|repeatedly)${W}(?:said|stated|explained|mentioned|told${W}you|pointed${W}out|made${W}clear)\b`, 'giu'), why: 'implies the person should have known already' },
  { words: ['before', 'earlier', 'already', 'previously'], re: new RegExp(String.raw`\b(?:as|like)${W}(?:we|I)${W}(?:said|told${W}you|explained)${W}(?:before|earlier|already|previously)\b`, 'giu'), why: 'implies the person should have known already' },
  { words: ['time'], re: new RegExp(String.raw`\bfor${W}the${W}(?:last|hundredth|umpteenth|third|fifth|tenth|nth)${W}time\b`, 'giu'), why: 'is exasperated' },
  { words: ['know'], re: new RegExp(String.raw`\b(?:simply|just|completely|totally)${W}(?:not${W}true|untrue|false|wrong)${W}and${W}you${W}know${W}it\b`, 'giu'), why: 'accuses the person of bad faith' },
  { words: ['know'], re: new RegExp(String.raw`\band${W}you${W}know${W}it\b`, 'giu'), why: 'accuses the person of bad faith' },
  // (None of these words has an `s` or `k`, the letters `/iu` also matches with ſ and K.)
  { words: ['read'], gate: phraseGate(['learn to read', "can't you read", 'can you not read']), prefilter: /(?:learn[ \u00a0]+to|can['’]t[ \u00a0]+you|not)[ \u00a0]+read/i, re: new RegExp(String.raw`\b(?:learn${W}to${W}read|can['’]t${W}you${W}read|can${W}you${W}not${W}read)\b`, 'giu'), why: 'is insulting', anywhere: true },
  { words: ['facts'], re: new RegExp(String.raw`\b(?:get|check)${W}your${W}facts${W}(?:straight|right)\b`, 'giu'), why: 'is combative', anywhere: true },
  { words: ['reading', 'looking', 'listening'], re: new RegExp(String.raw`\b(?:(?:maybe|perhaps)${W}try|try)${W}(?:actually${W})?(?:reading|looking|listening)\b`, 'giu'), why: 'is sarcastic' },
  // "It's not hard", "it really isn't complicated", "this is not that difficult": the person told their
  // question is simple. Reassurance ("Don't worry, it isn't complicated") is left alone (REASSURED).
  { words: ['not', 'isn'], re: new RegExp(String.raw`\b(?:it|this|that)(?:['’]?s|${W}is)${W}(?:really${W}|honestly${W}|just${W}|seriously${W})?not${W}(?:that${W}|so${W}|very${W}|exactly${W})?(?:hard|difficult|complicated|complex|tricky|confusing)\b|\b(?:it|this|that)${W}(?:really${W}|honestly${W}|just${W}|seriously${W})?isn['’]t${W}(?:that${W}|so${W}|very${W}|exactly${W})?(?:hard|difficult|complicated|complex|tricky|confusing)\b`, 'giu'), why: 'is condescending', unlessReassured: true },
  // Scolding that is hostile in any post, not only in replies. Public guidance ("Check your facts before
  // you share", "Don't waste food", "Report fly-tipping") is an instruction, not a put-down, and is left
  // alone; so are literal uses ("Raccoons spreading garbage across the street", "talking rubbish" as a
  // waste-service pun).
  { words: ['rocket', 'hard', 'difficult'], re: new RegExp(String.raw`\b(?:(?:it|this|that)['’]?s${W}|(?:it|this|that)${W}is${W})?(?:really${W}|honestly${W})?not${W}(?:exactly${W})?rocket${W}science\b|\bhow${W}(?:hard|difficult)${W}can${W}it${W}(?:be|possibly${W}be)\b`, 'giu'), why: 'is condescending', anywhere: true },
  { words: ['wasting', 'life'], re: new RegExp(String.raw`\bstop${W}wasting${W}(?:our|my|everyone['’]s|everybody['’]s|(?:the${W})?(?:police|officers['’]?|staff['’]?s?|council['’]s|999['’]s))${W}time\b|\bget${W}a${W}life\b`, 'giu'), why: 'scolds the public', anywhere: true },
  { words: ['back'], re: new RegExp(String.raw`\bfor${W}(?:the|those)${W}(?:[\p{L}-]+${W}){0,2}?(?:in|at)${W}the${W}back\b(?!${W}(?:of|row|rows|seats?)\b)`, 'giu'), why: 'is sarcastic', anywhere: true },
  { words: ['garbage', 'nonsense', 'drivel', 'tosh', 'crap', 'bs', 'lies', 'tripe', 'twaddle', 'claptrap', 'baloney', 'codswallop'], re: new RegExp(String.raw`\b(?:spreading|spouting|peddling|posting|sharing|talking|writing)${W}(?:such${W}|this${W}|that${W}|more${W}|total${W}|utter${W}|complete${W})?(?:garbage(?!${W}(?:across|around|over|along|on|onto|all|everywhere|in|into|from|through|out|bags?|bins?|trucks?|collection)\b)|nonsense|drivel|tosh|crap|BS|lies|tripe|twaddle|claptrap)\b|\b(?:complete|utter|total|absolute|pure)${W}(?:garbage|nonsense|drivel|tosh|crap|tripe|twaddle|claptrap|baloney|codswallop)\b`, 'giu'), why: 'is contemptuous', anywhere: true },
  // Both alternatives end in "before …", "first", "properly" or "again".
  { words: ['read'], also: ['before', 'first', 'properly', 'again'], re: new RegExp(String.raw`\bread${W}(?:the|our|this|my)${W}(?:post|tweet|update|article|notice|page|thread)${W}(?:before${W}(?:commenting|you${W}comment|posting|replying|you${W}reply)|first|properly|again)\b|\bread${W}before${W}(?:commenting|you${W}comment|posting|you${W}post|replying)\b`, 'giu'), why: 'is condescending', anywhere: true },
  // Telling someone to read before they criticise: "Maybe read it before having a go at the crews?",
  // "Read the post before you start complaining". Asking people to read guidance before an appointment or
  // an application ("read it before your appointment", "read it before you comment on the consultation")
  // names no criticism and is left alone.
  { words: ['read', 'reading'], also: ['before'], re: new RegExp(String.raw`\b(?:(?:maybe|perhaps)${W}(?:try${W})?)?read(?:ing)?${W}(?:it|the${W}post|our${W}post|the${W}(?:tweet|update|article|thread|notice|statement|reply))${W}(?:(?:properly|first|again|through)${W})?before${W}(?:you${W}(?:start${W})?|starting${W})?(?:having${W}a${W}go|have${W}a${W}go|going${W}off|go${W}off|kicking${W}off|kick${W}off|mouthing${W}off|sounding${W}off|ranting|rant|complaining|complain|moaning|moan|whinging|whinge|whining|whine|attacking|attack|criticising|criticizing|criticise|criticize|slagging|slag|blaming|blame|jumping${W}in)\b(?:${W}(?:at|on|off)${W}(?:the|our|us|them|staff|crews?|people)\b(?:${W}[\p{L}'’-]+){0,2})?`, 'giu'), why: 'is condescending', anywhere: true },
  { words: ['asked', 'cares'], re: new RegExp(String.raw`\b(?:nobody|no${W}one)${W}(?:asked|cares)\b`, 'giu'), why: 'is dismissive' },
  { words: ['calm', 'you', 'stop'], re: new RegExp(String.raw`\b(?:calm${W}down|you${W}people|stop${W}(?:whining|moaning|whinging|complaining|spreading${W}(?:lies|misinformation|nonsense)))\b`, 'giu'), why: 'is dismissive' },
  { words: ['you'], re: new RegExp(String.raw`\b(?:(?:maybe|perhaps)${W})?if${W}you['’]d${W}(?:actually${W}|just${W}|only${W}|bothered${W}to${W})?(?:read|looked${W}at|checked|listened${W}to|paid${W}attention${W}to)\b[^.!?\n]{0,80}`, 'giu'), why: 'blames the person' },
  // ("Deal with it" as an order; "you shouldn't have to deal with it", "we'll deal with it" are not.)
  { words: ['our', 'on', 'fault', 'deal', 'luck'], re: new RegExp(String.raw`\b(?:not${W}our${W}(?:problem|fault|concern)|(?:that['’]s|that${W}is)${W}on${W}you|your${W}own${W}fault|(?<!\b(?:to|will|we['’]ll|can|must|should|shouldn['’]t|help|helps|helping|having)${W})deal${W}with${W}it|tough${W}luck)\b`, 'giu'), why: 'is dismissive' },
  // Scare quotes around the person's source ("your 'research'", "that 'article' you shared"): mockery of
  // it, where plain words ("your source", "the article") ask or answer.
  { words: ['source', 'sources', 'research', 'article', 'study', 'evidence', 'facts', 'proof', 'expert', 'experts', 'news'], re: new RegExp(String.raw`\b(?:your|that|this|their|his|her)${W}['‘"“](?:sources?|research|article|study|evidence|facts|proof|experts?|news)['’"”]`, 'giu'), why: 'mocks the person\u2019s source' },
  { words: ['business'], re: new RegExp(String.raw`\bnot${W}that${W}it['’]?s${W}any${W}of${W}your${W}business\b`, 'giu'), why: 'is rude' },
  { words: ['read'], re: new RegExp(String.raw`\b(?:read${W}(?:it|the${W}post|our${W}post)${W}(?:again|properly)|read${W}properly)\b`, 'giu'), why: 'is condescending' },
];
const PUT_DOWN_WHY: Record<PutDownKind, string> = {
  sarcasm: 'is sarcastic',
  'mock-promise': 'is a sarcastic mock promise',
  'mock-praise': 'is mock praise',
  'mock-sympathy': 'is mock sympathy',
  minimiser: 'belittles the complaint',
  exasperation: 'is exasperated',
  blame: 'blames the person',
  'blame-tail': 'blames the person',
  endearment: 'is patronising (a pet name)',
  gloat: 'gloats',
  belittle: 'belittles the person',
  scorn: 'scorns the public',
};
// An eye-roll, facepalm, unamused or upside-down face mocks someone, whatever the words around it: in a
// reply the person answered, elsewhere the people the post is about ("Another weekend, another truck
// through the ice 🙃"). Over every labelled set (some 1,900 drafts by 40 writers, 1,250 of them clean) these
// emoji stand only in drafts labelled for their tone, never in a clean one. Outside a reply, one at the
// organisation's own expense ("Our staff when the coffee machine broke 🙄") mocks no one: its sentence
// speaks of us and of no one else.
const SELF = /\b(?:we|we['’](?:re|ve|ll|d)|our|ours|us)\b/iu;
const OTHERS = /\b(?:you|your|yours|you['’](?:re|ve|ll|d)|they|them|their|people|someone|somebody|anyone|drivers?|folks|residents?|visitors?|another)\b/iu;
const EYE_ROLL = /\u{1F644}|\u{1F926}(?:\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF})?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u{1F612}|\u{1F643}/gu;
// Reassurance before "it isn't complicated" in its sentence: "Don't worry, …", "The good news is …".
const REASSURED = new RegExp(String.raw`\b(?:don['’]t|do${W}not|no${W}need${W}to)${W}worry\b|\bgood${W}news\b|\brest${W}assured\b|\bpromise\b`, 'iu');
/** The text of the sentence before `index` (up to 80 characters back, from the last sentence end). */
function sentenceBefore(text: string, index: number): string {
  const back = text.slice(Math.max(0, index - 80), index);
  const end = Math.max(back.lastIndexOf('.'), back.lastIndexOf('!'), back.lastIndexOf('?'), back.lastIndexOf('\n'));
  return back.slice(end + 1);
}
const OPENS_WITH_MENTION = /^\s*(?:\.?@[\p{L}\p{N}_]{1,30})/u;

export default defineRule(withJudgement('condescension', 'Read as a whole, this is condescending or sarcastic to a member of the public: correct the facts plainly and politely.', {
  id: 'tone/hostile-reply',
  category: 'tone',
  description: 'Condescending or combative phrasing aimed at the public: in replies, and unmistakable scolding in any post.',
  docs: {
    rationale: 'Replies from an official account must stay courteous even when the person is wrong or rude: correct the facts, do not score points.',
    flagged: ['@resident42 You clearly didn\'t read our post. As we already said, the tip is closed on Mondays.', '@sam Do your research before posting.'],
    clean: ['@resident42 Sorry for the confusion: the tip is closed on Mondays. Opening times are at riverside.gov.uk/tips', '@sam Thanks for flagging this. We have passed it to the highways team.'],
  },
  defaultSeverity: 'warning',
  topics: ['conduct'],
  languages: ['en'],
  options: z.object({}).strict(),
  check(ctx) {
    const { prose } = ctx.doc;
    const body = prose.slice(ctx.doc.bodyOffset);
    const isReply = ctx.meta.replyTo !== undefined || OPENS_WITH_MENTION.test(ctx.doc.text.slice(ctx.doc.bodyOffset));
    const taken: Array<[number, number]> = [];
    const words = ctx.doc.words();
    for (const { words: needs, also, gate, prefilter, re, why, anywhere, unlessReassured } of PHRASES) {
      if ((!isReply && !anywhere) || !hasAnyOf(words, needs) || (also && !hasAnyOf(words, also)) || (gate && !gate(words)) || (prefilter && !prefilter.test(body))) continue;
      re.lastIndex = 0;
      for (const m of body.matchAll(re)) {
        const s = ctx.doc.bodyOffset + m.index;
        const e = s + m[0].length;
        if (taken.some(([a, b]) => s < b && a < e)) continue;
        if (unlessReassured && REASSURED.test(sentenceBefore(body, m.index))) continue;
        taken.push([s, e]);
        ctx.report({ offset: s, endOffset: e, message: `"${m[0]}" ${why}: ${isReply ? 'reply courteously' : 'address the public courteously'} and stick to the facts.` });
      }
    }
    for (const m of body.matchAll(EYE_ROLL)) {
      const s = ctx.doc.bodyOffset + m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && a < e)) continue;
      if (!isReply) {
        const sent = sentenceAt(ctx.doc, s);
        const t = sent ? prose.slice(sent.offset, Math.max(sent.endOffset, e)) : '';
        if (SELF.test(t) && !OTHERS.test(t)) continue;
      }
      taken.push([s, e]);
      ctx.report({ offset: s, endOffset: e, message: isReply ? `"${m[0]}" rolls its eyes at the person answered: reply courteously and stick to the facts.` : `"${m[0]}" mocks the people the post is about: address the public courteously and stick to the facts.` });
    }
    // Put-downs by kind, from the lexicon (src/text/semantic/put-downs.ts), per post.
    const lex = lexicon(ctx.settings.organisation.name || undefined);
    for (const post of mayHavePutDowns(words) ? ctx.posts : []) {
      const from = Math.max(post.offset, ctx.doc.bodyOffset);
      if (from >= post.endOffset) continue;
      for (const p of putDowns(lex, prose.slice(from, post.endOffset), isReply)) {
        const s = from + p.start;
        const e = from + p.end;
        if (taken.some(([a, b]) => s < b && a < e)) continue;
        taken.push([s, e]);
        ctx.report({ offset: s, endOffset: e, post: post.index, message: `"${prose.slice(s, e)}" ${PUT_DOWN_WHY[p.kind]}: ${isReply ? 'reply courteously' : 'address the public courteously'} and stick to the facts.` });
      }
    }
    // Put-downs built as grammar over word classes (src/text/data/put-down-grammar.json), in replies (and,
    // for the constructs said to any reader, in every post): after the lexicon's, which keep their own spans
    // ("told you twice").
    for (const p of grammarPutDowns('en', body, isReply)) {
      const s = ctx.doc.bodyOffset + p.start;
      const e = ctx.doc.bodyOffset + p.end;
      if (taken.some(([a, b]) => s < b && a < e)) continue;
      taken.push([s, e]);
      ctx.report({ offset: s, endOffset: e, message: `"${prose.slice(s, e)}" ${p.why}: ${isReply ? 'reply courteously' : 'address the public courteously'} and stick to the facts.` });
    }
  },
}));
