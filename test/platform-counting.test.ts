// Conformance-style vectors for per-platform counting (src/text/counting.ts) and URL/entity extraction
// (src/text/urls.ts): the values X's parseTweet, Bluesky's composer and Mastodon's validator produce.
import { describe, expect, it } from 'vitest';
import {
  graphemeLength,
  measurePost,
  utf8Length,
  visibleText,
  xWeightedLength,
  xCodePointWeight,
  originalRange,
} from '../src/text/counting.js';
import { blueskyDisplayUrl, findMentions, findUrls } from '../src/text/urls.js';
import { Document } from '../src/engine/document.js';
import { dist, expectFinishes } from './bounded.js';

const FAMILY = '👨‍👩‍👧';
const URL63 = 'https://www.riverside.gov.uk/planning/local-plan-2027/consultat';

describe('graphemes and X weights', () => {
  const vectors: Array<[string, string, number, number]> = [
    ['ZWJ family', FAMILY, 1, 2],
    ['flag', '🇬🇧', 1, 2],
    ['keycap', '1️⃣', 1, 2],
    ['skin tone', '👍🏽', 1, 2],
    ['Unicode 15.1 ZWJ (phoenix)', '🐦‍🔥', 1, 2],
    ['Devanagari with combining marks', 'नमस्ते', 3, 6],
    ['mathematical bold', '𝐁𝐨𝐥𝐝', 4, 8],
    ['CJK', '日本語', 3, 6],
    ['Hangul', '안녕하세요', 5, 10],
    ['Latin', 'Hello, world', 12, 12],
    ['curly quotes and dashes (light ranges); ellipsis is not', '“Yes” – ‘no’ — …', 16, 17],
    ['euro sign (heavy)', '€5', 2, 3],
    ['combining acute (NFC composes)', 'cafe\u0301', 4, 4],
    ['text-style heart', '❤', 1, 2],
    ['emoji-style heart', '❤️', 1, 2],
  ];
  for (const [name, text, g, x] of vectors) {
    it(`${name}: ${g} graphemes, X weight ${x}`, () => {
      expect(graphemeLength(text)).toBe(g);
      expect(xWeightedLength(text)).toBe(x);
    });
  }
  it('weights code points by X ranges', () => {
    expect(xCodePointWeight(0x41)).toBe(1);
    expect(xCodePointWeight(0x10ff)).toBe(1);
    expect(xCodePointWeight(0x1100)).toBe(2);
    expect(xCodePointWeight(0x200d)).toBe(1);
    expect(xCodePointWeight(0x200e)).toBe(2);
    expect(xCodePointWeight(0x2010)).toBe(1);
    expect(xCodePointWeight(0x2037)).toBe(1);
    expect(xCodePointWeight(0x2038)).toBe(2);
  });
  it('counts UTF-8 bytes', () => {
    expect(utf8Length('a')).toBe(1);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('日')).toBe(3);
    expect(utf8Length(FAMILY)).toBe(18);
    expect(utf8Length('🇬🇧')).toBe(8);
  });
});

describe('URLs on X', () => {
  it('a 63-character URL counts 23', () => {
    expect(URL63.length).toBe(63);
    expect(xWeightedLength(URL63)).toBe(23);
  });
  it('URLs with and without scheme count 23', () => {
    expect(xWeightedLength('https://example.com')).toBe(23);
    expect(xWeightedLength('http://a.co')).toBe(23);
    expect(xWeightedLength('riverside.gov.uk/bins')).toBe(23);
    expect(xWeightedLength('www.nhs.uk')).toBe(23);
    expect(xWeightedLength('Visit example.com today')).toBe(6 + 23 + 6);
    expect(xWeightedLength('t.co')).toBe(23);
  });
  it('a single label with a country code is a link even without a path (twitter-text 3, extract.yml)', () => {
    expect(findUrls('nhs.uk').map((u) => u.url)).toEqual(['nhs.uk']);
    expect(findUrls('nhs.uk/conditions').map((u) => u.url)).toEqual(['nhs.uk/conditions']);
  });
  it('leaves ordinary text alone', () => {
    for (const s of ['e.g. this', 'Mr.Smith', 'at 10.30am', 'U.K.', 'St.Helens', 'version 2.0.1', 'end.Then', 'report.pdf']) expect(findUrls(s)).toEqual([]);
    // "md" is Moldova's country code: X links "file.md" (twitter-text's conformance and parseTweet agree).
    expect(findUrls('file.md').map((u) => u.url)).toEqual(['file.md']);
  });
  it('does not treat email domains as links', () => {
    expect(findUrls('Email contact@riverside.gov.uk today')).toEqual([]);
  });
  it('trims trailing punctuation and unbalanced brackets', () => {
    expect(findUrls('See riverside.gov.uk/bins.').map((u) => u.url)).toEqual(['riverside.gov.uk/bins']);
    expect(findUrls('(see https://example.org/a)').map((u) => u.url)).toEqual(['https://example.org/a']);
    expect(findUrls('https://en.wikipedia.org/wiki/Bath_(city), and').map((u) => u.url)).toEqual(['https://en.wikipedia.org/wiki/Bath_(city)']);
    expect(findUrls('https://x.gov.uk/a?b=1&c=2!').map((u) => u.url)).toEqual(['https://x.gov.uk/a?b=1&c=2']);
  });
  it('finishes on hostile input (killable child; speed is measured by npm run bench)', () => {
    expectFinishes(`
      import { findUrls, findMentions } from ${dist('src/text/urls.ts')};
      import { measurePost } from ${dist('src/text/counting.ts')};
      const hostile = ['a.'.repeat(50_000), 'a'.repeat(100_000), 'https://x.com/' + '('.repeat(50_000), '#'.repeat(50_000) + 'a', '@' + 'a.'.repeat(50_000)];
      for (const h of hostile) {
        findUrls(h);
        findMentions(h);
        measurePost('x', h);
      }
    `);
  });
});

describe('Bluesky', () => {
  it('30 family emoji are 30 graphemes, not 240 UTF-16 units', () => {
    const text = `Family fun day at Riverside Park this Saturday, free entry! ${Array(30).fill(FAMILY).join(' ')}`;
    expect(text.length).toBeGreaterThan(300);
    const [graphemes, bytes] = measurePost('bluesky', text);
    expect(graphemes!.count).toBe(60 + 30 + 29);
    expect(graphemes!.overflowIndex).toBeUndefined();
    expect(bytes!.count).toBe(60 + 30 * 18 + 29);
  });
  it('fails on bytes while under the grapheme limit', () => {
    const [graphemes, bytes] = measurePost('bluesky', FAMILY.repeat(170));
    expect(graphemes!.overflowIndex).toBeUndefined();
    expect(bytes!.count).toBe(3060);
    expect(bytes!.overflowIndex).toBe(FAMILY.length * 166);
  });
  it('shortens links as the composer does', () => {
    const [u] = findUrls('https://www.riverside.gov.uk/planning/local-plan-2027');
    expect(blueskyDisplayUrl(u!)).toBe('www.riverside.gov.uk/planning/loc...');
    const [short] = findUrls('https://bsky.app/profile');
    expect(blueskyDisplayUrl(short!)).toBe('bsky.app/profile');
    expect(measurePost('bluesky', 'https://www.riverside.gov.uk/planning/local-plan-2027')[0]!.count).toBe(36);
  });
});

describe('Mastodon', () => {
  it('@user@domain counts as @user; URLs with a scheme count 23', () => {
    expect(measurePost('mastodon', '@council@mastodon.social')[0]!.count).toBe('@council'.length);
    expect(measurePost('mastodon', `Read ${URL63}`)[0]!.count).toBe(5 + 23);
    // Without a scheme, Mastodon does not shorten.
    expect(measurePost('mastodon', 'riverside.gov.uk/bins')[0]!.count).toBe(21);
  });
  it('counts the content warning', () => {
    expect(measurePost('mastodon', 'x'.repeat(490), { prefix: 'Flooding update' })[0]!.overflowIndex).toBe(485);
  });
});

describe('other networks', () => {
  it('Threads counts an emoji by its UTF-8 bytes', () => {
    expect(measurePost('threads', `Hi ${FAMILY}`)[0]!.count).toBe(3 + 18);
  });
  it('TikTok, Instagram, LinkedIn and Facebook count UTF-16 units', () => {
    expect(measurePost('tiktok', '𝐁')[0]!.count).toBe(2);
    expect(measurePost('instagram', 'x'.repeat(2201))[0]!.overflowIndex).toBe(2200);
    expect(measurePost('linkedin', 'x'.repeat(3000))[0]!.overflowIndex).toBeUndefined();
    expect(measurePost('facebook', 'x'.repeat(63207))[0]!.overflowIndex).toBe(63206);
  });
  it('YouTube descriptions count bytes', () => {
    expect(measurePost('youtube', 'é'.repeat(2501))[0]!.overflowIndex).toBe(2500);
  });
  it('generic has no limit unless one is configured', () => {
    expect(measurePost('generic', 'x'.repeat(100_000))).toEqual([]);
    expect(measurePost('generic', 'x'.repeat(11), { max: 10 })[0]!.overflowIndex).toBe(10);
  });
  it('max overrides the first limit only', () => {
    const [g, b] = measurePost('bluesky', 'x'.repeat(260), { max: 250 });
    expect(g!.limit).toBe(250);
    expect(g!.overflowIndex).toBe(250);
    expect(b!.limit).toBe(3000);
  });
});

describe('long input', () => {
  it('segments long text in linear time and agrees with Intl.Segmenter on mixed text', () => {
    const mixed = `Hello 👋🏽 नमस्ते 日本語のテキスト、です。 🇬🇧🇫🇷 e\u0301 ${FAMILY}\r\n1️⃣ 안녕하세요 `;
    const direct = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(mixed.repeat(20))].length;
    expect(graphemeLength(mixed.repeat(20))).toBe(direct);
    const out = expectFinishes(`
      import { graphemeLength, measurePost } from ${dist('src/text/counting.ts')};
      const mixed = ${JSON.stringify(mixed)};
      const n = graphemeLength(mixed.repeat(2000));
      measurePost('facebook', 'word '.repeat(12_642));
      measurePost('x', '日本語'.repeat(20_000));
      process.stdout.write(String(n));
    `);
    expect(Number(out)).toBe(direct * 100);
  });
});

describe('entities', () => {
  it('finds mentions but not email addresses', () => {
    expect(findMentions('Thanks @leedsmuseums and @council@mastodon.social; email press@leeds.gov.uk').map((m) => [m.user, m.domain])).toEqual([
      ['@leedsmuseums', undefined],
      ['@council', 'mastodon.social'],
    ]);
  });
});

describe('visible text', () => {
  const draft = [
    '---',
    'platform: x',
    '---',
    '',
    '# Bin changes',
    '',
    'Some **bold** and [the plan](https://example.gov.uk/plan) &amp; `ref 12`  here.',
    '',
    '- one',
    '- two ![a bin](bin.png)',
    '',
    '> quoted <!-- commslint-disable-next-line tone/profanity -->',
    '',
    'See <https://example.gov.uk/a> or [example.gov.uk/b](https://example.gov.uk/b).',
  ].join('\n');
  const doc = new Document(draft);
  const v = visibleText(doc, { offset: doc.bodyOffset, endOffset: draft.length });
  it('renders Markdown as published', () => {
    expect(v.text).toBe(
      'Bin changes\n\nSome bold and the plan https://example.gov.uk/plan & ref 12 here.\n\n- one\n- two\n\nquoted\n\nSee https://example.gov.uk/a or example.gov.uk/b.',
    );
    expect(v.urls.map((u) => u.url)).toEqual(['https://example.gov.uk/plan', 'https://example.gov.uk/a', 'example.gov.uk/b']);
  });
  it('maps every character back to the draft', () => {
    const i = v.text.indexOf('bold');
    expect(draft.slice(v.offsets[i]!, v.offsets[i]! + 4)).toBe('bold');
    const u = v.text.indexOf('https://example.gov.uk/plan');
    const r = originalRange(v, u, u + 'https://example.gov.uk/plan'.length);
    expect(draft.slice(r.offset, r.endOffset)).toBe('https://example.gov.uk/plan');
  });
  it('excludes frontmatter and CRLF', () => {
    const crlf = new Document('---\r\nplatform: x\r\n---\r\n\r\nLine one\r\nLine two\r\n');
    expect(visibleText(crlf, { offset: crlf.bodyOffset, endOffset: crlf.text.length }).text).toBe('Line one\nLine two');
  });
});
