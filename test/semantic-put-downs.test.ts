// Put-downs by kind (src/text/semantic/put-downs.ts, data in src/text/semantic/lexicons/put-downs.json):
// each kind in a reply next to the polite-firm near-miss that says the same thing, the kinds that count in
// any post (gloating) and the ones that count only in replies, the vocative test for pet names, and the
// blame tail that needs a patronising opener. Then end to end through tone/hostile-reply, with other
// facts, numbers and organisations, which must not change the verdict.
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/text/semantic/lexicon.js';
import { putDowns, type PutDownKind } from '../src/text/semantic/put-downs.js';
import { createLinter } from '../src/index.js';

interface Row {
  text: string;
  reply: boolean;
  /** [kind, exact text] of every put-down, or [] for a near-miss. */
  want: Array<[PutDownKind, string]>;
  why: string;
}

const ROWS: Row[] = [
  { text: 'Oh wow, two whole hours? Must have been rough.', reply: true, want: [['minimiser', 'whole hours'], ['mock-sympathy', 'Must have been rough']], why: 'belittles the wait, then mock sympathy beside it' },
  { text: 'That must have been tough, and we are sorry it took so long.', reply: true, want: [], why: 'sympathy alone may be meant: mock-sympathy needs another put-down beside it' },
  { text: 'Emergency is not a walk-in clinic, sweetie.', reply: true, want: [['endearment', 'sweetie']], why: 'a pet name as a vocative' },
  { text: 'Sweetie the therapy dog visits the ward on Tuesdays.', reply: true, want: [], why: 'a name, not a vocative (no comma after it)' },
  { text: 'Dear Sam, thanks for your message.', reply: true, want: [], why: 'a letter greeting: "Dear" before a name is no vocative' },
  { text: 'Maybe read the signs on your way in next time.', reply: true, want: [['blame-tail', 'Maybe read the signs on your way in next time']], why: 'a patronising suggestion with a blaming tail' },
  { text: 'Next time you visit, you can book online to skip the queue.', reply: true, want: [], why: '"next time" without a patronising opener: a tip' },
  { text: 'Maybe give it a read before complaining?', reply: true, want: [['blame-tail', 'Maybe give it a read'], ['blame', 'before complaining']], why: 'read-before-you-complain' },
  { text: 'As we have explained about a hundred times, recycling is fortnightly.', reply: true, want: [['exasperation', 'a hundred times']], why: 'exasperated hyperbole' },
  { text: 'As our post says, recycling is collected fortnightly.', reply: true, want: [], why: 'points to the post plainly' },
  { text: 'Wow, shocking that a sprained ankle waited behind heart attacks.', reply: true, want: [['sarcasm', 'shocking that']], why: 'mock surprise' },
  { text: 'Well done to whichever bloody genius dumped rubbish on the verge. Real classy.', reply: false, want: [['gloat', 'bloody genius'], ['gloat', 'Real classy']], why: 'mockery counts in any post' },
  { text: 'Oh wow, two whole hours? Must have been rough.', reply: false, want: [], why: 'not a reply: belittling a complaint needs one' },
  { text: 'He has been charged with robbery. Good riddance.', reply: false, want: [['gloat', 'Good riddance']], why: 'gloating over an arrest, in any post' },
  { text: 'Convicted at last. Let him rot in prison.', reply: false, want: [['gloat', 'rot in prison']], why: 'glee about a sentence, in any post' },
  { text: 'Our inspection found rot in those supports, and the boardwalk is closed.', reply: false, want: [], why: 'rot in timber: "rot in" gloats only before a jail, a prison, a cell or hell' },
  { text: 'The whole day is free: bring the family to the park.', reply: true, want: [], why: '"whole" before a singular is no belittled quantity (only "two whole hours" and the like are listed)' },
  { text: 'Maybe try reporting it to us first rather than moaning on here?', reply: true, want: [['blame', 'rather than moaning'], ['belittle', 'moaning on here']], why: 'a pejorative word for the complaint, as the alternative to reporting' },
  { text: 'Please report it to us first rather than on here, so we can send a crew.', reply: true, want: [], why: 'the same advice without a pejorative word for the complaint' },
  { text: 'The limit is on the meter, so maybe give it a read next time.', reply: true, want: [['blame-tail', 'maybe give it a read next time']], why: 'a suggestion opening a clause after "so" still opens the blaming tail' },
  { text: 'The limit is on the meter, and you can read more next time you visit our page.', reply: true, want: [], why: '"next time" with no patronising suggestion before it' },
  { text: 'Whatever next. Maybe set your alarm a bit earlier, champ 🙄', reply: true, want: [['sarcasm', 'Whatever next'], ['blame-tail', 'Maybe set your alarm a bit earlier'], ['endearment', 'champ'], ['sarcasm', '🙄']], why: 'mock surprise, a blaming suggestion, a pet name closed by an emoji, and the eye-roll itself' },
  { text: 'Champ the therapy dog visits on Fridays 🐶', reply: true, want: [], why: 'a name at the start with no comma: no vocative' },
  { text: 'If you would like to whine about it officially, the appeal form is online.', reply: true, want: [['belittle', 'whine about it']], why: 'a pejorative word for the person\u2019s complaint' },
  { text: 'If you would like to appeal, the form is online.', reply: true, want: [], why: 'the same offer in plain words' },
  { text: 'We know numbers can be hard, but the limit is 25.', reply: true, want: [['belittle', 'numbers can be hard']], why: 'a basic skill said to be hard for the person' },
  { text: 'We know the new rules can be hard to follow, so here is a summary.', reply: true, want: [], why: 'empathy about rules, not a basic skill' },
  { text: 'Thanks for your seventh email on this subject.', reply: true, want: [['exasperation', 'seventh email']], why: 'counting the person\u2019s messages' },
  { text: 'Thanks for your email on this subject.', reply: true, want: [], why: 'no count' },
  { text: 'Reminder for the hard of thinking: the bridge is closed.', reply: false, want: [['scorn', 'hard of thinking']], why: 'scorn for the public counts in any post' },
  { text: 'Reminder for those who are hard of hearing: captions are on.', reply: false, want: [], why: 'a disability named plainly, no scorn' },
  { text: 'Breaking news: it snows on a mountain pass in December.', reply: true, want: [['sarcasm', 'Breaking news']], why: 'mock news of the obvious, in a reply' },
  { text: 'Breaking news: the new library opens on Monday!', reply: false, want: [], why: 'a news opener in a post answers no one' },
  { text: 'So sorry the sirens cut into your beauty sleep.', reply: true, want: [['sarcasm', 'beauty sleep']], why: 'mock sympathy for the person\u2019s sleep' },
  { text: 'So sorry the sirens woke you: crews were on their way to a cardiac arrest.', reply: true, want: [], why: 'the same apology without the jab' },
  { text: 'Next time we\u2019ll ask the people having heart attacks to wait.', reply: true, want: [['mock-promise', 'Next time we\u2019ll ask']], why: 'an impossible offer as if easy' },
  { text: 'Next time we\u2019ll post the route the day before.', reply: true, want: [], why: 'a real promise' },
  { text: 'Wind your neck in, Graham.', reply: true, want: [['scorn', 'Wind your neck in']], why: 'a put-down idiom' },
  { text: 'Another genius caught at three times the limit this morning.', reply: false, want: [['gloat', 'Another genius']], why: 'mockery of an offender, in any post' },
  { text: 'Another driver was caught at three times the limit this morning.', reply: false, want: [], why: 'the same fact, no mockery' },
  { text: 'Don\u2019t be that guy. Thaw the turkey first.', reply: false, want: [['scorn', 'Don\u2019t be that guy']], why: 'scorn for an imagined member of the public' },
  { text: 'Maybe a GP visit on Monday would\u2019ve been quicker? 🙂', reply: true, want: [['blame-tail', 'Maybe a GP visit on Monday would\u2019ve been quicker']], why: 'a patronising suggestion that the person chose wrong' },
  { text: 'A GP visit may be quicker for minor illnesses: call 0800 611 116.', reply: true, want: [], why: 'advice, no patronising opener' },
  { text: 'Get a grip on winter driving: check your tyres.', reply: false, want: [], why: '"get a grip" in a safety pun, no one answered' },
  { text: 'A burst water pipe down Elm Street has been fixed.', reply: false, want: [], why: '"pipe down" as words, not a put-down' },
  { text: 'Turns out the breath test didn\u2019t agree with your maths 🙃', reply: true, want: [['sarcasm', '🙃']], why: 'an upside-down face at the person answered' },
  { text: 'Thanks for the photo of the pothole 🙂 A crew is booked for Tuesday.', reply: true, want: [], why: 'a smile is no eye-roll' },
  { text: 'Another crash at the roundabout this morning 🙄 Please slow down.', reply: false, want: [], why: 'an eye-roll in a post answers no one (the sarcasm kinds count in replies)' },
  { text: 'The ring road opens in 2029, so I wouldn\u2019t hold your breath.', reply: true, want: [['sarcasm', 'wouldn\u2019t hold your breath']], why: 'mock advice about the wait' },
  { text: 'The ring road opens in 2029: we will post updates as each stage finishes.', reply: true, want: [], why: 'the same date, no jab' },
  { text: 'Tagging us every morning won\u2019t move it up the list, but by all means carry on if it helps.', reply: true, want: [['sarcasm', 'by all means carry on']], why: 'mock permission' },
  { text: 'Like we said in the last two replies, the form is online.', reply: true, want: [['exasperation', 'Like we said in the last']], why: 'counting the replies already given' },
  { text: 'We\u2019ll be sure to run our priorities past you next time.', reply: true, want: [['mock-promise', 'We\u2019ll be sure to run']], why: 'a promise no one means' },
  { text: 'We\u2019d rather you talked to us than running to the press.', reply: true, want: [['blame', 'running to the press']], why: 'blames the person for going to the papers' },
  { text: 'Parking is limited, or you could always try walking.', reply: true, want: [['blame-tail', 'or you could always try walking']], why: 'a patronising suggestion' },
  { text: 'Parking is limited; route 5 stops outside the main entrance every ten minutes.', reply: true, want: [], why: 'a real tip, no opener' },
  { text: 'Hopefully a night in the cells gives them time to think.', reply: false, want: [['gloat', 'Hopefully a night in the cells']], why: 'glee about a punishment, in any post' },
  { text: 'He spent a night in the cells and will appear in court on Monday.', reply: false, want: [], why: 'the fact, no glee' },
  { text: 'Here\u2019s hoping he enjoys explaining himself to the judge.', reply: false, want: [['gloat', 'enjoys explaining himself']], why: 'mockery of the accused' },
];

describe('putDowns', () => {
  const lex = lexicon();
  for (const r of ROWS) {
    it(`${r.reply ? 'reply' : 'post'}: "${r.text}" (${r.why})`, () => {
      const got = putDowns(lex, r.text, r.reply).map((p) => [p.kind, r.text.slice(p.start, p.end)]);
      expect(got).toEqual(r.want);
    });
  }
});

// End to end: tone/hostile-reply reports each put-down where it is, whatever the facts around it.
const FACTS = [
  { fact: 'recycling is collected fortnightly', org: 'Riverside Council', n: 'two', unit: 'hours' },
  { fact: 'the tip is closed on Mondays', org: 'Cedar Ridge County', n: 'three', unit: 'days' },
  { fact: 'permits renew in March', org: 'Tāwhiti District Council', n: 'forty', unit: 'minutes' },
];

describe('tone/hostile-reply: put-downs by kind', () => {
  const cases: Array<{ text: string; reply: boolean; flagged: string[]; why: string }> = [
    { text: 'Oh wow, {n} whole {unit}? Must have been rough. Note that {fact}.', reply: true, flagged: ['whole {unit}', 'Must have been rough'], why: 'minimiser and mock sympathy' },
    { text: 'Sorry about the {n}-{unit} wait. Note that {fact}.', reply: true, flagged: [], why: 'polite-firm' },
    { text: 'As we have already explained about a hundred times, {fact}.', reply: true, flagged: ['As we have already explained', 'a hundred times'], why: 'exasperation (the pattern and the lexicon)' },
    { text: 'As we\u2019ve already explained, {fact}.', reply: true, flagged: ['As we\u2019ve already explained'], why: 'the contraction "we\u2019ve" is the same as "we have"' },
    { text: 'Just so you know, {fact}, hun.', reply: true, flagged: ['hun'], why: 'pet name as a vocative' },
    { text: 'Just so you know, {fact}.', reply: true, flagged: [], why: 'no pet name' },
  ];
  for (const c of cases) {
    it(`${c.flagged.length ? 'flags' : 'leaves'} "${c.text}" (${c.why})`, async () => {
      for (const f of FACTS) {
        const fill = (s: string): string => s.replace(/\{(\w+)\}/g, (_, k: keyof typeof f) => f[k]);
        const linter = await createLinter({ locale: 'en-GB', organisation: { name: f.org } });
        const text = fill(c.text);
        const res = await linter.lintAsync(text, { meta: c.reply ? { replyTo: 'Why?' } : {} });
        const got = res.findings.filter((x) => x.ruleId === 'tone/hostile-reply' && x.severity !== 'info' && !x.message.includes('judged by meaning')).map((x) => text.slice(x.offset, x.endOffset));
        expect(got, text).toEqual(c.flagged.map(fill));
      }
    });
  }
});
