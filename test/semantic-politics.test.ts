// Politics without a party name and praise of the people in an election (src/text/semantic/politics.ts,
// data in src/text/semantic/lexicons/politics.json), end to end through impartiality/party-political,
// impartiality/election-period and impartiality/endorsement: each positive next to near-misses with the same
// words doing something else, generated over governments, parties, people, places and periods, which must
// not change the verdict. Every case says why.
import { describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../src/index.js';
import { creditedPeople, governmentVerdicts, politicsLexicon } from '../src/text/semantic/politics.js';

interface Case { text: string; rule: string; flagged: boolean; expectText?: string; publishAt?: string; why: string }

const PERIOD = { name: 'Local elections', start: '2029-04-20', end: '2029-06-04' };
const IN = '2029-05-18T12:00:00Z';
const OUT = '2029-08-18T12:00:00Z';
let linter: Linter | undefined;
async function findings(cs: Case): Promise<string[]> {
  linter ??= await createLinter({ locale: 'en-IE', organisation: { name: 'Carrigmore County Council' }, electionPeriods: [PERIOD] });
  const r = await linter.lintAsync(cs.text, { meta: cs.publishAt ? { publishAt: cs.publishAt } : {} });
  return r.findings.filter((f) => f.ruleId === `impartiality/${cs.rule}` && f.severity !== 'info').map((f) => cs.text.slice(f.offset, f.endOffset));
}

const GOVS = ['this Government', 'the Government', 'Ministers', 'the current government', 'Westminster'];
const PLACES = [['Ballinmore', 'councils like ours'], ['Strathkelvin', 'health boards'], ['Moncton', 'families'], ['Riverbend', 'us'], ['Ashby', 'local schools']];
const PARTIES = ['The Liberals', 'The Conservatives', 'Labour', 'The Tories', 'Fine Gael'];
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function verdictCases(): Case[] {
  const out: Case[] = [];
  GOVS.forEach((g, k) => {
    const [town, who] = PLACES[k]!;
    const party = PARTIES[k]!;
    out.push({ text: `Another Budget, another year of ${g} leaving ${who} to pick up the pieces.`, rule: 'party-political', flagged: true, expectText: `${g} leaving ${who} to pick up the pieces`, why: 'the government of the day blamed for a burden it leaves others' });
    out.push({ text: `${cap(g)} set new housing targets this week. Their targets are pure fantasy.`, rule: 'party-political', flagged: true, expectText: 'Their targets are pure fantasy', why: '"their" opening a sentence after the government is named: a verdict on its policy' });
    out.push({ text: `${cap(g)} has delivered nothing for ${town}.`, rule: 'party-political', flagged: true, why: 'a verdict on the government\u2019s record' });
    out.push({ text: `${party} promised bail reform years ago and have delivered nothing.`, rule: 'party-political', flagged: true, why: 'a named party attacked for its record (sentence-initial "The" included)' });
    // Near-misses.
    out.push({ text: `${cap(g)} announced \u20ac${2 + k}m for ${town} today. Details are on our website.`, rule: 'party-political', flagged: false, why: 'factual reporting of a funding decision' });
    out.push({ text: `${cap(g)} has confirmed cuts of ${3 + k}% to council funding next year, and we will set out what that means.`, rule: 'party-political', flagged: false, why: 'a decision and its effect, explained without a verdict' });
    out.push({ text: `Families in ${town} left to pick up the pieces after the storm can apply for a hardship grant.`, rule: 'party-political', flagged: false, why: 'a burden with no government named: storm recovery' });
    out.push({ text: `${cap(g)} will help families pick up the pieces after the floods.`, rule: 'party-political', flagged: false, why: 'no leave word: the government helps, it leaves no one a burden' });
    out.push({ text: `${cap(g)} published its housing targets today. Their targets are explained at gov.ie/housing.`, rule: 'party-political', flagged: false, why: '"their" with no verdict: neutral policy explanation' });
    out.push({ text: `${cap(g)} visited ${town} today. Residents told us their old bins were a disgrace.`, rule: 'party-political', flagged: false, why: 'the verdict is residents\u2019 about bins; "their" is not the sentence\u2019s subject' });
    out.push({ text: `${party} and independent councillors both spoke before the motion was carried.`, rule: 'party-political', flagged: false, why: 'a party named in a neutral procedural report' });
    out.push({ text: `The Government has not failed to deliver: the funding arrived on ${3 + k} May.`, rule: 'party-political', flagged: false, why: 'a verdict word negated' });
  });
  return out;
}

const PEOPLE: Array<{ intro: string; first: string; pron: string; poss: string }> = [
  { intro: 'Great to see Cllr Pádraig Ó Sé, who is running again on 1 June, cutting the ribbon.', first: 'Pádraig', pron: 'him', poss: 'his' },
  { intro: 'Lovely to welcome Ailsa Moffat, the Scottish Labour candidate for Strathkelvin and Bearsden, to our unit.', first: 'Ailsa', pron: 'her', poss: 'her' },
  { intro: 'Special thanks to Councillor Mark Dellaire for flipping burgers all afternoon.', first: 'Mark', pron: 'him', poss: 'his' },
  { intro: 'Cllr Siobhán Ní Bhriain joined pupils from the Gaelscoil at the opening.', first: 'Siobhán', pron: 'her', poss: 'her' },
  { intro: 'Thanks to Dev Patel MP for visiting the new library.', first: 'Dev', pron: 'him', poss: 'his' },
];
const THINGS = ['playground', 'maternity unit', 'cycle path', 'library', 'community hall'];

function creditCases(): Case[] {
  const out: Case[] = [];
  PEOPLE.forEach((p, k) => {
    const thing = THINGS[k]!;
    const year = 2021 + k;
    const pos: Array<[string, string, string]> = [
      [`${p.first} has fought for this ${thing} since ${year}.`, `${p.first} has fought for`, 'a named member or candidate credited with the result'],
      [`${p.first} has been a tireless champion for local families.`, `${p.first} has been a tireless champion`, 'praise of the person'],
      [`We're lucky to have ${p.pron} in our corner.`, `lucky to have ${p.pron}`, 'praise by pronoun once the person is named'],
      [`Thanks to ${p.poss} hard work, the ${thing} is open.`, `${p.poss} hard work`, 'the person\u2019s own effort credited'],
    ];
    for (const [s, want, why] of pos) {
      out.push({ text: `${p.intro} ${s}`, rule: 'election-period', flagged: true, expectText: want, publishAt: IN, why: `${why}, inside an election period` });
      out.push({ text: `${p.intro} ${s}`, rule: 'election-period', flagged: false, publishAt: OUT, why: `${why}, but outside any election period: the election-period rule is silent` });
    }
    // Near-misses inside the period: what the person did, or credit to someone who is not in politics.
    const neg: Array<[string, string]> = [
      [`Local parents have fought for this ${thing} since ${year}.`, 'credit to residents, not the member'],
      [`Our staff have worked tirelessly to get the ${thing} ready.`, 'credit to staff'],
      [`All candidates are invited to see the ${thing} before polling day.`, 'candidates invited neutrally'],
    ];
    for (const [s, why] of neg) out.push({ text: `${p.intro} ${s}`, rule: 'election-period', flagged: true, expectText: undefined, publishAt: IN, why: `${why}: only the introduction (the member featured) may be reported` });
    out.push({ text: `Midwife ${p.first} Brennan has been a tireless champion for local families for ${10 + k} years.`, rule: 'election-period', flagged: false, publishAt: IN, why: 'praise of a member of staff: no councillor or candidate in the post' });
  });
  return out;
}

const BIZ = [["Marco's Chippy", 'chips'], ['The Corner Pantry', 'scones'], ['Kowhai Café', 'pies'], ['Maple Leaf Bakery', 'butter tarts'], ["Dottie's Diner", 'pancakes']];
function endorsementCases(): Case[] {
  const out: Case[] = [];
  BIZ.forEach(([biz, dish], k) => {
    out.push({ text: `${biz} is now open on Main Street. Their ${dish} are much better than the place across the road!`, rule: 'endorsement', flagged: true, expectText: 'much better than the place across the road', why: 'one trader praised over its competitor' });
    out.push({ text: `Pop into ${biz} for ${dish} after your visit. Tell them Carrigmore Libraries sent you!`, rule: 'endorsement', flagged: true, expectText: 'Tell them Carrigmore Libraries sent you', why: 'residents sent to one trader in the organisation\u2019s name' });
    out.push({ text: `Grab ${dish} at ${biz} on the way home. Say we sent you!`, rule: 'endorsement', flagged: true, expectText: 'Say we sent you', why: 'the same with "we"' });
    // Near-misses.
    out.push({ text: `Bin collection rates are much better than last year, thanks to residents in ward ${k + 1}.`, rule: 'endorsement', flagged: false, why: 'a comparison of a public service, no trader' });
    out.push({ text: `${biz} on Main Street is closed for repairs until ${k + 3} May.`, rule: 'endorsement', flagged: false, why: 'a business named factually' });
    out.push({ text: `Bring your library card to the desk. Tell them you live in the county and they will renew it.`, rule: 'endorsement', flagged: false, why: '"tell them" at a public service, nobody "sent you"' });
  });
  return out;
}

describe('politics by grammar', () => {
  const lex = politicsLexicon();
  it('governmentVerdicts: the target and the verdict, exact spans', () => {
    const t = 'Another Budget, another year of this Government leaving councils like ours to pick up the pieces.';
    expect(governmentVerdicts(lex, t, [], false).map((m) => t.slice(m.start, m.end))).toEqual(['this Government leaving councils like ours to pick up the pieces']);
    const u = 'Their housing targets are pure fantasy and everyone in local government knows it.';
    expect(governmentVerdicts(lex, u, [], true).map((m) => u.slice(m.start, m.end))).toEqual(['Their housing targets are pure fantasy']);
    // Without an earlier sentence naming the government, "their" points at no one.
    expect(governmentVerdicts(lex, u, [], false)).toEqual([]);
  });
  it('creditedPeople: the person as the subject or object of the credit', () => {
    const people = new Set(['Ailsa', 'Moffat']);
    const t = 'Ailsa has been a tireless champion for local mums and babies.';
    expect(creditedPeople(lex, t, people, true).map((m) => t.slice(m.start, m.end))).toEqual(['Ailsa has been a tireless champion']);
    const u = "We're lucky to have him in our corner.";
    expect(creditedPeople(lex, u, people, true).map((m) => u.slice(m.start, m.end))).toEqual(['lucky to have him', 'him in our corner']);
    // A pronoun counts only once a member or candidate has been named.
    expect(creditedPeople(lex, u, people, false)).toEqual([]);
    // Credit to someone else in the sentence: "Ailsa thanked the volunteers who have fought for the unit".
    const v = 'Ailsa thanked the volunteers who have fought for the unit.';
    expect(creditedPeople(lex, v, people, true)).toEqual([]);
  });

  const tables: Array<[string, () => Case[]]> = [
    ['verdicts on the government or a party', verdictCases],
    ['credit to a member or candidate', creditCases],
    ['comparative and "sent you" endorsement', endorsementCases],
  ];
  for (const [name, make] of tables) {
    it(name, async () => {
      const all = make();
      const wrong: string[] = [];
      for (const cs of all) {
        const got = await findings(cs);
        const ok = cs.flagged ? got.length > 0 && (!cs.expectText || got.includes(cs.expectText)) : got.length === 0;
        // Near-misses beside a featured member: nothing beyond the introduction's own findings.
        const extra = cs.flagged && cs.expectText === undefined ? got.some((g) => !cs.text.startsWith(g) && cs.text.indexOf(g) > cs.text.indexOf('.') ) : false;
        if (!ok || extra) wrong.push(`${cs.flagged ? 'missed' : 'false alarm'}: ${cs.why} — ${JSON.stringify(cs.text)} → ${JSON.stringify(got)}`);
      }
      console.log(`${name}: ${all.length} generated cases, ${all.length - wrong.length} as expected`);
      expect(wrong).toEqual([]);
    }, 600_000);
  }
});
