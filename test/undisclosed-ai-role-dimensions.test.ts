// ai-disclosure/undisclosed-ai by dimension: the AI's role (drafted, edited, translated, generated) × a
// named reviewer or none × jurisdiction × language of the post. AI that only edited or translated a
// person's text which a named person reviewed is a suggestion (info): the organisation's words stay its
// own (hb4 labellers called a reviewed Copilot translation fit to publish). Drafted or generated text, or
// any role without a reviewer, still needs its label (a warning). Each row says why.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';

async function severities(role: string, reviewer: string, locale: string, body: string) {
  const linter = await createLinter({ extends: [], locale, rules: { 'ai-disclosure/undisclosed-ai': 'warning' } } as never);
  const text = `---\nai: { used: true, tools: ["Microsoft Copilot"], role: ${role}${reviewer ? `, reviewedBy: "${reviewer}"` : ''} }\n---\n${body}`;
  return (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === 'ai-disclosure/undisclosed-ai').map((f) => f.severity);
}
const BODIES: ReadonlyArray<readonly [string, string, string]> = [
  ['en-GB', 'Welsh and English', "O ddydd Llun 10 Mai, bydd y ddesg flaen ar agor rhwng 9yb a 5yh.\n\nFrom Monday 10 May, the front desk will be open from 9am to 5pm."],
  ['en-CA', 'French and English', "À compter du lundi 10 mai, le comptoir sera ouvert de 9 h à 17 h.\n\nFrom Monday, May 10, the front desk will be open from 9 a.m. to 5 p.m."],
  ['en-IE', 'Irish and English', 'Ón Luan 10 Bealtaine, beidh an deasc tosaigh ar oscailt ó 9rn go 5in.\n\nFrom Monday 10 May, the front desk will be open from 9am to 5pm.'],
];
// [role, reviewer, expected, why]
const ROLES: ReadonlyArray<readonly [string, string, readonly string[], string]> = [
  ['translated', 'Nia Hughes', ['info'], 'a reviewed translation of the organisation’s own text: a suggestion'],
  ['edited', 'Nia Hughes', ['info'], 'reviewed editing: a suggestion (as before)'],
  ['translated', '', ['warning'], 'an unreviewed machine translation still needs its label'],
  ['drafted', 'Nia Hughes', ['warning'], 'AI wrote the words: the label is needed even when reviewed'],
  ['generated', 'Nia Hughes', ['warning'], 'generated content: always labelled'],
];

describe('ai-disclosure/undisclosed-ai: role × reviewer × jurisdiction × language', () => {
  for (const [locale, langs, body] of BODIES) {
    for (const [role, reviewer, want, why] of ROLES) {
      // Ireland is under the EU pack: reviewed text that is not generated is exempt (AI Act Art 50(4)).
      const exempt = locale === 'en-IE' && reviewer !== '' && role !== 'generated';
      const expected = exempt ? [] : want;
      it(`${locale} (${langs}), role ${role}, ${reviewer ? 'reviewed' : 'no reviewer'} → ${expected.join(', ') || 'nothing (EU exemption)'} (${why})`, async () => {
        expect(await severities(role, reviewer, locale, body)).toEqual(expected);
      });
    }
  }
  it('a disclosure in the post clears a translated post at any severity', async () => {
    expect(await severities('translated', '', 'en-GB', 'The front desk opens at 9am.\n\nThis post was translated with the help of AI.')).toEqual([]);
  });
});
