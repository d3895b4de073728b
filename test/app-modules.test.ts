// The checker app's DOM-free parts (app/src), in Node: positions in words, severity order, the thread
// split, the sign-off record (hash, masking that does not depend on a finding, suppressed reasons), the
// config reader's messages and the citation order. The page itself is tested in Chromium by app.test.ts.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, countCharacters, createLinter, type Citation, type Finding } from '../src/index.js';
import { bySeverity, positionInWords } from '../app/src/words.js';
import { splitIntoThread, fittingPrefix } from '../app/src/counts.js';
import { buildRecord, maskDraft } from '../app/src/signoff.js';
import { readConfigText } from '../app/src/policy.js';
import { orderCitations, resultPreview } from '../app/src/findings.js';

const at = (line: number, column: number, endLine: number, endColumn: number) => ({ line, column, endLine, endColumn });

describe('positions in words', () => {
  it('names the line and the columns a one-line range covers', () => {
    expect(positionInWords(at(1, 51, 1, 63))).toBe('line 1, columns 51 to 62');
    // Why: a one-character range has one column, not "51 to 51".
    expect(positionInWords(at(1, 51, 1, 52))).toBe('line 1, column 51');
    // Why: a range over several lines is named by where it starts.
    expect(positionInWords(at(2, 4, 3, 1))).toBe('line 2, column 4');
  });
});

describe('severity order', () => {
  it('errors, then warnings, then info; by position within each', () => {
    const f = (severity: Finding['severity'], offset: number) => ({ severity, offset, endOffset: offset + 1 }) as Finding;
    const sorted = bySeverity([f('info', 0), f('warning', 5), f('error', 9), f('error', 2), f('warning', 1)]);
    expect(sorted.map((x) => `${x.severity}@${x.offset}`)).toEqual(['error@2', 'error@9', 'warning@1', 'warning@5', 'info@0']);
  });
});

describe('thread split', () => {
  const sentence = 'Our new recycling centre on Mill Lane opens on Monday 3 March with longer hours and a reuse shop. ';
  for (const [platform, repeat] of [['x', 4], ['bluesky', 5], ['mastodon', 7], ['threads', 7]] as const) {
    it(`${platform}: every part fits, is numbered, and the parts keep every word in order`, () => {
      const text = sentence.repeat(repeat).trim();
      expect(countCharacters(text, platform).valid).toBe(false);
      const parts = splitIntoThread(text, platform);
      expect(parts.length).toBeGreaterThan(1);
      parts.forEach((p, i) => {
        expect(countCharacters(p, platform).valid, p).toBe(true);
        expect(p.endsWith(` ${i + 1}/${parts.length}`)).toBe(true);
      });
      expect(parts.map((p) => p.replace(/ \d+\/\d+$/, '')).join(' ')).toBe(text);
    });
  }
  it('a sentence longer than a post is split between words', () => {
    const text = `${'word '.repeat(120).trim()}.`;
    const parts = splitIntoThread(text, 'x');
    expect(parts.length).toBe(3);
    for (const p of parts) expect(countCharacters(p, 'x').valid).toBe(true);
    expect(parts.map((p) => p.replace(/ \d+\/\d+$/, '')).join(' ')).toBe(text);
  });
  it('near-miss: a post that fits stays one post, unnumbered; a network without a limit never splits', () => {
    expect(splitIntoThread(sentence.trim(), 'x')).toEqual([sentence.trim()]);
    expect(splitIntoThread(sentence.repeat(40).trim(), 'generic')).toEqual([sentence.repeat(40).trim()]);
  });
  it('the preview cut is the longest prefix the network accepts (X counts a URL as 23)', () => {
    const text = `${'a'.repeat(270)} https://example.gov.uk/a/very/long/path/that/is/shortened ${'b'.repeat(20)}`;
    const cut = fittingPrefix(text, 'x');
    expect(countCharacters(text.slice(0, cut), 'x').valid).toBe(true);
    expect(countCharacters(text.slice(0, cut + 1), 'x').valid).toBe(false);
  });
});

describe('sign-off record', () => {
  it('carries the SHA-256 of the exact text, the findings, the suppressed reason; personal data masked', async () => {
    const text = "<!-- commslint-disable-next-line tone/profanity -- quoting a resident's complaint -->\nThis is shit. Call Dave on 07911 123456.";
    const linter = await createLinter({});
    const result = await linter.lintAsync(text);
    const rec = await buildRecord({ text, result, meta: { platform: 'x' }, config: { name: 'Preset', version: 'built in' }, at: '2026-12-01T12:00:00.000Z' });
    expect(rec.sha256).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(rec.markdown).toContain(`- SHA-256 of the text: \`${rec.sha256}\``);
    expect(rec.markdown).toContain('`personal-data/phone-number`');
    expect(rec.markdown).toMatch(/- `tone\/profanity` at line 2, columns 9 to 12: .* — reason given: quoting a resident's complaint/);
    expect(rec.markdown).not.toContain('07911 123456');
    expect(rec.markdown).toContain('Call Dave on 07');
  });
  it('masks contact- and identifier-shaped text even where no rule found it', () => {
    // Why: masking must not depend on a rule having caught the value (here: no findings at all).
    const masked = maskDraft('Email jo.bloggs82@gmail.com or ring 07911 123456. Bins on Monday 3 March.', []);
    expect(masked).not.toContain('jo.bloggs82@gmail.com');
    expect(masked).not.toContain('07911 123456');
    // Near-miss: dates and ordinary words stay readable.
    expect(masked).toContain('Bins on Monday 3 March.');
  });
  it('masks a finding’s range that has no recognisable shape (a name with a health condition)', () => {
    const text = 'Mrs Patel has dementia and lives alone.';
    const masked = maskDraft(text, [{ offset: 0, endOffset: 22, sensitive: true, category: 'personal-data' }]);
    expect(masked).not.toContain('Patel');
    expect(masked.endsWith(' and lives alone.')).toBe(true);
  });
});

describe('config file reader', () => {
  it('names the file for bad JSON, the key for a bad value, and refuses extends paths it cannot read', () => {
    expect(() => readConfigText('{ nope', 'my.json')).toThrow(/^my\.json is not valid JSON/);
    try {
      readConfigText('{"platform":"myspace"}', 'my.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).keyPath).toBe('platform');
    }
    expect(() => readConfigText('{"extends":["./base.json"]}', 'my.json')).toThrow(/extends: "\.\/base\.json" is a file/);
    // Near-miss: the built-in presets are fine.
    expect(readConfigText('{"extends":["commslint:strict","commslint:au"]}', 'my.json').config.extends).toEqual(['commslint:strict', 'commslint:au']);
  });
});

describe('findings helpers', () => {
  it("puts the organisation's clause first and keeps the rest in order", () => {
    const c = (policy: string): Citation => ({ policy, title: policy });
    expect(orderCitations([c('uk-gdpr'), c('csc'), c('riverside-smp')], 'riverside-smp').map((x) => x.policy)).toEqual(['riverside-smp', 'uk-gdpr', 'csc']);
    expect(orderCitations([c('uk-gdpr'), c('csc')], undefined).map((x) => x.policy)).toEqual(['uk-gdpr', 'csc']);
  });
  it('a suggestion button shows the text it leaves, with any other personal data masked', () => {
    const text = 'Call Dave on 07911 123456 or email dave.jones82@gmail.com for help.';
    const preview = resultPreview(text, { offset: 0, endOffset: 25, text: 'Contact us through our website' });
    expect(preview).toContain('Contact us through our website or email');
    expect(preview).not.toContain('dave.jones82@gmail.com');
  });
});
