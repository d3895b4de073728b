// The suggestion every personal-data finding carries (src/text/pii-context.ts `redaction`): applied, it
// must leave text that reads — never a placeholder such as "[redacted]", never the value itself. Built by
// dimension: channel (phone, e-mail) × lead-in verb × case × position in the draft × organisation config
// (nothing, name and domain, public contacts); near-misses next to them: a value second in a list, a value
// with no verb, a value that is not a contact (its sentence goes).
import { describe, expect, it } from 'vitest';
import { applyFixes, createLinter, type ConfigInput, type Finding } from '../src/index.js';

const ORGS: Record<string, { config: ConfigInput; phone: string; email: string; reach: string }> = {
  // Why: with nothing configured the text still reads, pointing to "our website".
  none: { config: {}, phone: '', email: '', reach: 'us through our website' },
  // Why: the organisation's name and first domain are used when there is no public contact of that kind.
  named: { config: { organisation: { name: 'Riverside Council', domains: ['riverside.gov.uk'] } }, phone: '', email: '', reach: 'Riverside Council through riverside.gov.uk' },
  // Why: a configured public contact of the same channel replaces the person's.
  contacts: { config: { organisation: { name: 'Harbour City Council', domains: ['harbour.nsw.gov.au'], publicContacts: ['0300 123 4567', 'events@harbour.nsw.gov.au'] } }, phone: '0300 123 4567', email: 'events@harbour.nsw.gov.au', reach: '' },
};

const CHANNELS = [
  { rule: 'personal-data/phone-number', value: '07911 123456', verbs: ['call', 'ring', 'text', 'contact'], preposition: 'on', own: 'phone' as const },
  { rule: 'personal-data/email', value: 'dave.jones82@gmail.com', verbs: ['email', 'contact'], preposition: 'at', own: 'email' as const },
];

function suggested(text: string, f: Finding): string {
  const fix = f.suggestions?.[0]?.fix;
  expect(fix, `${f.ruleId} has a one-click suggestion`).toBeDefined();
  return applyFixes(text, [{ ...f, fix }]);
}

describe('personal-data suggestions read as text', () => {
  for (const [orgName, org] of Object.entries(ORGS)) {
    for (const ch of CHANNELS) {
      for (const verb of ch.verbs) {
        for (const capital of [false, true]) {
          for (const position of ['start', 'after a sentence'] as const) {
            const v = capital ? verb[0]!.toUpperCase() + verb.slice(1) : verb;
            const before = position === 'start' ? '' : 'The bins are late again. ';
            const lead = position === 'start' && !capital ? `Please ${v}` : v;
            const text = `${before}${lead} Dave ${ch.preposition} ${ch.value} for help.`;
            it(`${orgName}, ${ch.own}, "${lead} Dave ${ch.preposition} …" at the ${position}`, async () => {
              const linter = await createLinter(org.config);
              const r = await linter.lintAsync(text);
              const f = r.findings.find((x) => x.ruleId === ch.rule);
              expect(f, `${ch.rule} fires on: ${text}`).toBeDefined();
              const own = ch.own === 'phone' ? org.phone : org.email;
              const verbOut = lead.slice(lead.length - v.length);
              const prefix = lead.slice(0, lead.length - v.length);
              const expected = own
                ? `${before}${prefix}${verbOut} us ${ch.preposition} ${own} for help.`
                : `${before}${prefix}${/^[A-Z]/.test(verbOut) ? 'Contact' : 'contact'} ${org.reach} for help.`;
              const out = suggested(text, f!);
              expect(out).toBe(expected);
              expect(out).not.toContain(ch.value);
              expect(out).not.toMatch(/\[|redacted/i);
            });
          }
        }
      }
    }
  }

  it('a contact second in a list goes with its joint; the first keeps the list readable', async () => {
    const text = 'The owner can contact Sarah Jenkins on 07911 123456 or sarah.jenkins82@gmail.com.';
    const r = await createLinter({}).then((l) => l.lintAsync(text));
    const email = r.findings.find((f) => f.ruleId === 'personal-data/email')!;
    const phone = r.findings.find((f) => f.ruleId === 'personal-data/phone-number')!;
    expect(suggested(text, email)).toBe('The owner can contact Sarah Jenkins on 07911 123456.');
    expect(suggested(text, phone)).toBe('The owner can contact us through our website or sarah.jenkins82@gmail.com.');
  });

  it('a value with no verb before it: its sentence becomes one that says how to get in touch', async () => {
    const text = 'Lost dog found near the park. Owner: Jane 07911 123456';
    const r = await createLinter({ organisation: { name: 'Riverside Council', domains: ['riverside.gov.uk'] } }).then((l) => l.lintAsync(text));
    const phone = r.findings.find((f) => f.ruleId === 'personal-data/phone-number')!;
    expect(suggested(text, phone)).toBe('Lost dog found near the park. Contact Riverside Council through riverside.gov.uk.');
  });

  it('with a public number, a value with no verb is replaced by it', async () => {
    const text = 'Lost dog found near the park. Owner: Jane 07911 123456';
    const r = await createLinter(ORGS.contacts!.config).then((l) => l.lintAsync(text));
    const phone = r.findings.find((f) => f.ruleId === 'personal-data/phone-number')!;
    expect(suggested(text, phone)).toBe('Lost dog found near the park. Owner: Jane 0300 123 4567');
  });

  it('a public e-mail is never offered for a phone number, nor a public number for an e-mail', async () => {
    const text = 'Call Dave on 07911 123456 for help.';
    const r = await createLinter({ organisation: { publicContacts: ['events@riverside.gov.uk'] } }).then((l) => l.lintAsync(text));
    expect(suggested(text, r.findings.find((f) => f.ruleId === 'personal-data/phone-number')!)).toBe('Contact us through our website for help.');
  });

  it('a value that is not a contact takes its sentence with it, and the rest still reads', async () => {
    const text = 'Happy birthday to Mrs Smith, born 12/03/1941. The library opens at 9.';
    const r = await createLinter({}).then((l) => l.lintAsync(text));
    const dob = r.findings.find((f) => f.ruleId === 'personal-data/date-of-birth')!;
    expect(dob.suggestions?.[0]?.message).toBe('Remove the sentence that gives the date of birth.');
    expect(suggested(text, dob)).toBe('The library opens at 9.');
  });

  it('suggestion messages never echo the value', async () => {
    const text = 'Call Dave on 07911 123456 or email dave.jones82@gmail.com. Born 12/03/1941.';
    const r = await createLinter({}).then((l) => l.lintAsync(text));
    for (const f of r.findings.filter((x) => x.category === 'personal-data')) {
      for (const s of f.suggestions ?? []) expect(s.message).not.toMatch(/07911|123456|dave\.jones|1941/);
    }
  });
});
