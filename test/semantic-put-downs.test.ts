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
  { text: 'The whole day is free: bring the family to the park.', reply: true, want: [], why: '"whole" before a singular is no belittled quantity (only "two whole hours" and the like are listed)' },
  { text: 'Maybe try reporting it to us first rather than moaning on here?', reply: true, want: [['blame', 'rather than moaning'], ['belittle', 'moaning on here']], why: 'a pejorative word for the complaint, as the alternative to reporting' },
  { text: 'Please report it to us first rather than on here, so we can send a crew.', reply: true, want: [], why: 'the same advice without a pejorative word for the complaint' },
  { text: 'The limit is on the meter, so maybe give it a read next time.', reply: true, want: [['blame-tail', 'maybe give it a read next time']], why: 'a suggestion opening a clause after "so" still opens the blaming tail' },
  { text: 'The limit is on the meter, and you can read more next time you visit our page.', reply: true, want: [], why: '"next time" with no patronising suggestion before it' },
  { text: 'Whatever next. Maybe set your alarm a bit earlier, champ 🙄', reply: true, want: [['sarcasm', 'Whatever next'], ['blame-tail', 'Maybe set your alarm a bit earlier'], ['endearment', 'champ']], why: 'mock surprise, a blaming suggestion, and a pet name closed by an emoji' },
  { text: 'Champ the therapy dog visits on Fridays 🐶', reply: true, want: [], why: 'a name at the start with no comma: no vocative' },
  { text: 'If you would like to whine about it officially, the appeal form is online.', reply: true, want: [['belittle', 'whine about it']], why: 'a pejorative word for the person\u2019s complaint' },
  { text: 'If you would like to appeal, the form is online.', reply: true, want: [], why: 'the same offer in plain words' },
  { text: 'We know numbers can be hard, but the limit is 25.', reply: true, want: [['belittle', 'numbers can be hard']], why: 'a basic skill said to be hard for the person' },
  { text: 'We know the new rules can be hard to follow, so here is a summary.', reply: true, want: [], why: 'empathy about rules, not a basic skill' },
  { text: 'Thanks for your seventh email on this subject.', reply: true, want: [['exasperation', 'seventh email']], why: 'counting the person\u2019s messages' },
  { text: 'Thanks for your email on this subject.', reply: true, want: [], why: 'no count' },
  { text: 'Reminder for the hard of thinking: the bridge is closed.', reply: false, want: [['scorn', 'hard of thinking']], why: 'scorn for the public counts in any post' },
  { text: 'Reminder for those who are hard of hearing: captions are on.', reply: false, want: [], why: 'a disability named plainly, no scorn' },
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
