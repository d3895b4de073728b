// The partisanship classifier judges only a draft about politics (src/text/data/political-anchors.json): praise
// and blame words alone ("has our full support", "thanks to … for their support") are party-political only
// about a party, a candidate, an elected member, a government or an election. Each false alarm of the
// eleventh round, with the same words beside a political anchor still judged.
import { describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../src/index.js';

let linter: Promise<Linter> | undefined;
async function partisan(text: string): Promise<number> {
  linter ??= createLinter({ locale: 'en-IE', organisation: { name: 'HSE South West' } });
  const res = await (await linter).lintAsync(text);
  return res.findings.filter((f) => f.ruleId === 'impartiality/party-political').length;
}

describe('partisanship: a draft about politics at all', () => {
  const NOT_POLITICAL = [
    'A man has been charged in connection with an assault on a staff member. As the case is before the courts, we won\u2019t comment further. Thanks to Gardaí for their support.',
    'A road test examiner has been placed on leave. The student has our full support. We are cooperating with State Police.',
    'Huge thanks to the volunteers for their support and hard work at the fun run.',
  ];
  for (const t of NOT_POLITICAL) {
    it(`not party-political: "${t.slice(0, 60)}…"`, async () => {
      expect(await partisan(t)).toBe(0);
    });
  }
  it('the same praise of a party is still party-political', async () => {
    expect(await partisan('Thanks to Fianna Fáil for their support. They have delivered for this region.')).toBeGreaterThan(0);
  });
});
