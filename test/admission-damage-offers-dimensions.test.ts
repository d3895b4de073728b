// legal/admission-of-liability, offers to pay for damage the organisation did, by dimension: the damage in
// residents' words (a car clipped, dented or scraped; water in a basement, a sewer backup) × the offer
// ("we'll cover the full cost of the repairs", "the City will pay for your clean-up and repairs") × how many
// sentences stand between them × locale. Near-misses share the words and admit nothing: repairs to public
// property in a works notice, an offer with no damage in the draft, a refusal, a condition, the claims
// process explained.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';

const RULE = 'legal/admission-of-liability';
const DAMAGE = [
  'one of our units clipped your silver RAV4 on Dunlop Street',
  'our plough dented your bumper on Ash Road',
  'a bin lorry scraped the bodywork of your van',
  'the water in your basement came from a blockage in our sewer main',
  'the sewer backup at your house came from our main',
  'our crew smashed your side mirror while turning',
];
const OFFERS = [
  "We'll cover the full cost of the repairs.",
  'We will pay for the repairs.',
  'The City will cover the full cost of your cleanup and repairs.',
  'We will cover your repair costs.',
];
const BETWEEN = ['', ' The officer should have stopped and did not.', ' We have spoken to the crew. The report is with our fleet team.'];
const LOCALES = ['en-CA', 'en-GB', 'en-US'];

async function spans(text: string, locale: string, reply: boolean): Promise<string[]> {
  const linter = await createLinter({ locale: locale as 'en-GB', organisation: { name: 'City of Northvale' } });
  const res = await linter.lintAsync(text, { meta: reply ? { replyTo: 'Resident' } : {} });
  return res.findings.filter((f) => f.ruleId === RULE && !f.message.includes('judged by meaning')).map((f) => text.slice(f.offset, f.endOffset));
}

describe('an offer to pay for the damage, however far from it', () => {
  const rows = DAMAGE.flatMap((d) => OFFERS.flatMap((o) => BETWEEN.map((b, i) => ({ d, o, b, locale: LOCALES[i % LOCALES.length]! }))));
  it.each(rows)('$locale: "$d" then "$o" after $b', async ({ d, o, b, locale }) => {
    const text = `Hi Trevor, we've looked into it: ${d}.${b} ${o}`;
    const got = await spans(text, locale, true);
    expect(got, 'the offer is reported').toContain(o);
  });
});

describe('near-misses: the same words admit nothing', () => {
  const rows: Array<{ text: string; why: string }> = [
    { text: 'Works update: we will cover the full cost of the repairs to the Mill Street bridge from the roads budget.', why: 'repairs to public property, no damage to anyone' },
    { text: 'Parking at the Civic Centre is free on Saturday: we will pay for the parking at the event.', why: 'no damage in the draft' },
    { text: 'Sorry to hear about the water in your basement. We can’t cover the cost of private repairs, but our claims team can look at what happened.', why: 'a refusal, not an offer' },
    { text: 'Sorry about your bumper. If our investigation finds we are liable, the claims team will be in touch about repairs.', why: 'conditional on a finding' },
    { text: 'Sorry about the sewer backup. Claims for repairs go to our risk management office, who will contact you within 10 days.', why: 'the claims process explained' },
    { text: 'Our volunteers will clean up the park on Saturday, and we will pay for the gloves and bags.', why: 'a clean-up event, no damage' },
  ];
  it.each(rows)('leaves "$text" ($why)', async ({ text }) => {
    for (const locale of LOCALES) expect(await spans(text, locale, true), locale).toEqual([]);
  });
});
