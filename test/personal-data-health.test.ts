// Generated tables for personal-data/special-category's health statements: statement form (a diagnosis
// without the condition, a possessive diagnosis, a cause after "after"/"following", a treatment started or
// had, one person in hospital, injuries) × person (names of several cultures, a role, a pronoun after a
// name) × register (post, reply) × locale. Every positive has near-misses beside it: the same words with no
// one identifiable, a service or campaign noun after the condition, a time phrase ("since Covid"), a visit
// rather than a stay, and consent stated in the sentence. Each case carries the reason for its verdict.
import { describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../src/index.js';
import type { Locale } from '../src/types.js';

interface Case { text: string; locale: Locale; reply: boolean; flagged: boolean; why: string }

const PEOPLE: Array<[string, string]> = [
  ['Mark Delaney', 'his'], ['Mere Thompson', 'her'], ['Marie Tremblay', 'her'], ['Harpreet Singh', 'his'], ['Aoife Byrne', 'her'], ['Ella Tipene', 'her'],
];
const LOCALES: Locale[] = ['en-US', 'en-CA', 'en-NZ', 'en-GB', 'en-AU', 'en-IE'];
const HOSPITALS = ['Whangārei Hospital', 'Starship Hospital', 'Lakeport General Hospital', 'Royal Preston Hospital', "St Vincent's Hospital"];

/** Statement forms: a sentence about a named person, and the reason it discloses health information. */
const STATEMENTS: Array<[string, (name: string, pron: string, hospital: string) => string]> = [
  ['a diagnosis without the condition named', (n) => `Our teacher ${n}, who was diagnosed last week, is recovering at home.`],
  ['a newly diagnosed person', (n) => `${n} was recently diagnosed and is taking some time off.`],
  ['a possessive diagnosis with the condition', (n, p) => `We're thinking of ${n}. ${cap(p)} HIV diagnosis made the recovery harder.`],
  ['a possessive condition', (n, p) => `${n} retires today after 30 years; ${p} dementia means the party will be small.`],
  ['a cause after "after" with a severity word', (n) => `${n} was rushed to hospital in October after a major stroke.`],
  ['a cause after "following"', (n) => `${n} is back at work following a heart attack in the spring.`],
  ['a severity word between verb and condition', (n) => `${n} has had a massive heart attack and is resting.`],
  ['a treatment started', (n) => `Sending love to ${n}, who is starting chemotherapy for breast cancer this week.`],
  ['a treatment had', (n) => `Get well soon ${n}, who had surgery on Monday.`],
  ['a treatment finished', (n, p) => `${n} finished ${p} radiotherapy on Friday.`],
  ['one person in a named hospital', (n, _p, h) => `${n} is in ${h} this week.`],
  ['"who\'s in" a named hospital', (n, _p, h) => `Thinking of our colleague ${n}, who's in ${h}.`],
  ['one person in intensive care', (n) => `${n} remains in intensive care tonight.`],
  ['a broken bone', (n) => `${n} has a broken pelvis and is resting.`],
  ['injuries suffered', (n) => `${n} suffered serious head injuries in the crash.`],
];

/** The same vocabulary with no one identifiable, or not about anyone's health. */
const NEAR_MISSES: Array<[string, string]> = [
  ['no one is named: a public-health message', 'Anyone diagnosed with measles should stay home from school.'],
  ['no one is named: a campaign', 'After a stroke, every minute counts: learn the FAST signs.'],
  ['a service noun after the condition', 'Thanks to Jane Smith for her talk on cancer screening at the library.'],
  ['a campaign noun after the condition', 'Mark Delaney will open the stroke awareness walk after a stroke awareness talk.'],
  ['a time phrase, not an illness', 'Mary Jones has run the café since Covid and reopened after COVID-19.'],
  ['"following" a campaign', 'Mere Thompson spoke following a dementia support session.'],
  ['a visit, not a stay ("at", not "in")', 'Dr Aroha Smith is at Whangārei Hospital on Tuesdays for the open day.'],
  ['a GP surgery and a treatment plant', 'Harpreet Singh has surgery hours on Monday and had treatment plant tours on Friday.'],
  ['consent stated in the sentence', 'Former Mayor Linda Ortiz, who has spoken openly about her kidney transplant, opens the walk.'],
  ['consent stated in the sentence', 'Our thanks to Gethin Lewis, who has kindly allowed us to share his story of recovering from a stroke.'],
  ['an unnamed patient', 'The driver, a 34-year-old man, remains in hospital in a stable condition.'],
  ['a building, not a person', 'The vaccination clinic is in Whangārei Hospital, level 2.'],
];

const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

function cases(): Case[] {
  const out: Case[] = [];
  for (const [form, make] of STATEMENTS) {
    PEOPLE.forEach(([name, pron], i) => {
      const hospital = HOSPITALS[i % HOSPITALS.length]!;
      for (const locale of LOCALES) {
        for (const reply of [false, true]) {
          // Invariance: another name, hospital, locale or register keeps the verdict.
          out.push({ text: make(name, pron, hospital), locale, reply, flagged: true, why: `${form} about ${name} (${locale}, ${reply ? 'reply' : 'post'}): health information of an identifiable person` });
        }
      }
    });
  }
  for (const [why, text] of NEAR_MISSES) {
    for (const locale of LOCALES) for (const reply of [false, true]) out.push({ text, locale, reply, flagged: false, why: `${why} (${locale}, ${reply ? 'reply' : 'post'})` });
  }
  return out;
}

const linters = new Map<Locale, Linter>();
async function flagged(cs: Case): Promise<string[]> {
  let l = linters.get(cs.locale);
  if (!l) linters.set(cs.locale, (l = await createLinter({ locale: cs.locale })));
  const r = await l.lintAsync(cs.text, cs.reply ? { meta: { replyTo: 'Any news?' } } : {});
  return r.findings.filter((f) => f.ruleId === 'personal-data/special-category' && f.severity !== 'info').map((f) => cs.text.slice(f.offset, f.endOffset));
}

describe('personal-data/special-category: health statements by dimension', () => {
  it('flags every statement form about a named person and none of the near-misses', async () => {
    const all = cases();
    const wrong: string[] = [];
    for (const cs of all) {
      const got = await flagged(cs);
      if ((got.length > 0) !== cs.flagged) wrong.push(`${cs.flagged ? 'missed' : 'false alarm'}: ${cs.why} — ${JSON.stringify(cs.text)} → ${JSON.stringify(got)}`);
    }
    console.log(`health statements: ${all.length} generated cases, ${all.length - wrong.length} as expected`);
    expect(wrong.slice(0, 25)).toEqual([]);
  }, 600_000);

  it('reports the statement itself, not the whole sentence', async () => {
    const text = 'Sending aroha to our parks team leader Mere Thompson, who’s in Whangārei Hospital this week starting chemotherapy for breast cancer.';
    expect(await flagged({ text, locale: 'en-NZ', reply: false, flagged: true, why: '' })).toEqual(['’s in Whangārei Hospital', 'starting chemotherapy']);
  });
});
