// Generated tables for the platform, language and accessibility misses and false alarms of the fourth
// held-out round (h12, hb3-*, and the older sets' lower-case tags):
// - platform/unclickable-link: a schemeless address whose path is one or two words on an ordinary host can
//   be typed from an Instagram or TikTok caption (host × path × platform); schemes, queries and long paths cannot;
// - platform/hashtag-limit on LinkedIn: more than five hashtags (count × platform);
// - language/plain-words: "commenced proceedings" is the legal term (voice × object), plain "commence" still flagged;
// - language/spelling: en-AU accepts "program" and "programme" (sense × locale), en-GB keeps its check;
// - accessibility/hashtag-case: a one-case tag made of the post's own words (a place, the organisation, the
//   other language's words) × case × language of the post; single names and tags the post does not explain stay clean.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';
import type { DraftMeta, Locale } from '../src/types.js';

interface Case { text: string; locale: Locale; rule: string; platform?: DraftMeta['platform']; org?: string; flagged: boolean; expectText?: string; why: string }

async function hits(cs: Case): Promise<string[]> {
  const linter = await createLinter({ locale: cs.locale, ...(cs.org ? { organisation: { name: cs.org } } : {}) });
  const r = await linter.lintAsync(cs.text, { meta: cs.platform ? { platform: cs.platform } : {} });
  return r.findings.filter((f) => f.ruleId === cs.rule && f.severity !== 'info').map((f) => cs.text.slice(f.offset, f.endOffset));
}

function linkCases(): Case[] {
  const out: Case[] = [];
  const HOSTS = ['murrindalranges.vic.gov.au', 'riversidecouncil.gov.uk', 'northmontcounty.gov', 'tawhiti.govt.nz'];
  const PATHS = ['/libraries', '/bins/dates', '/summer-reading', '/careers'];
  let i = 0;
  for (const host of HOSTS) {
    for (const path of PATHS) {
      const platform = i++ % 2 ? 'tiktok' : 'instagram';
      out.push({ text: `Book online at ${host}${path}`, locale: 'en-AU', platform, rule: 'platform/unclickable-link', flagged: false, why: `${platform}: ${host}${path} is the organisation's address and a short word path` });
      out.push({ text: `Book online at https://${host}${path}`, locale: 'en-AU', platform, rule: 'platform/unclickable-link', flagged: true, expectText: `https://${host}${path}`, why: `${platform}: with a scheme it is a pasted link, not a typed address` });
    }
    out.push({ text: `Book at ${host}/leisure/swimming/lessons-2027`, locale: 'en-GB', platform: 'instagram', rule: 'platform/unclickable-link', flagged: true, why: 'a three-part path with digits is hard to type' });
    out.push({ text: `Book at ${host}/book?session=12`, locale: 'en-GB', platform: 'instagram', rule: 'platform/unclickable-link', flagged: true, why: 'a query string cannot be typed reliably' });
  }
  out.push({ text: 'Book at www.murrindalrangesshirecouncil.vic.gov.au/libraries', locale: 'en-AU', platform: 'instagram', rule: 'platform/unclickable-link', flagged: true, why: 'a host over 40 characters with www.' });
  return out;
}

function linkedinCases(): Case[] {
  const tags = (n: number) => ['#Leadership', '#LocalGovernment', '#Strategy', '#Innovation', '#Victoria', '#PublicSector', '#Agile', '#Engagement'].slice(0, n).join(' ');
  const out: Case[] = [];
  for (const n of [3, 4, 5]) out.push({ text: `We're hiring a senior engineer.\n\n${tags(n)}`, locale: 'en-AU', platform: 'linkedin', rule: 'platform/hashtag-limit', flagged: false, why: `${n} hashtags on LinkedIn: within the advice` });
  for (const n of [6, 8]) out.push({ text: `We're hiring a senior engineer.\n\n${tags(n)}`, locale: 'en-GB', platform: 'linkedin', rule: 'platform/hashtag-limit', flagged: true, why: `${n} hashtags on LinkedIn: over the advice of 3 to 5` });
  out.push({ text: `We're hiring a senior engineer.\n\n${tags(8)}`, locale: 'en-GB', platform: 'facebook', rule: 'platform/hashtag-limit', flagged: false, why: 'Facebook has no hashtag advice (accessibility/hashtag-count reports the count)' });
  return out;
}

function commenceCases(): Case[] {
  const out: Case[] = [];
  for (const locale of ['en-AU', 'en-GB', 'en-NZ'] as Locale[]) {
    for (const obj of ['proceedings', 'legal proceedings', 'a prosecution', 'enforcement action', 'court action']) {
      out.push({ text: `Council has commenced ${obj} against a landowner.`, locale, rule: 'language/plain-words', flagged: false, why: `"commenced ${obj}": the legal term` });
    }
    out.push({ text: 'Proceedings were commenced in the Magistrates’ Court in March.', locale, rule: 'language/plain-words', flagged: false, why: 'passive: proceedings were commenced' });
    out.push({ text: 'Works will commence on Monday.', locale, rule: 'language/plain-words', flagged: true, expectText: 'commence', why: 'everyday "commence": use "start"' });
    out.push({ text: 'The pool refurbishment commenced last week.', locale, rule: 'language/plain-words', flagged: true, expectText: 'commenced', why: 'everyday "commenced"' });
  }
  return out;
}

function programCases(): Case[] {
  const out: Case[] = [];
  for (const sense of ['our roads, bridges and drainage program', 'the school holiday program', 'the Home Care Packages Program', 'a new software program']) {
    out.push({ text: `Find out about ${sense}.`, locale: 'en-AU', rule: 'language/spelling', flagged: false, why: `en-AU: "program" is the Style Manual spelling (${sense})` });
    out.push({ text: `Find out about ${sense.replace('program', 'programme').replace('Program', 'Programme')}.`, locale: 'en-AU', rule: 'language/spelling', flagged: false, why: 'en-AU: "programme" is still seen, not flagged' });
  }
  out.push({ text: 'Find out about the school holiday program.', locale: 'en-GB', rule: 'language/spelling', flagged: true, expectText: 'program', why: 'en-GB: the holiday programme' });
  out.push({ text: 'Find out about the school holiday program.', locale: 'en-NZ', rule: 'language/spelling', flagged: true, expectText: 'program', why: 'en-NZ keeps "programme"' });
  return out;
}

function hashtagCases(): Case[] {
  const out: Case[] = [];
  const ROWS: Array<[string, string, string | undefined, string]> = [
    ['The new fenced dog park in Moncton opens on Saturday.', 'dogparkmoncton', undefined, 'DogParkMoncton'],
    ['Avertissement de froid extrême ce soir.\n\nExtreme cold warning tonight.', 'froidextreme', undefined, 'FroidExtreme'],
    ['Open burning is banned until further notice.', 'cedarridgefire', 'City of Cedar Ridge', 'CedarRidgeFire'],
    ['The Mount Victoria walkway is open again.', 'mtvictoriatrack', undefined, 'MtVictoriaTrack'],
    ['Mae Ffordd Penlan ar gau dros nos yn Nyffryn Menai.\n\nPenlan Road is closed overnight.', 'penlanroad', undefined, 'PenlanRoad'],
  ];
  for (const [post, tag, org, camel] of ROWS) {
    for (const [how, written] of [['lower case', tag], ['capitals', tag.toUpperCase()]] as const) {
      out.push({ text: `${post}\n\n#${written}`, locale: 'en-CA', rule: 'accessibility/hashtag-case', ...(org ? { org } : {}), flagged: true, expectText: `#${written}`, why: `#${written} (${how}) splits into the post's words: ${camel}` });
    }
    out.push({ text: `${post}\n\n#${camel}`, locale: 'en-CA', rule: 'accessibility/hashtag-case', ...(org ? { org } : {}), flagged: false, why: `#${camel} is CamelCase already` });
  }
  out.push({ text: 'Welcome to Moncton!\n\n#moncton', locale: 'en-CA', rule: 'accessibility/hashtag-case', flagged: false, why: 'a single place name from the post' });
  out.push({ text: 'The festival comes to Ballyjamesduff this weekend.\n\n#ballyjamesduff', locale: 'en-IE', rule: 'accessibility/hashtag-case', flagged: false, why: 'a town named in the post: one word, not a split' });
  out.push({ text: 'Roadworks start on Monday.\n\n#penlanroad', locale: 'en-GB', rule: 'accessibility/hashtag-case', flagged: false, why: 'the post does not name Penlan: no confident split' });
  return out;
}

describe.each([
  ['typeable caption links', linkCases()],
  ['LinkedIn hashtag advice', linkedinCases()],
  ['"commenced" in legal and everyday use', commenceCases()],
  ['program/programme by locale', programCases()],
  ['one-case hashtags made of the post’s words', hashtagCases()],
] as const)('%s', (_n, cases) => {
  it.each(cases.map((c) => [c.why, c] as const))('%s', async (_why, cs) => {
    const found = await hits(cs);
    if (!cs.flagged) expect(found, cs.text).toEqual([]);
    else {
      expect(found.length, cs.text).toBeGreaterThan(0);
      if (cs.expectText) expect(found.some((f) => f.includes(cs.expectText!) || cs.expectText!.includes(f)), `${cs.text} → ${JSON.stringify(found)}`).toBe(true);
    }
  });
});
