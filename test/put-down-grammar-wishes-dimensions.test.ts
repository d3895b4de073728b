// tone/hostile-reply (and its Irish): put-downs built as grammar, from the eleventh held-out round: a mock
// wish for what the person was already given ("Wow, if only there was some kind of letter that went home in
// August"), a comparison with everyone else ("like the rest of the planet"), a refusal to explain again ("We're
// not going to explain it again", "Níl muid chun é a mhíniú an athuair"), and, in any post, talking down to
// the reader for not knowing by now ("If you still don't know how to brake on ice at this point"). Generated
// over the wording × punctuation × reply or post; near-misses keep the words in their ordinary senses.
import { describe, expect, it } from 'vitest';
import { createLinter, type Linter } from '../src/index.js';
import { ruleSpans } from './cached-linter.js';

const spans = ruleSpans('Riverside Council', 'tone/hostile-reply');

const WISHES = ['if only there was some kind of', 'if only there were some sort of', "if only there'd been some kind of", 'If only we had some way to'];
const THINGS = ['letter that went home in August', 'notice on the website', 'map at the bus stop', 'tell people about it'];
const COMPARISONS = ['like the rest of the planet', 'like the rest of the world', 'just like every other driver', 'like a normal person'];
const REFUSALS = ["We're not going to explain it again", 'We will not be repeating this again', "I won't explain this one more time", "We're not going to say it again"];
const STILL = ["If you still don't know how to brake on ice at this point", "If anyone still doesn't know how to use a roundabout by now", "If you still haven't worked out how to read a timetable after all these years", "If some of you still don't understand the bin days at this stage"];

describe('hostile-reply grammar: wishes, comparisons, refusals (replies)', () => {
  for (const [i, w] of WISHES.entries()) {
    const t = THINGS[i]!;
    for (const open of ['Wow, ', '', 'Hmm… ']) {
      it(`"${open}${w} ${t}"`, async () => {
        const text = `${open}${w} ${t}.`;
        expect(await spans(text, 'en-AU', true)).toEqual([w]);
      });
    }
  }
  for (const c of COMPARISONS) {
    it(`"… ${c}"`, async () => {
      expect(await spans(`The office opens at 8am, ${c}.`, 'en-US', true)).toEqual([c]);
    });
  }
  for (const r of REFUSALS) {
    it(`"${r}"`, async () => {
      expect(await spans(`${r}. The route map is on our website.`, 'en-GB', true)).toEqual([r]);
    });
  }
});

describe('hostile-reply grammar: talking down in any post', () => {
  for (const s of STILL) {
    for (const reply of [false, true]) {
      it(`${reply ? 'reply' : 'post'}: "${s}"`, async () => {
        expect(await spans(`${s}, please just stay home.`, 'en-US', reply)).toEqual([s]);
      });
    }
  }
});

describe('hostile-reply grammar: near-misses', () => {
  const NEAR: Array<[string, boolean, string]> = [
    ["If you still don't know how to register, call us on 0300 123 4567.", false, 'help for anyone who does not know yet, no "by now"'],
    ['If only there was more funding for rural roads, we could do more.', true, 'a wish, no "some kind of"'],
    ['We won\u2019t be repeating the survey again this year.', true, 'repeating a survey, not telling the person'],
    ['Like the rest of the region, Riverside had heavy snow overnight.', false, 'a place compared with others'],
    ['The office opens at 8am, like the rest of our sites.', true, 'our sites, not the person'],
    ['If only there was some kind of letter that went home in August.', false, 'outside a reply the mock wish is not read'],
  ];
  for (const [text, reply, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await spans(text, 'en-GB', reply)).toEqual([]);
    });
  }
});

describe('hostile-reply-other-languages: a refusal in Irish', () => {
  let linter: Promise<Linter> | undefined;
  const ga = async (text: string): Promise<string[]> => {
    linter ??= createLinter({ locale: 'en-IE', organisation: { name: 'Galway City Council' } });
    const res = (await linter).lint(`---\nlang: [ga, en-IE]\nreplyTo: "@resident"\n---\n${text}`);
    const body = `---\nlang: [ga, en-IE]\nreplyTo: "@resident"\n---\n${text}`;
    return res.findings.filter((f) => f.ruleId === 'tone/hostile-reply-other-languages').map((f) => body.slice(f.offset, f.endOffset));
  };
  for (const [refuse, again] of [['Níl muid chun', 'an athuair'], ['Nílimid chun', 'arís'], ['Ní bheidh muid ag', 'arís eile']] as const) {
    const verb = refuse.startsWith('Ní bheidh') ? 'é a mhíniú' : 'é a mhíniú';
    it(`"${refuse} ${verb} ${again}"`, async () => {
      expect(await ga(`${refuse} ${verb} ${again}. Tá an t-eolas ar fad ar ár suíomh gréasáin.\n\nWe will not explain it again. All the information is on our website.`)).toEqual([`${refuse} ${verb} ${again}`]);
    });
  }
});
