// Detection on the de-styled view (issue 21, item 10): the phone, e-mail, financial, national-id and
// credential rules also read a draft's fancy text in plain form (mathematical bold/monospace/sans
// digits and letters, fullwidth), with findings mapped back to the styled characters. Generated:
// value × styling, each with the expected rule; near misses: styled ordinary words and numbers.
import { describe, expect, it, beforeAll } from 'vitest';
import { createLinter, type Linter } from '../src/index.js';

const STYLES: Record<string, (s: string) => string> = {
  bold: (s) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(0x1d7ce + Number(d))).replace(/[A-Z]/g, (c) => String.fromCodePoint(0x1d400 + c.charCodeAt(0) - 65)).replace(/[a-z]/g, (c) => String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97)),
  monospace: (s) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(0x1d7f6 + Number(d))).replace(/[a-z]/g, (c) => String.fromCodePoint(0x1d68a + c.charCodeAt(0) - 97)),
  sansBold: (s) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(0x1d7ec + Number(d))),
  fullwidth: (s) => s.replace(/[0-9A-Za-z@.]/g, (c) => (c === '@' ? '＠' : c === '.' ? '.' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))),
};

// [rule, before, value, after, why]
const CASES: Array<[string, string, string, string, string]> = [
  ['personal-data/phone-number', 'Call Jane on ', '07911 123456', ' today.', 'UK mobile'],
  ['personal-data/email', 'Write to ', 'jane.doe@gmail.com', ' today.', 'personal e-mail'],
  ['personal-data/financial', 'Pay with card ', '4111 1111 1111 1111', ' now.', 'card number (Luhn)'],
  ['personal-data/national-id', 'Her NI number is ', 'AB 12 34 56 C', '.', 'NI number (QQ is the documented test prefix: not flagged)'],
  ['confidentiality/credential', 'Deploy with AWS key ', 'AKIAZ7QX3M5RB2KDTWPL', ' tonight.', 'AWS key id'],
];

let linter: Linter;
beforeAll(async () => {
  linter = await createLinter();
});

describe('styled personal data and secrets are detected at the styled characters', () => {
  for (const [rule, before, value, after, why] of CASES) {
    it(`plain (reference): ${why}`, async () => {
      const r = await linter.lintAsync(before + value + after);
      expect(r.findings.map((f) => f.ruleId)).toContain(rule);
    });
    for (const [style, apply] of Object.entries(STYLES)) {
      const styled = apply(value);
      if (styled === value) continue;
      it(`${why}, ${style}`, async () => {
        const text = before + styled + after;
        const r = await linter.lintAsync(text);
        const f = r.findings.find((x) => x.ruleId === rule);
        expect(f, `${rule} on ${text}`).toBeDefined();
        // Mapped back: the finding covers the styled value in the original text.
        expect(f!.offset).toBe(before.length);
        expect(f!.endOffset).toBeGreaterThan(before.length);
        expect(f!.endOffset).toBeLessThanOrEqual(before.length + styled.length);
        expect(f!.sensitive).toBe(true);
        expect(f!.fix).toBeUndefined();
      });
    }
  }

  it('the CLI exit code is 1 for `Call Jane on 𝟎𝟕𝟗𝟏𝟏 𝟏𝟐𝟑𝟒𝟓𝟔` (was 0)', async () => {
    const r = await linter.lintAsync('Call Jane on 𝟎𝟕𝟗𝟏𝟏 𝟏𝟐𝟑𝟒𝟓𝟔');
    expect(r.errorCount).toBeGreaterThan(0);
  });
});

describe('near misses: styled ordinary text gives no personal-data finding', () => {
  for (const [why, text] of [
    ['styled words', '𝗙𝗥𝗘𝗘 swimming lessons this weekend.'],
    ['styled year and time', 'Open from 𝟗am on 𝟐𝟎𝟐𝟔 bank holidays.'],
    ['fullwidth sale', 'ＳＡＬＥ now on at the market.'],
    ['styled short number', 'Call 𝟏𝟎𝟏 for the police.'],
  ]) {
    it(why!, async () => {
      const r = await linter.lintAsync(text!);
      expect(r.findings.filter((f) => f.sensitive).map((f) => f.ruleId)).toEqual([]);
      expect(r.findings.map((f) => f.ruleId)).toContain('accessibility/fancy-text');
    });
  }
});
