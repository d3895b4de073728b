// impartiality/election-period: a candidate backed during an election period, from the eleventh held-out
// round: a candidacy told of someone named before it ("Dr Priya Raman spent 22 years … She's now standing as
// the Greens candidate"), then praise with no verb of credit ("she'd be a brilliant voice for public
// education in Parliament", "That's the kind of representative this area needs!", "good luck Priya!").
// Generated over the person × the candidacy × the praise × locale; near-misses keep the candidacy with a
// neutral notice, and the praise outside an election period.
import { describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../src/index.js';

const PERIOD = { name: 'State election', start: '2026-11-03', end: '2026-11-28' };
const linters = new Map<string, Promise<Linter>>();
const linterFor = (locale: string): Promise<Linter> => {
  let l = linters.get(locale);
  if (!l) linters.set(locale, (l = createLinter({ locale: locale as 'en-AU', organisation: { name: 'Department of Education' }, electionPeriods: [PERIOD] })));
  return l;
};
async function spans(text: string, locale: string, publishAt = '2026-11-17T00:30:00Z'): Promise<string[]> {
  const res = await (await linterFor(locale)).lintAsync(text, { meta: { publishAt } });
  return res.findings.filter((f) => f.ruleId === 'impartiality/election-period' && f.message.startsWith('Praise')).map((f) => text.slice(f.offset, f.endOffset));
}

const PEOPLE: Array<[string, string, string]> = [['Dr Priya Raman', 'Priya', 'she'], ['Tom Reddick', 'Tom', 'he'], ['Aroha Ngata', 'Aroha', 'she']];
const CANDIDACIES = ['is now standing as the Greens candidate for Northcote', 'is running for council in the Eastern ward', 'is standing for election to Parliament'];
const PRAISE: Array<[(first: string, pron: string) => string, string]> = [
  [(f, p) => `Anyone who has worked with ${f} knows ${p}'d be a brilliant voice for public education.`, 'a brilliant voice'],
  [() => "That's the kind of representative this area needs!", 'the kind of representative'],
  [(_f, p) => `Honestly, ${p} is what this community needs.`, 'what this community needs'],
];
const LOCALES = ['en-AU', 'en-GB', 'en-NZ'];

describe('election-period: a candidate backed after the candidacy is told', () => {
  for (const [i, [full, first, pron]] of PEOPLE.entries()) {
    for (const [k, cand] of CANDIDACIES.entries()) {
      const [praise, span] = PRAISE[(i + k) % PRAISE.length]!;
      const locale = LOCALES[(i + 2 * k) % LOCALES.length]!;
      const text = `Some news from a former colleague. ${full} spent 22 years in our schools before joining our regional team. ${pron[0]!.toUpperCase()}${pron.slice(1)} ${cand} on 28 November. ${praise(first, pron)}`;
      it(`${locale}: "${cand}" … "${span}"`, async () => {
        expect(await spans(text, locale)).toEqual([span]);
      });
    }
  }
});

describe('election-period: candidate backing near-misses', () => {
  it('a neutral notice of a candidacy praises no one', async () => {
    expect(await spans('Dr Priya Raman, our former principal, is now standing as the Greens candidate for Northcote. Staff may not campaign at work.', 'en-AU')).toEqual([]);
  });
  it('the same praise outside the election period is not this rule\u2019s', async () => {
    expect(await spans('Dr Priya Raman is now standing as the Greens candidate for Northcote. That\u2019s the kind of representative this area needs!', 'en-AU', '2026-06-01T00:00:00Z')).toEqual([]);
  });
  it('"the kind of" praise of a service, with no candidate in the post', async () => {
    expect(await spans('The new library is the kind of place this area needs. Come and see it on Saturday.', 'en-AU')).toEqual([]);
  });
});
