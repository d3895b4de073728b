// Unit tests for the accessibility helpers in src/text: hashtags and word segmentation, emoji, fancy text.
import { describe, expect, it } from 'vitest';
import { camelCase, findHashtags, findUrlLike, segmentWords, splitHashtag, unpackWords } from '../src/text/words.js';
import { countEmoji, emojiRegex, findEmoji, sameEmoji } from '../src/text/emoji.js';
import { findFancyRuns, plainChar, toPlainText } from '../src/text/fancy.js';
import { createLinter } from '../src/index.js';
import { dist, expectFinishes } from './bounded.js';

describe('word segmentation', () => {
  it('unpacks front-coded lists', () => {
    expect(unpackWords('AcarDtBow')).toEqual(['car', 'cart', 'cow']);
  });
  it.each([
    ['blackhistorymonth', 'BlackHistoryMonth'],
    ['riversidelibraries', 'RiversideLibraries'],
    ['mentalhealthawareness', 'MentalHealthAwareness'],
    ['stayathome', 'StayAtHome'],
    ['visitpenistone', 'VisitPenistone'],
    ['saferinternetday', 'SaferInternetDay'],
  ])('splits %s', (tag, camel) => {
    expect(splitHashtag(tag)?.camel).toBe(camel);
    expect(splitHashtag(tag)!.words).toBeGreaterThan(1);
  });
  it.each(['recycling', 'weekend', 'football', 'penistone', 'scunthorpe', 'neurodiversity', 'nhs', 'matariki', 'heatwave'])(
    'keeps the single word %s whole',
    (tag) => {
      const split = splitHashtag(tag);
      expect(split === undefined || split.words === 1).toBe(true);
    },
  );
  it('keeps digits as separators and gives up on unknown runs', () => {
    expect(splitHashtag('recycleweek2027')?.camel).toBe('RecycleWeek2027');
    expect(splitHashtag('qwfp19')).toBeUndefined();
    // "covid" is a post word (src/text/data/post-words.ts): one word and a number, never two words.
    expect(splitHashtag('covid19')).toEqual({ parts: ['Covid', '19'], words: 1, camel: 'Covid19' });
    expect(splitHashtag('tereomāori')).toBeUndefined();
  });
  it('bounds its input', () => {
    expect(segmentWords('a'.repeat(61))).toBeUndefined();
    expect(camelCase(['bank', 'holiday'])).toBe('BankHoliday');
  });
});

describe('findHashtags and findUrlLike', () => {
  it('finds hashtags but not URL fragments, C#, numbers or headings', () => {
    const text = 'Happy #NAIDOCWeek2027! See https://x.gov.uk/a#b, C# and #1. #図書館 #Recycling';
    expect(findHashtags(text).map((h) => h.tag)).toEqual(['NAIDOCWeek2027', '図書館', 'Recycling']);
  });
  it('finds URLs, domains, e-mail addresses and mentions', () => {
    const text = 'Book at riverside.gov.uk/swim, https://example.com/a?b=1. Email info@example.org or @council@mastodon.social';
    const found = findUrlLike(text).map((r) => text.slice(r.offset, r.endOffset));
    expect(found).toEqual(['riverside.gov.uk/swim', 'https://example.com/a?b=1', 'info@example.org', '@council@mastodon.social']);
  });
  it('finishes on hostile input (killable child; speed is measured by npm run bench)', () => {
    expectFinishes(`
      import { findUrlLike, findHashtags } from ${dist('src/text/words.ts')};
      findUrlLike('a.'.repeat(20000) + '!' + 'a@'.repeat(20000) + 'x'.repeat(40000));
      findHashtags('#'.repeat(50000) + '#a'.repeat(20000));
    `);
  });
});

describe('emoji', () => {
  it('counts sequences, flags and keycaps once, and not plain digits or ™', () => {
    expect(countEmoji('👨‍👩‍👧 🇬🇧 1️⃣ 👍🏽 🏛️')).toBe(5);
    expect(countEmoji('1 2 3 # * © ® ™')).toBe(0);
    expect(emojiRegex().flags).toContain('v');
  });
  it('gives offsets and compares ignoring variation selectors', () => {
    const [a, b] = findEmoji('x 🏛 y 🏛️');
    expect(a!.offset).toBe(2);
    expect(sameEmoji(a!.emoji, b!.emoji)).toBe(true);
  });
});

describe('fancy text', () => {
  it.each([
    ['𝗙𝗥𝗘𝗘 swimming', 'FREE'],
    ['𝓼𝓬𝓻𝓲𝓹𝓽', 'script'],
    ['ⓕⓡⓔⓔ', 'free'],
    ['🅵🆁🅴🅴', 'FREE'],
    ['ＳＡＬＥ', 'SALE'],
    ['ꜱᴍᴀʟʟ', 'small'],
    ['s̶t̶r̶i̶k̶e̶', 'strike'],
    ['𝐁𝐨𝐥𝐝 𝐭𝐞𝐱𝐭', 'Bold text'],
  ])('finds %s', (input, plain) => {
    const runs = findFancyRuns(input);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.plain).toBe(plain);
  });
  it.each(['30℃ today', 'Brand™ №5', 'Café Zoë, Māori, São Paulo, naïve', '図書館は１０時に開館します。', 'Park at 🅿️ level 2', 'ʙɪɢ in IPA'])('leaves %s alone', (input) => {
    expect(findFancyRuns(input)).toEqual([]);
  });
  it('maps to plain text', () => {
    expect(toPlainText('𝗙𝗥𝗘𝗘 ⓢⓦⓘⓜ s̶a̶l̶e̶')).toBe('FREE swim sale');
    expect(plainChar('℃')).toBeUndefined();
    expect(plainChar('ℕ')).toBe('N');
  });
});

describe('accessibility rules end to end', () => {
  it('fixes fancy text with --fix', async () => {
    const linter = await createLinter({ extends: [], rules: { 'accessibility/fancy-text': 'warning' } });
    const r = linter.lint('𝗙𝗥𝗘𝗘 swimming lessons');
    expect(r.findings[0]?.fix).toEqual({ offset: 0, endOffset: 8, text: 'FREE' });
  });
  it('suggests CamelCase for one-case hashtags', async () => {
    const linter = await createLinter({ extends: [], rules: { 'accessibility/hashtag-case': 'warning' } });
    const r = linter.lint('Events all month. #BLACKHISTORYMONTH #NAIDOCWeek2027 #NHS');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.suggestions?.[0]?.fix?.text).toBe('#BlackHistoryMonth');
  });
  it('checks alt text length against the platform limit', async () => {
    const linter = await createLinter({ extends: [], rules: { 'accessibility/alt-text': 'warning' } });
    const alt = 'A long description of the park. '.repeat(40);
    expect(linter.lint(`---\nplatform: x\n---\n\n![${alt}](a.jpg)`).findings[0]?.message).toContain('1000');
    expect(linter.lint(`---\nplatform: bluesky\n---\n\n![${alt}](a.jpg)`).findings).toEqual([]);
  });
});
