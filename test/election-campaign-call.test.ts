// impartiality/election-period: a call to act in the election for someone (src/text/semantic/lexicons/
// campaign.json) — a call with a beneficiary, or a call to keep a record going on polling day — next to the
// civic calls a public body may make (vote, enrol, find your polling place). Polling day is the period's
// last day, in every usual written form; other names, pronouns, dates and organisations keep the verdict.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';

const PERIODS = [
  { org: 'Cedar Ridge County', locale: 'en-US', end: '2027-11-02', start: '2027-09-15', publishAt: '2027-10-14T12:00:00-05:00', days: ['November 2', 'Nov. 2', 'Nov 2nd'], name: 'Tom Reddick', pron: 'he' },
  { org: 'Tāwhiti District Council', locale: 'en-NZ', end: '2027-06-12', start: '2027-03-15', publishAt: '2027-04-17T10:00:00+12:00', days: ['12 June', '12th of June', 'June 12'], name: 'Aroha Ngata', pron: 'she' },
  { org: 'Riverbend Health Authority', locale: 'en-CA', end: '2027-10-19', start: '2027-09-14', publishAt: '2027-10-01T10:00:00-07:00', days: ['Oct. 19', 'October 19', '19 October'], name: 'Laura Chen', pron: 'she' },
] as const;

interface Case {
  text: string;
  flagged: boolean;
  why: string;
}

const CASES: Case[] = [
  { text: "Let's keep that momentum going on {day}.", flagged: true, why: 'continuity of a record, urged for polling day' },
  { text: "Let's keep the momentum going on {day}!", flagged: true, why: 'the same with "the" and "!"' },
  { text: 'Make sure {pron} gets your vote on {day}!', flagged: true, why: 'a call with a beneficiary' },
  { text: 'Make sure {pron} gets your tick!', flagged: true, why: 'a beneficiary needs no date' },
  { text: "Don't forget to give {pron === 'she' ? 'her' : 'him'} your vote on election day.", flagged: true, why: 'a call with a beneficiary, polling day in words' },
  { text: 'Make sure you vote on {day}!', flagged: false, why: 'a civic call to vote for no one in particular' },
  { text: "Make sure you're enrolled before {day}.", flagged: false, why: 'a civic call to enrol' },
  { text: "Let's keep the momentum going on our tree planting drive this weekend!", flagged: false, why: 'momentum about a project, not polling day' },
  { text: 'Voting closes at 7 p.m. on {day}. Find your polling place on our website.', flagged: false, why: 'election information' },
  { text: 'The momentum behind the new cycleway is clear from the survey results.', flagged: false, why: 'no call' },
];

describe('impartiality/election-period: campaign calls', () => {
  for (const c of CASES) {
    it(`${c.flagged ? 'flags' : 'leaves'} "${c.text}" (${c.why})`, async () => {
      for (const p of PERIODS) {
        const linter = await createLinter({ locale: p.locale, organisation: { name: p.org }, electionPeriods: [{ name: 'Election', start: p.start, end: p.end }] });
        for (const day of p.days) {
          const text = c.text
            .replace("{pron === 'she' ? 'her' : 'him'}", p.pron === 'she' ? 'her' : 'him')
            .replace('{pron}', p.pron)
            .replace('{day}', day);
          const body = `${p.name} opened the new library this week. ${text}`;
          const res = await linter.lintAsync(body, { meta: { publishAt: p.publishAt } });
          const got = res.findings.filter((f) => f.ruleId === 'impartiality/election-period' && f.message.startsWith('A call to back')).map((f) => body.slice(f.offset, f.endOffset));
          // Found inside the call's sentence (the whole sentence, or the phrase an older pattern knows:
          // "give him your vote"; a date split by the sentence rules, "Oct." then "19!", ends it early).
          if (!c.flagged) expect(got, body).toEqual([]);
          else {
            expect(got.length, body).toBeGreaterThan(0);
            for (const g of got) expect(text.includes(g), `${body} → ${g}`).toBe(true);
          }
        }
      }
    });
  }
  it('outside the period nothing is a campaign call', async () => {
    const p = PERIODS[0];
    const linter = await createLinter({ locale: p.locale, organisation: { name: p.org }, electionPeriods: [{ name: 'Election', start: p.start, end: p.end }] });
    const res = await linter.lintAsync("Let's keep that momentum going on November 2.", { meta: { publishAt: '2027-01-10T12:00:00-05:00' } });
    expect(res.findings.filter((f) => f.ruleId === 'impartiality/election-period')).toEqual([]);
  });
});
