// impartiality/election-period: publicity about candidates or members, campaign slogans and calls to
// vote, scheduled inside a configured election period (pre-election period / purdah, caretaker period).
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { lazyRegExp } from '../../src/text/lazy-regexp.js';
import { findNameCandidates, looksLikePersonName } from '../../src/text/names.js';
import { escapeRegExp } from '../../src/text/terms.js';
import { lexicon } from '../../src/text/semantic/lexicon.js';
import { periodAt } from '../../src/text/election-periods.js';
import { tokenize } from '../../src/text/semantic/tokens.js';
import { creditedPeople, politicsLexicon, CANDIDATE_SERVICE, REMEMBER_WHO } from '../../src/text/semantic/politics.js';
import elected from '../../src/text/data/elected-titles.json' with { type: 'json' };

const W = String.raw`[ \u00a0]+`;

// Polling day named in words: the period's last day in any usual form ("November 2", "Nov. 2", "2 November",
// "12 June", "Oct. 19th"), or the day itself.
const MONTHS = ['Jan(?:uary|\\.)?', 'Feb(?:ruary|\\.)?', 'Mar(?:ch|\\.)?', 'Apr(?:il|\\.)?', 'May', 'June?', 'July?', 'Aug(?:ust|\\.)?', 'Sep(?:t|tember|\\.|t\\.)?', 'Oct(?:ober|\\.)?', 'Nov(?:ember|\\.)?', 'Dec(?:ember|\\.)?'];
const POLLING_DAY_WORDS = String.raw`\b(?:election|polling|voting)${W}day\b|\bthe${W}(?:polls|ballot${W}box)\b`;
const pollingDays = new Map<string, RegExp>();
function pollingDay(end: string): RegExp {
  let re = pollingDays.get(end);
  if (!re) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(end);
    let alt = POLLING_DAY_WORDS;
    if (m) {
      const month = MONTHS[Number(m[2]) - 1];
      const day = String(Number(m[3]));
      const d = String.raw`0?${day}(?:st|nd|rd|th)?`;
      if (month) alt += String.raw`|\b${month}${W}${d}(?![\p{N}])|(?<![\p{N}])${d}${W}(?:of${W})?${month}(?![\p{L}])`;
    }
    pollingDays.set(end, (re = new RegExp(alt, 'iu')));
  }
  return re;
}

/**
 * A sentence that urges the reader to act in the election for someone, not to take part
 * (./src/text/semantic/lexicons/campaign.json): a call with a beneficiary ("make sure she gets your tick"),
 * or a call to keep a record going on polling day ("Let's keep that momentum going on November 2").
 * "Make sure you vote on 12 June" and "Don't forget to enrol" urge taking part and are left alone.
 */
function campaignCall(sentence: string, hits: ReadonlyArray<{ cls: string }>, polling: RegExp): boolean {
  const has = (c: string): boolean => hits.some((h) => h.cls === c);
  if (!has('campaign:call')) return false;
  if (has('campaign:beneficiary')) return true;
  return has('campaign:continuity') && polling.test(sentence);
}

const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:${W}\p{Lu}\.)?(?:${W}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+){1,2}`;
const NAME_RE = new RegExp(NAME, 'u');
// "…, the Green candidate" after a name: the tail that is not the name. A match starts at the comma or at
// the first space of a run (a later space would only repeat an earlier start), so each run of spaces is
// read once: `,?\s+…candidate$` alone tries every space of a long run again (quadratic).
export const CANDIDATE_AFTER = /(?:,|(?<![\s,]))\s+(?:the\s+|a\s+|our\s+)?(?:(?:\p{Lu}[\p{L}-]{0,39}\s{1,4}){1,3}|[\p{L}-]{1,40}\s{1,4})?candidate$/u;
// "Vote for Riverside Park in the Green Flag awards" is a poll about a place, not an election.
// "Early voting for the Nov. 4 general election", "voting for the May elections": what is voted in, a date
// or an election, is no side.
const ELECTION_OBJECT = /^[\p{L}]{4,6}[ \u00a0]{1,4}(?:for|against)[ \u00a0]{1,4}(?:the[ \u00a0]{1,4})?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?(?![\p{L}])|(?:(?:\d{1,2}(?:st|nd|rd|th)?,?|\p{Lu}[\p{L}.'’-]{0,20}|general|local|municipal|state|federal|special|council|mayoral|presidential|school|board|city|county|upcoming|next)[ \u00a0]{1,4}){0,5}?(?:[Ee]lections?|[Rr]eferend(?:um|ums|a)|[Bb]y-elections?|[Pp]olls?|[Bb]allots?|[Pp]rimar(?:y|ies)|[Rr]un-?offs?|[Cc]aucus(?:es)?)\b)/u;
const PLACE_AFTER = /^[ \u00a0]+(?:Park|Library|Gardens?|Beach|Trail|Pool|Centre|Center|Museum|Hall|Bridge|Square|Reserve|Primary|School|High|Academy|College)\b/u;
// Words that make a call to "show them your support" political rather than, say, sporting.
const POLITICAL = /\b(?:councill?ors?|Cllr|mayor|candidates?|elections?|re-?elect\w*|ballot|polls?|polling|vote|votes|voting|MPs?|senators?|campaign\w*|running|standing)\b/iu;

const PATTERNS: ReadonlyArray<{ re: () => RegExp; what: string; name?: number; political?: boolean; voteFor?: boolean }> = [
  { re: lazyRegExp(String.raw`\b(?:standing|stand|stands|running|run|runs|seeking|seeks|bid)${W}(?:for${W})?(?:re-?election|election|office|a${W}(?:second|third|further)${W}term)\b`, 'giu'), what: 'Publicity about a candidate' },
  { re: lazyRegExp(String.raw`\b(?:is|are|both|will${W}be)${W}(?:both${W})?(?:running|standing)${W}again\b`, 'giu'), what: 'Publicity about a candidate' },
  // "With Hemi standing again this October", "Kerry's running again": a named person or a pronoun before it.
  { re: lazyRegExp(String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}[\p{Ll}'’-]+|[Hh]e|[Ss]he|[Tt]hey)(?:['’]s|${W}is|${W}are)?${W}(?:running|standing)${W}again\b`, 'gu'), what: 'Publicity about a candidate' },
  // A wish to go on working with a member after polling day: "we hope to keep working with him after 6 May".
  { re: lazyRegExp(String.raw`\b(?:hope|hoping|look${W}forward|looking${W}forward|can['’]t${W}wait)${W}to${W}(?:keep${W}|continue${W}|carry${W}on${W})?(?:working|work)${W}with${W}(?:him|her|them)${W}(?:after|beyond|past|for${W}another${W}term|for${W}(?:many${W})?more${W}years)\b(?:${W}(?:\d{1,2}${W}\p{Lu}\p{Ll}{2,8}|\p{Lu}\p{Ll}{2,8}${W}\d{1,2}(?:st|nd|rd|th)?|polling${W}day|election${W}day|the${W}election))?`, 'gu'), what: 'Publicity about a candidate' },
  // Promises said to be kept: "great to see his promises being delivered", "delivering on her promises".
  { re: lazyRegExp(String.raw`\b(?:his|her|their)${W}promises?${W}(?:being${W}|now${W})?(?:delivered|kept|honoured|honored|come${W}true|made${W}good)\b|\b(?:delivered|delivering|delivers|kept|keeping|keeps|made${W}good)${W}(?:on${W})?(?:his|her|their)${W}(?:election${W}|campaign${W})?promises?\b`, 'gu'), what: 'Praise or credit for a councillor or candidate' },
  // A reminder at the ballot box of who did what for the reader: "Come October, remember who put you here".
  { re: lazyRegExp(REMEMBER_WHO, 'giu'), what: 'A call to remember at the ballot box' },
  { re: lazyRegExp(String.raw`\b(?:show|give|lend)${W}(?:him|her|them)${W}(?:your|some)${W}(?:support|backing|vote|votes|tick|number${W}one|#1|first${W}preference|party${W}vote)(?![\p{L}\p{N}])|\b(?:support|back|choose|pick)${W}(?:him|her|them)${W}(?:on|at|in)${W}(?:polling${W}day|election${W}day|the${W}(?:polls|ballot${W}box|election))\b`, 'giu'), what: 'A call to back a candidate', political: true },
  // Calls to vote for a named person: "Give Sarah Jones your tick", "Support Tom Reid on polling day".
  { re: lazyRegExp(String.raw`\b(?:[Ss]how|[Gg]ive|[Ll]end)${W}${NAME}${W}(?:your|some)${W}(?:support|backing|vote|votes|tick|number${W}one|#1|first${W}preference|party${W}vote)(?![\p{L}\p{N}])`, 'gu'), what: 'A call to back a candidate', name: 2, political: true },
  { re: lazyRegExp(String.raw`\b(?:[Ss]upport|[Bb]ack|[Cc]hoose|[Pp]ick)${W}${NAME}${W}(?:on|at|in)${W}(?:polling${W}day|election${W}day|the${W}(?:polls|ballot${W}box|election))\b`, 'gu'), what: 'A call to back a candidate', name: 2 },
  // "deserves your vote (again)": never said of a food bank ("deserves your support" is left alone).
  { re: lazyRegExp(String.raw`\b(?:deserves?|earned|worthy${W}of)${W}(?:your|a|our|every)${W}(?:vote|votes|tick|number${W}one|first${W}preference|#1)(?![\p{L}\p{N}])(?:${W}again\b)?`, 'giu'), what: 'A call to vote for a candidate' },
  { re: lazyRegExp(String.raw`\b(?:standing|running|stand|run)${W}(?:for|as)${W}(?:the${W})?(?:Mayor|mayor|Council|council|councillor|Councillor|Parliament|parliament|Senate|senate|Congress|governor|Governor|Premier|MP|MLA|MSP|PCC|Police${W}and${W}Crime${W}Commissioner|re-?election)\b`, 'gu'), what: 'Publicity about a candidate' },
  { re: lazyRegExp(String.raw`\b(?:[Cc]andidate|[Cc]andidates)${W}(?:for${W}[\p{L} ]{2,30}?${W})?${NAME}`, 'gu'), what: 'Publicity about a candidate', name: 1 },
  // (One word, or up to three capitalised words of party and place: "Ailsa Moffat, the Scottish Labour
  // candidate"; not "League of Women Voters will host a candidate".)
  { re: lazyRegExp(`${NAME},?${W}(?:the${W}|a${W}|our${W})?(?:(?:\\p{Lu}[\\p{L}-]{0,39}${W}){1,3}|[\\p{L}-]{1,40}${W})?candidate\\b`, 'gu'), what: 'Publicity about a candidate', name: 0 },
  { re: lazyRegExp(String.raw`\b(?:our|your)${W}(?:local${W}|ward${W})?candidates?\b(?!${W}${CANDIDATE_SERVICE}\b)`, 'gu'), what: 'Publicity about candidates' },
  { re: lazyRegExp(String.raw`(?<![\p{L}\p{N}])(?:Councillor|Councilor|Cllr\.?|Cr\.?|Mayor|Deputy${W}Mayor|Alderman|Senator|Sen\.|Congressman|Congresswoman|Assemblymember|Minister|Premier)${W}\p{Lu}[\p{Ll}'’-]+(?:${W}(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+){0,2}`, 'gu'), what: 'An elected member featured' },
  { re: lazyRegExp(String.raw`${NAME},?${W}(?:MP|MSP|MLA|MS|TD|MPP|MHA|MHR)\b`, 'gu'), what: 'An elected member featured' },
  // The member's title before the name, as the press writes it: "local MP Jenna Barclay", "MSP Fiona Dalgleish".
  // ("MS" is left out: "MS Teams", "MS nurse".)
  { re: lazyRegExp(String.raw`(?<![\p{L}\p{N}])(?:MP|MSP|MLA|TD|MPP|MHA|MHR|MLC|MNA)${W}${NAME}`, 'gu'), what: 'An elected member featured', name: 1 },
  // After "local" even MS is the member ("our local MS, Rhodri Lewis"), with or without the comma.
  { re: lazyRegExp(String.raw`\blocal${W}(?:MP|MSP|MS|MLA|TD|MPP|MHA|MHR|MLC|MNA),?${W}${NAME}`, 'gu'), what: 'An elected member featured', name: 3 },
  { re: lazyRegExp(String.raw`\b(?:re-?elect|vote${W}(?:Labour|Conservative|Tory|Green|Reform|Liberal|Labor|National|Democrat|Republican|SNP|Plaid|NDP|Yes|No|Leave|Remain))\b`, 'giu'), what: 'A call to vote for a side' },
  { re: lazyRegExp(String.raw`\b(?:[Vv]ote|[Vv]oting)${W}(?:for|against)${W}(?:the${W})?\p{Lu}[\p{L}'’-]+`, 'gu'), what: 'A call to vote for a side', voteFor: true },
  // A candidate's campaign event promoted: "Join his campaign rally at the Grange", "Come along to Sarah's
  // re-election launch". A rally with no campaign ("the car rally", "a climate rally") is left alone.
  { re: lazyRegExp(String.raw`\b(?:join|attend|come${W}(?:along${W})?to|head${W}(?:down${W}|along${W})?to|see${W}you${W}at|don['’]t${W}miss)${W}(?:(?:his|her|their|our|the|[\p{L}'’-]{2,30}['’]s)${W})?(?:re-?election${W}|election${W})?campaign${W}(?:rally|rallies|launch|event|events|kick-?off|meeting|barbecue|bbq|fundraiser|office|town${W}hall|door-?knock|picnic|breakfast|morning${W}tea)\b`, 'giu'), what: 'Publicity for a campaign event' },
  { re: lazyRegExp(String.raw`\b(?:get[ \u00a0]+brexit[ \u00a0]+done|take[ \u00a0]+back[ \u00a0]+control|make[ \u00a0]+(?:[\p{L}]+[ \u00a0]+){1,3}?great[ \u00a0]+again|stop[ \u00a0]+the[ \u00a0]+boats|build[ \u00a0]+back[ \u00a0]+better|strong[ \u00a0]+and[ \u00a0]+stable|for[ \u00a0]+the[ \u00a0]+many,?[ \u00a0]+not[ \u00a0]+the[ \u00a0]+few|change[ \u00a0]+begins|yes[ \u00a0]+we[ \u00a0]+can|four[ \u00a0]+more[ \u00a0]+years|promises?[ \u00a0]+(?:made|kept),?[ \u00a0]+promises?[ \u00a0]+(?:kept|delivered))\b`, 'giu'), what: 'A campaign slogan' },
];

// Campaign hashtags and accounts built on the surname of a person the post names: "#Whitfield2027",
// "@WhitcombForSheriff", "#VoteWhitfield",
// "#ReElectPatel", "#TeamReid", "#Patel4Mayor". A bare "#Whitfield" is left alone, as are event tags
// ("#Glasgow2026"), which name no person in the post.
const HASHTAG_PREFIX = String.raw`(?:Vote|Elect|ReElect|Reelect|Re-?elect|Team|Back|Keep|Support|Go)`;
const HASHTAG_SUFFIX = String.raw`(?:20\d\d|\d\d|[24][\p{L}]{2,20}|For[\p{L}]{2,20}|Again|Now)`;
const HASHTAG_NAME = new RegExp(NAME, 'gu');

/** Surnames of the people a post names ("Governor Ellen Whitfield" gives Whitfield), for campaign hashtags. */
function surnames(body: string): string[] {
  const out = new Set<string>();
  HASHTAG_NAME.lastIndex = 0;
  for (const m of body.matchAll(HASHTAG_NAME)) {
    const words = m[0].split(/[ \u00a0]+/u);
    const last = words[words.length - 1]!.replace(/['’]s$/u, '');
    if (last.length >= 3 && looksLikePersonName(words.slice(-2).join(' '))) out.add(last);
  }
  return [...out];
}

// Councillors, members and candidates the post names, for the credit it gives them: "Cllr Pádraig Ó Sé",
// "Councillor Mark Dellaire", "Ailsa Moffat, the Scottish Labour candidate", "Dev Patel MP", "Tom Reid, who
// is standing again". Each word of the name refers to the person ("Pádraig has fought for …").
const MEMBER_NAME = String.raw`\p{Lu}[\p{Ll}'’-]{1,30}(?:${W}(?:Mc|Mac|O['’]|Ó${W}|Ní${W}|Nic${W}|Mac${W}|Ua${W})?\p{Lu}[\p{Ll}'’-]{0,30}){0,2}`;
// The title alternation of a locale (./src/text/data/elected-titles.json), longest first.
const membersByLocale = new Map<string, RegExp>();
function members(locale: string): RegExp {
  let re = membersByLocale.get(locale);
  if (!re) {
    const titles = [...new Set([...elected.all, ...((elected.byLocale as Record<string, string[]>)[locale] ?? [])])].sort((a, b) => b.length - a.length);
    const alt = titles.map((t) => escapeRegExp(t).replace(/ /gu, W) + String.raw`\.?`).join('|');
    re = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alt}),?${W}(${MEMBER_NAME})|(${MEMBER_NAME}),?${W}(?:(?:the|a|our)${W})?(?:(?:\p{Lu}[\p{L}-]{0,39}${W}){1,3}|[\p{L}-]{1,40}${W})?candidate\b(?:${W}(${MEMBER_NAME}))?|(${MEMBER_NAME}),?${W}(?:MP|MSP|MLA|MS|TD|MPP|MHA|MHR|MLC|MNA)\b|(${MEMBER_NAME}),?${W}who${W}(?:is|was|will${W}be)${W}(?:also${W})?(?:running|standing|seeking)\b`, 'gu');
    membersByLocale.set(locale, re);
  }
  re.lastIndex = 0;
  return re;
}
// An office and seat in apposition after a name ("Geneviève Lachance, MP for Gatineau-Nord, who fought hard
// …"): blanked for the credit grammar, so the clause after it reads as the member's (same offsets).
const APPOSITION = new RegExp(String.raw`,${W}(?:(?:the|our|local)${W}){0,2}(?:MP|MSP|MS|MLA|TD|MPP|MHA|MHR|MLC|MNA|[Cc]ouncill?or|[Mm]ember)${W}(?:for|of)${W}(?:the${W})?\p{Lu}[\p{L}'’-]*(?:${W}\p{Lu}[\p{L}'’-]*){0,3}(?=,)`, 'gu');
const blankAppositions = (t: string): string => t.replace(APPOSITION, (m) => ' '.repeat(m.length));
// A promise made earlier in the post, which a later "She delivered" says was kept.
const PROMISE = /\b(?:promised|pledged|vowed)\b/iu;
const NOT_NAME_WORD = new Set(['The', 'A', 'Our', 'Great', 'Lovely', 'Thanks', 'Thank', 'Special', 'Mac', 'Ó', 'Ní', 'Nic', 'Ua', 'Mc', 'Dr', 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Prof']);
// Standing or running as a candidate, said of someone named before ("She's now standing as the Greens
// candidate for Northcote", "is running for council").
const CANDIDACY = new RegExp(String.raw`\b(?:standing|running|stands|runs)${W}(?:as|for)${W}(?:(?:the|a|an)${W})?(?:[\p{L}-]+${W}){0,3}?(?:candidate|election|re-?election|council|councillor|mayor|parliament|Parliament|office|the${W}(?:Dáil|Senedd|Assembly|Senate|legislature))\b`, 'gu');

export default defineRule({
  id: 'impartiality/election-period',
  category: 'impartiality',
  description: 'Publicity about candidates or members, calls to vote and campaign slogans scheduled inside an election period.',
  docs: {
    rationale: 'Between the notice of election and polling day (purdah, the caretaker period) official accounts must not publicise candidates, members or contentious issues (Code of Recommended Practice on Local Authority Publicity ¶34; caretaker conventions; Hatch Act).',
    flagged: ['(publishAt inside an election period) Come and meet Councillor Dave Patel, who is standing for re-election, at the library.'],
    clean: ['(publishAt inside an election period) Polling stations are open from 7am to 10pm. Find yours at riverside.gov.uk/vote', '(outside an election period) Councillor Dave Patel opened the new library.'],
  },
  defaultSeverity: 'error',
  topics: ['pre-election', 'political-impartiality'],
  options: z.object({}).strict(),
  check(ctx) {
    const period = periodAt(ctx.meta.publishAt, ctx.settings.electionPeriods);
    if (!period) return;
    const { prose, text } = ctx.doc;
    const from = ctx.doc.bodyOffset;
    const body = prose.slice(from);
    const taken: Array<[number, number]> = [];
    const political = POLITICAL.test(body);
    for (const { re, what, name, political: needsPolitics, voteFor } of PATTERNS) {
      if (needsPolitics && !political) continue;
      for (const m of body.matchAll(re())) {
        const s = from + m.index;
        const e = s + m[0].length;
        if (taken.some(([a, b]) => s < b && a < e)) continue;
        if (voteFor && (PLACE_AFTER.test(prose.slice(e, e + 12)) || ELECTION_OBJECT.test(prose.slice(s, s + 90)))) continue;
        if (name !== undefined) {
          const candidate =
            name === 1 ? m[0].replace(/^\S+\s+(?:for\s+[\p{L} ]{2,30}?\s+)?/u, '')
            : name === 2 ? (NAME_RE.exec(m[0].replace(/^\S+\s+/u, ''))?.[0] ?? '')
            : name === 3 ? m[0].replace(/^local\s+[A-Z]+,?\s+/u, '')
            : m[0].replace(CANDIDATE_AFTER, '');
          if (!looksLikePersonName(candidate.split(/\s+/).slice(0, 3).join(' '))) continue;
        }
        taken.push([s, e]);
        ctx.report({
          offset: s,
          endOffset: e,
          message: `${what} ("${text.slice(s, e)}") during ${period.name ?? 'an election period'}: official accounts must not publicise candidates, members or campaign messages until polling day.`,
        });
      }
    }
    const lex = lexicon(ctx.settings.organisation.name || undefined);
    const polling = pollingDay(period.end);
    // "Remember that on March 2.", "Don't forget it at the ballot box": what the post said, to be
    // remembered when voting. A civic reminder says what to do ("Remember to vote on March 2", "Remember,
    // polls open at 7am on March 2") and does not end at polling day.
    const recall = new RegExp(String.raw`\b(?:remember|don['’]t${W}forget|do${W}not${W}forget|bear|keep)${W}(?:that|this|it|them|him|her|who${W}(?:did|blocked|voted|stood)\b[^.!?\n]{0,40}?)(?:${W}in${W}mind)?${W}(?:(?:on|at|in|come|when${W}you${W}vote(?:${W}on)?)${W})?(?:${polling.source})[ \u00a0]*(?:[.!]|$)`, 'iu');
    for (const sent of recall.test(body) ? ctx.doc.sentences() : []) {
      if (sent.offset < from) continue;
      const t = prose.slice(sent.offset, Math.min(prose.length, sent.endOffset + 8));
      const m = recall.exec(t);
      if (!m || m.index >= sent.endOffset - sent.offset) continue;
      const s = sent.offset + m.index;
      const e = Math.min(sent.endOffset, s + m[0].length);
      if (taken.some(([a, b]) => s < b && a < e)) continue;
      taken.push([s, e]);
      ctx.report({
        offset: s,
        endOffset: e,
        message: `A call to remember the post's message on polling day ("${text.slice(s, e)}") during ${period.name ?? 'an election period'}: official accounts may urge people to vote, not how.`,
      });
    }
    for (const sent of ctx.doc.sentences()) {
      if (sent.offset < from) continue;
      const t = prose.slice(sent.offset, sent.endOffset);
      // (With a few characters after: "on Oct. 19!" is split after "Oct." by the sentence rules.)
      const tokens = tokenize(t);
      const hits = lex.match(tokens);
      if (!campaignCall(prose.slice(sent.offset, Math.min(prose.length, sent.endOffset + 8)), hits, polling)) continue;
      // A sentence already reported in part ("Join his campaign rally … and help keep him in the Senate!")
      // is reported again from its call, when the call lies outside what was reported.
      let start = sent.offset;
      if (taken.some(([a, b]) => sent.offset < b && a < sent.endOffset)) {
        const call = hits.find((h) => h.cls === 'campaign:call');
        start = call ? sent.offset + tokens[call.start]!.offset : sent.endOffset;
        if (taken.some(([a, b]) => start < b && a < sent.endOffset)) continue;
      }
      taken.push([start, sent.endOffset]);
      ctx.report({
        offset: start,
        endOffset: sent.endOffset,
        message: `A call to back a candidate or keep a record going on polling day during ${period.name ?? 'an election period'}: official accounts may urge people to vote, not whom to vote for.`,
      });
    }
    // Credit or praise given to a member or candidate the post names, in any sentence of the post.
    for (const post of ctx.posts) {
      const slice = prose.slice(post.offset, post.endOffset);
      const people = new Set<string>();
      let firstAt = Infinity;
      for (const m of slice.matchAll(members(ctx.settings.locale))) {
        // ("Liberal Democrat PFCC candidate Martin Crole": the words before "candidate" and the name after it.)
        const name = [m[1] ?? m[2] ?? m[4] ?? m[5] ?? '', m[3] ?? ''].join(' ');
        const words = name.split(/[ \u00a0]+/u).filter((w) => w.length > 1 && !NOT_NAME_WORD.has(w));
        if (words.length === 0) continue;
        for (const w of words) people.add(w);
        firstAt = Math.min(firstAt, post.offset + m.index);
      }
      // A candidacy told of someone the post named before it ("Dr Priya Raman spent 22 years … She's now
      // standing as the Greens candidate"): the last person's name in the 300 characters before it.
      for (const m of slice.matchAll(CANDIDACY)) {
        const at = post.offset + m.index;
        const name = findNameCandidates(prose, Math.max(post.offset, at - 300), at).at(-1);
        if (!name) continue;
        for (const w of name.text.split(/[ \u00a0]+/u)) if (w.length > 1 && !NOT_NAME_WORD.has(w)) people.add(w);
        firstAt = Math.min(firstAt, name.offset);
      }
      if (people.size === 0) continue;
      for (const sent of ctx.doc.sentences()) {
        if (sent.offset < Math.max(from, post.offset) || sent.endOffset > post.endOffset) continue;
        const t = prose.slice(sent.offset, sent.endOffset);
        const promised = PROMISE.test(prose.slice(Math.max(post.offset, firstAt), sent.offset));
        for (const c of creditedPeople(politicsLexicon(), blankAppositions(t), people, firstAt < sent.offset, promised)) {
          let s = sent.offset + c.start;
          let e = sent.offset + c.end;
          // The member's name already reported ("Councillor Gail Ostrander" featured): the credit beside it
          // is reported on its own ("has been a true friend to", "are lucky to have").
          const over = taken.find(([a, b]) => s < b && a < e);
          if (over && over[0] <= s && over[1] < e) s = over[1] + (/^[\s,]*/u.exec(prose.slice(over[1], e))?.[0].length ?? 0);
          else if (over && over[0] > s && over[1] >= e) e = s + prose.slice(s, over[0]).trimEnd().length;
          if (s >= e || taken.some(([a, b]) => s < b && a < e)) continue;
          taken.push([s, e]);
          ctx.report({
            offset: s,
            endOffset: e,
            message: `Praise or credit for a councillor or candidate ("${text.slice(s, e)}") during ${period.name ?? 'an election period'}: official accounts may say what a member did, not praise them, until polling day.`,
          });
        }
      }
    }
    const names = body.includes('#') || body.includes('@') ? surnames(body) : [];
    if (names.length > 0) {
      const alt = names.map(escapeRegExp).join('|');
      // A prefix or a suffix must be there: one of the two makes the tag a campaign's.
      const tag = new RegExp(String.raw`(?<![\p{L}\p{N}_])[#@](?:${HASHTAG_PREFIX}(?:[\p{L}]{2,20})?(?:${alt})(?:${HASHTAG_SUFFIX})?|(?:[\p{L}]{2,20})?(?:${alt})${HASHTAG_SUFFIX})(?![\p{L}\p{N}_])`, 'giu');
      for (const m of body.matchAll(tag)) {
        const s = from + m.index;
        const e = s + m[0].length;
        if (taken.some(([a, b]) => s < b && a < e)) continue;
        taken.push([s, e]);
        ctx.report({
          offset: s,
          endOffset: e,
          message: `A campaign ${text[s] === '@' ? 'account' : 'hashtag'} ("${text.slice(s, e)}") during ${period.name ?? 'an election period'}: official accounts must not publicise candidates, members or campaign messages until polling day.`,
        });
      }
    }
  },
});
