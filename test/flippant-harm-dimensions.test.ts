// tone/flippant-about-harm by dimension (data: rules/tone/flippant-about-harm.json): every class of joke
// marker (laughing and skull emoji, laughter words in each case, the "but hey" shrug, an ambulance-ride
// joke) × every class of harm to people (injury, burns, hospital, death, crash, poisoning, assault) × where
// the joke stands (the harm's sentence, the next one, the one before; two sentences away is not "next to")
// × jurisdiction and platform; harm to a home or vehicle (a garage fire, a semi in the ditch) joked about. Near-misses beside them keep the same words doing something else: a joke
// with no harm, harm with no joke, harm negated or only a risk, harm words as places or machines, "LOL" as
// a name, a fundraising thank-you, a weak marker ("literally") with no strong one.
import { describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../src/index.js';

const RULE = 'tone/flippant-about-harm';
const LOCALES = [
  { locale: 'en-GB', org: 'Northfield Fire and Rescue', platform: 'x' },
  { locale: 'en-US', org: 'Alder County Sheriff', platform: 'facebook' },
  { locale: 'en-CA', org: 'Trillium Ridge School Board', platform: 'tiktok' },
] as const;

const linters = new Map<string, Promise<Linter>>();
const linterFor = (locale: string, org: string): Promise<Linter> => {
  let l = linters.get(locale);
  if (!l) linters.set(locale, (l = createLinter({ locale: locale as 'en-GB', organisation: { name: org } })));
  return l;
};
async function flagged(text: string): Promise<string[][]> {
  const out: string[][] = [];
  for (const { locale, org, platform } of LOCALES) {
    const linter = await linterFor(locale, org);
    const res = await linter.lintAsync(text, { meta: { platform } });
    out.push(res.findings.filter((f) => f.ruleId === RULE).map((f) => text.slice(f.offset, f.endOffset)));
  }
  return out;
}

// [marker as written, the text a finding covers]
const JOKES: Array<[string, string]> = [
  ['😂', '😂'], ['🤣', '🤣'], ['💀', '💀'], ['🙃', '🙃'], ['😆', '😆'], ['💀😂', '💀😂'],
  ['lol', 'lol'], ['LOL', 'LOL'], ['Lol', 'Lol'], ['lmao', 'lmao'], ['haha', 'haha'], ['HAHAHA', 'HAHAHA'],
  ['Darwin Award runner-up.', 'Darwin Award runner-up'], ['Natural selection at work.', 'Natural selection at work'],
];
// Harm to people, each as a sentence.
const HARMS = [
  'One student was treated for minor burns.',
  'Two people are in hospital tonight.',
  'The driver was injured in the collision.',
  'A pedestrian died at the scene.',
  'Two men were assaulted outside the bar.',
  'A family of four were treated for carbon monoxide poisoning.',
  'There was a rollover on the A9 near Dalwhinnie.',
  'A teenager was airlifted after the crash.',
  'The driver was flown out to Regional Medical Center.',
];

interface Case {
  text: string;
  want: string[];
  why: string;
}

const CASES: Case[] = [
  // Every joke beside every harm, in the harm's sentence and the next one.
  // (Between two capitalised words "LOL" reads as a name, "Comic Relief LOL Fest": left alone.)
  ...JOKES.flatMap(([j, hit]) => HARMS.map((h): Case => {
    const name = j === 'LOL' && /\p{Lu}\p{Ll}+\.$/u.test(h.split(' ').at(-1)!);
    return { text: `${h.slice(0, -1)} ${j} Please take care on the roads.`, want: name ? [] : [hit], why: name ? '"LOL" between capitalised words reads as a name' : `"${j}" in the sentence of harm` };
  })),
  ...JOKES.map(([j, hit]): Case => ({ text: `${HARMS[6]!.slice(0, -1)} ${j}. Please take care on the roads.`, want: [hit], why: `"${j}" closing the sentence of harm` })),
  ...JOKES.flatMap(([j, hit]) => HARMS.slice(0, 3).map((h): Case => ({ text: `${h} Well that escalated quickly ${j}`, want: [hit], why: `"${j}" in the sentence after harm` }))),
  ...JOKES.slice(0, 4).map(([j, hit]): Case => ({ text: `Science class got a bit too exciting ${j} ${HARMS[0]}`, want: [hit], why: `"${j}" in the sentence before harm` })),
  // The shrug and the ride jokes.
  { text: 'Two people are in hospital after a CO leak, but hey, at least they know where the boiler is now.', want: ['but hey'], why: '"but hey" after harm' },
  { text: 'Rollover on Route 9 tonight. The driver got a free helicopter ride to Halifax.', want: ['free helicopter ride'], why: 'an airlift joked about as a treat' },
  { text: 'Crash on the bypass: one driver got a free ambulance ride. Slow down!', want: ['free ambulance ride'], why: 'an ambulance trip joked about' },
  // A weak marker is reported beside a strong one, never alone.
  { text: 'Small fire in the lab, one student with minor burns 😂 science is lit, literally.', want: ['😂', 'science is lit', 'literally'], why: 'weak markers beside a strong one in the post' },
  { text: 'Two people found out the hard way that CO alarms matter: both are in hospital.', want: [], why: 'a weak marker alone is glib, not a joke' },
  { text: 'The crash literally closed the road for six hours; two people were injured.', want: [], why: '"literally" alone in a serious post' },
  // Near-misses: a joke with no harm.
  { text: 'What a day at the fire station open day 😂 Thanks for coming to squirt the hose!', want: [], why: 'a fun event: fire station, no harm' },
  { text: 'Our new gritter is called Gritty McGritface 😂 Vote for next year\u2019s name!', want: [], why: 'a naming contest, no harm' },
  { text: 'Don\u2019t let your turkey become a fire hazard 🦃😂 Never leave cooking unattended.', want: [], why: 'safety humour, no one harmed' },
  { text: 'Carbon monoxide can kill 💀 Fit an alarm and get your boiler serviced.', want: [], why: 'a hazard, not harm that happened ("can")' },
  { text: 'Don\u2019t end up in A&E this Christmas 😂 Keep candles away from the tree.', want: [], why: 'harm only as a risk ("don\u2019t end up")' },
  { text: 'You could end up in hospital if you ignore the ice 😂 so wear good boots.', want: [], why: 'harm only as a risk ("could")' },
  // Near-misses: harm with no joke.
  ...HARMS.map((h): Case => ({ text: `${h} Our thoughts are with everyone affected.`, want: [], why: 'serious harm, no joke' })),
  { text: 'A pedestrian died at the scene. 🙏 Our thoughts are with the family.', want: [], why: 'a praying-hands emoji is no joke' },
  // Near-misses: harm negated.
  { text: 'Our crews rescued a very stubborn sheep this morning 😂 Nobody was hurt, including the sheep.', want: [], why: '"nobody was hurt"' },
  { text: 'Kitchen fire at the station BBQ 😂 no one was injured, only our pride.', want: [], why: '"no one was injured"' },
  // Near-misses: harm words as places, services or machines.
  { text: 'Our website crashed this morning lol, it is back up now.', want: [], why: 'a website crash harms no one' },
  { text: 'Crash course in first aid this Saturday 😆 Book at the library.', want: [], why: '"crash course"' },
  { text: 'Hospital radio quiz night was a laugh 😂 Thanks to our volunteers.', want: [], why: 'hospital as a place, nobody in it' },
  { text: 'Drowning in paperwork this week 😂 Forms are due on Friday.', want: [], why: '"drowning in" paperwork' },
  { text: 'Our Year 6 class absolutely killed it at the spelling bee 😂', want: [], why: '"killed it": success' },
  // Near-misses: "LOL" as a name.
  { text: 'LOL Surprise dolls were the top toy at the Christmas appeal, and two volunteers were injured lifting boxes.', want: [], why: '"LOL" in a product name' },
  { text: 'Tickets for Comic Relief LOL Fest are on sale. The crash on the A1 has cleared.', want: [], why: '"LOL" in an event name' },
  // Near-misses: a fundraising thank-you.
  { text: 'Thank you to everyone who raised £2,400 for the burns unit and for victims of the Kirkgate fire 😂🎉 You\u2019re stars!', want: [], why: 'thanks for support to people harmed, with a smiley' },
  { text: 'Our bake sale raised £800 for crash victims 😂 Thanks, all!', want: [], why: 'fundraising for victims' },
  // Harm to a home or a vehicle, joked about: every property harm × a joke beside it; near-misses say
  // everyone is safe, or the fire is only a risk.
  ...['a guy on the east side tried this in his garage and the garage burnt down', 'another semi ended up in the ditch on the Coq', 'a chimney fire took out half the roof', 'the van jackknifed on the bridge', 'the whole shed went up in flames'].flatMap((h) =>
    (['😂', 'lol', '🤣'] as const).map((j): Case => ({ text: `Last winter ${h} ${j} Check yours before you travel.`, want: [j], why: `"${j}" beside harm to someone's property` })),
  ),
  { text: 'Last Thanksgiving a guy tried this in his garage and, well... RIP garage 😂 Thaw it first.', want: ['😂'], why: '"RIP garage" with a laughing emoji' },
  { text: "Another Monday, another semi doing the ditch dance on the Coq 😂 Everyone's OK-ish.", want: ['😂', 'OK-ish'], why: 'a crash joked about, and a minimiser' },
  { text: 'Small kitchen fire at the station BBQ 😂 no one was injured, only our pride.', want: [], why: 'a fire with everyone safe: not aimed at anyone\u2019s loss' },
  { text: 'A chimney fire can start from one neglected winter 😂 Book a sweep.', want: [], why: 'a fire only as a risk ("can")' },
  { text: 'The garage burnt down but everyone got out safely 😂 Test your alarms.', want: [], why: 'everyone is safe (the joke is still odd, but no one\u2019s harm is mocked here)' },
  // Two sentences away is not next to the harm.
  { text: 'A pedestrian died at the scene. The road is closed. Diversions are in place. Our new gritter has a name 😂', want: [], why: 'the joke is three sentences from the harm' },
];

describe('tone/flippant-about-harm by dimension', () => {
  for (const c of CASES) {
    it(`${c.want.length ? 'flags' : 'leaves'}: ${c.text} (${c.why})`, async () => {
      for (const got of await flagged(c.text)) expect(got, c.text).toEqual(c.want);
    });
  }
});
