// The judgement classes built from the guidance in the sixth session, each generated over its dimensions
// (subject × negator × verb × tail; title × locale × credit; self-name × payment × harm; relation × age ×
// offence; phrase × business), next to near-misses that share the words but not the meaning. Only the
// rules' own findings count (the classifier's "judged by meaning" findings are tested elsewhere), so each
// case says what the grammar and data recognise.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';
import type { Finding } from '../src/index.js';

const linters = new Map<string, Awaited<ReturnType<typeof createLinter>>>();
async function linterFor(locale: string): Promise<Awaited<ReturnType<typeof createLinter>>> {
  let l = linters.get(locale);
  if (!l) {
    l = await createLinter({ locale: locale as 'en-GB', electionPeriods: [{ name: 'the election', start: '2027-03-01', end: '2027-05-06' }] });
    linters.set(locale, l);
  }
  return l;
}
const IN_PERIOD = { publishAt: '2027-04-14T10:00:00Z' };

async function spans(text: string, rule: string, locale = 'en-GB', meta: Record<string, unknown> = {}): Promise<string[]> {
  const l = await linterFor(locale);
  const res = await l.lintAsync(text, { meta });
  return res.findings
    .filter((f: Finding) => f.ruleId === rule && !f.message.includes('judged by meaning'))
    .map((f: Finding) => text.slice(f.offset, f.endOffset));
}

const CASES = [
  { name: 'Tom Marsh', age: 34, court: 'Carrow Magistrates\u2019 Court', locale: 'en-GB' },
  { name: 'Dana Pruitt', age: 41, court: 'Alder County District Court', locale: 'en-US' },
  { name: 'Tama Walker', age: 29, court: 'Nelson District Court', locale: 'en-NZ' },
];

describe('legal/prejudicial-statement: the case treated as decided', () => {
  // [claim with {p} for the subject, the exact span reported]
  const FINALITY: Array<[string, string]> = [
    ["{p} won't be doing it again.", "{p} won't be doing it again"],
    ['{p} will never work with children again.', '{p} will never work with children again'],
    ["{p} won't be breaking into anyone's garage again.", "{p} won't be breaking into anyone's garage again"],
    ['{p} will no longer be a danger to anyone else.', '{p} will no longer be a danger to anyone else'],
    ["{p} certainly won\u2019t be selling fake parts anymore.", "{p} certainly won\u2019t be selling fake parts anymore"],
  ];
  for (const [claim, hit] of FINALITY) {
    for (const p of ['He', 'She', 'The man']) {
      it(`flags "${claim}" (${p}) after an arrest or charge, in every jurisdiction`, async () => {
        for (const c of CASES) {
          const fill = (s: string): string => s.replaceAll('{p}', p);
          const text = `${c.name}, ${c.age}, has been charged and will appear at ${c.court}. ${fill(claim)}`;
          expect(await spans(text, 'legal/prejudicial-statement', c.locale), text).toEqual([fill(hit)]);
        }
      });
    }
  }
  // The culprit named by the act ("the man who did this") and the case closed ("will now have to answer for
  // it", "is off the street"), after an arrest or a charge, in every jurisdiction.
  const CULPRIT: Array<[string, string]> = [
    ['{who} will now have to answer for it.', '{who}'],
    ['We hope {who} is never let near a school again.', '{who}'],
    ['The man we arrested will now have to answer for it.', 'will now have to answer for it'],
    ["Good news: the guy who's been cleaning out your garages is off the street.", 'is off the street'],
  ];
  const WHO = ['the man who did this', 'the woman who did this', 'the person who did this', 'the people who did this', 'the man that did this', 'the man who did it'];
  for (const [claim, hit] of CULPRIT) {
    for (const who of claim.includes('{who}') ? WHO : ['']) {
      const fill = (x: string): string => x.replaceAll('{who}', who);
      it(`flags "${fill(hit)}" in "${fill(claim)}" after a charge, in every jurisdiction`, async () => {
        for (const c of CASES) {
          const text = `${c.name}, ${c.age}, has been charged and will appear at ${c.court}. ${fill(claim)}`;
          const got = await spans(text, 'legal/prejudicial-statement', c.locale);
          expect(got.some((g) => g.toLowerCase().includes(fill(hit).toLowerCase())), `${text} → ${JSON.stringify(got)}`).toBe(true);
        }
      });
    }
  }
  const CULPRIT_NEAR: Array<[string, string]> = [
    ['Someone smashed the bus shelter on Elm Road overnight. If you know the man who did this, call 101.', 'an appeal: no one arrested or charged'],
    ['Dana Pruitt, 41, was convicted of assault and jailed for two years. The woman who did this will now have to answer for it every day.', 'after a verdict'],
    ['A man has been charged and will appear at Nelson District Court. He will answer the charge on 3 March.', 'answering a charge, not answering for it'],
    ['A man has been charged with theft. Our patrol car is off the street for repairs this week.', 'a car off the street, no person'],
  ];
  for (const [text, why] of CULPRIT_NEAR) it(`leaves "${text}" (${why})`, async () => expect(await spans(text, 'legal/prejudicial-statement')).toEqual([]));
  const OTHER: Array<[string, string, string]> = [
    ["Three men were arrested on suspicion of supply. That's three dealers off our streets.", "That's three dealers off our streets", 'offenders taken off the streets'],
    ['A teacher has been charged. What this man did to our students is a betrayal.', 'What this man did', 'the act named as his by a free relative'],
    ['A man has been summonsed to court. Our team recorded him breaking the notice on eleven occasions.', 'recorded him breaking', 'the evidence stated as what he did'],
    ['A man has been summonsed to court for noise. Frankly this one should be straightforward.', 'should be straightforward', 'the case prejudged'],
    ['A driver has been charged with dangerous driving. He has no excuse.', 'has no excuse', 'a verdict on the accused'],
    ['The man behind the all-night parties has been summonsed to appear at court.', 'The man behind the all-night parties', 'named by the acts he is accused of'],
  ];
  for (const [text, hit, why] of OTHER) it(`flags "${hit}" (${why})`, async () => expect(await spans(text, 'legal/prejudicial-statement')).toEqual([hit]));

  const NEAR: Array<[string, string]> = [
    ['A man has been charged after the assault. The victim is in hospital and she will never walk again without help.', "a victim's injury, not an end to offending"],
    ['Twelve drivers were arrested this weekend. Help us keep drink drivers off our roads this Christmas.', 'the campaign imperative'],
    ['A man was charged with assault. We won\u2019t let this happen again.', "the organisation's own resolve"],
    ['A man has been charged. We don\u2019t know what he did before the crash.', 'what he did, not known'],
    ['A man has been charged. The man behind the wheel of the bus was not hurt.', 'behind the wheel: a place'],
    ['A woman has been charged. We saw her at court on Monday.', 'seen, but no act'],
    ['Tom Marsh, 34, was found guilty of burglary and jailed. He won\u2019t be doing it again for a while.', 'after a verdict'],
    ["Our new patrols start on Monday and burglars won't be doing it again on our watch.", 'no proceedings under way'],
  ];
  for (const [text, why] of NEAR) it(`leaves "${text}" (${why})`, async () => expect(await spans(text, 'legal/prejudicial-statement')).toEqual([]));
});

describe('legal/prejudicial-statement: a harsh sentence hoped for before the trial', () => {
  const HOPES = ['We hope the magistrate throws the book at him.', 'Here’s hoping the judge throws the book at her.', 'The court should throw the book at them.', 'Lock him up and throw away the key.', 'We hope he gets what he deserves.', 'Let them rot in prison.'];
  const SPAN = /throws? the book at|throw away the key|gets what he deserves|rot in prison/u;
  for (const hope of HOPES) {
    it(`flags "${hope}" after a charge, in every jurisdiction`, async () => {
      for (const c of CASES) {
        const text = `${c.name}, ${c.age}, has been charged and will appear at ${c.court}. ${hope}`;
        const got = await spans(text, 'legal/prejudicial-statement', c.locale);
        expect(got.some((g) => g.includes(SPAN.exec(hope)![0])), `${text}: ${JSON.stringify(got)}`).toBe(true);
      }
    });
  }
  it('leaves a label that opens the title of an Act or a body', async () => {
    for (const c of CASES) {
      for (const title of ['the Criminal Justice (Drug Trafficking) Act 1996', 'the Criminal Assets Bureau', 'the Criminal Cases Review Commission']) {
        const text = `${c.name}, ${c.age}, was arrested and detained under Section 2 of ${title}. He has been released without charge.`;
        expect(await spans(text, 'legal/prejudicial-statement', c.locale), text).toEqual([]);
      }
    }
  });
  it('leaves the same idioms where they mean nothing about a case', async () => {
    for (const text of ['Our librarians will throw the book at you if you ask for a recommendation!', 'The court ordered the council to pay costs.']) {
      expect(await spans(text, 'legal/prejudicial-statement', 'en-GB'), text).toEqual([]);
    }
  });
});

describe('impartiality/election-period: praise and credit for a member, by title and locale', () => {
  // [title, locale] — titles that are elected offices in that locale (./src/text/data/elected-titles.json).
  const TITLES: Array<[string, string]> = [
    ['Councillor', 'en-GB'], ['Cllr', 'en-GB'], ['Sheriff', 'en-US'], ['Commissioner', 'en-US'], ['Trustee', 'en-CA'], ['Supervisor', 'en-US'], ['Mayor', 'en-AU'], ['Reeve', 'en-CA'], ['Provost', 'en-GB'],
  ];
  const CREDIT: Array<[string, string]> = [
    ['{T} {N} has been a true friend to this community.', '{L} has been a true friend to'],
    ['Residents are lucky to have {T} {N}.', 'lucky to have {T} {N}'],
    ['Big thanks to {T} {N}, who championed the funding.', '{L}, who championed'],
    ['{T} {N} fought hard at every meeting to get this restored.', '{L} fought hard'],
  ];
  for (const [title, locale] of TITLES) {
    for (const [credit, hit] of CREDIT) {
      it(`flags "${credit}" for ${title} in ${locale}, for every name`, async () => {
        for (const n of ['Gail Ostrander', 'Linda Okafor', 'Declan Hughes']) {
          const fill = (s: string): string => s.replaceAll('{T}', title).replaceAll('{N}', n).replaceAll('{L}', n.split(' ')[1]!);
          const text = fill(credit);
          // (Titles the rule also reports on their own in an election period, "Councillor Gail Ostrander",
          // may take the name: the credit words must still be reported.)
          const found = await spans(text, 'impartiality/election-period', locale, IN_PERIOD);
          const want = fill(hit).replace(n.split(' ')[1]!, '').replace(`${title} ${n}`, '').trim().replace(/^,\s*/u, '');
          expect(found.some((f) => f === fill(hit) || f.includes(want) || want.includes(f.replace(/^.*?(?=\p{Ll})/u, ''))), `${text}: ${JSON.stringify(found)}`).toBe(true);
        }
      });
    }
  }
  it('flags praise without a subject and a kept promise after the member is named', async () => {
    expect(await spans("Four years ago, Sheriff Whitcomb promised faster response. She delivered: times are down 18%. That's what steady leadership looks like.", 'impartiality/election-period', 'en-US', IN_PERIOD)).toEqual(['She delivered', 'steady leadership']);
    expect(await spans("Thanks to Trustee Linda Okafor for planting trees today. We hope she's back at the board table in November!", 'impartiality/election-period', 'en-CA', IN_PERIOD)).toEqual(["hope she's back"]);
    expect(await spans('Sheriff Whitcomb visited the station today. @WhitcombForSheriff', 'impartiality/election-period', 'en-US', IN_PERIOD)).toEqual(['@WhitcombForSheriff']);
  });
  const NEAR: Array<[string, string, string]> = [
    ['Sheriff Whitcomb delivered the keynote at the safety fair.', 'en-US', 'delivered without a promise'],
    ['Sheriff Mackay sentenced the man to 18 months at Lanark Sheriff Court.', 'en-GB', 'a Scottish sheriff is a judge'],
    ['Commissioner Ostrander opened the new station today.', 'en-US', 'what a member did, not praise'],
    ['We are lucky to have such a beautiful park on our doorstep.', 'en-GB', 'no member named'],
    ['Commissioner Ostrander has been a true friend to this community.', 'en-GB', 'a UK commissioner is appointed, not elected'],
  ];
  for (const [text, locale, why] of NEAR) it(`leaves "${text}" (${why})`, async () => expect(await spans(text, 'impartiality/election-period', locale, IN_PERIOD)).toEqual([]));
  it('says nothing outside an election period', async () => {
    expect(await spans('Residents are lucky to have Councillor Gail Ostrander.', 'impartiality/election-period', 'en-GB', { publishAt: '2027-08-01T10:00:00Z' })).toEqual([]);
  });
});

describe('impartiality/party-political: a verdict aimed at a party it does not name', () => {
  const SIDES = ["a certain party's leaflet", 'the other mob', 'some candidates', 'certain parties'];
  const VERDICTS: Array<[string, string]> = [
    ['take it with a pinch of salt', 'with a pinch of salt'],
    ["don't be fooled", "don't be fooled"],
    ['it is pure fantasy', 'pure fantasy'],
  ];
  for (const side of SIDES) {
    for (const [verdict] of VERDICTS) {
      it(`flags "${side}" with "${verdict}"`, async () => {
        const text = `When ${side} promises 500 new homes, ${verdict}.`;
        expect((await spans(text, 'impartiality/party-political')).length, text).toBe(1);
      });
    }
  }
  const NEAR: Array<[string, string]> = [
    ['Bins on the other side of the street are collected on Tuesday.', 'a side of the street'],
    ['Add a pinch of salt to the soup at our community cooking class.', 'a recipe, no party'],
    ['All parties standing in the election are invited to the hustings.', 'parties named neutrally, no verdict'],
  ];
  for (const [text, why] of NEAR) it(`leaves "${text}" (${why})`, async () => expect(await spans(text, 'impartiality/party-political')).toEqual([]));
});

describe('legal/admission-of-liability: the organisation paying for harm, by grammar', () => {
  const SELVES = ['The council', 'The county', 'The Trust', 'We'];
  const OFFERS = ['will pay for all the damage to your kitchen', 'will pay for all of the repairs', 'will cover your repair costs'];
  for (const self of SELVES) {
    for (const offer of OFFERS) {
      it(`flags "${self} ${offer}" after an apology in a reply about damage`, async () => {
        const text = `We're so sorry, Mr Donnelly. The contractor was working under our grant when the ceiling came down and damaged your kitchen. ${self} ${offer}, so please keep the receipts.`;
        const found = await spans(text, 'legal/admission-of-liability', 'en-GB', { replyTo: true });
        expect(found.some((s) => s.includes(offer.split(' ').slice(1, 3).join(' '))), `${text}\n${JSON.stringify(found)}`).toBe(true);
      });
    }
  }
  const NEAR: Array<[string, string]> = [
    ['Storm damage update: crews cleared 40 fallen trees. The council will cover the cost of the new playground at Elm Park.', 'a project, not the harm'],
    ['We will pay for parking at the event on Saturday.', 'no harm in the draft'],
    ['Sorry about the damage to your car. If we are found liable, we will pay for the repairs.', 'conditional'],
  ];
  for (const [text, why] of NEAR) {
    it(`leaves "${text}" (${why}) to the classifier`, async () => {
      const l = await linterFor('en-GB');
      const res = await l.lintAsync(text, { meta: { replyTo: true } });
      const grammar = res.findings.filter((f) => f.ruleId === 'legal/admission-of-liability' && f.message.includes('offers payment'));
      expect(grammar.map((f) => text.slice(f.offset, f.endOffset))).toEqual([]);
    });
  }
});

describe('legal/victim-identification: a child victim found by relation, year, team or school', () => {
  const OFFENCES = ['sexual assault on a child', 'sexual interference', 'indecent assault', 'child luring'];
  const DETAILS: Array<[string, string]> = [
    ['The investigation began after his 13-year-old stepdaughter spoke to a counsellor.', 'his 13-year-old stepdaughter'],
    ['The charge relates to one student, a Grade 7 girl, who came forward in February.', 'a Grade 7 girl'],
    ['The girl who came forward plays on the Lakeview junior volleyball team.', 'on the Lakeview junior volleyball team'],
    ['The victim, who attends Red Mesa Middle School, has been supported.', 'attends Red Mesa Middle School'],
    ['The investigation began after his niece disclosed what had happened.', 'his niece'],
  ];
  for (const offence of OFFENCES) {
    for (const [detail, hit] of DETAILS) {
      it(`flags "${hit}" in a post about ${offence}`, async () => {
        const text = `Wade Pruitt, 52, has been charged with ${offence}. ${detail}`;
        expect(await spans(text, 'legal/victim-identification'), text).toContain(hit);
      });
    }
  }
  const NEAR: Array<[string, string]> = [
    ['John Smith, 45, has been charged with sexual assault. He coaches the Riverside junior football team.', "the accused's own team"],
    ['A man has been charged with rape. Officers thank the victim for coming forward.', 'no detail'],
    ['Congratulations to the Grade 7 girls on the Lakeview volleyball team, county champions!', 'no offence in the post'],
  ];
  for (const [text, why] of NEAR) it(`leaves "${text}" (${why})`, async () => expect(await spans(text, 'legal/victim-identification')).toEqual([]));
});

// A recommendation after thanks to each business (every phrase × every business) and near-misses that name
// no business or recommend nothing.
function recommendationTable(title: string, businesses: readonly string[], phrases: ReadonlyArray<[string, string]>, thanks: (biz: string) => string, near: ReadonlyArray<[string, string]>): void {
  describe(title, () => {
    for (const biz of businesses) {
      for (const [phrase, hit] of phrases) {
        it(`flags "${hit}" after thanks to ${biz}`, async () => {
          const text = `${thanks(biz)} ${phrase}`;
          expect(await spans(text, 'impartiality/endorsement'), text).toContain(hit);
        });
      }
    }
    for (const [text, why] of near) it(`leaves "${text}" (${why})`, async () => expect(await spans(text, 'impartiality/endorsement')).toEqual([]));
  });
}

recommendationTable(
  'impartiality/endorsement: recommending one business (endorsement-referrals.json)',
  ['McAleer Damp & Timber', 'Mesa Tire & Auto', "Rosie's Bakery", 'Harbour Coffee Roasters'],
  [
    ["Honestly you won't find better.", "you won't find better"],
    ['Give them a ring!', 'Give them a ring'],
    ["You can't go wrong with them.", "You can't go wrong"],
    ['Go check them out this weekend.', 'Go check them out'],
  ],
  (biz) => `Huge thanks to the team at ${biz} who helped at our drop-in on Saturday.`,
  [
    ['Our housing team can help with damp. Give them a call on 028 9000 0000.', 'a council team'],
    ['Worried about a cough? Call NHS 111 and give them a ring if it gets worse.', 'a public service'],
  ],
);

// Trading names as French, Irish and Welsh write them (trade first) beside English ones (trade last).
recommendationTable(
  'impartiality/endorsement: missing out, stopping by, the best in town, names that open with the trade',
  ['Boulangerie Chez Ginette', 'Siopa Leabhar an Phobail', "Caffi'r Hen Orsaf", "Pryce's Butchers", "Rosie's Bakery", 'Librairie du Centre'],
  [
    ["If you haven't tried their croissants yet, you're missing out.", "you're missing out"],
    ['Make sure to stop by after the parade.', 'Make sure to stop by'],
    ['Be sure to pop in this weekend!', 'Be sure to pop in'],
    ['The best in town, go and support them.', 'go and support them'],
    ['Easily the best bookshop in Donegal, so call in and give them your business!', 'Easily the best bookshop in Donegal'],
  ],
  (biz) => `A huge thank you to ${biz} for the prizes at Saturday's fun run.`,
  [
    ["If you haven't signed up for the library's summer reading challenge yet, you're missing out.", 'a public service, no business named'],
    ['Make sure to stop by the Civic Centre to register to vote.', 'a public building'],
    ['Our recycling rate is the best in the region, thanks to all of you.', 'a public service compared'],
    ['Café opening hours at the Civic Centre: 9am to 3pm.', 'a trade word with no name after it'],
    ['The Boulangerie Chez Ginette fire is under investigation; Dalhousie Street is closed.', 'a business named, nothing recommended'],
  ],
);

// Calls to go and buy (order, stop in, a business that "earned your business") after thanks to one business.
recommendationTable(
  'impartiality/endorsement: calls to order from, stop in at or reward one business',
  ["Vito's Brick Oven", 'the Sunny Side Diner', 'Kōwhai Café', 'Harbour Coffee Roasters'],
  [
    ["If you're deciding on dinner tonight, do yourself a favor and order from them.", 'do yourself a favor'],
    ['Do yourself a favour and order from them this weekend.', 'Do yourself a favour'],
    ["If you're passing through, stop in — they've earned your business!", 'stop in'],
    ["They've earned your business.", 'earned your business'],
    ['Well worth a visit if you are in town.', 'Well worth a visit'],
  ],
  (biz) => `Special thanks to ${biz}, who stayed open until 4 a.m. so stranded drivers had somewhere warm to go.`,
  [
    ['If you are passing the library on Saturday, stop in and renew your card.', 'a public building, no business named'],
    ['Do yourself a favour and check your smoke alarm tonight.', 'advice, no business named'],
    ['Repeat prescriptions: order from your GP practice or the NHS App.', 'a public service'],
    ['The museum is well worth a visit this half-term, and entry is free.', 'a public venue'],
  ],
);

describe('impartiality/election-period: a member by the title before the name, and credit by comparison', () => {
  // [title, locale]: the member's letters before the name, as the press writes them.
  const TITLES: Array<[string, string]> = [['MP', 'en-NZ'], ['MP', 'en-GB'], ['MSP', 'en-GB'], ['MLA', 'en-CA'], ['MPP', 'en-CA'], ['TD', 'en-IE'], ['MHR', 'en-AU']];
  const NAMES = ['Jenna Barclay', 'Fiona Dalgleish', 'Aroha Ngata'];
  for (const [title, locale] of TITLES) {
    for (const name of NAMES) {
      it(`flags "local ${title} ${name}" in ${locale}, and the credit compared with everyone`, async () => {
        const text = `A big thank you to our local ${title} ${name}, who pushed for this scanner – nobody has done more for health in this region than she has.`;
        const found = await spans(text, 'impartiality/election-period', locale, IN_PERIOD);
        expect(found, text).toContain(`${title} ${name}`);
        expect(found, text).toContain('nobody has done more for health in this region than she has');
      });
    }
  }
  const NEAR: Array<[string, string, string]> = [
    ['Book your MS Teams slot for the drop-in clinic.', 'en-GB', '"MS" is not a member title here'],
    ['Our nurses have done more for this region than anyone could ask. Thank you!', 'en-NZ', 'staff, no member named'],
    ['Councillor Ann Lee opened the pool. Our staff have done more for swimmers this year than ever.', 'en-GB', 'the comparison is about staff, not the member'],
  ];
  for (const [text, locale, why] of NEAR) {
    it(`leaves the credit in "${text}" (${why})`, async () => {
      const found = await spans(text, 'impartiality/election-period', locale, IN_PERIOD);
      expect(found.filter((f) => !/^Councillor /u.test(f)), text).toEqual([]);
    });
  }
});

describe('impartiality/party-political: a candidate endorsed for an office', () => {
  const VERBS = ['have voted to endorse', 'proudly endorse', 'are backing', 'endorsed'];
  const OFFICES = ['Mayor', 're-election', 'City Council', 'Sheriff', 'the School Board'];
  const NAMES = ['Mark Delacroix', 'Ana Ruiz', 'Tane Parata'];
  for (const [i, verb] of VERBS.entries()) {
    for (const [j, office] of OFFICES.entries()) {
      const name = NAMES[(i + j) % NAMES.length]!;
      it(`flags "${verb} ${name} for ${office}"`, async () => {
        const text = `The members of Local 2231 ${verb} ${name} for ${office}.`;
        const found = await spans(text, 'impartiality/party-political');
        expect(found.some((f) => f.endsWith(name)), `${text}: ${JSON.stringify(found)}`).toBe(true);
      });
    }
  }
  const NEAR: Array<[string, string]> = [
    ['The board voted to endorse the Local Plan for adoption in March.', 'a plan endorsed, no person'],
    ['We are backing Saturday Sport for another season at the leisure centre.', 'a programme, not a candidate'],
    ['Candidates for Mayor are listed on the election page.', 'a neutral notice'],
  ];
  for (const [text, why] of NEAR) it(`leaves "${text}" (${why})`, async () => expect(await spans(text, 'impartiality/party-political')).toEqual([]));
});
