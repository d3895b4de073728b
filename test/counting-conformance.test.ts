// Post counting (src/text/counting.ts, src/text/urls.ts) against the networks' own suites: twitter-text's
// conformance files (test/data/twitter-text/, vendored with their commit), twitter-text's parseTweet as an
// oracle (devDependency), atproto's grapheme and byte vectors (test/data/atproto-lengths.json), and the
// facts of Mastodon's StatusLengthValidator.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import twitterText from 'twitter-text';
import { countCharacters, utf8Length } from '../src/text/counting.js';
import { findUrls } from '../src/text/urls.js';
import { countCharacters as fromIndex } from '../src/index.js';

const read = (name: string): string => readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
interface Case<E> {
  description: string;
  text: string;
  expected: E;
}
const validate = parse(read('twitter-text/validate.yml')) as { tests: Record<string, Array<Case<{ weightedLength: number; valid: boolean }>>> };
const extract = parse(read('twitter-text/extract.yml')) as { tests: Record<string, Array<Case<unknown>>> };

/** twitter-text's indices are in code points. */
const cp = (text: string, i: number): number => Array.from(text.slice(0, i)).length;

describe('twitter-text conformance: validate.yml (weighted length, config v3)', () => {
  // WeightedTweetsWithDiscountedEmojiCounterTest is the v3 section (emoji 2); the directional-marker
  // section checks the invalid-character rule. (WeightedTweetsCounterTest is config v2, not what X uses.)
  for (const section of ['WeightedTweetsWithDiscountedEmojiCounterTest', 'UnicodeDirectionalMarkerCounterTest']) {
    for (const c of validate.tests[section]!) {
      it(`${section}: ${c.description}`, () => {
        const got = countCharacters(c.text, 'x');
        expect({ weightedLength: got.length, valid: got.valid }).toEqual({ weightedLength: c.expected.weightedLength, valid: c.expected.valid });
      });
    }
  }
});

describe('twitter-text conformance: extract.yml URL sections', () => {
  for (const section of ['urls', 'urls_with_indices', 'urls_with_directional_markers', 'tco_urls_with_params']) {
    for (const c of extract.tests[section]!) {
      it(`${section}: ${c.description}`, () => {
        const urls = findUrls(c.text);
        const expected = c.expected as Array<string | { url: string; indices: [number, number] }>;
        if (expected.every((e) => typeof e === 'string')) expect(urls.map((u) => u.url)).toEqual(expected);
        else expect(urls.map((u) => ({ url: u.url, indices: [cp(c.text, u.index), cp(c.text, u.end)] }))).toEqual(expected.map((e) => (typeof e === 'string' ? e : { url: e.url, indices: e.indices })));
      });
    }
  }
});

describe('X counting against twitter-text parseTweet (oracle)', () => {
  // Pieces a post is made of: words, bare domains on country-code and new TLDs, URLs with paths and
  // queries, t.co links, CJK and Hangul (weight 2), emoji (2 each, incl. flags, skin tones, keycaps),
  // combining accents (NFC), typographic punctuation (weight 1), file names that are not links.
  // Emoji are limited to those in twitter-text 3.1's bundled emoji list (2020); newer ones are below.
  const PIECES = ['hello', ' ', 'Visit ', 'nhs.uk', 'gov.uk/bins', 'mysite.io', 'https://www.riverside.gov.uk/a?b=c', 'http://t.co/abc123', '東京', '日本語です。', '한국어', '😀', '👍🏽', '🇬🇧', '❤️', '1️⃣', '1⃣', 'é', 'e\u0301', '—', '“quoted”', '\n', '#hashtag', '@user', 'example.com', 'www.example.co.uk', 'a.b', '3.5', 'e.g.', 'foo.bar', 'x.com', '(see nhs.uk)', 'ñ', 'Ωmega', 'ℹ', '…', 'test.sh', 'file.pdf', 'council.london', 'https://t.co/UqIyJAJTfo?amp=1'];
  let seed = 20260601;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  it('agrees on 2,000 generated posts', () => {
    const differ: Array<[string, number, number]> = [];
    for (let i = 0; i < 2000; i++) {
      let text = '';
      const n = 1 + Math.floor(rand() * 8);
      for (let j = 0; j < n; j++) text += PIECES[Math.floor(rand() * PIECES.length)];
      const ours = countCharacters(text, 'x').length;
      const theirs = twitterText.parseTweet(text).weightedLength;
      if (ours !== theirs) differ.push([text, ours, theirs]);
    }
    expect(differ).toEqual([]);
  });
  it('agrees on long posts and the limit', () => {
    for (const text of ['a'.repeat(280), 'a'.repeat(281), '東'.repeat(140), '東'.repeat(141), `${'x '.repeat(120)}https://example.com/${'p'.repeat(500)}`]) {
      const t = twitterText.parseTweet(text);
      expect({ length: countCharacters(text, 'x').length, valid: countCharacters(text, 'x').valid }, text.slice(0, 20)).toEqual({ length: t.weightedLength, valid: t.valid });
    }
  });
  it('counts emoji newer than twitter-text 3.1 as X does: one sequence, 2 (the package counts each code point)', () => {
    // U+1FAF1 U+1F3FB ZWJ U+1FAF2 U+1F3FC (handshake, two skin tones; Unicode 14): RGI, one emoji.
    const handshake = '\u{1FAF1}\u{1F3FB}\u200D\u{1FAF2}\u{1F3FC}';
    expect(countCharacters(handshake, 'x').length).toBe(2);
    expect(twitterText.parseTweet(handshake).weightedLength).toBe(9);
  });
});

describe('X facts the issue lists', () => {
  it('counts bare country-code and new-TLD domains as links (23)', () => {
    expect(countCharacters('Visit nhs.uk today', 'x').length).toBe(35);
    expect(countCharacters('Visit gov.uk today', 'x').length).toBe(35);
    expect(countCharacters('mysite.io', 'x').length).toBe(23);
    // Near-misses: a file name, a version number and an abbreviation are not links.
    expect(countCharacters('Read report.pdf and v2.5 e.g. this', 'x').length).toBe(34);
  });
  it('counts a keycap without FE0F as one emoji', () => expect(countCharacters('1\u20e3', 'x').length).toBe(2));
  it('takes labels of 63 characters, not 64 (punycode length counted)', () => {
    expect(findUrls(`https://${'a'.repeat(63)}.com`)).toHaveLength(1);
    expect(findUrls(`https://${'a'.repeat(64)}.com`)).toHaveLength(0);
    // "xn--" + the punycode of 28 × 'ü' is longer than 63.
    expect(findUrls(`https://${'ü'.repeat(10)}.com`)).toHaveLength(1);
    expect(findUrls(`https://${'ü'.repeat(60)}.com`)).toHaveLength(0);
  });
  it("applies t.co's rules: slug only, 40 characters at most", () => {
    expect(findUrls("http://t.co/abcde'").map((u) => u.url)).toEqual(['http://t.co/abcde']);
    expect(findUrls('http://t.co/abcde-').map((u) => u.url)).toEqual(['http://t.co/abcde']);
    expect(findUrls(`http://t.co/${'a'.repeat(41)}`)).toEqual([]);
  });
  it('does not take a URL over 4,096 characters', () => {
    expect(findUrls(`https://example.com/${'a'.repeat(4060)}`)).toHaveLength(1);
    expect(findUrls(`https://example.com/${'a'.repeat(4080)}`)).toHaveLength(0);
  });
});

describe('Bluesky against atproto vectors', () => {
  const vectors = JSON.parse(read('atproto-lengths.json')) as {
    commit: string;
    cases: Array<{ text: string; graphemes?: number; bytes?: number; minGraphemes?: number; maxGraphemes?: number; valid?: boolean; from: string }>;
  };
  it('are vendored from a pinned commit', () => expect(vectors.commit).toMatch(/^[0-9a-f]{40}$/));
  for (const c of vectors.cases) {
    it(`${c.from}: ${JSON.stringify(c.text)}`, () => {
      const n = countCharacters(c.text, 'bluesky').length;
      if (c.graphemes !== undefined) expect(n).toBe(c.graphemes);
      if (c.bytes !== undefined) expect(utf8Length(c.text)).toBe(c.bytes);
      if (c.valid !== undefined) expect(n >= c.minGraphemes! && n <= c.maxGraphemes!).toBe(c.valid);
    });
  }
  it('shortens links with a scheme as the app does, and counts bare links in full', () => {
    expect(countCharacters('https://www.riverside.gov.uk/services/bins-and-recycling', 'bluesky').length).toBe('www.riverside.gov.uk/services/bin...'.length);
    expect(countCharacters('riverside.gov.uk/services/bins-and-recycling', 'bluesky').length).toBe(44);
  });
  it('is valid only within 300 graphemes and 3,000 bytes', () => {
    expect(countCharacters('a'.repeat(300), 'bluesky')).toMatchObject({ length: 300, remaining: 0, valid: true });
    expect(countCharacters('a'.repeat(301), 'bluesky').valid).toBe(false);
    // 300 family emoji: 300 graphemes but 7,500 bytes.
    expect(countCharacters('👨‍👩‍👧‍👧'.repeat(300), 'bluesky')).toMatchObject({ length: 300, valid: false });
  });
});

describe('Mastodon (StatusLengthValidator facts)', () => {
  it('counts a URL with a scheme as 23 and a bare domain in full', () => {
    expect(countCharacters(`See https://example.com/${'x'.repeat(100)}`, 'mastodon').length).toBe(27);
    expect(countCharacters('See nhs.uk', 'mastodon').length).toBe(10);
  });
  it('counts @user@domain as its local part', () => expect(countCharacters('Hi @alice@social.example.org', 'mastodon').length).toBe(9));
  it('counts the content warning toward the 500 limit, even with an empty body', () => {
    expect(countCharacters('', 'mastodon', { contentWarning: 'w'.repeat(501) })).toMatchObject({ length: 501, valid: false });
    expect(countCharacters('b'.repeat(300), 'mastodon', { contentWarning: 'w'.repeat(200) })).toMatchObject({ length: 500, remaining: 0, valid: true });
  });
});

describe('countCharacters', () => {
  it('is exported from the browser-safe entry point', () => expect(fromIndex).toBe(countCharacters));
  it('returns length, limit, remaining and validity per network', () => {
    const text = 'Bins go out on Tuesday 😀';
    expect(countCharacters(text, 'x')).toEqual({ length: 25, limit: 280, remaining: 255, valid: true, unit: 'weighted characters' });
    expect(countCharacters(text, 'threads')).toMatchObject({ length: 27, limit: 500 });
    expect(countCharacters(text, 'instagram')).toMatchObject({ length: 25, limit: 2200, unit: 'UTF-16 code units' });
    expect(countCharacters(text, 'youtube')).toMatchObject({ length: 27, limit: 5000, unit: 'UTF-8 bytes' });
    expect(countCharacters(text, 'generic')).toMatchObject({ length: 24, limit: Infinity, valid: true });
    expect(countCharacters('', 'x').valid).toBe(false);
  });
});

describe('platform/length on Mastodon', () => {
  it('flags a long content warning on an empty body, on the frontmatter key', async () => {
    const { lint } = await import('../src/index.js');
    const cw = 'w'.repeat(510);
    const text = `---\nplatform: mastodon\ncontentWarning: ${cw}\n---\n`;
    const findings = (await lint(text)).findings.filter((f) => f.ruleId === 'platform/length');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('content warning');
    expect(text.slice(findings[0]!.offset, findings[0]!.endOffset)).toContain(cw.slice(0, 10));
    // Near-miss: a content warning that fits with its empty body.
    expect((await lint(`---\nplatform: mastodon\ncontentWarning: ${'w'.repeat(400)}\n---\n`)).findings.filter((f) => f.ruleId === 'platform/length')).toEqual([]);
  });
});
