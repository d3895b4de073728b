// language/acronym: acronyms and initialisms not spelled out on first use. Widely known ones (NHS, GP,
// COVID, UK, CEO, FAQ …) are allowed; a post that leans on several unexplained acronyms is a warning,
// a single one only information (organisation names are often written in capitals), unless it is internal
// governance shorthand (IJB, ICB, KPI, SLT: see INTERNAL).
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { ACRONYMS, findCapsRuns } from '../../src/text/caps.js';
import { findUrlLike, isKnownWord, overlapsAny, wordFamiliarity, type UrlLike } from '../../src/text/words.js';
import otherLanguages from '../../src/text/data/acronyms-well-known.json' with { type: 'json' };

// Known to nearly every reader in the countries commslint serves, in addition to caps.ts's list.
const WELL_KNOWN = new Set(
  (
    'NHS GP GPS COVID NSW CEO UK US USA EU FAQ FAQS TV BBC MP MPS ID IDS PIN ATM DVD CD PDF URL AM PM ABC A&E OK IT ' +
    'CV PE RE PR DJ VIP RIP SOS USB UFO IQ LED PPE SUV HQ UN NATO NASA FIFA UEFA FA NFL NBA BBQ DIY ASAP FYI Q&A R&D ' +
    'B&B AI APP SMS WIFI GPS CCTV HIV AIDS DNA MRI ICU CPR ER ADHD LGBT LGBTQ LGBTQ+ LGBTQIA+ MOT VAT GST NZ RSPCA ' +
    'QLD VIC TAS ACT WA SA NT NSW BC ON QC AB MB SK NS NB NL PEI YT NU NWT DC NY LA NYC OBE MBE CBE KC QC BA MA PHD ' +
    'MSC BSC GCSE GCSES UCAS TAFE HSC NCEA ATAR SAT SATS NYE STEM PTA SEN SEND ESOL BSL RSVP TBC TBA TBD PS ETA CO2 ' +
    'ITV RTE CBC CNN NPR PBS RNLI RSPB YMCA NSPCC UNICEF WHO COP PO RT DM DMS ISBN ISBNS XX XXX'
  ).split(/\s+/),
);
// The other languages' everyday initialisms (GIG, NAS, IA, FSS: see the data file). The rule reads every
// language of the packs, as an unexplained plan or survey acronym is as opaque in French as in English.
for (const [key, list] of Object.entries(otherLanguages)) if (key !== 'about') for (const a of list as string[]) WELL_KNOWN.add(a);

// Acronyms of internal governance and management: boards, partnerships and performance terms that name how
// public bodies organise themselves, not anything residents deal with (Integration Joint Board, Integrated
// Care Board, senior leadership team, key performance indicator). Unlike a single unexplained agency or
// scheme name (often the post's subject and known locally), one of these alone is already a warning:
// readers cannot work them out and rarely need the initials at all.
const INTERNAL = new Set(
  'IJB IJBS HSCP LOIP ICB ICS CCG STP SLT SMT ELT CMT CLT KPI SLA MOU BAU RAG OKR SOP'.split(' '),
);

// Acronyms that caps.ts lists as acronyms (so they are never shouting) but that residents do not know: the
// services' own shorthand for incidents and plans (a road traffic collision, antisocial behaviour, an
// education, health and care plan, a penalty charge notice).
const SERVICE_JARGON = new Set('RTC RTA ASB EHCP SENCO LTN PCN HMCTS OHID'.split(' '));

// (A bracket before the acronym explains it only when the bracket closes after it: "Housing Payment (DHP)",
// not "(AADT 18,000)", which gives a figure.)
// Upper-case Latin tokens (styled Unicode capitals are accessibility/fancy-text's): at least two capitals, optionally joined by & or -, optional plural/possessive s.
// Not preceded by #, @, a letter or a URL-ish character. One pass, no nested quantifiers. The first part
// of a compound counts ("DPSST-certified", "CBA-compliant"); a code does not ("COVID-19", "M-5").
const TOKEN = /(?<![\p{L}\p{N}#@_&./'’-])([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ&-]{0,9}[A-ZÀ-ÖØ-Þ])(?:s|['’]s)?(?![\p{L}\p{N}_&'’]|-(?!\p{Ll}{2}))/gu;
// The upper-cased allow list depends only on the options: built once per options object.
const allowSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function allowSet(allow: readonly string[]): ReadonlySet<string> {
  let set = allowSets.get(allow);
  if (!set) allowSets.set(allow, (set = new Set(allow.map((a) => a.toUpperCase()))));
  return set;
}
// The first two characters of every TOKEN match: a capital followed by a capital, & or - (most drafts
// have none, and this unanchored scan is far cheaper than TOKEN's lookbehind at every position).
const CAPS_PAIR = /[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ&-]/u;
// Function words an expansion's initials skip, in the packs' languages ("Plan d'investissement … (PIAT)").
const STOPWORDS = new Set([
  'of', 'and', 'the', 'for', 'to', 'in', 'on', 'at', 'a', 'an', '&', 'by', 'with',
  'de', 'la', 'le', 'les', 'des', 'du', 'd', 'l', 'et', 'en', 'à', 'au', 'aux', 'pour', 'sur',
  'y', 'yr', 'ac', 'ar', 'o', 'i', 'na', 'agus', 'don', 'te', 'me', 'ki',
]);

export default defineRule({
  id: 'language/acronym',
  category: 'language',
  description: 'Acronyms and initialisms not spelled out on first use (well-known ones allowed).',
  docs: {
    rationale:
      'Readers cannot ask what an acronym means; spell it out the first time, except for the few everyone knows (GOV.UK style guide; Australian Style Manual; Plain Writing Act; Canada.ca content style guide, in both official languages).',
    flagged: ['Apply through the DHP scheme or ask your LHA officer about the HRA.'],
    clean: ['Call NHS 111 or see your GP.', 'Ask about a Discretionary Housing Payment (DHP).', 'We are recruiting in planning, IT and finance.'],
  },
  defaultSeverity: 'warning',
  topics: ['plain-language'],
  languages: ['en', 'fr', 'cy', 'ga', 'mi'],
  options: z
    .object({
      /** Extra acronyms your readers know (e.g. your organisation's name). */
      allow: z.array(z.string()).default([]),
      /** Distinct unexplained acronyms from which findings are warnings rather than information. */
      several: z.number().int().min(1).default(3),
    })
    .strict(),
  check(ctx) {
    const { prose, bodyOffset } = ctx.doc;
    if (!CAPS_PAIR.test(prose)) return;
    const allow = allowSet(ctx.options.allow);
    // URLs and capitals runs are looked for only once a candidate survives the word lists (most never do).
    let skip: UrlLike[] | undefined;
    const firstUse = new Map<string, { offset: number; endOffset: number }>();
    for (const m of prose.matchAll(TOKEN)) {
      const acr = m[1]!;
      const s = m.index;
      const e = s + m[0].length;
      if (s < bodyOffset || firstUse.has(acr)) continue;
      const letters = acr.replace(/[^\p{L}]/gu, '');
      if (letters.length < 2 || letters.length > 8) continue;
      if (WELL_KNOWN.has(acr) || (ACRONYMS.has(acr) && !SERVICE_JARGON.has(acr)) || allow.has(acr)) continue;
      // Capitalised ordinary words ("FREE", "NEW", "CLOSED") are emphasis, not acronyms.
      if (letters.length >= 3 && (wordFamiliarity(letters) === 2 || (letters.length >= 5 && isKnownWord(letters)))) continue;
      skip ??= [...findUrlLike(prose, bodyOffset), ...findCapsRuns(prose, bodyOffset, prose.length, 3, true)];
      if (overlapsAny(skip, s, e)) continue;
      firstUse.set(acr, { offset: s, endOffset: s + acr.length });
    }
    const unexplained = [...firstUse].filter(([acr, r]) => !explained(prose, bodyOffset, acr, r.offset, r.endOffset));
    const several = unexplained.length >= ctx.options.several;
    for (const [acr, r] of unexplained) {
      const internal = !several && INTERNAL.has(acr);
      ctx.report({
        offset: r.offset,
        endOffset: r.endOffset,
        severity: several || internal ? undefined : 'info',
        message: several
          ? `"${acr}" is one of ${unexplained.length} acronyms not spelled out: write each in full the first time, e.g. "Full Name (${acr})".`
          : internal
            ? `"${acr}" is internal or sector shorthand most readers will not know: write it in full the first time, e.g. "Full Name (${acr})", or say what it does.`
            : `"${acr}" is not spelled out: write it in full the first time, e.g. "Full Name (${acr})", unless all your readers know it.`,
      });
    }
  },
});

/**
 * An acronym counts as explained when its first use is in brackets after the words ("Housing Payment
 * (DHP)"), is followed by its expansion in brackets ("DHP (Discretionary Housing Payment)"), or the
 * initials of consecutive words before it spell it ("tax file number … TFN").
 */
function explained(prose: string, from: number, acr: string, s: number, e: number): boolean {
  if ((prose[s - 1] === '(' && /^['’]?s?\s*\)/u.test(prose.slice(e, e + 4))) || /^['’]?s?\s*\(\s*\p{L}/u.test(prose.slice(e, e + 6))) return true;
  const want = acr.replace(/[^\p{L}]/gu, '').toLowerCase();
  const words = prose.slice(Math.max(from, s - 600), s).match(/[\p{L}&]+/gu) ?? [];
  const all = words.map((w) => w[0]!.toLowerCase()).join('');
  const content = words.filter((w) => !STOPWORDS.has(w.toLowerCase())).map((w) => w[0]!.toLowerCase()).join('');
  return all.includes(want) || content.includes(want);
}
