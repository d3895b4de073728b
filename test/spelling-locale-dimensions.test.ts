// language/spelling by dimension: spellings a locale has made its own even though they are the "other"
// form elsewhere. Australian usage writes "program" in every sense (Australian Government Style Manual,
// Macquarie Dictionary), so it is never flagged in en-AU; en-GB, en-NZ and en-IE still prefer "programme"
// outside computing. Word form × case × position × register × locale, each row with a why.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';
import { preferredSpelling } from '../src/text/spelling.js';
import { ruleSpans } from './cached-linter.js';

async function spelling(text: string, locale: string) {
  const linter = await createLinter({ extends: [], locale, rules: { 'language/spelling': 'warning' } } as never);
  return (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === 'language/spelling').map((f) => text.slice(f.offset, f.endOffset));
}

const FORMS = ['program', 'programs', 'Program', 'Programs', 'PROGRAM'] as const;
// Where the word sits, and the register of the post.
const FRAMES: ReadonlyArray<readonly [string, (w: string) => string]> = [
  ['mid-sentence, recruitment', (w) => `Our Junior Volunteer ${w} is open to 11 to 15-year-olds.`],
  ['list item, service', (w) => `What we offer:\n- Peer support and a wellbeing ${w} for you and your family`],
  ['sentence start, event', (w) => `${w} details are on our website.`],
  ['after a number, funding', (w) => `The $2 million grants ${w} opens on Monday.`],
];

describe('language/spelling: "program" is Australian', () => {
  for (const [where, frame] of FRAMES) {
    it.each(FORMS)(`en-AU: %s (${where}) is not flagged`, async (w) => {
      expect(await spelling(frame(w), 'en-AU')).toEqual([]);
    });
  }
  // Near-misses: the same words are still the American form in the other Commonwealth locales.
  for (const locale of ['en-GB', 'en-NZ', 'en-IE']) {
    it(`${locale}: "program" outside computing is still flagged (why: ${locale} prefers "programme")`, async () => {
      expect(await spelling('Our Junior Volunteer program is open to 11 to 15-year-olds.', locale)).toEqual(['program']);
    });
  }
  it('en-AU keeps the other British preferences (why: only the pairs Australian usage changed are exempt)', async () => {
    expect(await spelling('Our favorite color is on the center pages.', 'en-AU')).toEqual(['favorite', 'color', 'center']);
    expect(preferredSpelling('organize', 'en-AU')?.preferred).toBe('organise');
  });
  it('en-AU does not flag "programme" either (why: both forms are seen in Australian text)', async () => {
    expect(await spelling('The programme starts in March.', 'en-AU')).toEqual([]);
  });
});

// "cancelled" is a standard American variant (Merriam-Webster gives both; an eleventh-round false alarm in a US
// DMV's clean post): only "canceled" is flagged, outside the US.
describe('spelling: cancelled and canceled', () => {
  const spell = ruleSpans('Riverside Council', 'language/spelling');
  for (const w of ['cancelled', 'cancelling']) {
    it(`en-US: "${w}" is accepted`, async () => {
      expect(await spell(`The class was ${w} because of snow.`, 'en-US')).toEqual([]);
    });
  }
  for (const [w, locale] of [['canceled', 'en-GB'], ['canceling', 'en-AU'], ['canceled', 'en-NZ']] as const) {
    it(`${locale}: "${w}" is American`, async () => {
      expect(await spell(`The class was ${w} because of snow.`, locale)).toEqual([w]);
    });
  }
});
