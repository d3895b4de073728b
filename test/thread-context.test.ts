// A thread is one publication read in order: what an earlier post says is the context of the later ones.
// legal/prejudicial-statement reads a charge in the first post as the case of a later "thanks for helping us
// catch the burglar", in English or stated in the post's other language ("Mae tri dyn wedi'u harestio" before
// "3 dealers off the streets"); language/bilingual-mismatch compares the Welsh post with the English post
// even when a closing post carries both languages. Near-misses: the same later post with no case before it,
// and a thread whose versions agree.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';

const thread = (fm: string, ...posts: string[]): string => `---\nplatform: x\nthread: true\n${fm}---\n${posts.join('\n\n---\n\n')}`;
async function spans(text: string, rule: string, locale = 'en-GB'): Promise<string[]> {
  const linter = await createLinter({ locale: locale as 'en-GB', organisation: { name: 'Dyfed-Powys Police' } });
  return (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === rule && !f.message.includes('judged by meaning')).map((f) => text.slice(f.offset, f.endOffset));
}

describe('a charge earlier in the thread', () => {
  const CHARGES = ['A 31-year-old man has been charged with burglary and will appear in court on Tuesday.', 'Two men have been arrested and remain in custody.', 'A woman has been charged and is due at Swansea Crown Court next month.'];
  const LATER: Array<[string, string]> = [
    ['Thank you to everyone who shared our appeal – you helped us catch the burglar within 48 hours.', 'the burglar'],
    ['Warrants executed at 4 addresses this morning. 3 dealers off the streets.', '3 dealers off the streets'],
  ];
  for (const [post, span] of LATER) {
    it.each(CHARGES)(`"${span}" after "%s"`, async (charge) => {
      expect(await spans(thread('', charge, post), 'legal/prejudicial-statement')).toContain(span);
    });
    it(`leaves "${span}" in a thread with no case before it`, async () => {
      expect(await spans(thread('', 'Our rural crime team has grown to ten officers.', post), 'legal/prejudicial-statement')).toEqual([]);
    });
  }
  it('reads the arrest stated in Welsh before the English post', async () => {
    const text = thread('lang: [cy, en-GB]\n', "Mae tri dyn wedi'u harestio, ac mae cyffuriau Dosbarth A wedi'u hatafaelu yn Llanelli.", 'Warrants executed at 4 addresses in Llanelli this morning. 3 dealers off the streets, Class A and cash seized.');
    expect(await spans(text, 'legal/prejudicial-statement')).toEqual(['3 dealers off the streets']);
  });
});

describe('the Welsh post and the English post, before a closing post in both', () => {
  const closing = 'Diolch i bawb a rannodd ein hapêl.\n\nThank you to everyone who shared our appeal.';
  it.each([
    ['14 Ebrill', '15 April'],
    ['3 Mai', '4 May'],
    ['22 Mehefin', '21 June'],
  ])('flags "%s" beside "%s"', async (cy, en) => {
    const text = thread('lang: [cy, en-GB]\n', `Bydd y dyn yn ymddangos gerbron Llys Ynadon Llanelli ar ${cy}.`, `The man will appear before Llanelli Magistrates' Court on ${en}.`, closing);
    expect(await spans(text, 'language/bilingual-mismatch')).toEqual([cy]);
  });
  it('leaves versions that agree', async () => {
    const text = thread('lang: [cy, en-GB]\n', 'Bydd y dyn yn ymddangos gerbron Llys Ynadon Llanelli ar 14 Ebrill.', "The man will appear before Llanelli Magistrates' Court on 14 April.", closing);
    expect(await spans(text, 'language/bilingual-mismatch')).toEqual([]);
  });
});

describe('French: the case closed before the trial', () => {
  it.each(['Il devra maintenant répondre de la violence qu’il a fait subir à notre collègue.', 'Il devra rendre des comptes pour ce qu’il a fait.'])('flags "%s" after a charge', async (s) => {
    const text = `---\nlang: [fr, en-CA]\n---\nUn homme de 34 ans a été arrêté et accusé de voies de fait. ${s}\n\nA 34-year-old man has been arrested and charged with assault.`;
    const got = await spans(text, 'legal/prejudicial-statement-other-languages', 'en-CA');
    expect(got.some((g) => g.startsWith('devra')), JSON.stringify(got)).toBe(true);
  });
  it('leaves the same verb about the organisation', async () => {
    const text = '---\nlang: [fr, en-CA]\n---\nUn homme de 34 ans a été arrêté. Le conseil devra répondre de ses choix budgétaires en mai.\n\nA 34-year-old man has been arrested.';
    expect(await spans(text, 'legal/prejudicial-statement-other-languages', 'en-CA')).toEqual([]);
  });
});
