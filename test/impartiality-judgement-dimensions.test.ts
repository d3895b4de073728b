// impartiality: the classes behind the fourth held-out round's misses, by dimension.
// - party-political: a party named as the subject opening its sentence ("Democrats in the legislature
//   tried to block …", "Labor has never understood the regions"), and praise of a party's plan ("Only the
//   Nationals have a real plan"); near-misses: ordinary words opening a sentence ("Conservative estimates",
//   "Labour costs", "Greens and browns"), a party named with no praise or blame.
// - endorsement: a discount for a code or the post shown at the till, with or without the word "code"
//   ("Quote CFRS15 at the till for 15% off", "Show this post at checkout for 20% off"); near-misses: a
//   reference number quoted for a reply, a public service's own offer with no code.
// - election-period: a campaign event promoted ("Join his campaign rally"), a call to keep the member in
//   office ("help keep him in the Senate"), praise of a candidate ("a tireless voice for"), approval of a
//   candidate's pledge ("… is music to our ears"), and a call to remember the post's message on polling day
//   ("Remember that on March 2."); near-misses: a car rally, a civic reminder to vote, a plain report.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';

const find = async (rule: string, text: string, config: Record<string, unknown>, meta: Record<string, string> = {}): Promise<string[]> => {
  const linter = await createLinter(config);
  return (await linter.lintAsync(text, { meta })).findings.filter((f) => f.ruleId === rule && !f.message.includes('judged by meaning')).map((f) => text.slice(f.offset, f.endOffset));
};

const JURISDICTIONS = [
  { locale: 'en-US', org: 'Northmont Department of Public Health', parties: ['Democrats', 'GOP'], house: 'in the legislature' },
  { locale: 'en-AU', org: 'Murrindal Ranges Shire Council', parties: ['Labor', 'The Nationals'], house: 'on Spring Street' },
  { locale: 'en-GB', org: 'Cranshire Fire and Rescue Service', parties: ['Labour', 'Conservatives'], house: 'in Parliament' },
  { locale: 'en-CA', org: 'Lakeridge Regional Health', parties: ['Conservatives', 'New Democrats'], house: 'in the House' },
] as const;
const ATTACKS = ['tried to block this expansion at every turn', 'has never understood the regions', 'have never cared about rural families', "don't understand country towns"];

describe('impartiality/party-political: a party opening its sentence as the subject of blame or praise', () => {
  for (const attack of ATTACKS) {
    it(`flags "<party> … ${attack}" in every jurisdiction, with and without where its members sit`, async () => {
      for (const j of JURISDICTIONS) {
        for (const party of j.parties) {
          for (const where of ['', ` ${j.house}`]) {
            const verb = /^(?:has|have)\b/u.test(attack) ? attack.replace(/^(?:has|have)\b/u, party.endsWith('s') ? 'have' : 'has') : attack;
            const text = `Another budget, another slap in the face for country roads. ${party}${where} ${verb}. Find road updates on our website.`;
            const got = await find('impartiality/party-political', text, { locale: j.locale, organisation: { name: j.org } });
            expect(got.length, text).toBeGreaterThan(0);
            for (const g of got) expect(text.includes(g), text).toBe(true);
          }
        }
      }
    });
  }
  it('flags praise of a party\u2019s plan ("Only the Nationals have a real plan")', async () => {
    for (const [party, plan] of [['the Nationals', 'a real plan'], ['the Liberals', 'a credible plan'], ['Labour', 'the only party who'], ['the Greens', 'a proper plan']] as const) {
      const text = `Only ${party} have ${plan} for fixing our roads.`.replace('have the only party who', 'are the only party who listen');
      expect((await find('impartiality/party-political', text, { locale: 'en-AU' })).length, text).toBeGreaterThan(0);
    }
  });
  const NEAR: Array<[string, string]> = [
    ['Conservative estimates have the repair bill at $2m.', 'an ordinary adjective opening the sentence'],
    ['Labour costs have risen 4% this year, so fees go up in July.', '"Labour costs" is no party'],
    ['Greens and browns go in the compost bin.', 'colours of waste'],
    ['Democrats and Republicans in the legislature will debate the bill on Tuesday.', 'a party named with no praise or blame'],
    ['Labor Day closures: our offices have reduced hours on Monday.', '"Labor Day"'],
    ['Nationals winners from our swim club have a real plan for next season.', '"Nationals" as a competition'],
    ["We don't understand the regions' needs yet, so please fill in the survey.", 'no party named'],
  ];
  for (const [text, why] of NEAR) {
    it(`leaves "${text}" (${why})`, async () => {
      for (const j of JURISDICTIONS) expect(await find('impartiality/party-political', text, { locale: j.locale, organisation: { name: j.org } }), text).toEqual([]);
    });
  }
});

const CODES = ['CFRS15', 'SAVE20', 'FLU-2027', 'MEDPOINT'];
const TILLS = ['at the till', 'at checkout', 'at the counter', 'in store', ''];
const ENDS = ['!', '.', ' all month!', ' this week.'];

describe('impartiality/endorsement: a discount handed over at the till', () => {
  for (const code of CODES) {
    it(`flags "Quote ${code} … for N% off" at every till, ending and case`, async () => {
      for (const [i, till] of TILLS.entries()) {
        const verb = ['Quote', 'Use', 'show', 'Mention', 'enter'][i]!;
        const end = ENDS[i % ENDS.length]!;
        const text = `Our friends at BrightGuard Alarms on Marlow High Street have smoke alarms in stock. ${verb.replace(/^\p{Ll}/u, (c) => c.toUpperCase())} ${code}${till ? ` ${till}` : ''} for 15% off${end}`;
        const got = await find('impartiality/endorsement', text, { locale: 'en-GB' });
        expect(got.some((g) => g.includes(code) && g.endsWith('15% off')), `${text} → ${JSON.stringify(got)}`).toBe(true);
      }
    });
  }
  it('flags "Show this post" at every till', async () => {
    for (const till of ['at checkout', 'at the till', 'at the counter', 'in store']) {
      const text = `Head to MedPoint Pharmacy for your flu shot. Show this post ${till} for 20% off your next purchase.`;
      expect(await find('impartiality/endorsement', text, { locale: 'en-US' }), text).toContain(`Show this post ${till} for 20%`);
    }
  });
  const NEAR: Array<[string, string]> = [
    ['Quote REF123 when you call for a faster reply.', 'a reference number, no discount'],
    ['Use NHS 111 for urgent advice, day or night.', 'a public service'],
    ['Show this post to our staff at the library desk to collect your free seed packet.', 'no discount from a trader'],
    ['Enter PIN 1234 only at the ticket machine.', 'no discount'],
    ['Flu shots are free for over-65s: book at health.northmont.gov/flu', 'the organisation\u2019s own service'],
  ];
  for (const [text, why] of NEAR) it(`leaves "${text}" (${why})`, async () => expect(await find('impartiality/endorsement', text, { locale: 'en-GB' }), text).toEqual([]));
});

const PERIODS = [
  { locale: 'en-US', org: 'Northmont Department of Public Health', start: '2027-02-01', end: '2027-03-02', at: '2027-02-16T13:00:00-05:00', day: 'March 2', title: 'State Senator', first: 'Mark', last: 'Ellery', p: 'him', s: 'his', house: 'the Senate' },
  { locale: 'en-AU', org: 'Murrindal Ranges Shire Council', start: '2027-01-18', end: '2027-02-20', at: '2027-02-03T11:00:00+11:00', day: '20 February', title: 'Cr', first: 'Jenny', last: 'Marsh', p: 'her', s: 'her', house: 'the council' },
  { locale: 'en-GB', org: 'Cranshire Fire and Rescue Service', start: '2027-03-26', end: '2027-05-06', at: '2027-04-20T13:00:00Z', day: '6 May', title: 'Councillor', first: 'Martin', last: 'Crole', p: 'him', s: 'his', house: 'the chamber' },
] as const;
type Period = (typeof PERIODS)[number];
const fill = (s: string, x: Period): string => s.replace(/\{(\w+)\}/gu, (_, k: keyof Period) => String(x[k]));

describe('impartiality/election-period: campaign events, calls, praise and approval of a candidate', () => {
  const CASES: Array<{ text: string; hit: string | null; why: string }> = [
    { text: '{title} {first} {last} opened the clinic. Join {s} campaign rally at the Grange this Saturday.', hit: 'Join {s} campaign rally', why: 'a campaign event promoted' },
    { text: '{title} {first} {last} opened the clinic. Come along to {first}\u2019s re-election campaign launch on Friday!', hit: 'Come along to {first}\u2019s re-election campaign launch', why: 'a campaign launch, possessive name' },
    { text: '{title} {first} {last} opened the clinic. Join {s} campaign rally at the Grange and help keep {p} in {house}!', hit: 'help keep {p} in {house}!', why: 'a call to keep the member in office, after the rally in the same sentence' },
    { text: '{title} {first} {last} cut the ribbon. {first} has been a tireless voice for local families.', hit: '{first} has been a tireless voice', why: 'praise of the candidate' },
    { text: 'Great to show candidate {first} {last} round the station. {first}\u2019s pledge to protect every engine is music to our ears!', hit: '{first}\u2019s pledge to protect every engine is music to our ears', why: 'approval of the candidate\u2019s pledge' },
    { text: 'The other side tried to block this expansion at every turn. Remember that on {day}.', hit: 'Remember that on {day}.', why: 'the post\u2019s message to be remembered on polling day' },
    { text: 'They tried to block this at every turn. Don\u2019t forget it on {day}!', hit: 'Don\u2019t forget it on {day}!', why: 'the same with "don\u2019t forget it" and "!"' },
    // Near-misses.
    { text: 'Road closures for the Grange car rally this Saturday.', hit: null, why: 'a car rally, no campaign' },
    { text: 'Remember to vote on {day}. Polling places open at 7am.', hit: null, why: 'a civic reminder' },
    { text: 'Remember, on {day} polling places open at 7am.', hit: null, why: 'a civic reminder that goes on past polling day' },
    { text: 'Remember that bins go out the night before collection.', hit: null, why: 'no polling day' },
    { text: 'Our crews will be there when the rally ends, keeping the roads clear.', hit: null, why: 'a rally in passing, no campaign' },
    { text: 'Great to show our new recruits round the station. Their dedication is music to our ears!', hit: null, why: 'approval with no candidate named' },
  ];
  for (const c of CASES) {
    it(`${c.hit ? 'flags' : 'leaves'} "${c.text}" (${c.why})`, async () => {
      for (const x of PERIODS) {
        const text = fill(c.text, x);
        const got = await find('impartiality/election-period', text, { locale: x.locale, organisation: { name: x.org }, electionPeriods: [{ name: 'Election', start: x.start, end: x.end }] }, { publishAt: x.at });
        if (c.hit === null) expect(got, text).toEqual([]);
        else expect(got, text).toContain(fill(c.hit, x));
      }
    });
  }
});
