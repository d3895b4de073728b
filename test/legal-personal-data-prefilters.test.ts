// The word gates and cheap hints in front of the legal and personal-data patterns must never hide a match:
// drafts that reach each pattern only through an unusual form (a glued or hyphenated word, a bracket, a
// comma and a digit, a plural label), plus the memo in classifyPhone.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';
import { classifyPhone } from '../src/text/phone.js';

const linter = await createLinter({ extends: ['commslint:strict'] });
const found = (text: string): Array<[string, string]> =>
  linter
    .lint(text)
    .findings.filter((f) => /^(?:legal|personal-data)\//.test(f.ruleId))
    .map((f) => [f.ruleId, text.slice(f.offset, f.endOffset)]);

describe('children: the marker gates', () => {
  it.each([
    ['Well done to Amy Jones (Year 6) for her poem.', 'Amy Jones (Year 6)'],
    ['Well done to Tom Reed, 9, from Hill School.', 'Tom Reed, 9'],
    ['Congratulations to Tom Reed in Year 7 at Hill School.', 'Tom Reed in Year 7'],
    ['Congratulations to Tom Reed, a seventh-grader at Hill School.', 'Tom Reed, a seventh-grader'],
    ['Congratulations to our 7thgrader Tom Reed at Hill School!', '7thgrader Tom Reed'],
  ])('%s', (text, child) => {
    expect(found(text)).toContainEqual(['personal-data/child-identified', child]);
  });
});

describe('naming-and-shaming: the label, act and caught gates', () => {
  it.each([
    ['Gary Hughes is a con man.', 'Gary Hughes is a con man'],
    ['Gary Hughes is a serial offender.', 'Gary Hughes is a serial offender'],
    ['Declan Murphy was caught fly-tipping on Mill Lane.', 'Declan Murphy was caught fly-tipping'],
    ['This is Declan Murphy. He was spotted on camera dumping rubbish.', 'Declan Murphy'],
  ])('%s', (text, match) => {
    expect(found(text)).toContainEqual(['legal/naming-and-shaming', match]);
  });
});

describe('other gated rules still report', () => {
  it.each([
    ['legal/admission-of-liability', 'The flooding on Mill Lane was entirely the council\u2019s fault.', 'The flooding on Mill Lane was entirely the council\u2019s fault'],
    ['legal/suppressed-name', 'A 34-year-old man, who has interim name suppression, appeared in court today. He is Daniel Hohaia, a local builder.', 'Daniel Hohaia'],
    ['personal-data/address', 'Happy birthday to Mrs Edna Clarke of 14 Elm Grove.', '14 Elm Grove'],
    ['personal-data/email', 'Email jane [at] example [dot] com today.', 'jane [at] example [dot] com'],
    ['personal-data/national-id', 'Confirm your tax file number 876 543 210.', '876 543 210'],
    ['personal-data/special-category', 'Get well soon to our colleague Gary Hughes, who has developed dementia.', 'developed dementia'],
  ])('%s', (rule, text, match) => {
    expect(found(text)).toContainEqual([rule, match]);
  });
});

describe('classifyPhone memo', () => {
  it('answers the same for a repeated number and hands out independent copies', () => {
    const a = classifyPhone('07911 123456', 'GB');
    const b = classifyPhone('07911 123456', 'GB');
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    a!.kind = 'other';
    expect(classifyPhone('07911 123456', 'GB')?.kind).toBe('mobile');
    expect(classifyPhone('07911 123456', 'US')).not.toEqual(b);
    expect(classifyPhone('116 123', 'GB')).toBeUndefined();
    expect(classifyPhone('116 123', 'GB')).toBeUndefined();
  });
});
