// Put-downs without a swear word, by dimension (src/text/semantic/put-downs.ts, data in
// src/text/semantic/lexicons/put-downs.json; the "isn't complicated" pattern in rules/tone/hostile-reply.ts):
// a mock promise of an impossible feat, exasperation that counts the times the resident was told, "it isn't
// complicated", rhetorical advice to check before posting, "when you actually look", mock praise of what
// the resident did, scorn for complaining online, an exasperated oath. Each is generated over its wording ×
// the fact around it × the organisation, next to near-misses with the same words doing something else (a
// negated promise, reassurance, genuine praise, the organisation posting its own news), and in a post that
// answers no one (reply-only kinds stay silent there).
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

const MAGIC = ['just magic up', 'just conjure up', 'just pull them out of thin air', 'just click our fingers', 'just wave a magic wand'];
const COUNTS = ['twice', 'three times', 'several times', 'more than once'];
const TAILS = ['before tweeting', 'before posting', 'before you post', 'before commenting', 'before you tweet'];
const CHANNELS = ['Facebook', 'Twitter', 'social media', 'Instagram', 'here'];
const RANTS = ['shouting', 'ranting', 'moaning', 'whinging'];

const ROWS: Row[] = [
  // Mock promises: every wording, in a reply; negated, an honest limit; in a post, not aimed at anyone.
  ...MAGIC.map((m): Row => ({ text: `Oh absolutely, we'll ${m} a few hundred extra spaces by Friday.`, reply: true, want: [['mock-promise', /magic up|conjure up/.test(m) ? `we'll ${m}` : m]], why: `"${m}": an impossible feat offered as if easy` })),
  ...MAGIC.map((m): Row => ({ text: `We can't ${m} extra spaces, but the shuttle bus runs every 10 minutes.`, reply: true, want: [], why: `"${m}" after "can't": an honest limit, not sarcasm` })),
  ...MAGIC.map((m): Row => ({ text: `We won't ${m} new bins overnight, but orders placed today arrive within a week.`, reply: true, want: [], why: `"${m}" after "won't": an honest limit` })),
  { text: "Oh absolutely, we'll just magic up a few hundred extra spaces by Friday.", reply: false, want: [], why: 'a mock promise counts only in a reply' },
  { text: 'Sure, we\u2019ll just need your postcode to check your collection day.', reply: true, want: [], why: '"we\u2019ll just" before an ordinary request: no impossible feat' },
  // Exasperation that counts: every count; "as we said in our earlier reply" points to it plainly.
  ...COUNTS.map((c): Row => ({ text: `As we've told you ${c} already, the form is on page 2.`, reply: true, want: [['exasperation', `told you ${c}`]], why: `counting the times the resident was told ("${c}")` })),
  { text: 'As we said in our earlier reply, the form is on page 2.', reply: true, want: [], why: 'refers to an earlier reply without a count' },
  { text: 'As we told you on the phone, the form is on page 2.', reply: true, want: [], why: 'refers to a phone call without a count' },
  // Rhetorical advice: a suggestion opening the sentence and a tail about posting.
  ...TAILS.map((t): Row => ({ text: `Maybe check your post properly ${t}?`, reply: true, want: [['blame-tail', `Maybe check your post properly ${t}`]], why: `rhetorical advice ending "${t}"` })),
  ...TAILS.map((t): Row => ({ text: `Perhaps read the letter ${t}.`, reply: true, want: [['blame-tail', `Perhaps read the letter ${t}`]], why: `"perhaps" opens the same advice, ending "${t}"` })),
  ...TAILS.map((t): Row => ({ text: `Please read our guidance ${t} on the consultation, it explains the options.`, reply: true, want: [], why: `"${t}" with no patronising opener: a request` })),
  { text: 'If the letter has not arrived by Friday, please check your post or call us.', reply: true, want: [], why: 'help to check the post, no blame' },
  // "When you actually look": sarcasm about the resident not looking.
  { text: 'It has been on our website for a month, amazing what you find when you actually look.', reply: true, want: [['blame', 'amazing what you find when you actually look']], why: 'a sarcastic put-down: the resident did not look' },
  { text: 'The times are on our website if you actually need to go before Tuesday.', reply: true, want: [], why: '"if you actually need": no looking or reading mocked' },
  { text: 'It is amazing what you find on a beach clean: 40 bags this morning!', reply: true, want: [], why: '"amazing what you find" about a clean-up, not at the resident' },
  // Mock praise: counted beside another put-down; alone it may be meant.
  { text: 'Wow, you timed us? Impressive dedication. Maybe do a little research before you post next time.', reply: true, want: [['mock-praise', 'Wow, you'], ['mock-praise', 'Impressive dedication'], ['blame-tail', 'Maybe do a little research before you post next time']], why: 'mock praise beside a blaming suggestion' },
  { text: 'Impressive dedication from our volunteers, thank you all!', reply: true, want: [], why: 'praise alone may be meant' },
  { text: 'Impressive turnout at the clean-up!', reply: true, want: [], why: 'genuine praise, no mock-praise phrase' },
  { text: 'Well done you for spotting it, thanks for letting us know.', reply: true, want: [], why: 'mock praise needs company: alone it is thanks' },
  // Scorn for complaining online: every verb × channel; the organisation's own posting is no scorn.
  ...RANTS.flatMap((r) => CHANNELS.map((c): Row => ({ text: `These grants take time and ${r} about it on ${c} won't speed it up.`, reply: true, want: [['belittle', `${r} about it on ${c}`]], why: `"${r} about it on ${c}": belittles the complaint by its channel` }))),
  ...CHANNELS.map((c): Row => ({ text: `We'll be shouting about it on ${c} when the results are in!`, reply: true, want: [], why: `the organisation posting its own news on ${c}` })),
  { text: 'Reporting it on Facebook will not log it with the team, so please use the online form.', reply: true, want: [], why: 'redirects to the form without a pejorative word for the complaint' },
  // Exasperated oaths (swearing proper is tone/profanity's).
  { text: 'For crying out loud, it is the bank holiday weekend.', reply: true, want: [['exasperation', 'For crying out loud']], why: 'an exasperated oath aimed at the resident' },
  { text: "For pete's sake, the centre is closed on bank holidays.", reply: true, want: [['exasperation', "For pete's sake"]], why: 'a minced exasperated oath' },
  { text: 'For crying out loud, it is the bank holiday weekend.', reply: false, want: [], why: 'an oath in a post answers no one: reply-only' },
];

describe('putDowns: new kinds by dimension', () => {
  const lex = lexicon();
  for (const r of ROWS) {
    it(`${r.reply ? 'reply' : 'post'}: "${r.text}" (${r.why})`, () => {
      const got = putDowns(lex, r.text, r.reply).map((p) => [p.kind, r.text.slice(p.start, p.end)]);
      expect(got).toEqual(r.want);
    });
  }
});

// End to end through tone/hostile-reply: the rule's own findings (not the classifier's) where they are,
// whatever the organisation and the facts; near-misses with no tone finding at all.
const FACTS = [
  { fact: 'the form is on page 2', org: 'NHS Strathkelvin', place: 'the Royal' },
  { fact: 'the centre is closed on bank holidays', org: 'Carrigmore County Council', place: 'Kilcrea' },
  { fact: 'officers write their reports in the car', org: 'Lakeridge Regional Police Service', place: 'Lakeridge' },
];

describe('tone/hostile-reply: new put-downs end to end', () => {
  const cases: Array<{ text: string; reply: boolean; flagged: string[]; why: string }> = [
    { text: "Oh absolutely, we'll just magic up a few hundred spaces at {place} by Friday. Note that {fact}.", reply: true, flagged: ["we'll just magic up"], why: 'a mock promise' },
    { text: "We can't just magic up spaces at {place}, sorry. Note that {fact}.", reply: true, flagged: [], why: 'an honest limit' },
    { text: "Hi Graham. As we've told you twice already, it really isn't complicated: {fact}.", reply: true, flagged: ['told you twice', "it really isn't complicated"], why: 'a counted reminder and "isn\u2019t complicated"' },
    { text: "Hi Graham. Don't worry, it isn't complicated: {fact}.", reply: true, flagged: [], why: 'reassurance before "isn\u2019t complicated"' },
    { text: 'Hi Graham. As we said in our earlier reply, {fact}.', reply: true, flagged: [], why: 'polite-firm' },
    { text: "This really isn't difficult: {fact}.", reply: true, flagged: ["This really isn't difficult"], why: '"this", "really", "difficult": the same put-down' },
    { text: "It isn't complicated to apply at {place}: {fact}.", reply: false, flagged: [], why: 'not a reply: a post explaining a process' },
    { text: '{fact}. Maybe check your post properly before tweeting?', reply: true, flagged: ['Maybe check your post properly before tweeting'], why: 'rhetorical advice' },
    { text: 'Wow, you timed us? Impressive dedication. {fact}, so maybe do a little research before you post next time.', reply: true, flagged: ['Wow, you', 'Impressive dedication', 'maybe do a little research before you post next time'], why: 'mock praise beside a blaming suggestion' },
    { text: 'Impressive dedication from the volunteers at {place} this weekend. {fact}.', reply: true, flagged: [], why: 'genuine praise' },
    { text: "Hi Orla. These grants take time and shouting about it on Facebook won't speed it up. {fact}.", reply: true, flagged: ['shouting about it on Facebook'], why: 'scorn for complaining online' },
    { text: "We'll make sure everyone at {place} gets a reply by Friday. {fact}.", reply: true, flagged: [], why: 'a promise of replies' },
  ];
  for (const c of cases) {
    it(`${c.flagged.length ? 'flags' : 'leaves'} "${c.text}" (${c.why})`, async () => {
      for (const f of FACTS) {
        const sub = (s: string): string => s.replace(/\{(\w+)\}/g, (_, k: keyof typeof f) => f[k]);
        // (A fact that opens a sentence is capitalised.)
        const fill = (s: string): string => sub(s).replace(/^\p{Ll}/u, (ch) => ch.toUpperCase()).replace(/\. (\p{Ll})/gu, (_, ch: string) => `. ${ch.toUpperCase()}`);
        const linter = await createLinter({ locale: 'en-GB', organisation: { name: f.org } });
        const text = fill(c.text);
        const res = await linter.lintAsync(text, { meta: c.reply ? { replyTo: 'Why?' } : {} });
        const tone = res.findings.filter((x) => x.category === 'tone' && x.severity !== 'info');
        if (c.flagged.length === 0) {
          expect(tone.map((x) => `${x.ruleId}: ${text.slice(x.offset, x.endOffset)}`), text).toEqual([]);
          continue;
        }
        const got = tone.filter((x) => x.ruleId === 'tone/hostile-reply' && !x.message.includes('judged by meaning')).map((x) => text.slice(x.offset, x.endOffset));
        expect(got, text).toEqual(c.flagged.map(sub));
      }
    });
  }
});
