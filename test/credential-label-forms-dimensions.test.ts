// confidentiality/credential: a password after its label × label form (the short "pw", the packs' other
// languages: mot de passe/mdp, cyfrinair, pasfhocal, kupuhipa) × separator × case × position in the post,
// beside the near-misses that must stay quiet (the label as a word in advice or a form's field name, a value
// that is no password). Each row says why.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.js';

async function found(text: string) {
  const linter = await createLinter({ extends: [], rules: { 'confidentiality/credential': 'error' } });
  return (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === 'confidentiality/credential').map((f) => text.slice(f.offset, f.endOffset));
}

const LABELS: ReadonlyArray<readonly [string, string]> = [
  ['pw', 'the short form, pasted from a chat'],
  ['PW', 'the short form in capitals'],
  ['mot de passe', 'French'],
  ['mdp', 'the French short form'],
  ['cyfrinair', 'Welsh'],
  ['pasfhocal', 'Irish'],
  ['kupuhipa', 'Māori'],
];
const PLACES: ReadonlyArray<readonly [string, (label: string, value: string) => string]> = [
  ['at the end of a post', (l, v) => `Enjoy the long weekend! Cutover Mon 6am, test admin ${l}: ${v}`],
  ['at the start of a line', (l, v) => `Reminder for staff:\n${l[0]!.toUpperCase()}${l.slice(1)} = ${v}\nThanks.`],
  ['French spacing before the colon', (l, v) => `Accès invité, ${l} : ${v} (merci).`],
];

describe('confidentiality/credential: labelled password × label form × language × position', () => {
  for (const [label, why] of LABELS) {
    for (const [where, make] of PLACES) {
      it(`"${label}" ${where} → flagged (${why})`, async () => {
        expect(await found(make(label, 'Tmrk!Ridge2026'))).toEqual(['Tmrk!Ridge2026']);
      });
    }
  }
  // [text, why]
  const NEAR: ReadonlyArray<readonly [string, string]> = [
    ['The pw: field on the form must be filled in.', 'a field name followed by an ordinary word'],
    ['PW: 12 (pupil-free week), see the calendar.', 'a short number after the letters'],
    ['Mot de passe : oublié ? Cliquez sur « Réinitialiser ».', 'French advice: an ordinary word after the label'],
    ['Cyfrinair: defnyddiwch dri gair ar hap.', 'Welsh advice: "use three random words"'],
    ['Never share your pw with anyone.', 'the label as a word, no separator'],
  ];
  for (const [text, why] of NEAR) {
    it(`${JSON.stringify(text)} → nothing (${why})`, async () => {
      expect(await found(text)).toEqual([]);
    });
  }
});
