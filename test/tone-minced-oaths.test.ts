// tone/profanity: minced oaths and regional swearing (rules/tone/profanity.json, medium tier: warning), by
// dimension: the oath × its place in the sentence (opening, inside, alone) × case × apostrophe, in a reply
// and in a post, with near-misses that hold the same letters in other words or names (Feckenham, frigate,
// Effingham, refrigerate) and the exasperated oaths without a swear word, which are tone/hostile-reply's
// and only in replies.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';
import words from '../rules/tone/profanity.json' with { type: 'json' };

const linter = await createLinter({ locale: 'en-IE' });
const findings = async (text: string, reply: boolean): Promise<Array<[string, string, string]>> =>
  (await linter.lintAsync(text, { meta: reply ? { replyTo: 'Why is it closed?' } : {} })).findings
    .filter((f) => f.ruleId === 'tone/profanity' || (f.ruleId === 'tone/hostile-reply' && !f.message.includes('judged by meaning')))
    .map((f) => [f.ruleId, f.severity, text.slice(f.offset, f.endOffset)]);

// [oath as written, the text reported]
const OATHS: Array<[string, string]> = [
  ["For feck's sake", "For feck's sake"],
  ['For feck\u2019s sake', 'For feck\u2019s sake'],
  ['FOR FECK\u2019S SAKE', 'FOR FECK\u2019S SAKE'],
  ["for frig's sake", "for frig's sake"],
  ['Bloody hell', 'Bloody hell'],
  ['Feck off', 'Feck off'],
  ['What the feck', 'What the feck'],
  ['Frigging hell', 'Frigging'],
  ['Effing hell', 'Effing'],
];
const FRAMES: Array<[(o: string) => string, string]> = [
  [(o) => `${o}, it's the bank holiday weekend.`, 'opening the sentence'],
  [(o) => `The centre is shut on bank holidays. ${o}.`, 'a sentence of its own'],
  [(o) => `Honestly, ${o.charAt(0).toLowerCase()}${o.slice(1)}, the times are on the website.`, 'inside the sentence, lower case'],
];

describe('tone/profanity: minced oaths are profane (warning)', () => {
  for (const [oath, hit] of OATHS) {
    for (const [frame, where] of FRAMES) {
      // (An oath in capitals is not lower-cased inside a sentence.)
      if (where.includes('lower case') && oath === oath.toUpperCase()) continue;
      for (const reply of [true, false]) {
        const text = frame(oath);
        const lowered = where.includes('lower case') ? `${hit.charAt(0).toLowerCase()}${hit.slice(1)}` : hit;
        it(`flags "${text}" (${where}, ${reply ? 'reply' : 'post'})`, async () => {
          expect((await findings(text, reply)).filter(([id]) => id === 'tone/profanity'), text).toEqual([['tone/profanity', 'warning', lowered]]);
        });
      }
    }
  }
  it('keeps every minced oath in the medium tier, none in the strong one', () => {
    for (const w of ['feck', 'fecking', 'frig', 'frigging', 'effing', "for feck's sake", 'bloody hell']) {
      expect(words.medium, w).toContain(w);
      expect(words.strong, w).not.toContain(w);
    }
  });
});

describe('near-misses: the same letters in other words and names', () => {
  const NEAR: Array<[string, string]> = [
    ['Buses to Feckenham and Effingham run hourly.', 'place names'],
    ['The frigate HMS Kent is open to visitors on Saturday.', '"frig" inside a longer word'],
    ['Please do not put food in the fridge or refrigerator at the hall.', '"frig" inside a longer word'],
    ['Her effort and his effect on the team were praised.', '"eff" inside ordinary words'],
    ['Mr Feck will read the minutes.', 'a capitalised surname inside the sentence'],
  ];
  for (const [text, why] of NEAR) {
    it(`leaves "${text}" (${why})`, async () => {
      expect(await findings(text, true)).toEqual([]);
    });
  }
});

describe('exasperated oaths without a swear word: tone/hostile-reply, in replies only', () => {
  for (const oath of ['For crying out loud', "For pete's sake", "For heaven's sake", 'Good grief']) {
    const text = `${oath}, the centre is closed on bank holidays.`;
    it(`flags "${text}" in a reply`, async () => {
      expect(await findings(text, true)).toEqual([['tone/hostile-reply', 'warning', oath]]);
    });
    it(`leaves "${text}" in a post that answers no one`, async () => {
      expect(await findings(text, false)).toEqual([]);
    });
  }
});
