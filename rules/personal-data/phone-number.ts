// personal-data/phone-number: phone numbers of people. Mobiles are flagged unless they are the
// organisation's own line ("text us on …"); landlines only when tied to a person ("contact Sarah
// Jenkins on …", "the owner on …"). Freephone, shared-cost, non-geographic and service numbers
// (0300, 0800, 1800, 13xx, 116 xxx, 111, 999, 000, 911 …) and `organisation.publicContacts` are not
// personal data. A number the library rejects (fictional ranges) still counts when a call/text word
// labels it.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { classifyPhone, countryLabelBefore, findPhoneCandidates, regionForLocale, samePhone, type PhoneCandidate } from '../../src/text/phone.js';
import { isReferenceContext, overlaps, redaction, wordsBefore } from '../../src/text/pii-context.js';
import { findPersonNames, findPersonNamesNear, mayNameSomeone, roleAndNameBefore } from '../../src/text/names.js';
import { claimedRanges } from '../../src/text/identifiers.js';
import { sentenceAt } from '../../src/text/sentence-at.js';
import { callsAddressee, phoneContextWords } from '../../src/text/lang-checks.js';

// Words that label a phone number ("call", "ring", "text", "on", "WhatsApp", "tel:").
const CALL_WORDS = new Set(['call', 'calling', 'ring', 'ringing', 'phone', 'phoning', 'telephone', 'tel', 'text', 'txt', 'sms', 'message', 'contact', 'contacted', 'on', 'whatsapp', 'mobile', 'mob', 'cell', 'landline', 'number', 'no', 'dial', 'reach', 'reached', 'at']);
// Words that make the number the organisation's (or a service's) line, not a person's.
const ORG_WORDS = new Set(
  'us our we council council’s council\'s team office line lines helpline hotline switchboard service services centre center department dept desk reception library libraries hub branch surgery practice clinic hospital school college station depot unit contact-centre box booking bookings enquiries enquiry customer customers emergency emergencies duty out-of-hours hours support advice advisers advisors pharmacy museum theatre venue leisure police nhs crimestoppers samaritans charity trust partnership agency ministry government authority shire city town county borough district parish club association society'.split(' '),
);
// Words that tie a number to a private person.
const PERSON_WORDS = new Set(
  'owner owners resident residents neighbour neighbor his her my me their mum mom dad mother father son daughter wife husband partner brother sister friend family grandson granddaughter grandmother grandfather nan grandad personal private home mr mrs ms miss mx dr he she him'.split(' '),
);

// "call you on", "tried calling you back this afternoon at", "we'll give you a ring on": the addressee's
// number follows, with at most five words between (each without a space: linear).
const CALL_YOU_ON = /\b(?:(?:call(?:s|ed|ing)?|ring(?:s|ing)?|rang|phon(?:e|es|ed|ing)|text(?:s|ed|ing)?|contact(?:s|ed|ing)?|reach(?:es|ed|ing)?|messag(?:e|es|ed|ing)|get(?:ting)?\s+back\s+to)\s+you|give\s+you\s+a\s+(?:call|ring|bell|text))(?:\s+back)?(?:\s+[^\s]{1,30}){0,5}?\s+(?:on|at)\s*$/i;
// Past this many characters of body, names are read sentence by sentence, not for the whole draft.
const LONG_DRAFT = 20_000;

function nearest(words: string[], set: ReadonlySet<string>, extra?: ReadonlySet<string>): number {
  for (let i = words.length - 1; i >= 0; i--) if (set.has(words[i]!) || extra?.has(words[i]!)) return words.length - i;
  return Infinity;
}

export default defineRule({
  id: 'personal-data/phone-number',
  category: 'personal-data',
  description: 'Phone numbers of people (mobiles, and landlines tied to a person); service and published numbers are allowed.',
  docs: {
    rationale: 'A person’s phone number is personal data. Publish the organisation’s contact numbers or a service line instead.',
    flagged: ['The owner can contact Sarah Jenkins on 07911 123456.', 'Ring Dave on 0412 345 678.'],
    clean: ['Call us on 0300 123 4567.', 'Samaritans: 116 123. NHS 111. In an emergency call 999.', 'Crime Stoppers 0800 555 111.'],
  },
  defaultSeverity: 'error',
  topics: ['personal-data'],
  hasSuggestions: true,
  sensitive: true,
  destyled: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { prose } = ctx.doc;
    const region = regionForLocale(ctx.settings.locale);
    const candidates = findPhoneCandidates(prose, region, ctx.doc.bodyOffset);
    if (candidates.length === 0) return;
    const publicContacts = ctx.settings.organisation.publicContacts.filter((c) => !c.includes('@'));
    // Numbers validated as a national identifier, card or IBAN are reported by those rules, not as phones.
    const claimed = claimedRanges(ctx.doc, ctx.settings.locale, ctx.settings.jurisdiction);

    for (const found of candidates) {
      // A number labelled with another country ("my Japanese number 090-1234-5678", "Brazil: …") is
      // read with that country's numbering plan.
      let c = found;
      // (Only a number the configured region does not validate as a personal line is re-read: in a UK
      // post, 090-1234-5678 is a premium-rate number, in Japan a mobile.)
      const country = c.international || (c.valid && (c.kind === 'mobile' || c.kind === 'geographic')) ? undefined : countryLabelBefore(prose, c.offset);
      if (country && country !== region) {
        const info = classifyPhone(c.text, country);
        if (info?.valid) c = { ...c, ...info };
      }
      if (c.kind === 'service' || c.kind === 'other') continue;
      if (overlaps(claimed, c.offset, c.endOffset)) continue;
      if (publicContacts.some((p) => samePhone(p, c.text, region))) continue;
      if (isReferenceContext(prose, c.offset, c.endOffset)) continue;
      // "US" in capitals is the country ("my US number"), not "us" the organisation.
      const before = wordsBefore(prose, c.offset, 8, 80, true).map((w) => (w === 'US' ? 'u.s.' : w.toLowerCase()));
      // In Welsh, French, Irish or Māori text, that language's words count too ("Ffoniwch Siân ar …", "Appelez au …").
      const local = phoneContextWords(ctx.languageAt(c.offset) ?? 'en');
      const callDistance = nearest(before, CALL_WORDS, local?.call);
      // Without a libphonenumber match, only a labelled number counts (and never a bare digit run).
      if (!c.valid && !(callDistance <= 3 && /[ .\-()]|^\+/.test(c.text))) continue;
      const orgDistance = nearest(before, ORG_WORDS, local?.org);
      const personDistance = nearest(before, PERSON_WORDS, local?.person);
      const sentence = sentenceAt(ctx.doc, c.offset) ?? { offset: Math.max(ctx.doc.bodyOffset, c.offset - 120), endOffset: c.endOffset };
      const mobile = c.kind === 'mobile';
      let personal = personDistance < orgDistance || (mobile && !isFinite(orgDistance));
      // "We will call you on 01632 960 123", "our officer will ring you back at …": the number of the
      // person addressed, whoever promises the call.
      const lead = prose.slice(Math.max(sentence.offset, c.offset - 80), c.offset);
      if (!personal && (CALL_YOU_ON.test(lead) || callsAddressee(ctx.languageAt(c.offset) ?? 'en', lead))) personal = true;
      // Otherwise: a person named in the sentence before the number, closer than any organisation
      // word ("contact Jane Smith at the library on …" is still Jane's line). "us on …" needs no look.
      // "our volunteer coordinator Priya on …": a role followed by a person's name is that person's
      // number, even after "our" (only "our team/office/contact centre on …" is the organisation's).
      if (!personal && roleAndNameBefore(prose, c.offset, sentence.offset)) personal = true;
      if (!personal && orgDistance > 2 && mayNameSomeone(prose, sentence.offset, c.offset)) {
        // A long draft (a comment export) is not tagged whole: compromise reads this sentence alone.
        const long = prose.length - ctx.doc.bodyOffset > LONG_DRAFT;
        const names = long ? findPersonNamesNear(ctx, sentence.offset, c.offset) : findPersonNames(ctx, sentence.offset, c.offset);
        if (names === undefined) continue; // compromise is loading: the second pass decides
        const last = names[names.length - 1];
        if (last) {
          const wordsBetween = prose.slice(last.endOffset, c.offset).match(/[\p{L}\p{N}’']+/gu)?.length ?? 0;
          if (wordsBetween <= 8 && wordsBetween < orgDistance) personal = true;
        }
      }
      if (!personal) continue;
      report(c, mobile);
    }

    function report(c: PhoneCandidate, mobile: boolean): void {
      ctx.report({
        offset: c.offset,
        endOffset: c.endOffset,
        message: mobile ? 'A personal mobile number is personal data: remove it or give the organisation’s contact number.' : 'A person’s phone number is personal data: remove it or give the organisation’s contact number.',
        suggestions: redaction(c.offset, c.endOffset, 'the phone number', ctx, 'phone'),
      });
    }
  },
});
