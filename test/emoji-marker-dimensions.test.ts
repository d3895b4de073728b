// Emoji opening list lines by dimension (issue #17 follow-up, h7 training set): a label emoji that names
// what its line gives (📍 a place, 📅 a date, 📞 a number: src/text/data/emoji-markers.json) × how many
// lines it opens × platform. The same label on the lines of a short list is a suggestion (info); on a long
// list, or a bullet emoji with no meaning (✅, 🔹, 👉), it is a warning.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';

async function bullets(text: string) {
  const linter = await createLinter({ extends: [], rules: { 'accessibility/emoji': 'warning' } });
  return (await linter.lintAsync(text)).findings
    .filter((f) => f.ruleId === 'accessibility/emoji' && /bullet|opens a line/.test(f.message))
    .map((f) => ({ text: text.slice(f.offset, f.endOffset), severity: f.severity }));
}

const PLACES = ['Campsie Community Hospital, Saturday 6 December, 10am–4pm', 'Strathkelvin Royal Infirmary, Sunday 7 December, 10am–3pm', 'Kirkintilloch Health Centre, Monday 8 December, 1pm–6pm', 'Milngavie Clinic, Tuesday 9 December, 9am–12pm', 'Bearsden Library, Wednesday 10 December, 2pm–5pm'];
const ITEMS = ['Water', 'A hat', 'Sunscreen', 'A snack', 'Your ticket'];
const post = (platform: string, emoji: string, lines: readonly string[]) =>
  `---\nplatform: ${platform}\n---\nDrop-in clinics this week, no appointment needed:\n\n${lines.map((l) => `${emoji} ${l}`).join('\n')}\n\nCheck the details on our website.`;

// [emoji, kind, lines, expected severity of each line's finding (none: no finding), why]
const CASES: ReadonlyArray<readonly [string, string, readonly string[], 'info' | 'warning', string]> = [
  ['📍', 'location', PLACES.slice(0, 2), 'info', 'a place label on two lines names each place'],
  ['📍', 'location', PLACES.slice(0, 3), 'info', 'three lines: still a short list'],
  ['📍', 'location', PLACES.slice(0, 4), 'warning', 'four lines: the label is read before every line of a long list'],
  ['📍️', 'location with FE0F', PLACES.slice(0, 2), 'info', 'the variation selector does not change the emoji'],
  ['📅', 'date', PLACES.slice(0, 2), 'info', 'a date label'],
  ['📞', 'phone', ['0141 496 0500 (weekdays)', '0800 030 8013 (evenings)'], 'info', 'a phone label'],
  ['✅', 'bullet', ITEMS.slice(0, 2), 'warning', 'a tick carries nothing: a bullet read aloud'],
  ['✅', 'bullet', ITEMS.slice(0, 3), 'warning', 'three ticks'],
  ['🔹', 'bullet', ITEMS.slice(0, 2), 'warning', 'a diamond bullet'],
  ['👉', 'bullet', ITEMS.slice(0, 2), 'warning', 'a pointing hand before each line'],
];

describe('accessibility/emoji: label emoji × list length × platform', () => {
  for (const platform of ['facebook', 'instagram', 'x']) {
    for (const [emoji, kind, lines, want, why] of CASES) {
      it(`${platform}: ${kind} ${emoji} on ${lines.length} lines → ${want} (${why})`, async () => {
        const got = await bullets(post(platform, emoji, lines));
        // The finding covers the emoji itself (a trailing FE0F on an emoji-presentation character is not part of it).
        expect(got).toEqual(lines.map(() => ({ text: emoji.replace(/\uFE0F$/u, ''), severity: want })));
      });
    }
  }
  it('the option markerListMax sets the length of a short list', async () => {
    const linter = await createLinter({ extends: [], rules: { 'accessibility/emoji': ['warning', { markerListMax: 1 }] } });
    const text = post('facebook', '📍', PLACES.slice(0, 2));
    const got = (await linter.lintAsync(text)).findings.filter((f) => /bullet/.test(f.message)).map((f) => f.severity);
    expect(got).toEqual(['warning', 'warning']);
  });
  it('one label emoji on one line is no list', async () => {
    expect(await bullets(post('facebook', '📍', PLACES.slice(0, 1)))).toEqual([]);
  });
});

// A different emoji per line names what each line is about (info), while the post stays within the emoji
// limit; over the limit every line-opening emoji is one more name read before the words (h13 scam alert).
describe('accessibility/emoji: a different emoji per line × emoji count of the post', () => {
  const tips = (emoji: readonly string[], heading: string) =>
    `${heading}\n\nRemember:\n${emoji.map((e, i) => `${e} ${['We will never call to demand money', 'We never take gift cards', 'Hang up and call us back', 'Tell a neighbour'][i]}`).join('\n')}\n\nPlease share this.`;
  // [emoji before the lines, heading, expected severities, why]
  const ROWS: ReadonlyArray<readonly [readonly string[], string, readonly string[], string]> = [
    [['🔒', '🔑', '💡'], 'Scam alert for older neighbours.', ['info', 'info', 'info'], 'three different emoji, three in the post: each names its line'],
    [['👮', '💳', '📞'], 'Scam alert for older neighbours.', ['info', 'info', 'info'], 'the scam tips alone: within the limit'],
    [['👮', '💳', '📞'], '⚠️ Scam alert ⚠️ for older neighbours.', ['warning', 'warning', 'warning', 'warning'], 'five emoji in the post: the heading emoji and the list are all read out'],
    [['👮', '💳', '📞', '🏠'], 'Scam alert for older neighbours 🚨', ['warning', 'warning', 'warning', 'warning'], 'five emoji: four list lines and one at the end of the heading'],
    [['👮', '💳'], 'Scam alert 🚨🚨 for older neighbours.', ['info', 'info'], 'four emoji: at the limit, still a suggestion'],
  ];
  for (const [emoji, heading, want, why] of ROWS) {
    it(`${emoji.join('')} under "${heading}" → ${want.join(', ')} (${why})`, async () => {
      // Each list emoji's strongest finding (the engine keeps one finding per range: on the emoji that goes
      // over the limit the count warning stands for the bullet one).
      const text = tips(emoji, heading);
      const linter = await createLinter({ extends: [], rules: { 'accessibility/emoji': 'warning' } });
      const findings = (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === 'accessibility/emoji');
      const lineStart = [...text.matchAll(/^(\p{Extended_Pictographic})\uFE0F?/gmu)].map((m) => m.index);
      const got = lineStart.map((at) => (findings.some((f) => f.offset === at && f.severity === 'warning') ? 'warning' : findings.some((f) => f.offset === at) ? 'info' : 'none'));
      expect(got).toEqual(want);
    });
  }
});

describe('accessibility/alt-text: video captions not recorded', () => {
  // On a network without automatic captions (X); the networks that caption uploads are below.
  async function captions(media: string, platform = 'x') {
    const linter = await createLinter({ extends: [], rules: { 'accessibility/alt-text': 'warning' } });
    const text = `---\nplatform: ${platform}\nmedia:\n${media}\n---\nSlow down near schools.`;
    return (await linter.lintAsync(text)).findings.map((f) => f.severity);
  }
  for (const [media, want, why] of [
    ['  - file: school-zone.mp4\n    alt: "An officer with a radar gun stands beside a school zone sign as cars pass."', ['info'], 'described, nobody speaking: a reminder'],
    ['  - file: school-zone.mp4\n    alt: "The inspector explains the new school zone limits."', ['warning'], 'described as someone speaking'],
    ['  - file: chief-interview.mp4\n    alt: "Our chief outside headquarters."', ['warning'], 'the file name says interview'],
    ['  - file: school-zone.mp4', ['warning'], 'nothing said about it'],
    ['  - file: school-zone.mp4\n    alt: "Cars pass a school zone sign."\n    captions: false', ['warning'], 'captions stated missing'],
    ['  - file: school-zone.mp4\n    alt: "Cars pass a school zone sign."\n    captions: true', [], 'captions added'],
    ['  - file: briefing.mp3\n    alt: "Cars pass a school zone sign."', ['warning'], 'audio always needs a transcript'],
  ] as const) {
    it(`${why} → ${want.join(', ') || 'nothing'}`, async () => {
      expect(await captions(media)).toEqual(want);
    });
  }
  // [media, platform, expected, why]
  for (const [media, platform, want, why] of [
    ['  - file: phlebotomy.mp4\n    alt: "Phlebotomist Aisha explaining her job to camera."', 'tiktok', ['info'], 'TikTok captions uploads itself: check them (a reminder)'],
    ['  - file: text-to-911-explainer.mp4\n    alt: "A sergeant at a dispatch console."', 'youtube', ['info'], 'YouTube automatic captions'],
    ['  - file: chief-interview.mp4', 'instagram', ['info'], 'Instagram auto-generated captions, nothing said'],
    ['  - file: chief-interview.mp4\n    captions: false', 'youtube', ['warning'], 'captions stated missing: a warning on every network'],
    ['  - file: chief-interview.mp4', 'bluesky', ['warning'], 'a network without automatic captions'],
    ['  - file: gritting.mp4\n    alt: "Time-lapse from a gritting lorry, with captions explaining priority routes."', 'x', ['info'], 'the description says the words are on screen'],
    ['  - file: gritting.mp4\n    alt: "The manager explains priority routes; captioning to follow."', 'x', ['warning'], '"captioning to follow" is not captions on screen'],
  ] as const) {
    it(`${platform}: ${why} → ${want.join(', ')}`, async () => {
      expect(await captions(media, platform)).toEqual(want);
    });
  }
});
