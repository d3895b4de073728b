// legal/admission-of-liability for three ways a reply owns harm without the word "liable":
// - fault as what should not have happened ("our contractor's crew shouldn't have been sweeping …") ×
//   subject (we, our crew, our contractor's crew, our driver) × negation form × locale;
// - the harm accepted as caused by us ("we accept that this happened because of how long he waited") ×
//   admitting verb × cause phrase;
// - a plain-spoken "that's on us" whose harm is named later in the same reply, and a fault clause of our
//   own ("our officer reversed into your car") that makes an offer to pay "for the repair" an admission.
// Near-misses keep the words and admit nothing: an obligation ("we shouldn't have to"), someone else's
// counterfactual, a denial, a cause outside us with no harm, a reply that owns a typo, an offer with no harm.
// (The patterns and the grammar are tested here; the sentence classifier's verdicts are not.)
import { describe, expect, it } from 'vitest';
import { cachedLinters } from './cached-linter.js';

const RULE = 'legal/admission-of-liability';
const LOCALES = ['en-AU', 'en-GB', 'en-US', 'en-CA', 'en-NZ', 'en-IE'] as const;
const linterFor = cachedLinters('Coastal Highways Agency');

async function spans(text: string, locale: string, reply = true): Promise<string[]> {
  const doc = reply ? `---\nreplyTo: "@resident"\n---\n${text}` : text;
  const res = await (await linterFor(locale)).lintAsync(doc);
  // The patterns and the clause grammar, not the sentence classifier ("Read as a whole, …"), whose verdicts
  // are measured on held-out writers by scripts/eval-semantic.mjs (test/semantic-heldout.test.ts).
  return res.findings.filter((f) => f.ruleId === RULE && !f.message.startsWith('Read as a whole')).map((f) => doc.slice(f.offset, f.endOffset));
}

const SUBJECTS = ['We', "Our contractor's crew", 'Our driver', 'Our crews', 'Our own engineers'];
const SHOULD_NOT = ["shouldn't", 'should not', 'should never', 'shouldn’t'];
const DONE = ['have been sweeping loose chip seal with traffic still moving', 'have left the barrier open', 'have sent the mower along that verge'];

describe('fault owned as what should not have happened, in a reply about damage', () => {
  const rows = SUBJECTS.flatMap((s, i) => SHOULD_NOT.map((n, j) => ({ s, n, d: DONE[(i + j) % DONE.length]!, locale: LOCALES[(i + j) % LOCALES.length]! })));
  it.each(rows)('$locale: "$s $n $d"', async ({ s, n, d, locale }) => {
    const text = `So sorry about the windscreen. ${s} ${n} ${d}. Please send us the repair quote.`;
    const got = await spans(text, locale);
    expect(got.some((g) => g.startsWith(`${s} ${n} have`)), `reported: ${JSON.stringify(got)}`).toBe(true);
  });
});

const ADMIT = ['We accept', 'We acknowledge', 'We fully accept', 'The trust accepts', 'We recognise'];
const CAUSE = ['happened because of how long he was left waiting', 'was caused by the delay in moving him to the ward', 'happened as a result of the delay in his scan', 'occurred due to the missed handover'];

describe('the harm accepted as caused by us', () => {
  const rows = ADMIT.flatMap((a, i) => CAUSE.map((c, j) => ({ a, c, locale: LOCALES[(i + j) % LOCALES.length]! })));
  it.each(rows)('$locale: "$a that this $c"', async ({ a, c, locale }) => {
    const text = `We're so sorry your dad was hurt. He has since been admitted with a broken hip. ${a} that this ${c}.`;
    const got = await spans(text, locale);
    expect(got.some((g) => g.startsWith(`${a} that this`)), `reported: ${JSON.stringify(got)}`).toBe(true);
  });
});

describe('the harm named later in the same reply, or by our own fault clause', () => {
  const rows: Array<{ text: string; want: string; why: string }> = [
    { text: "Oh no, Yvonne, so sorry — that's on us. The crew were sweeping with traffic moving. DM us a photo of the windshield.", want: "that's on us", why: 'the windshield two sentences on is the harm the reply owns' },
    { text: "Really sorry about this. Our officer reversed into your car in the car park. We'll pay for the repair – just send the garage quote through.", want: "We'll pay for the repair – just send the garage quote through.", why: 'our officer reversing into the car is the harm the offer pays for' },
    { text: "Sorry, that's on us. DM us a photo of the windshield and we'll make sure you get reimbursed.", want: "DM us a photo of the windshield and we'll make sure you get reimbursed.", why: '"reimbursed" is the offer to pay, as "reimburse" is' },
  ];
  it.each(rows)('$why', async ({ text, want }) => {
    expect(await spans(text, 'en-CA')).toContain(want);
  });
});

describe('near-misses: the same words admit nothing', () => {
  const rows: Array<{ text: string; reply?: boolean; why: string }> = [
    { text: "We shouldn't have to remind drivers to slow down near road crews. Please take care.", why: 'an obligation, "have to"' },
    { text: "You shouldn't have been charged for the permit: we've refunded the fee to your card.", why: 'the reader is the subject, and a fee refunded is no harm' },
    { text: "We don't think our crew should have been blamed for the closure. The road reopened at 6am.", why: 'no fault owned, and no harm' },
    { text: 'We accept that the delays happened because of the storm. Crews are clearing the pass now.', why: 'a cause outside us, no harm to anyone' },
    { text: "Thanks for spotting the wrong date in our post — that's on us. The meeting is on Tuesday.", why: 'a typo owned, no harm' },
    { text: 'We will pay for parking at the open day. See you there.', reply: false, why: 'an offer with no harm in the draft' },
    { text: 'The resident says our driver should not have been on that road. The claim is with our insurer.', why: 'a claim reported, not owned' },
  ];
  it.each(rows)('leaves "$text" ($why)', async ({ text, reply }) => {
    expect(await spans(text, 'en-GB', reply ?? true)).toEqual([]);
  });
});
