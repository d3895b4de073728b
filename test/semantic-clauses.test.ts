// The grammar checks that decide borderline judgements (src/text/semantic/clauses.ts): who does what, in
// which voice, negated or hedged. Each positive sits next to the near-miss that differs in one respect.
import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { assertedActs, selfAdmissions } from '../src/text/semantic/clauses.js';
import { lexicon } from '../src/text/semantic/lexicon.js';

const lex = lexicon();
const acts = (s: string): string[] => assertedActs(nlp, lex, s).map((m) => s.slice(m.start, m.end));
const admits = (s: string, org?: string): string[] => selfAdmissions(nlp, lexicon(org), s).map((m) => s.slice(m.start, m.end));

describe('assertedActs', () => {
  // [sentence, acts stated as fact, why]
  const cases: Array<[string, string[], string]> = [
    ['The man who stabbed a teenager in Hull has been charged.', ['stabbed'], 'a relative clause states the act'],
    ['A man has been charged with stabbing a teenager in Hull.', [], '"charged with" makes it the allegation'],
    ['A teenager was stabbed in Hull and a man has been charged.', [], 'passive: the victim, not the accused, is the subject'],
    ['The woman who robbed the pharmacy is now in custody.', ['robbed'], 'relative clause, another crime verb'],
    ['A woman accused of robbing the pharmacy is now in custody.', [], '"accused of"'],
    ['He robbed three shops before police caught him.', ['robbed'], 'a pronoun subject'],
    ['He did not rob anyone, his lawyer says.', [], 'negated'],
    ['Police are investigating reports that a man assaulted a woman.', [], 'reported, not stated'],
  ];
  it.each(cases)('%s → %j (%s)', (sentence, expected) => {
    expect(acts(sentence)).toEqual(expected);
  });
});

describe('selfAdmissions', () => {
  const cases: Array<[string, string[], string]> = [
    ['Our crew caused the damage to your fence.', ['caused the damage to your fence'], 'the organisation as subject of a liability verb'],
    ['We did not cause the damage to your fence.', [], 'negated'],
    ['The Trust accepts full responsibility for the error.', ['accepts full responsibility for the error'], 'third-person self-name'],
    ['We will look at whether we are responsible for the damage.', [], 'conditional: whether'],
    ['We are sorry for the inconvenience.', [], 'an apology for inconvenience is not liability'],
    ['We will pay for the repairs to your car.', ['will pay for the repairs to your car'], 'offering to pay'],
    ['You can claim for the repairs through our insurer.', [], 'the resident is the subject'],
  ];
  it.each(cases)('%s → %j (%s)', (sentence, expected) => {
    expect(admits(sentence)).toEqual(expected);
  });

  it("reads the organisation's configured name as itself", () => {
    expect(admits('Riverside Council accepts liability for the flooding.', 'Riverside Council')).toEqual(['accepts liability for the flooding']);
  });
});
