// Unit tests for src/text/children.ts (shared with personal-data/child-identified).
import { describe, expect, it } from 'vitest';
import { createLinter, defineRule } from '../src/index.js';
import { findIdentifiedChildren, type IdentifiedChild } from '../src/text/children.js';

async function children(text: string): Promise<Array<IdentifiedChild & { text: string }>> {
  const out: Array<IdentifiedChild & { text: string }> = [];
  const probe = defineRule({
    id: 'legal/probe-children',
    category: 'legal',
    description: 'Test probe for findIdentifiedChildren.',
    docs: {},
    defaultSeverity: 'error',
    topics: ['children'],
    check(ctx) {
      for (const c of findIdentifiedChildren(ctx)) out.push({ ...c, text: ctx.text.slice(c.offset, c.endOffset) });
    },
  });
  const linter = await createLinter({ extends: [], rules: { 'legal/probe-children': 'error' } }, { rules: [probe] });
  linter.lint(text);
  return out;
}

describe('findIdentifiedChildren', () => {
  // An age in words is an age: "seven-year-old", "aged eight", "Twelve-year-old" opening the sentence.
  it.each([
    ['Last Thursday, seven-year-old Ruby Marsh from Kōwhai Primary got off at the wrong stop.', 'Ruby Marsh'],
    ['Twelve-year-old Aroha Ngata won the regional spelling bee.', 'Aroha Ngata'],
    ["Well done to Oliver Smith, aged eight, from St Mary's Primary School!", 'Oliver Smith'],
    ['Congratulations to Mia Chen, a nine-year-old from Riverside, on her award.', 'Mia Chen'],
  ])('finds the child in "%s" (an age in words)', async (text, name) => {
    expect((await children(text)).map((c) => c.name)).toContain(name);
  });
  it.each([
    'Thanks to Jack Brown, one of our volunteers, from Riverside.',
    'Our seven-year-old programme, Ruby Club, starts at Kōwhai Primary.',
    'The five-year-old plan was approved by Councillor Sarah Lee.',
    'Drivers aged 17 to 24 make up a small share of licence holders.',
    'Students aged 16-18 can apply for the bursary.',
  ])('leaves "%s" (a number word that is no child’s age)', async (text) => {
    expect(await children(text)).toEqual([]);
  });
  it('finds a name with an age and school, outside a legal context', async () => {
    const [c] = await children("Well done to Oliver Smith, aged 8, from St Mary's Primary School for winning our poster competition!");
    expect(c).toMatchObject({ text: 'Oliver Smith, aged 8', name: 'Oliver Smith', legalContext: false });
  });
  it('marks crime, court and victim contexts', async () => {
    expect(await children('A 15-year-old boy, Jack Brown, has been charged with robbery.')).toMatchObject([{ name: 'Jack Brown', legalContext: true }]);
    expect(await children('Lily Evans (12) was hurt. Police are investigating.')).toMatchObject([{ name: 'Lily Evans', legalContext: true }]);
    expect(await children('Year 6 pupil Amy Jones gave evidence at the youth court.')).toMatchObject([{ name: 'Amy Jones', legalContext: true }]);
  });
  it('finds a name with a school and a child word', async () => {
    expect(await children('Congratulations to pupils at Hill School, and to Sam Reid from Hill School for the top prize.')).toMatchObject([{ name: 'Sam Reid' }]);
  });
  it('ignores adults, groups and first names alone', async () => {
    expect(await children('John Mallory, 34, was arrested. Councillor Jane Smith visited St Mary\u2019s Primary School.')).toEqual([]);
    expect(await children('Kids aged 5 to 11 can join. Oliver, 8, loved the trail!')).toEqual([]);
    expect(await children('The victim, Emma Rowe (19), thanked officers.')).toEqual([]);
    expect(await children('Mrs Patel, a teacher at Hill School, helped pupils plant trees.')).toEqual([]);
  });
});

describe('findIdentifiedChildren: missing-person appeals', () => {
  it('is not a legal context', async () => {
    expect(await children('Police are appealing for help to find missing 14-year-old Sarah Jones from Hamilton.')).toMatchObject([{ name: 'Sarah Jones', legalContext: false }]);
  });
});
