// personal-data/email: personal email addresses. Role mailboxes (contact@, press@, planning.enquiries@ …
// on any domain) and `organisation.publicContacts` are public; a staff member's own address at the
// organisation's domain is a warning; anyone else's personal address is an error. Obfuscated forms
// ("jane [at] example [dot] com") are found too.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { redaction, lowerTier, isOwnDomain } from '../../src/text/pii-context.js';

// Mailbox words of teams, services and functions (whole local part, or every part of a dotted one).
const ROLE_WORDS = new Set(
  (
    'contact contacts contactus info information press media news newsdesk newsroom enquiries enquiry inquiries inquiry ' +
    'hello hi help helpdesk helpline support customerservices customerservice customer customers services service care ' +
    'admin administration office reception team teams sales marketing comms communications communication feedback complaints complaint ' +
    'compliments foi dpo dataprotection data protection privacy noreply no reply donotreply do not webmaster postmaster hostmaster ' +
    'abuse security mail email general ask answers council mayor mayoralty leader cabinet members member democratic democracy ' +
    'committee committees planning licensing licensing housing homes tenancy tenants parking permits bins bin waste recycling ' +
    'refuse library libraries events event bookings booking tickets boxoffice jobs careers recruitment hr payroll finance ' +
    'accounts billing payments payment revenues revenue benefits counciltax tax rates businessrates elections electoral ' +
    'registrar registrars registration environmental environment health highways roads streets streetcare street parks ' +
    'leisure sport sports schools school admissions education safeguarding social socialcare adult adults children childrens ' +
    'family families youth early years volunteer volunteers volunteering community communities engagement consultation ' +
    'consultations grants funding business businesses economy tourism visit visitor museum museums gallery archives ' +
    'cemeteries bereavement pest noise trading standards tradingstandards food fire police crime appeals witness victims ' +
    'head headteacher principal secretary clerk townclerk parish town city county borough district region transport travel ' +
    'buses trains customerfirst firstcontact switchboard duty dutyteam outofhours emergency emergencies resilience ' +
    'partnerships partnership procurement contracts legal audit governance policy strategy research insight digital web ' +
    'website online it ict servicedesk itservicedesk enquiry1 wellbeing inclusion equality diversity climate sustainability ' +
    'energy water flooding flood lettings repairs maintenance estates property facilities catering meals ' +
    'ombudsman commissioner office1 editor editorial letters social socialmedia digitalteam webteam'
  ).split(/\s+/),
);

// Consumer mail providers: an address here is someone's own.
const WEBMAIL = /(?:^|\.)(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|aol|icloud|me|mac|protonmail|proton|gmx|mail|zoho|fastmail|btinternet|btopenworld|sky|virginmedia|talktalk|ntlworld|blueyonder|tiscali|bigpond|optusnet|iinet|tpg|internode|ozemail|xtra|orcon|slingshot|eircom|yandex|comcast|verizon|att|sbcglobal|shaw|rogers|sympatico|telus|videotron)\.[a-z.]{2,8}$/i;

const EMAIL = /(?<![\p{L}\p{N}._%+'’-])([\p{L}\p{N}][\p{L}\p{N}._%+'’-]{0,63})@((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}(?:\p{L}{2,24}|xn--[a-z\d-]{2,59}))(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])/gu;
// "jane.smith [at] example [dot] com", "jane (at) example (dot) co (dot) uk", "jane at example dot com".
const OBFUSCATED = /(?<![\p{L}\p{N}._'’-])([\p{L}\p{N}][\p{L}\p{N}._'’-]{0,63})\s{0,3}(?:[[({<]\s?at\s?[\])}>]|\bat\b)\s{0,3}([\p{L}\p{N}-]{1,63}(?:\s{0,3}(?:[[({<]\s?dot\s?[\])}>]|\bdot\b|\.)\s{0,3}[\p{L}\p{N}-]{1,63}){1,4})/giu;
const BRACKETED = /[[({<]\s?(?:at|dot)\s?[\])}>]/i;
// BRACKETED or a bare "dot": an OBFUSCATED match without either is never reported.
const OBFUSCATION_MARK = /[[({<]\s?(?:at|dot)\s?[\])}>]|\bdot\b/i;

type Kind = 'role' | 'personal' | 'unknown';
// "my email is …", "her e-mail address: …": a person's own address, whatever its local part looks like.
const OWNED_BEFORE = /\b(?:my|his|her|their)\s+(?:personal\s+|private\s+|home\s+)?e-?mail(?:\s+address)?(?:\s+is|\s*:)?\s*$/i;

function isRoleWord(word: string): boolean {
  if (ROLE_WORDS.has(word)) return true;
  // Compounds without separators: "planningenquiries", "customerservices".
  for (let i = 2; i < word.length - 1; i++) if (ROLE_WORDS.has(word.slice(0, i)) && ROLE_WORDS.has(word.slice(i))) return true;
  return false;
}

/** Role mailbox, personal (first.last, name + digits, two name parts) or unknown (a single word). */
function classifyLocal(local: string): Kind {
  const l = local.toLowerCase().replace(/\+.*$/, '');
  const parts = l.split(/[._-]+/).filter(Boolean);
  const words = parts.map((p) => p.replace(/(?<!\d)\d+$/, '')).filter(Boolean);
  if (words.length === 0) return 'unknown';
  if (words.every(isRoleWord)) return 'role';
  if (words.some(isRoleWord) && words.length >= 2) return 'role'; // "planning.team2", "riverside.library"
  if (words.length >= 2) return 'personal';
  if (/\d/.test(parts[0] ?? '')) return 'personal';
  return 'unknown';
}

export default defineRule({
  id: 'personal-data/email',
  category: 'personal-data',
  description: 'Personal email addresses of residents or staff; role mailboxes and published contacts are allowed.',
  docs: {
    rationale: 'An individual’s email address is personal data. Publish a role mailbox (contact@, press@) or a listed public contact instead.',
    flagged: ['Contact Sarah on sarah.jenkins82@gmail.com.', 'Email our adviser at tom.baker@riverside.gov.uk.', 'Write to jane [at] example [dot] com.'],
    clean: ['Email contact@riverside.gov.uk or press@riverside.gov.uk.', 'Questions? planning.enquiries@council.gov.au'],
  },
  defaultSeverity: 'error',
  topics: ['personal-data'],
  hasSuggestions: true,
  sensitive: true,
  destyled: true,
  options: z
    .object({
      /** Also flag single-word addresses at the organisation's own domains (jsmith@). */
      staffSingleWord: z.boolean().default(false),
    })
    .strict(),
  check(ctx) {
    const { prose, text } = ctx.doc;
    const body = prose.slice(ctx.doc.bodyOffset);
    const mailtos = ctx.doc.links.filter((l) => /^mailto:/i.test(l.url));
    const hasAt = body.includes('@');
    // An obfuscated address counts only with a bracketed "at"/"dot" or a bare "dot" (the tests below).
    const obfuscated = OBFUSCATION_MARK.test(body);
    if (!hasAt && !obfuscated && mailtos.length === 0) return;
    const { domains, publicContacts } = ctx.settings.organisation;
    const publicSet = new Set(publicContacts.map((c) => c.trim().toLowerCase()));
    const seen: Array<[number, number]> = [];

    // A single-word local part ("jane@", "info@") is personal when it is a first name (compromise's lexicon).
    const isFirstName = (word: string): boolean | undefined => {
      const nlp = ctx.load('compromise');
      if (!nlp) return undefined;
      const w = word.replace(/(?<!\d)\d+$/, '');
      return w.length > 1 && nlp(w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).has('#FirstName');
    };
    const consider = (offset: number, endOffset: number, local: string, domain: string, obfuscated = false): void => {
      if (seen.some(([s, e]) => s < endOffset && offset < e)) return;
      seen.push([offset, endOffset]);
      const address = `${local}@${domain}`.toLowerCase();
      if (publicSet.has(address)) return;
      const kind = classifyLocal(local);
      if (kind === 'role') return;
      const own = isOwnDomain(domain, domains);
      const webmail = WEBMAIL.test(domain);
      const owned = OWNED_BEFORE.test(prose.slice(Math.max(0, offset - 40), offset));
      if (kind === 'unknown' && !webmail && !obfuscated && !owned && !(own && ctx.options.staffSingleWord) && isFirstName(local) !== true) return;
      if (own) {
        ctx.report({
          offset,
          endOffset,
          severity: lowerTier(ctx.severity),
          message: 'A staff member’s personal email address: publish a team or role mailbox instead.',
          suggestions: redaction(offset, endOffset, 'the personal email address', ctx, 'email'),
        });
        return;
      }
      ctx.report({
        offset,
        endOffset,
        message: 'A personal email address is personal data: remove it or use a role mailbox.',
        suggestions: redaction(offset, endOffset, 'the email address', ctx, 'email'),
      });
    };

    EMAIL.lastIndex = 0;
    for (const m of hasAt ? prose.matchAll(EMAIL) : []) {
      if (m.index < ctx.doc.bodyOffset) continue;
      consider(m.index, m.index + m[0].length, m[1]!, m[2]!);
    }
    // mailto: links whose visible text is not the address ("email Jane").
    for (const link of mailtos) {
      const address = decodeURIComponent(link.url.slice(7).split('?')[0] ?? '');
      const at = address.lastIndexOf('@');
      if (at < 1) continue;
      const within = text.indexOf(address, link.offset);
      const [s, e] = within !== -1 && within < link.endOffset ? [within, within + address.length] : [link.offset, link.endOffset];
      consider(s, e, address.slice(0, at), address.slice(at + 1));
    }
    OBFUSCATED.lastIndex = 0;
    for (const m of obfuscated ? prose.matchAll(OBFUSCATED) : []) {
      if (m.index < ctx.doc.bodyOffset) continue;
      const whole = m[0];
      const domain = m[2]!.replace(/\s{0,3}(?:[[({<]\s?dot\s?[\])}>]|\bdot\b)\s{0,3}/gi, '.').replace(/\s+/g, '');
      // Plain "at … dot …" needs a real-looking domain ending; bracketed forms are deliberate.
      if (!BRACKETED.test(whole) && !/\bdot\b/i.test(whole)) continue;
      if (!/\.[a-z]{2,24}$/i.test(domain) || /\.\./.test(domain)) continue;
      if (!/\bdot\b|[[({<]\s?dot/i.test(whole) && !BRACKETED.test(whole)) continue;
      consider(m.index, m.index + whole.length, m[1]!, domain, true);
    }
  },
});
