// legal/prejudicial-statement: what the fourth held-out round's charged-person posts asserted, by class:
// responsibility for the harm ("he is responsible for what happened to the sheep"), intent ("He knowingly
// let those dogs roam", "She deliberately ignored"), a punishment promised ("we will make sure he never
// practices in this state again", "make sure she is struck off") or wished ("deserves everything that's
// coming to him"), and an offender label from the regulator's cases ("This polluter has shown contempt").
// Generated over the wording × the pronoun or name × the offence × the jurisdiction, next to near-misses
// with the same words doing something else: a job ("responsible for the roads programme"), the
// organisation's own intent, a verdict already given, a promise to a customer, and no proceedings at all.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';

const legal = async (text: string, locale: string): Promise<string[]> => {
  const linter = await createLinter({ locale: locale as 'en-GB' });
  return (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === 'legal/prejudicial-statement' && !f.message.includes('judged by meaning')).map((f) => text.slice(f.offset, f.endOffset));
};

const CASES = [
  { locale: 'en-AU', name: 'Darren Pike', court: 'the Magistrates\u2019 Court', offence: 'dog attack offences', harm: 'the sheep' },
  { locale: 'en-US', name: 'Alan Reese', court: 'Corrin District Court', offence: 'Medicaid fraud', harm: 'his patients' },
  { locale: 'en-NZ', name: 'Tama Walker', court: 'Nelson District Court', offence: 'discharging effluent', harm: 'the stream' },
  { locale: 'en-GB', name: 'Gareth Lowe', court: 'Cranshire Crown Court', offence: 'arson', harm: 'the family' },
] as const;
const charged = (c: (typeof CASES)[number]): string => `${c.name} has been charged with ${c.offence} and will appear at ${c.court}.`;

// [sentence with {p} (pronoun), {P} (capitalised pronoun), {n} (name), {h} (harm), the part reported]
const ROWS: Array<[string, string]> = [
  ['{P} is responsible for what happened to {h}.', '{P} is responsible for what happened'],
  ['{n} is solely responsible for the damage.', '{n} is solely responsible for the damage'],
  ['{P} was directly responsible for the injuries.', '{P} was directly responsible for the injuries'],
  ['{P} knowingly let the dogs roam after being warned twice.', '{P} knowingly let'],
  ['{n} deliberately ignored three warning letters.', '{n} deliberately ignored'],
  ['{P} intentionally dumped the waste at night.', '{P} intentionally dumped'],
  ['We will make sure {p} never practices in this state again.', 'make sure {p} never practices in this state again'],
  ['We will make sure {p} never works with animals again.', 'make sure {p} never works with animals again'],
  ["We'll make sure {p} is struck off.", 'make sure {p} is struck off'],
  ['We will make sure {p} loses {pos} licence.', 'make sure {p} loses {pos} licence'],
  ['{P} deserves everything that\u2019s coming to {o}.', 'deserves everything that\u2019s coming to {o}'],
  ["{P} will get what's coming to {o}.", "what's coming to {o}"],
];
const PRONOUNS = [
  { p: 'he', P: 'He', o: 'him', pos: 'his' },
  { p: 'she', P: 'She', o: 'her', pos: 'her' },
] as const;

describe('legal/prejudicial-statement: responsibility, intent and punishment asserted about a charged person', () => {
  for (const [row, hit] of ROWS) {
    it(`flags "${row}" for every pronoun, name, offence and jurisdiction`, async () => {
      for (const [i, c] of CASES.entries()) {
        const pr = PRONOUNS[i % PRONOUNS.length]!;
        const fill = (s: string): string => s.replaceAll('{p}', pr.p).replaceAll('{P}', pr.P).replaceAll('{o}', pr.o).replaceAll('{pos}', pr.pos).replaceAll('{n}', c.name).replaceAll('{h}', c.harm);
        const text = `${charged(c)} ${fill(row)}`;
        expect(await legal(text, c.locale), text).toContain(fill(hit));
      }
    });
  }
  it('flags an offender label from a regulator\u2019s case ("This polluter", "the dumper")', async () => {
    for (const [label, c] of [['This polluter', CASES[2]], ['The dumper', CASES[0]], ['This litterbug', CASES[3]]] as const) {
      const text = `A farmer has been charged with ${c.offence} and will appear at ${c.court}. ${label} has shown complete contempt for our rivers.`;
      expect(await legal(text, c.locale), text).toContain(label.replace(/^T/u, 'T'));
    }
  });
  const NEAR: Array<[string, string]> = [
    ['{n} has been charged with {offence}. Our roads manager is responsible for the roads programme.', 'a job, not harm'],
    ['{n} has been charged with {offence}. We deliberately kept the reserve closed while crews worked.', 'the organisation\u2019s own intent'],
    ['{n} was found guilty of {offence} and he is responsible for what happened.', 'after a verdict'],
    ['{n} has been charged with {offence}. We will make sure she never waits this long for a callback again.', 'a promise to a customer, not a punishment'],
    ['{n} has been charged with {offence}. If convicted, he could be banned from keeping animals.', 'the penalty the law sets'],
    ['Someone dumped waste by the creek. Whoever did it is responsible for the damage and we will find them.', 'no one charged'],
    ['{n} has been charged with {offence}. The polluter pays principle applies to the clean-up costs.', '"the polluter pays" as a principle'],
  ];
  for (const [near, why] of NEAR) {
    it(`leaves "${near}" (${why})`, async () => {
      for (const c of CASES) {
        const text = near.replaceAll('{n}', c.name).replaceAll('{offence}', c.offence);
        expect(await legal(text, c.locale), text).toEqual([]);
      }
    });
  }
});
