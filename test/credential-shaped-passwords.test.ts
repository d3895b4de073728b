// Generated tables for the credential misses of the third held-out round (issue 15, "Secrets"):
// - a password by its shape (lower case, upper case, digit and symbol) after a login word with no label
//   right before it: login word × words between × value × position; "user / password" pairs after a login
//   word with words between;
// - a secret in a URL query parameter whose name says so (api_key=, access_token=, token=, sig=), whatever
//   the value's shape (a UUID, letters and digits);
// Near-misses beside each: a password given as an example in advice, placeholders ("<your password>",
// "********", YOUR_KEY), values with no login word, hashtags, promotion codes, links. And the secret never
// appears in the linter's output (the JSON of the result).
import { describe, expect, it } from 'vitest';
import { findSecrets } from '../src/text/secrets.js';
import { createLinter } from '../src/index.js';

interface Case { text: string; secret?: string; why: string }

const VALUES = ['Thistle!2026', 'Tide!Pool2026', 'Harbour#Gate7', 'k3Y$tone-Bay', 'Moana_Rua!88'];

function shapedCases(): { flagged: Case[]; clean: Case[] } {
  const flagged: Case[] = [];
  const clean: Case[] = [];
  const LEADS: Array<[string, (v: string) => string]> = [
    ['"the temporary password"', (v) => `Log in at https://rota.example.scot.nhs.uk with your payroll number and the temporary password ${v} — you'll be asked to change it.`],
    ['"login … is user / password"', (v) => `(Comms team: staging login for testing the screenshots is lrps_comms / ${v}, delete this before it goes out.)`],
    ['"use … to sign in"', (v) => `Sign in to the kiosk: use ${v} until IT sets up your account.`],
    ['"the code is"', (v) => `The code is ${v} for the staff portal.`],
    ['"PIN" then words', (v) => `Your new PIN for the booking system is ${v}.`],
    ['"credentials" with words between', (v) => `Shared credentials for the test account: ${v} (do not forward).`],
  ];
  for (const value of VALUES) {
    for (const [lead, make] of LEADS) flagged.push({ text: make(value), secret: value, why: `${value} is password-shaped after ${lead}` });
  }
  for (const value of VALUES.slice(0, 3)) {
    clean.push({ text: `The password ${value} is weak: use three random words instead.`, why: 'an example of a weak password in advice ("… is weak")' });
    clean.push({ text: `Never use a password like ${value} for your bank.`, why: 'an example after "like"' });
    clean.push({ text: `Log in with a password such as ${value}, e.g. for your staff account.`, why: 'an example after "such as"' });
    clean.push({ text: `Our winter campaign ${value} starts today.`, why: 'no login word before the value' });
  }
  clean.push({ text: 'Log in with your username and <your password>.', why: 'a placeholder in angle brackets' });
  clean.push({ text: 'Log in with your payroll number and password ********.', why: 'a masked placeholder' });
  clean.push({ text: 'Use #KeyWorkers2025 when you share your photos.', why: 'a hashtag after "use"' });
  clean.push({ text: 'Use code SPRING2026 at checkout for 10% off.', why: 'a promotion code: capitals and digits, no lower case' });
  clean.push({ text: 'Log in at portal.example.gov.uk/Login-Help2026 with your details.', why: 'a link path after "log in"' });
  clean.push({ text: 'Sign in at https://my.example.ca/Account?Id=Ab1!x with your email.', why: 'a link after "sign in"' });
  return { flagged, clean };
}

function queryCases(): { flagged: Case[]; clean: Case[] } {
  const flagged: Case[] = [];
  const clean: Case[] = [];
  const VALUES_Q = ['c0f3e9a1-77b2-4d1e-9b3a-5e2f8d6a41c7', '8f14e45fceea167a5a36dedd4bea2543', 'live2026key99ab'];
  const NAMES = ['api_key', 'apikey', 'access_token', 'token', 'sig'];
  for (const v of VALUES_Q) {
    for (const n of NAMES) {
      flagged.push({ text: `Quick example: https://data.example.ie/api/v2/roadworks?county=all&${n}=${v}`, secret: v, why: `"${n}=" names a secret; ${v} is its value (a ${/-/.test(v) ? 'UUID' : 'key'})` });
      flagged.push({ text: `Try https://data.example.ie/api/v2/roadworks?${n}=${v}&county=all today.`, secret: v, why: `"${n}=" first in the query` });
    }
  }
  for (const n of NAMES) {
    clean.push({ text: `API docs: https://data.example.ie/api/v2/roadworks?${n}=YOUR_KEY&county=all`, why: 'a documentation placeholder' });
    clean.push({ text: `API docs: https://data.example.ie/api/v2/roadworks?${n}={token}&county=all`, why: 'a template slot' });
  }
  clean.push({ text: 'See https://example.gov.uk/forms/123e4567-e89b-12d3-a456-426614174000/submit', why: 'a UUID in a path, not a secret parameter' });
  clean.push({ text: 'Results: https://data.example.ie/search?q=roadworks&page=2&sort=date', why: 'ordinary query parameters' });
  clean.push({ text: 'Map: https://maps.example.com/embed?key=value&z=3', why: '"key=" with a word value' });
  return { flagged, clean };
}

describe('findSecrets: passwords by shape and named query parameters (generated)', () => {
  for (const [name, make] of [['passwords by shape', shapedCases], ['query parameters', queryCases]] as const) {
    const { flagged, clean } = make();
    describe(name, () => {
      for (const cs of flagged) {
        it(`flags: ${cs.why} — ${cs.text}`, () => {
          const found = findSecrets(cs.text).map((s) => cs.text.slice(s.offset, s.endOffset));
          expect(found).toEqual([cs.secret]);
        });
      }
      for (const cs of clean) it(`passes: ${cs.why} — ${cs.text}`, () => expect(findSecrets(cs.text)).toEqual([]));
    });
  }
});

describe('confidentiality/credential never echoes the newly detected secrets', () => {
  it('in the JSON of the result', async () => {
    const linter = await createLinter({ locale: 'en-GB' });
    for (const cs of [...shapedCases().flagged.slice(0, 6), ...queryCases().flagged.slice(0, 4)]) {
      const result = await linter.lintAsync(cs.text, {});
      expect(result.findings.some((f) => f.ruleId === 'confidentiality/credential'), cs.text).toBe(true);
      const json = JSON.stringify(result);
      expect(json, cs.text).not.toContain(cs.secret);
      expect(json, cs.text).not.toContain(cs.secret!.slice(2, -2));
    }
  });
});
