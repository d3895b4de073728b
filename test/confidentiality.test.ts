// Unit tests for the confidentiality detectors (src/text/secrets.ts, src/text/hosts.ts), the embargo
// date logic, and linear run time of every confidentiality rule on hostile input.
import { describe, expect, it } from 'vitest';
import { findSecrets, shannonEntropy, looksRandom, isPlaceholderValue, isUuid } from '../src/text/secrets.js';
import { classifyHost, classifyUrl, isPrivateIPv4, isPrivateIPv6 } from '../src/text/hosts.js';
import { parseEmbargoTime, compareSchedule } from '../rules/confidentiality/embargo.js';
import { createLinter } from '../src/index.js';
import { dist, expectFinishes } from './bounded.js';

const kinds = (text: string): string[] => findSecrets(text).map((s) => s.kind);
const found = (text: string): string[] => findSecrets(text).map((s) => text.slice(s.offset, s.endOffset));

describe('shannonEntropy', () => {
  it('is 0 for one repeated symbol and log2(n) for n distinct symbols', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBeCloseTo(2);
    expect(shannonEntropy('')).toBe(0);
  });
});

describe('looksRandom / placeholders', () => {
  it('accepts machine-generated values', () => {
    expect(looksRandom('Xk9mP2vL8qR4wZ7t')).toBe(true);
    expect(looksRandom('4f2a9c1e8b7d6a5c')).toBe(true);
  });
  it('rejects words, templates, sequences, UUIDs, dates and file names', () => {
    for (const v of ['passwords', 'changeme123', '${API_KEY}', '{{token}}', 'YOUR_API_KEY', '12345678', 'abcdefgh', 'xxxxxxxxxx', '2027-06-12', 'report-2027.pdf', '123e4567-e89b-12d3-a456-426614174000']) {
      expect(looksRandom(v), v).toBe(false);
    }
    expect(isPlaceholderValue('<your-token>')).toBe(true);
    expect(isUuid('123e4567-e89b-12d3-a456-426614174000')).toBe(true);
  });
});

describe('findSecrets', () => {
  it('finds well-known token formats', () => {
    expect(kinds('key AKIA4HJKL2MNOP7QRSTU here')).toEqual(['aws-access-key']);
    expect(kinds('ghp_16C7e42F292c6912E7710c838347Ae178B4a')).toEqual(['github-token']);
    expect(kinds('github_pat_11AHX3QZI0Wq8rT2vYb7Lk_p4Nf9Gd2sJm6Xc1Vb8Zr3Tq5Hw7Ky0Pe')).toEqual(['github-token']);
    // Typed runs ("0123456789", "abcdefghij") mark a documentation value, not an issued token.
    expect(kinds('github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz')).toEqual([]);
    expect(kinds('xoxb-2048102933-5719384620731-Hq7TzK2mWc9RbX4n')).toEqual(['slack-token']);
    expect(kinds('sk_live_4eC39HqLyjWDarjtT1zdp7dc')).toEqual(['stripe-key']);
    expect(kinds('rk_live_4eC39HqLyjWDarjtT1zdp7dc')).toEqual(['stripe-key']);
    expect(kinds('AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY')).toEqual(['google-api-key']);
    expect(kinds('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N')).toEqual(['jwt']);
    expect(kinds('https://hooks.slack.com/services/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')).toEqual(['slack-webhook']);
    expect(kinds('https://contoso.webhook.office.com/webhookb2/abc-123@def/IncomingWebhook/0a1b2c/3d4e')).toEqual(['teams-webhook']);
  });
  it('finds private key blocks whole', () => {
    const body = 'MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5pjaqbSTumkW5oAoGCCqGSM49';
    const text = `x\n-----BEGIN EC PRIVATE KEY-----\n${body}\n-----END EC PRIVATE KEY-----\ny`;
    expect(found(text)).toEqual([`-----BEGIN EC PRIVATE KEY-----\n${body}\n-----END EC PRIVATE KEY-----`]);
    // A block with no key material between its markers documents the format (gitleaks' own false positives).
    expect(found('-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----')).toEqual([]);
    // No END marker: the BEGIN line alone is reported (a key cut short in a post is still a leak).
    expect(found('-----BEGIN RSA PRIVATE KEY-----\nMIIEow')).toEqual(['-----BEGIN RSA PRIVATE KEY-----']);
  });
  it('finds credentials in URLs but not documented placeholders', () => {
    expect(found('https://admin:Sup3rS3cret@cms.example.org/x')).toEqual(['admin:Sup3rS3cret']);
    expect(found('https://user:password@host and ftp://me:${PASS}@ftp.example.org')).toEqual([]);
  });
  it('finds labelled passwords and codes, not advice', () => {
    expect(found('Guest Wi-Fi password: Riverside2024!')).toEqual(['Riverside2024!']);
    expect(found('The wifi password is "bluebell".')).toEqual(['bluebell']);
    expect(found('PIN: 4821. Door code is 5521#')).toEqual(['4821', '5521#']);
    expect(found('Never share your PIN number. Your PIN is never requested. Use a strong password: three random words.')).toEqual([]);
    expect(found('The most common password is 123456. Your password is your responsibility.')).toEqual([]);
  });
  it('checks entropy on keyword=value pairs', () => {
    expect(found('client_secret = "Xk9#mP2$vL8qR4wZ"')).toEqual(['Xk9#mP2$vL8qR4wZ']);
    expect(found('api_key=${API_KEY} token: of-appreciation secret: abcdefghijkl')).toEqual([]);
    expect(found('https://maps.example.com/embed?key=Zx81KqPlm3NvB7TyR2We&z=3')).toEqual(['Zx81KqPlm3NvB7TyR2We']);
  });
});

describe('hosts', () => {
  it('classifies private addresses', () => {
    for (const ip of ['10.0.0.1', '172.16.4.2', '172.31.255.255', '192.168.1.1', '127.0.0.1', '169.254.1.1']) expect(isPrivateIPv4(ip), ip).toBe(true);
    for (const ip of ['8.8.8.8', '172.32.0.1', '192.169.0.1', '256.1.1.1']) expect(isPrivateIPv4(ip), ip).toBe(false);
    expect(isPrivateIPv6('::1')).toBe(true);
    expect(isPrivateIPv6('fd12:3456::1')).toBe(true);
    expect(isPrivateIPv6('fe80::1%eth0')).toBe(true);
    expect(isPrivateIPv6('2001:db8::1')).toBe(false);
  });
  it('classifies internal and share hosts, not public ones', () => {
    expect(classifyHost('intranet.riverside.local')?.kind).toBe('internal-domain');
    expect(classifyHost('intranet')?.kind).toBe('single-label');
    expect(classifyHost('intranet.riverside.gov.uk')?.kind).toBe('intranet-name');
    expect(classifyHost('riverside.sharepoint.com')?.kind).toBe('sharepoint');
    expect(classifyHost('riverside-my.sharepoint.com')?.kind).toBe('onedrive');
    for (const h of ['riverside.gov.uk', 'www.nsw.gov.au', 'canada.ca', 'govt.nz', 'usa.gov', 'host']) expect(classifyHost(h), h).toBeUndefined();
  });
  it('classifies URLs', () => {
    expect(classifyUrl('file:///C:/x.pdf')?.kind).toBe('file');
    expect(classifyUrl('http://[fd00::1]:8080/x')?.kind).toBe('private-ip');
    expect(classifyUrl('https://teams.microsoft.com/l/channel/19%3a/General')?.kind).toBe('teams');
    expect(classifyUrl('https://teams.microsoft.com/l/meetup-join/19%3a/0')?.kind).toBe('teams-meeting');
    expect(classifyUrl('https://docs.google.com/document/d/1/edit')?.kind).toBe('google-drive');
    expect(classifyUrl('https://docs.google.com/forms/d/e/1/viewform')).toBeUndefined();
    expect(classifyUrl('https://www.riverside.gov.uk/bins')).toBeUndefined();
  });
});

describe('embargo times', () => {
  it('parses common formats', () => {
    expect(parseEmbargoTime('EMBARGOED UNTIL 00:01 THURSDAY 12 JUNE', false)).toMatchObject({ h: 0, mi: 1, d: 12, mo: 6, weekday: 4 });
    expect(parseEmbargoTime('embargoed until 10am on 3 March 2027', false)).toMatchObject({ h: 10, mi: 0, d: 3, mo: 3, y: 2027 });
    expect(parseEmbargoTime('embargoed until 6/12/2027 at 9 a.m. EDT', true)).toMatchObject({ h: 9, d: 12, mo: 6, y: 2027, zone: -240 });
    expect(parseEmbargoTime('embargoed until 6/12/2027', false)).toMatchObject({ d: 6, mo: 12 });
    expect(parseEmbargoTime('embargo: 2027-06-12T00:01+10:00', false)).toMatchObject({ y: 2027, mo: 6, d: 12, h: 0, mi: 1, zone: 600 });
    expect(parseEmbargoTime('Embargoed until midnight, June 12th', false)).toMatchObject({ h: 0, d: 12, mo: 6 });
    expect(parseEmbargoTime('embargoed until 0001 hrs', false)).toMatchObject({ h: 0, mi: 1 });
    expect(parseEmbargoTime('embargoed', false)).toBeUndefined();
  });
  it('compares with publishAt', () => {
    const stamp = parseEmbargoTime('00:01 12 June 2027', false)!;
    expect(compareSchedule('2027-06-11T23:00:00+01:00', stamp)).toBe('before');
    expect(compareSchedule('2027-06-12T09:00:00+01:00', stamp)).toBe('after');
    expect(compareSchedule('2027-06-11', stamp)).toBe('before');
    expect(compareSchedule('2027-06-12', parseEmbargoTime('10am 12 June 2027', false)!)).toBe('same-day');
    // Zones: 00:01 BST is 23:01 UTC the day before.
    expect(compareSchedule('2027-06-11T23:30:00Z', parseEmbargoTime('00:01 BST 12 June 2027', false)!)).toBe('after');
    // A weekday alone resolves to the next such day on or after the publishing date.
    expect(compareSchedule('2027-06-10T08:00:00Z', parseEmbargoTime('00:01 Friday', false)!)).toBe('before');
    expect(compareSchedule('not a date', stamp)).toBeUndefined();
  });
});

describe('confidentiality rules on hostile input', () => {
  it('finish on hostile input (killable child; speed is measured by npm run bench)', () => {
    const config = {
      extends: [],
      terms: { confidential: ['Project Kestrel'] },
      rules: {
        'confidentiality/protective-marking': 'error',
        'confidentiality/embargo': 'error',
        'confidentiality/code-name': 'error',
        'confidentiality/credential': 'error',
        'confidentiality/internal-link': 'error',
      },
    };
    const inputs = [
      'a'.repeat(50_000),
      'a.'.repeat(25_000),
      '\\\\a'.repeat(15_000),
      'embargoed until 1 '.repeat(3_000),
      'SECRET '.repeat(7_000),
      'password: '.repeat(5_000),
      'http://a'.repeat(6_000),
      'eyJ'.repeat(15_000),
      '1.1.1.1.'.repeat(6_000),
      '-----BEGIN PRIVATE KEY-----'.repeat(1_500),
      'x=aB3'.repeat(10_000),
    ];
    const out = expectFinishes(`
      import { createLinter } from ${dist('src/index.ts')};
      const linter = await createLinter(${JSON.stringify(config)});
      const done = [];
      for (const input of ${JSON.stringify(inputs)}) {
        linter.lint(input);
        done.push(input.slice(0, 20));
      }
      process.stdout.write(JSON.stringify(done));
    `);
    expect(JSON.parse(out)).toEqual(inputs.map((x) => x.slice(0, 20)));
  });
});
