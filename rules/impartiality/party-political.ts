// impartiality/party-political: an official account praising, thanking, crediting or promoting a
// political party, calling for votes, or sharing a party's posts. Ordinary words are not politics:
// "Labour Day", "labour market", "liberal arts", "green spaces", "a conservative estimate", "national park".
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { withJudgement } from '../../src/text/semantic/check.js';
import { phraseGate, type WordSet } from '../../src/text/gate.js';
import { sentenceTest } from '../../src/text/sentence-at.js';
import { escapeRegExp } from '../../src/text/terms.js';
import { looksLikePersonName } from '../../src/text/names.js';
import { PARTY_NAMES, AMBIGUOUS_PARTY_NAMES, PARTY_HANDLE } from '../../src/text/parties.js';
import { governmentVerdicts, namesGovernment, politicsLexicon, CANDIDATE_SERVICE, REMEMBER_WHO } from '../../src/text/semantic/politics.js';
import politics from '../../src/text/semantic/lexicons/politics.json' with { type: 'json' };

const W = String.raw`[ \u00a0]+`;
const alt = (names: readonly string[]): string => [...names].sort((a, b) => b.length - a.length).map((n) => n.split(' ').map(escapeRegExp).join(W)).join('|');
const STRICT = alt(PARTY_NAMES);
const AMBIG = alt(AMBIGUOUS_PARTY_NAMES);
// Offices and bodies that make a party name partisan: "Labour councillors", "the Conservative government".
const NARROW = String.raw`councill?ors?|Cllrs?|MPs?|MSPs?|MLAs?|MPPs?|MHAs?|MHRs?|TDs?|MEPs?|senators?|Senators?|candidates?|Party|led|run|controlled|ministers?|mayor|mayoral${W}candidate`;
const OFFICE_NARROW = String.raw`(?:${NARROW}|caucus|members?|Members?|[Gg]overnments?(?!${W}(?:of|for|in)${W}\p{Lu}))`;
const OFFICE_BROAD = String.raw`(?:${NARROW}|party|leader|leadership|administration|caucus|whip|manifesto|campaign|government|governments|Government|group|council|cabinet|team|representatives?|activists?|volunteers?|supporters?|policy|policies|pledge|promise)`;
// Praise, thanks and credit in the same sentence make any party name partisan.
const PRAISE = /\b(?:thanks?|thank[ \u00a0]+you|thanking|well[ \u00a0]+done|congratulations|congrats|credit|delivered|delivering|delivers|secured|securing|achieved|championed|fought[ \u00a0]+for|campaigned|proud|kept[ \u00a0]+(?:its|their|our)[ \u00a0]+promise|promised|invested|investing|funded|backed|support(?:ing)?|vote|votes|voting|elect|re-?elect|brilliant|fantastic|great[ \u00a0]+work|hard[ \u00a0]+work|success|win|won|(?:a|the)[ \u00a0]+(?:real|proper|credible|clear|serious)[ \u00a0]+plan|(?:ha[sd]|have|got)[ \u00a0]+(?:your|our)[ \u00a0]+back|on[ \u00a0]+(?:your|our)[ \u00a0]+side|in[ \u00a0]+(?:your|our)[ \u00a0]+corner|stands?[ \u00a0]+up[ \u00a0]+for|fights?[ \u00a0]+for|the[ \u00a0]+only[ \u00a0]+(?:party|choice|option|ones?[ \u00a0]+who)|(?:will|would|shall|can|to)[ \u00a0]+deliver|(?:has|have|with)[ \u00a0]+(?:a|the)[ \u00a0]+(?:(?:real|clear|credible|proper)[ \u00a0]+)?plan[ \u00a0]+to)\b/iu;
// Blame and attack in the same sentence are as partisan as praise: "Senate Democrats tried to block the
// funding", "the Tories scrapped the scheme", "Labor stood in the way". Plain reporting ("voted on the
// bill") is neither.
const ATTACK = /\b(?:tried[ \u00a0]+to[ \u00a0]+(?:block|stop|kill|derail|sabotage|scrap|cut|defund|undermine)|(?:blocked|blocking|scrapped|slashed|gutted|axed|defunded)[ \u00a0]+(?:the|our|this|these|its|their|vital|much-needed|new)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+)?(?:funding|money|bill|budget|plans?|project|scheme|investment|grant|law|legislation|proposal|improvements?|upgrades?|repairs?|road|bridge|hospital|school)|obstruct(?:ed|ing|ion)|sabotag(?:ed|ing)|derail(?:ed|ing)|st(?:ood|and|ands|anding)[ \u00a0]+in[ \u00a0]+the[ \u00a0]+way|broke[ \u00a0]+(?:their|its|every)[ \u00a0]+promises?|let[ \u00a0]+(?:you|us|residents|voters|families|people|the[ \u00a0]+state|the[ \u00a0]+city)[ \u00a0]+down|betray(?:ed|ing|al)|(?:are|is|were|was)[ \u00a0]+to[ \u00a0]+blame|playing[ \u00a0]+politics|political[ \u00a0]+games|(?:ha[sd][ \u00a0]+|have[ \u00a0]+)?never[ \u00a0]+(?:understood|cared[ \u00a0]+about|listened[ \u00a0]+to|delivered[ \u00a0]+for|stood[ \u00a0]+up[ \u00a0]+for|bothered[ \u00a0]+with)|(?:doesn['’]t|don['’]t|does[ \u00a0]+not|do[ \u00a0]+not)[ \u00a0]+(?:understand|care[ \u00a0]+about|get)[ \u00a0]+(?:the|our|rural|regional|country|us|you|people|families|communities|towns)|at[ \u00a0]+every[ \u00a0]+turn|rushed[ \u00a0]+(?:through|in|out)|without[ \u00a0]+(?:asking|consulting|listening[ \u00a0]+to|talking[ \u00a0]+to|any[ \u00a0]+consultation)|U-turns?|flip-flop(?:ped|ping|s)?|(?:turned|turn|turns)[ \u00a0]+(?:their|its)[ \u00a0]+backs?[ \u00a0]+on)\b/iu;
// Blame by its frame, whatever the act: a counterfactual with the party as subject ("if the Greens on council
// hadn't blocked the sale, it'd be lower") and a complaint sent on to it ("Take it up with the Republicans
// who voted for AB 84").
const BLAME_FRAME = /\bif[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){1,5}(?:hadn['’]t|had[ \u00a0]+not|didn['’]t|did[ \u00a0]+not|wasn['’]t|weren['’]t|had[ \u00a0]+never)\b|\b(?:take|taking|took)[ \u00a0]+(?:it|that|this|your[ \u00a0]+complaint)[ \u00a0]+up[ \u00a0]+with\b|\b(?:blame|thank)[ \u00a0]+the[ \u00a0]+\p{Lu}/iu;
// Not a party: Labour Day, the labour market, Department of Labor, Labor Statistics.
const NOT_PARTY_AFTER = /^[ \u00a0]+(?:Day|Days|market|Market|force|Force|Statistics|Department|Relations|relations|Hire|hire|ward|Ward|costs?|shortages?|arts?|studies|Studies|Park|park|Trust|Insurance|Health|Service|Lottery|Gallery|Museum|Theatre|Library|Grid|Express|Rail|Highways|Archives|Guard|Anthem|Curriculum|Flag|Belt|Book|Man|Bank|Crescent|Street|Road|Lane|Avenue|Square)\b/u;
// Ordinary adjectives before "government"/"members": "Green Government commitments", "Democratic government",
// and the ACT Government (the Australian Capital Territory).
const ADJECTIVE_OFFICE = /^(?:Green|Democratic|Alliance|Teal|ACT)(?:['’]s)?[ \u00a0-]+(?:[Gg]overnments?|[Mm]embers?)$/u;
// A neutral notice about a party's building or conference ("road closures around the Labour Party
// conference", "the Liberal Party of Australia's headquarters") neither praises nor promotes the party.
const PARTY_VENUE = /^(?:[ \u00a0]+of[ \u00a0]+\p{Lu}[\p{L}-]+(?:['’]s)?)?[ \u00a0]+(?:headquarters|HQ|offices?|conference|building|premises|annual[ \u00a0]+conference)\b/u;
// A procedural report: a party's members named for what the chamber did ("a motion proposed by Green
// councillors was defeated 10 votes to 7", "the Liberal and NDP candidates will take part in a debate",
// "the Green Party candidate was elected"). Without praise or blame in the sentence it is the record.
const PROCEDURE = /\b(?:motions?|amendments?|proposals?|debated?|carried|fell|defeated|passed|seconded|proposed|results?|elected|declared|seats?|forum|hustings|represented|conveners?|committee|minutes|agenda|nominations?|turnout|count|coalition|(?:will|to)[ \u00a0]+take[ \u00a0]+part)\b/iu;
// A party name opening its sentence is the party when a verb follows (after where its members sit):
// "Democrats in the legislature tried to block …", "Labor has never understood …", "Tories want …". Other
// openings ("Conservative estimates put …", "Greens and browns") are ordinary words.
const PARTY_SUBJECT = /^(?:[ \u00a0]+(?:in|on|at)[ \u00a0]+(?:the[ \u00a0]+)?(?:legislature|Legislature|parliament|Parliament|[Ss]enate|[Aa]ssembly|[Cc]ongress|[Cc]hamber|[Cc]ouncil|[Hh]ouse|Stormont|Holyrood|Westminster|Canberra|Ottawa|Wellington|Spring[ \u00a0]+Street|Macquarie[ \u00a0]+Street)(?:[ \u00a0]+\p{Lu}\p{Ll}{1,20})?)?[ \u00a0]+(?:have|has|had|tried|try|never|always|will|would|won['’]t|want|wants|wanted|refused|refuse|keep|keeps|kept|can['’]t|cannot|don['’]t|doesn['’]t|didn['’]t|continue|continues|voted|blocked|opposed|promised|delivered|failed|fought|only|still|again|just|are|were)\b/u;
const VOTE_WORDS = /\b(?:votes?|voted|voting)\b/giu;
const NOT_PARTY_BEFORE = /(?:Department|Dept\.?|Ministry|Secretary|Bureau|Minister|Commissioner)[ \u00a0]+(?:of|for)[ \u00a0]+$|(?:International|Democratic|Irish|Scottish|Welsh)[ \u00a0]+$/u;

// Every match of a name pattern holds all the words of one party name, bounded on both sides (a Set
// lookup per word, see Document.words and src/text/gate.ts): a draft without them skips the pattern.
const STRICT_GATE = phraseGate(PARTY_NAMES);
const AMBIG_GATE = phraseGate(AMBIGUOUS_PARTY_NAMES);
// `gate`: true when the draft holds words every match of the pattern needs (bounded on both sides).
const PATTERNS: ReadonlyArray<{ gate: (words: WordSet) => boolean; re: RegExp; kind: 'office' | 'vote' | 'name' | 'candidate' | 'endorse' }> = [
  { gate: phraseGate(['vote', 'votes', 'voted', 'voting']), re: new RegExp(String.raw`\b(?:[Vv]ote[sd]?|[Vv]oting)${W}(?:for${W}|against${W})?(?:the${W})?(?:${STRICT}|${AMBIG})\b`, 'gu'), kind: 'vote' },
  { gate: phraseGate(['vote', 're', 'elect']), re: new RegExp(String.raw`\b(?:Vote|vote|Re-elect|re-elect|Elect)${W}(?:for${W}|against${W})?(?:Cllr\.?${W}|Councillor${W})?\p{Lu}\p{Ll}+(?:${W}\p{Lu}\p{Ll}+){1,2}\b`, 'gu'), kind: 'candidate' },
  { gate: STRICT_GATE, re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${STRICT})(?:['’]s)?(?:${W}|-)${OFFICE_BROAD}\b`, 'gu'), kind: 'office' },
  { gate: AMBIG_GATE, re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${AMBIG})(?:['’]s)?(?:${W}|-)${OFFICE_NARROW}\b`, 'gu'), kind: 'office' },
  // A candidate endorsed for an office: "have voted to endorse Mark Delacroix for Mayor", "we're backing Ana
  // Ruiz for re-election". (Endorsing a plan, "endorse the Local Plan for adoption", names no person.)
  { gate: phraseGate(['endorse', 'endorses', 'endorsed', 'endorsing', 'backing', 'back', 'backs', 'backed']), re: new RegExp(String.raw`\b(?:[Ee]ndors(?:e|es|ed|ing)|[Bb]ack(?:s|ed|ing)?)${W}\p{Lu}\p{Ll}+(?:${W}\p{Lu}\p{Ll}+){1,2}(?=${W}for${W}(?:the${W})?(?:re-?election|election|office|another${W}term|a${W}(?:second|third|further)${W}term|[Mm]ayor|[Gg]overnor|[Ss]heriff|[Ss]enate|[Cc]ongress|[Pp]arliament|[Cc]ouncil|[Cc]ouncill?or|[Aa]lderman|[Tt]rustee|[Cc]ommissioner|[Pp]remier|MP|MSP|MLA|MPP|TD|PCC|[Dd]istrict${W}\d{1,2}|[Ww]ard${W}\d{1,2}|[Ss]chool${W}[Bb]oard|[Cc]ity${W}[Cc]ouncil|[Cc]ounty${W}[Cc]ommission)\b)`, 'gu'), kind: 'endorse' },
  // "deserves your vote", "Support Tom Reid on polling day": calls to vote for a person.
  { gate: phraseGate(['deserves', 'deserve', 'earned', 'worthy', 'support', 'back', 'choose', 'pick']), re: new RegExp(String.raw`\b(?:deserves?|earned|worthy${W}of)${W}(?:your|a|our|every)${W}(?:vote|votes|tick|number${W}one|first${W}preference|#1)(?![\p{L}\p{N}])(?:${W}again\b)?|\b(?:[Ss]upport|[Bb]ack|[Cc]hoose|[Pp]ick)${W}(?:him|her|them|\p{Lu}\p{Ll}+(?:${W}\p{Lu}\p{Ll}+){0,2})${W}(?:on|at|in)${W}(?:polling${W}day|election${W}day|the${W}(?:polls|ballot${W}box))\b`, 'gu'), kind: 'vote' },
  // A record to be held against someone at the ballot box: "Parents: remember this when you vote", "Don't
  // forget that at the polls". (A civic reminder says what to do: "Remember to bring ID when you vote".)
  { gate: phraseGate(['remember', 'forget']), re: new RegExp(String.raw`\b(?:[Rr]emember|[Dd]on['’]t${W}forget|[Dd]o${W}not${W}forget)${W}(?:this|that|it|them|who${W}did${W}this)${W}(?:when${W}you${W}(?:vote|go${W}to${W}the${W}polls)|at${W}the${W}(?:polls|ballot${W}box)|on${W}(?:polling|election)${W}day|come${W}(?:election${W}(?:time|day)|polling${W}day))\b`, 'gu'), kind: 'vote' },
  // Calls to vote, fund or back a person: "Give him your tick", "Chip in at …", "four more years".
  { gate: phraseGate(['give', 'giving', 'chip', 'donate', 'contribute', 'four']), re: new RegExp(String.raw`\b(?:[Gg]ive|[Gg]iving)${W}(?:him|her|them|\p{Lu}\p{Ll}+(?:${W}\p{Lu}\p{Ll}+){0,2})${W}your${W}(?:tick|vote|votes|support|backing|number${W}one|first${W}preference|#1|party${W}vote)\b|\b[Cc]hip${W}in${W}(?:at|to|now|today|here)\b[^\s]*(?:${W}[\p{L}\p{N}.-]+\.(?:com|org|net|us|uk|nz|au|ca)\S*)?|\b(?:[Dd]onate|[Cc]ontribute)${W}(?:to|at)${W}(?:(?:the|his|her|their|our)${W})?(?:re-?election${W})?campaign\b|\b(?:[Ll]et['’]s${W}give${W}(?:him|her|them)${W})?four${W}more${W}years\b`, 'gu'), kind: 'vote' },
  { gate: STRICT_GATE, re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${STRICT})(?![\p{L}\p{N}])`, 'gu'), kind: 'name' },
  // Two parties named together ("ACT and National have rushed through …", "Labour and the Greens"): a
  // word that alone may be ordinary (National, Green, ACT) is a party beside another one. Praise or blame
  // is still required.
  { gate: AMBIG_GATE, re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${AMBIG})${W}(?:and|&|or)${W}(?:the${W})?(?:${STRICT}|${AMBIG})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:${STRICT})${W}(?:and|&|or)${W}(?:the${W})?(?:${AMBIG})(?![\p{L}\p{N}])`, 'gu'), kind: 'name' },
  // "the Republicans", "The Liberals" as a party (not "the Nationals winners"): praise or blame still required.
  { gate: phraseGate(['republicans', 'liberals', 'nationals', 'greens', 'teals']), re: new RegExp(String.raw`\b[Tt]he${W}(?:Republicans|Liberals|Nationals|Greens|Teals)(?=${W}(?:for|on|and|who|have|has|had|are|were|in|at|team|tried|never|always|will|won['’]t|don['’]t|doesn['’]t|can['’]t|want|wants|refused|keep|kept|only|still)\b|[ \u00a0]*[,.!?;:)]|[ \u00a0]*$)`, 'gmu'), kind: 'name' },
];
// (`[ \u00a0]*(?::[ \u00a0]*)?` is `[ \u00a0]*:?[ \u00a0]*` without its two ways to split a run of spaces.)
const RETWEET = new RegExp(String.raw`(?:^|[\s(])(?:RT|MT|QT|via|h/t|HT)[ \u00a0]*(?::[ \u00a0]*)?` + PARTY_HANDLE.source, 'giu');
const RETWEET_WORDS = ['rt', 'mt', 'qt', 'via', 'h', 'ht'];
// A party named in a sentence, for the verdicts on its record: the strict names, and "the Liberals",
// "The Republicans" as a party (any position: a verdict word is needed as well).
const PARTY_IN_SENTENCE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${STRICT})(?![\p{L}\p{N}])|\b[Tt]he${W}(?:Republicans|Liberals|Nationals|Greens|Teals)\b`, 'gu');
// A verdict or a burden (./src/text/semantic/lexicons/politics.json, phrases matched as written) needs all
// its words in the draft: a draft with no whole entry's words skips the check. (Not any word of an entry:
// "the", "to" and "a" are in every draft.)
const VERDICT_GATE = phraseGate([...politics.groups.verdict, ...politics.groups.burden]);
const REMEMBER_ON_POLITICS = new RegExp(REMEMBER_WHO, 'giu');
const OUR_CANDIDATE = new RegExp(String.raw`\bour[ \u00a0]+(?:(?:local|ward|great|fantastic)[ \u00a0]+)?candidates?\b(?![ \u00a0]+${CANDIDATE_SERVICE}\b)`, 'giu');

export default defineRule(withJudgement('partisanship', 'Read as a whole, this is party-political (or praises a candidate or elected member): official accounts must stay politically impartial.', {
  id: 'impartiality/party-political',
  category: 'impartiality',
  description: 'Party politics on an official account: a party praised, thanked, credited or promoted, calls to vote, shares of party accounts.',
  docs: {
    rationale: 'Official accounts serve everyone: publicity must be even-handed and must not affect support for a political party (Local Government Act 1986 s.2; Code of Recommended Practice on Local Authority Publicity; Civil Service Code; Hatch Act).',
    flagged: ['Thanks to our Labour councillors for delivering the new play park!', 'Vote Conservative on 6 May.', 'RT @UKLabour: We delivered 1,000 new homes.'],
    clean: ['Happy Labour Day! Our offices are closed on Monday.', 'Labour market figures show more people in work.', 'A conservative estimate puts the cost at £2m.', 'Our green spaces are open all year.', 'Free entry to the national park this weekend.'],
  },
  defaultSeverity: 'error',
  topics: ['political-impartiality'],
  languages: ['en'],
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, text } = ctx.doc;
    const from = ctx.doc.bodyOffset;
    const body = prose.slice(from);
    const praised = sentenceTest(ctx.doc, (t) => PRAISE.test(t));
    const attacked = sentenceTest(ctx.doc, (t) => ATTACK.test(t) || BLAME_FRAME.test(t));
    // A reply answers one person about one matter: a party brought into it, other than for what the chamber
    // did, takes a side ("whatever the Liberal Democrat leaflets going round say").
    const reply = ctx.meta.replyTo !== undefined || /^\s*@/u.test(body);
    // (A tally, "fell by 22 votes to 8", is no call to vote: vote words do not count as praise here.)
    const procedural = sentenceTest(ctx.doc, (t) => PROCEDURE.test(t) && !PRAISE.test(t.replace(VOTE_WORDS, ' ')));
    const taken: Array<[number, number]> = [];
    const report = (s: number, e: number, message: string): void => {
      if (taken.some(([a, b]) => s < b && a < e)) return;
      taken.push([s, e]);
      ctx.report({ offset: s, endOffset: e, message });
    };
    const words = ctx.doc.words();
    // Verdicts on the government of the day or a party's record ("this Government leaving councils like
    // ours to pick up the pieces", "Their housing targets are pure fantasy", "the Liberals … have delivered
    // nothing"): first, so a party name in the sentence is reported as blame, not praise.
    if (VERDICT_GATE(words)) {
      const lex = politicsLexicon();
      for (const post of ctx.posts) {
        let earlier = false;
        for (const sent of ctx.doc.sentences()) {
          if (sent.offset < Math.max(from, post.offset) || sent.endOffset > post.endOffset) continue;
          const t = prose.slice(sent.offset, sent.endOffset);
          const parties: Array<[number, number]> = [];
          PARTY_IN_SENTENCE.lastIndex = 0;
          for (const m of t.matchAll(PARTY_IN_SENTENCE)) {
            if (NOT_PARTY_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 20)) || NOT_PARTY_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index))) continue;
            const at = m.index + (/^[Tt]he/u.test(m[0]) ? m[0].search(/[ \u00a0]/u) + 1 : 0);
            parties.push([at, m.index + m[0].length]);
          }
          for (const v of governmentVerdicts(lex, t, parties, earlier)) report(sent.offset + v.start, sent.offset + v.end, `Criticism of the government or a party ("${text.slice(sent.offset + v.start, sent.offset + v.end)}") is party-political: official accounts may explain a decision and its effect, not attack those who made it.`);
          earlier ||= parties.length > 0 || namesGovernment(lex, t);
        }
      }
    }
    // STRICT_GATE guards two patterns: ask once per draft.
    const strict = STRICT_GATE(words);
    for (const { gate, re, kind } of PATTERNS) {
      if (!(gate === STRICT_GATE ? strict : gate(words))) continue;
      re.lastIndex = 0;
      for (const m of body.matchAll(re)) {
        const s = from + m.index;
        const e = s + m[0].length;
        if (NOT_PARTY_BEFORE.test(prose.slice(Math.max(from, s - 30), s))) continue;
        if (kind === 'candidate' && !looksLikePersonName(m[0].replace(/^\S+\s+(?:(?:for|against)\s+)?(?:Cllr\.?\s+|Councillor\s+)?/u, ''))) continue;
        if (kind === 'endorse' && !looksLikePersonName(m[0].replace(/^\S+\s+/u, ''))) continue;
        if (kind !== 'vote' && kind !== 'candidate' && kind !== 'endorse' && NOT_PARTY_AFTER.test(prose.slice(e, e + 20))) continue;
        if (kind === 'vote' && !votedPerson(m[0])) continue;
        if (kind === 'office' && (ADJECTIVE_OFFICE.test(m[0]) || (/Party$/u.test(m[0]) && PARTY_VENUE.test(prose.slice(e, e + 60))))) continue;
        if (kind === 'office' && !attacked(s) && procedural(s)) continue;
        if (kind === 'name') {
          // A bare party name needs praise, thanks, credit or a call to vote in its sentence, and a name
          // at the start of a sentence ("Conservative estimates…", "Greens and browns") is not enough.
          const before = prose.slice(Math.max(from, s - 3), s);
          if (/^\s*$|[.!?:]\s*$/u.test(before) && !/^(?:SNP|DUP|UUP|SDLP|GOP|LNP|NDP|Tory|Tories|Lib)/u.test(m[0]) && !PARTY_SUBJECT.test(prose.slice(e, e + 60))) continue;
          if (m[0] === 'Greens' && !/\bthe[ \u00a0]+$/u.test(prose.slice(Math.max(from, s - 5), s))) continue;
          if ((!praised(s) || procedural(s)) && !attacked(s) && !(reply && !procedural(s) && !PARTY_VENUE.test(prose.slice(e, e + 60)))) continue;
        }
        const what = kind === 'endorse' ? `Endorsing a candidate ("${text.slice(s, e)}")` : kind === 'vote' || kind === 'candidate' ? 'A call to vote' : kind === 'office' ? `"${text.slice(s, e)}"` : praised(s) ? `Praise or credit for "${text.slice(s, e)}"` : attacked(s) ? `Blame aimed at "${text.slice(s, e)}"` : `Bringing "${text.slice(s, e)}" into a reply`;
        report(s, e, `${what} is party-political: official accounts must not promote a party or candidate; credit the council or name the service instead.`);
      }
    }
    RETWEET.lastIndex = 0;
    for (const m of words.hasAny(RETWEET_WORDS) ? body.matchAll(RETWEET) : []) {
      const at = m[0].indexOf('@');
      const s = from + m.index + (m[0].length - m[0].trimStart().length);
      report(s, from + m.index + m[0].length, `Sharing a party account (${m[0].slice(at).trim()}) is party-political: official accounts must not amplify parties.`);
    }
    OUR_CANDIDATE.lastIndex = 0;
    for (const m of words.hasAny(['candidate', 'candidates']) ? body.matchAll(OUR_CANDIDATE) : []) {
      report(from + m.index, from + m.index + m[0].length, `"${m[0]}" promotes a candidate: official accounts must stay impartial.`);
    }
    // In a draft already party-political, "remember who put you here" asks for a vote against them.
    if (taken.length > 0 && words.hasAny(['remember', 'forget'])) {
      for (const m of body.matchAll(REMEMBER_ON_POLITICS)) {
        report(from + m.index, from + m.index + m[0].length, `"${m[0]}" beside party politics is a call to vote against a side: official accounts must stay impartial.`);
      }
    }
  },
}));

// "Give Sarah Jones your tick" names a person; "Give Riverside Park your vote" (a people's-choice award) does not.
const VOTED = /^(?:[Gg]ive|[Gg]iving|[Ss]upport|[Bb]ack|[Cc]hoose|[Pp]ick)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s/u;
function votedPerson(match: string): boolean {
  const m = VOTED.exec(match);
  return !m || looksLikePersonName(m[1]!);
}
