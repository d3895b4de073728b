// personal-data/special-category: a named person's course of treatment, injuries and episodes, from the
// eleventh held-out round ("rang the end-of-treatment bell after two and a half years of treatment for
// leukaemia", "back in class after nearly a year of chemotherapy", "Oliver's fractured wrist and
// concussion", "the seizure he had in March"). Generated over person × duration × treatment × condition ×
// locale; near-misses keep the words without a person's health (a service's treatment times, a water works'
// treatment, a police seizure of drugs, a broken water main).
import { describe, expect, it } from 'vitest';
import { ruleSpans, ruleSpansAsync } from './cached-linter.js';

const spans = ruleSpans('Riverside Health Board', 'personal-data/special-category');
// (Whether "his" and "her" are someone the reply names is compromise's to tell: lintAsync.)
const spansAsync = ruleSpansAsync('Riverside Health Board', 'personal-data/special-category');

const PEOPLE = ['Ciara Walsh', 'Mia Tran', 'Jacob Moreno', 'Aroha Ngata'];
const DURATIONS = ['two and a half years', 'nearly a year', 'six months', 'more than 18 months', 'a long year', 'three rounds'];
const TREATMENTS = ['treatment', 'chemotherapy', 'radiotherapy', 'dialysis'];
const CONDITIONS = ['', ' for leukaemia', ' for cancer'];
const LOCALES = ['en-GB', 'en-AU', 'en-IE', 'en-US', 'en-NZ'];

describe('special-category: a course of treatment', () => {
  for (const [i, who] of PEOPLE.entries()) {
    for (const [k, d] of DURATIONS.entries()) {
      const t = TREATMENTS[(i + k) % TREATMENTS.length]!;
      const c = CONDITIONS[(i + 2 * k) % CONDITIONS.length]!;
      const detail = `after ${d} of ${t}${c}`;
      const locale = LOCALES[(i + k) % LOCALES.length]!;
      it(`${locale}: "${who} … ${detail}"`, async () => {
        expect(await spans(`${who} is back at school this week ${detail}. Welcome back!`, locale)).toEqual([detail]);
      });
    }
  }
});

describe('special-category: injuries by possession and episodes', () => {
  const INJURIES = ['fractured wrist and concussion', 'broken hip', 'concussion', 'fractured left ankle'];
  for (const [i, inj] of INJURIES.entries()) {
    for (const owner of ['Oliver\u2019s', 'his', 'her']) {
      it(`a reply: "${owner} ${inj}"`, async () => {
        const text = `Hi Karen, we're so sorry to hear about ${owner} ${inj} after the fall at Yarra Junction Primary on Tuesday.`;
        expect(await spansAsync(text, LOCALES[i % LOCALES.length]!, true)).toEqual([`${owner} ${inj}`]);
      });
    }
  }
  for (const ep of ['seizure', 'stroke', 'heart attack', 'panic attack']) {
    for (const [pron, poss] of [['he', 'his'], ['she', 'her']] as const) {
      it(`a reply: "the ${ep} ${pron} had"`, async () => {
        const text = `Hi Linda, because ${poss} neurologist reported the ${ep} ${pron} had in March, ${poss} licence is on hold.`;
        expect(await spansAsync(`Hi Linda, thanks for your patience. We've looked into Jacob's file. ${text.slice(10)}`, 'en-US', true)).toEqual([`the ${ep} ${pron} had`]);
      });
    }
  }
});

describe('special-category: treatment near-misses', () => {
  const NEAR: Array<[string, string]> = [
    ['The water treatment works will be closed after two weeks of treatment trials.', 'a water works, no person'],
    ['Treatment for leukaemia has improved a lot after years of research.', 'a disease in general'],
    ['Officers made the seizure he had been planning for months: 3kg of cannabis.', 'a police seizure, no "the … he had" episode'],
    ['Monday\u2019s broken water main on Mill Lane is now fixed.', 'a day, a water main'],
    ['Most head injuries happen at home. Wear a helmet on your bike.', 'injuries in general'],
    ['Our radiotherapy unit reopens after six months of building work.', 'a unit reopening'],
    ['Senior Sergeant Tania Rāwiri says the cyclist is still recovering from her injuries.', 'injuries named only as injuries: no detail'],
  ];
  for (const [text, why] of NEAR) {
    it(`"${text}" (${why})`, async () => {
      expect(await spans(text, 'en-GB')).toEqual([]);
    });
  }
});
