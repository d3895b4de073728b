// False alarms on clean drafts (issue #16, task B), each beside the positive it must still catch: emoji per
// list line, "Graphic of" alt text, AI-edited posts a person reviewed, masked swearing inside compounds, eye
// rolls in replies, and the swearing lists of Welsh and Irish matched in their initial mutations.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';
import { mutations, swearListFor } from '../src/text/lang-checks.js';

async function findings(text: string, rule: string, extra: Record<string, unknown> = {}) {
  const linter = await createLinter({ extends: [], rules: { [rule]: 'warning' }, ...extra });
  return (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === rule).map((f) => ({ text: text.slice(f.offset, f.endOffset), severity: f.severity }));
}

describe('accessibility/emoji: emoji opening list lines', () => {
  it('a different emoji per line is a suggestion (info): it names the line', async () => {
    const got = await findings('Keep your home safe:\n\n🔒 Lock doors and windows\n🔑 Keep keys out of sight\n💡 Put a lamp on a timer', 'accessibility/emoji');
    expect(got).toEqual([{ text: '🔒', severity: 'info' }, { text: '🔑', severity: 'info' }, { text: '💡', severity: 'info' }]);
  });
  it('the same emoji before every line is a bullet character: a warning', async () => {
    const got = await findings('What to bring:\n\n✅ Water\n✅ A hat\n✅ Sunscreen', 'accessibility/emoji');
    expect(got).toEqual([{ text: '✅', severity: 'warning' }, { text: '✅', severity: 'warning' }, { text: '✅', severity: 'warning' }]);
  });
});

describe('accessibility/alt-text: redundant openings', () => {
  it('"Graphic of" says what kind of image it is: no finding', async () => {
    expect(await findings('---\nplatform: instagram\nmedia:\n  - file: tips.png\n    alt: "Graphic of a garden bonfire with three safety tips."\n---\nBonfire safety.', 'accessibility/alt-text')).toEqual([]);
  });
  it('"Photo of" says what kind of image it is too: a suggestion (info)', async () => {
    const got = await findings('---\nplatform: x\nmedia:\n  - file: harold.jpg\n    alt: "Photo of Harold Ames, an older man with white hair, smiling outdoors"\n---\nPlease help us find Harold.', 'accessibility/alt-text');
    expect(got.map((f) => f.severity)).toEqual(['info']);
  });
  it('"Picture of" is redundant: a warning', async () => {
    const got = await findings('---\nplatform: x\nmedia:\n  - file: harold.jpg\n    alt: "Picture of Harold Ames, an older man with white hair, smiling outdoors"\n---\nPlease help us find Harold.', 'accessibility/alt-text');
    expect(got.map((f) => f.severity)).toEqual(['warning']);
  });
  it('"Image of" is still redundant', async () => {
    const got = await findings('---\nplatform: instagram\nmedia:\n  - file: tips.png\n    alt: "Image of a garden bonfire with three safety tips."\n---\nBonfire safety.', 'accessibility/alt-text');
    expect(got.map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('ai-disclosure/undisclosed-ai: AI that only edited a reviewed post', () => {
  const post = (role: string, reviewed: boolean) => `---\nplatform: facebook\nai:\n  used: true\n  tools: ["Microsoft Copilot"]\n  role: ${role}\n${reviewed ? '  reviewedBy: "Sam Okafor"\n' : ''}---\nWarm Spaces are open across Ashworth this winter.`;
  for (const [role, reviewed, want, why] of [
    ['edited', true, 'info', 'edited and reviewed: a suggestion'],
    ['edited', false, 'warning', 'edited with no reviewer named'],
    ['drafted', true, 'warning', 'drafted by AI, even reviewed'],
    ['translated', true, 'info', 'a reviewed translation of the organisation’s own text: a suggestion (hb4 labellers)'],
    ['translated', false, 'warning', 'a translation nobody reviewed'],
  ] as const) {
    it(`${role}${reviewed ? ', reviewed' : ''}: ${want} (${why})`, async () => {
      expect((await findings(post(role, reviewed), 'ai-disclosure/undisclosed-ai')).map((f) => f.severity)).toEqual([want]);
    });
  }
});

describe('tone/profanity: masked swearing inside a compound', () => {
  for (const [text, want, why] of [
    ['Shoutout to the absolute clusterf*** of drivers this morning.', ['clusterf***'], 'a word, then the masked one'],
    ['What a horses**t excuse.', ['horses**t'], 'masked in the middle'],
    ['Motherf***ing roadworks again.', ['Motherf***ing'], 'masked with a suffix'],
    ['Our Resort*** rating is back.', [], 'stars after a word are a rating'],
    ['Rated 5*** by visitors.', [], 'stars after a number are a rating'],
  ] as const) {
    it(`${text} (${why})`, async () => {
      expect((await findings(text, 'tone/profanity')).map((f) => f.text)).toEqual(want);
    });
  }
});

describe('tone/hostile-reply: an eye roll in a reply', () => {
  it('flags 🙄 in a reply, not in a post', async () => {
    const reply = '---\nreplyTo: "Bus late again"\n---\nThe timetable is online 🙄';
    expect((await findings(reply, 'tone/hostile-reply')).map((f) => f.text)).toEqual(['🙄']);
    expect(await findings('Our staff when the coffee machine broke 🙄 (it is fixed now)', 'tone/hostile-reply')).toEqual([]);
  });
});

describe('initial mutations in the swearing lists', () => {
  const cy = { c: ['g', 'ngh', 'ch'], ll: ['l'], g: ['', 'ng'] };
  it('mutates the first word only, the longest initial first, and drops forms under three letters', () => {
    expect(mutations('cachu', cy)).toEqual(['cachu', 'gachu', 'nghachu', 'chachu']);
    expect(mutations('coc oen', cy)).toEqual(['coc oen', 'goc oen', 'nghoc oen', 'choc oen']);
    expect(mutations('llo', cy)).toEqual(['llo']);
    expect(mutations('gw', cy)).toEqual(['gw', 'ngw']);
    expect(mutations('ffwl', undefined)).toEqual(['ffwl']);
  });
  it('the Welsh lists match mutated words, and not the unrelated words they resemble', () => {
    const swears = swearListFor('cy')!;
    expect('yr holl gachu ma'.match(swears.pattern)).toEqual(['gachu']);
    const insults = swearListFor('cy', 'insults')!;
    expect('Pa goc oen sy’n meddwl'.match(insults.pattern)).toEqual(['goc oen']);
    expect('Mae’r goc yn y tŵr'.match(insults.pattern)).toBeNull();
  });
});
