// tone: the put-downs and insults of the fourth held-out round's replies, by class (src/text/semantic/
// lexicons/put-downs.json, rules/tone/insult.ts): sarcastic envy of the resident's free time ("Must be nice
// to have that much free time"), the organisation mocking itself as idle ("we just sit around all day
// hoping potholes fix themselves"), exasperation by repetition ("many, many times"), grouping the person
// ("folks like you"), reading as too much for them ("If reading the rules is too much"), a brush-off that
// repeats itself ("Crews will get there when they get there"), and slang epithets aimed at the person
// ("you're a grub", "what a galah"). Each is generated over its wording × punctuation × case × position ×
// organisation, in a reply (an eye-roll ending is a sarcasm marker of its own); near-misses use the same words for something else (a post that answers no
// one, genuine sympathy, an accessibility offer, an animal, a crew's arrival time).
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/text/semantic/lexicon.js';
import { putDowns, type PutDownKind } from '../src/text/semantic/put-downs.js';
import { createLinter } from '../src/index.js';

interface Row {
  text: string;
  reply: boolean;
  want: Array<[PutDownKind, string]>;
  why: string;
}

const FREE_TIME = ['Must be nice to have', 'must be nice to have', 'Must be lovely to have', 'Must be nice having'];
const IDLE = ['we just sit around', 'we sit around all day', 'we just twiddle our thumbs', 'we just sit on our hands'];
const GROUPS = ['folks like you', 'people like you', 'the likes of you'];
const READING = ['If reading the rules is too much', 'if reading the post is too much', 'If reading is too hard', 'if reading the guidance is too much'];
const BRUSH = [
  ['Crews will get there when they get there', 'get there when they get there'],
  ["It'll get done when it gets done", 'get done when it gets done'],
  ['We will get to it when we get to it', 'get to it when we get to it'],
  ['It will happen when it happens', 'happen when it happens'],
] as const;
const ENDS = ['.', '!', ' 🙄', '...'];

const ROWS: Row[] = [
  ...FREE_TIME.flatMap((p) => ENDS.map((end): Row => ({ text: `Wow. ${p} that much free time on a Tuesday${end} The form is online.`, reply: true, want: [['sarcasm', p], ['sarcasm', 'that much free time'], ...(end === ' 🙄' ? [['sarcasm', '🙄'] as [PutDownKind, string]] : [])], why: `"${p}": envy of the resident's free time, ending "${end}"` }))),
  ...IDLE.map((p): Row => ({ text: `Yes, ${p} hoping the potholes go away. It's on the list.`, reply: true, want: [['sarcasm', p]], why: `"${p}": the organisation mocking itself as idle` })),
  ...GROUPS.map((p): Row => ({ text: `As we've said to ${p}, the permit is needed for groundwater.`, reply: true, want: [['belittle', p]], why: `"${p}" groups the person` })),
  { text: "As we've explained many, many times, the permit is needed.", reply: true, want: [['exasperation', 'many, many times']], why: 'exasperation by repetition (the comma is no token)' },
  { text: "As we've explained many many times, the permit is needed.", reply: true, want: [['exasperation', 'many many times']], why: 'the same without the comma' },
  ...READING.map((p): Row => ({ text: `${p}, the permit page has pictures.`, reply: true, want: [['belittle', p]], why: `"${p}": reading as too much for the person` })),
  ...BRUSH.map(([s, hit]): Row => ({ text: `It's on the list. ${s}.`, reply: true, want: [['belittle', hit]], why: `"${hit}": a brush-off that repeats itself` })),
  // Near-misses.
  ...FREE_TIME.map((p): Row => ({ text: `${p} that much free time on a Tuesday.`, reply: false, want: [], why: 'a post answering no one: sarcasm is reply-only' })),
  { text: 'It must be nice for your family to have the garden back.', reply: true, want: [], why: '"must be nice for": no envy phrase' },
  { text: "Crews don't sit around waiting: they are out from 7am.", reply: true, want: [], why: 'a plain denial with no idle phrase' },
  { text: "Sorry you've had to call many times about this.", reply: true, want: [], why: 'an apology counting the calls, no repetition phrase' },
  { text: 'If reading is difficult for you, we can send an audio version.', reply: true, want: [], why: 'an accessibility offer' },
  { text: 'Our guide has pictures of each step.', reply: true, want: [], why: 'a guide with pictures, no put-down' },
  { text: "We'll call you when they get there.", reply: true, want: [], why: '"when they get there" once: an arrival time' },
  { text: 'People like you helped us plant 2,000 trees this year.', reply: false, want: [], why: 'a post answering no one (and thanks)' },
];

describe('putDowns: sarcasm, exasperation, belittling and brush-offs by dimension', () => {
  const lex = lexicon();
  for (const r of ROWS) {
    it(`${r.reply ? 'reply' : 'post'}: "${r.text}" (${r.why})`, () => {
      expect(putDowns(lex, r.text, r.reply).map((p) => [p.kind, r.text.slice(p.start, p.end)])).toEqual(r.want);
    });
  }
});

// Slang epithets through tone/insult, for every jurisdiction's word, aimer, case and position.
const ORGS = [
  { org: 'Murrindal Ranges Shire Council', locale: 'en-AU' },
  { org: 'Cranshire Fire and Rescue Service', locale: 'en-GB' },
  { org: 'Northmont Department of Public Health', locale: 'en-US' },
] as const;
const SLANG = ['grub', 'galah', 'drongo', 'dropkick', 'pillock', 'prat', 'twit', 'wally', 'bozo', 'eejit'];
const AIMERS = ["you're a", 'you are a', 'what a', 'you absolute', "you're such a", 'a total'];

const insults = async (text: string, locale: string, org: string): Promise<string[]> => {
  const linter = await createLinter({ locale: locale as 'en-GB', organisation: { name: org } });
  return (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === 'tone/insult').map((f) => text.slice(f.offset, f.endOffset));
};

describe('tone/insult: slang epithets aimed at the person', () => {
  for (const word of SLANG) {
    it(`flags "${word}" after every aimer, in every jurisdiction, at the start and mid-sentence`, async () => {
      for (const [i, aimer] of AIMERS.entries()) {
        const { org, locale } = ORGS[i % ORGS.length]!;
        const mid = `To whoever dumped this on Gap Road: ${aimer} ${word}, and we will find you.`;
        expect(await insults(mid, locale, org), mid).toEqual([`${aimer} ${word}`]);
        const upper = `${aimer.replace(/^\p{Ll}/u, (c) => c.toUpperCase())} ${word}! Bins are emptied on Fridays.`;
        expect(await insults(upper, locale, org), upper).toEqual([upper.slice(0, aimer.length + 1 + word.length)]);
      }
    });
  }
  const NEAR: Array<[string, string]> = [
    ['Curl grubs are eating lawns across the shire this month: here is how to treat them.', 'grubs in the lawn'],
    ['These grubs turn into Christmas beetles by December.', '"these" does not aim a slang word'],
    ['A flock of galahs has settled on the oval.', 'birds'],
    ['Some galahs were spotted near the reservoir this morning.', '"some" does not aim a slang word'],
    ["Where's Wally? Find him in the library's summer trail.", 'a book character'],
    ['Follow us on Twitter for road updates.', '"Twitter" is no "twit"'],
    ['Grub is up at the community barbecue from 12!', 'food'],
  ];
  for (const [text, why] of NEAR) {
    it(`leaves "${text}" (${why})`, async () => {
      for (const { org, locale } of ORGS) expect(await insults(text, locale, org), text).toEqual([]);
    });
  }
});
