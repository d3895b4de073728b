// Judgement by meaning, end to end (lintAsync: the host rules' patterns, then the family classifiers and
// clause checks of src/text/semantic/). Each table pairs what a rule must flag with the near-miss it must
// leave alone; every case is run across names, places and ages (the verdict must not depend on them), and
// the flagged text is exact: the sentence the classifier located, or the phrase the rule's pattern found.
import { describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../src/index.js';

interface Case {
  /** The draft, with {name} {first} {place} {street} {age} {court} slots. */
  text: string;
  rule: string;
  /** The exact flagged texts (slots filled), or [] for a near-miss. */
  flagged: string[];
  why: string;
  locale?: 'en-GB' | 'en-US' | 'en-AU' | 'en-CA' | 'en-NZ' | 'en-IE';
  reply?: boolean;
}

// Names, places and ages that must not change a verdict.
const FILLS = [
  { name: 'Derek Baird', first: 'Derek', place: 'Kilbrannan', street: 'Hope Street', age: '47', court: 'Kilbrannan Magistrates’ Court' },
  { name: 'Priya Raman', first: 'Priya', place: 'Moorfield', street: 'Albion Road', age: '29', court: 'Moorfield Crown Court' },
  { name: 'Tomasz Nowak', first: 'Tomasz', place: 'Eastwick', street: 'Chapel Lane', age: '63', court: 'Eastwick District Court' },
];
const fill = (s: string, f: (typeof FILLS)[number]): string => s.replace(/\{(\w+)\}/g, (_, k: keyof typeof f) => f[k]);

const linters = new Map<string, Promise<Linter>>();
const linterFor = (locale: string): Promise<Linter> => {
  let l = linters.get(locale);
  if (!l) linters.set(locale, (l = createLinter({ locale: locale as 'en-GB' })));
  return l;
};

async function flaggedBy(c: Case, f: (typeof FILLS)[number]): Promise<string[]> {
  const text = fill(c.text, f);
  const res = await (await linterFor(c.locale ?? 'en-GB')).lintAsync(text, { meta: c.reply ? { replyTo: true } : {} });
  return res.findings.filter((x) => x.ruleId === c.rule && x.severity !== 'info').map((x) => text.slice(x.offset, x.endOffset));
}

export const CASES: Case[] = [
  // Assertion of guilt before trial.
  { rule: 'legal/prejudicial-statement', text: 'The thug who attacked a pensioner on {street} has been charged and will appear at {court} on Monday.', flagged: ['The thug', 'attacked'], why: 'a label and a relative clause state the act about the person charged (the stated-acts grammar marks the label and the verb)' },
  { rule: 'legal/prejudicial-statement', text: 'A {age}-year-old man has been charged with assaulting a pensioner on {street} and will appear at {court} on Monday.', flagged: [], why: 'the charge, stated neutrally' },
  { rule: 'legal/prejudicial-statement', text: '{name}, the rogue trader who conned elderly residents out of £20,000, has been charged with fraud.', flagged: ['the rogue trader', 'conned'], why: 'an offender label for a charged person, without "guilty" (the label and the stated act)' },
  { rule: 'legal/prejudicial-statement', text: '{name}, {age}, of {place}, was found guilty of fraud and jailed for four years.', flagged: [], why: 'after conviction the risk has passed' },
  { rule: 'legal/prejudicial-statement', text: 'Justice has been served: the man who burgled three homes on {street} is finally behind bars awaiting trial.', flagged: ['Justice has been served', 'burgled'], why: 'the arrest celebrated as justice done (the rule\u2019s own pattern), and the act stated about the man awaiting trial' },
  // Admission of liability.
  { rule: 'legal/admission-of-liability', text: 'The Trust accepts full responsibility for the error that led to {first}\u2019s operation being cancelled, and we will cover the costs.', flagged: ['The Trust accepts full responsibility for the error that led to {first}\u2019s operation being cancelled, and we will cover the costs.'], why: 'the organisation named in the third person accepts responsibility and offers to pay' },
  { rule: 'legal/admission-of-liability', text: 'We are sorry for the inconvenience caused by the closure of {street} while the water main is repaired.', flagged: [], why: 'an apology for inconvenience admits nothing' },
  { rule: 'legal/admission-of-liability', text: 'Our crew caused the damage to your fence on {street}, so we will pay for the repairs.', flagged: ['Our crew caused the damage to your fence on {street}, so we will pay for the repairs.'], why: 'plain-spoken fault and an offer to pay' },
  // Identification of a victim.
  { rule: 'legal/victim-identification', text: 'The woman who was sexually assaulted near the canal on Thursday works at the pharmacy on {street} and lives on Albion Road.', flagged: ['lives on Albion Road'], why: 'jigsaw details of a victim of a sexual offence (the rule\u2019s own pattern finds the address)' },
  { rule: 'legal/victim-identification', text: 'Police are appealing for witnesses after a woman was assaulted near the canal in {place} on Thursday night.', flagged: [], why: 'an appeal with no identifying detail' },
  // Endorsement.
  { rule: 'impartiality/endorsement', text: 'Huge thanks to Giorgio\u2019s, the best pizzeria in {place}, for feeding our crews. Get yourselves down there this weekend!', flagged: ['Huge thanks to Giorgio\u2019s, the best pizzeria in {place}, for feeding our crews.'], why: 'a superlative about one business and residents sent to it' },
  { rule: 'impartiality/endorsement', text: 'Thanks to Giorgio\u2019s Pizzeria in {place} for hosting our community safety drop-in on Thursday.', flagged: [], why: 'a business hosting a council event, thanked plainly' },
  // Party politics without a party name.
  { rule: 'impartiality/party-political', text: 'Don\u2019t let the other parties ruin {place}\u2019s parks: they have always voted against them.', flagged: ['Don\u2019t let the other parties ruin {place}\u2019s parks: they have always voted against them.'], why: 'a warning about "the other parties"' },
  { rule: 'impartiality/party-political', text: 'The count for the {place} ward by-election starts at 10pm at the Civic Centre.', flagged: [], why: 'election administration' },
  // Condescension without a swear word.
  { rule: 'tone/hostile-reply', reply: true, text: 'Oh dear, did the big scary roadworks make you late? Maybe try leaving earlier next time.', flagged: ['Oh dear, did the big scary roadworks make you late?', 'Maybe try leaving earlier next time'], why: 'sarcasm in a reply, and a patronising suggestion with a blaming tail (the put-down lexicon)' },
  { rule: 'tone/hostile-reply', reply: true, text: 'Sorry you were delayed. The roadworks on {street} finish on Friday, and the diversion is signed.', flagged: [], why: 'a firm, polite reply' },
  // Special-category detail about a person.
  { rule: 'personal-data/special-category', text: 'Our caretaker {name} is off work this month while he has chemotherapy for bowel cancer.', flagged: ['has chemotherapy'], why: 'health detail about a named colleague (the rule\u2019s own pattern)' },
  { rule: 'personal-data/special-category', text: 'Our new cancer support service at {place} Library opens on Monday.', flagged: [], why: 'a health service, about nobody' },
];

describe('judgement tables', () => {
  for (const c of CASES) {
    it(`${c.rule}: ${c.flagged.length ? 'flags' : 'leaves'} "${c.text.slice(0, 70)}" (${c.why})`, async () => {
      for (const f of FILLS) expect(await flaggedBy(c, f), fill(c.text, f)).toEqual(c.flagged.map((t) => fill(t, f)));
    });
  }
});
