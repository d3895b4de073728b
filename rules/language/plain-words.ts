// language/plain-words: words and phrases to avoid in public writing, with plainer alternatives. Data from
// the GOV.UK "words to avoid" list, the Australian Government Style Manual (plain language and word
// choice) and a conservative subset of retext-simplify's list (wordy formal phrases, reported as info).
// Words with an ordinary concrete sense ("deliver leaflets", "drive a car", "key workers") are matched
// only in their abstract sense, by context.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { termPattern } from '../../src/text/terms.js';
import { findUrlLike, overlapsAny, phraseVariants } from '../../src/text/words.js';

interface Entry {
  /** Forms matched literally (whole words, case-insensitive), separated by `|`. */
  forms: string;
  /** Plainer alternatives. */
  use: string[];
  /** 'jargon' (GOV.UK / Style Manual: reported at the rule's severity) or 'wordy' (information only). */
  kind: 'jargon' | 'wordy';
  /** Text right after the match that makes it an ordinary term ("value added tax"). */
  unless?: RegExp;
}

const ENTRIES: Entry[] = [
  // GOV.UK words to avoid and the Australian Style Manual.
  { forms: 'leverage|leverages|leveraged|leveraging', use: ['use', 'build on'], kind: 'jargon' },
  { forms: 'facilitate|facilitates|facilitated|facilitating|facilitation', use: ['help', 'make possible', 'run'], kind: 'jargon' },
  { forms: 'commence|commences|commenced|commencing|commencement', use: ['start', 'begin'], kind: 'jargon' },
  { forms: 'utilise|utilises|utilised|utilising|utilisation|utilize|utilizes|utilized|utilizing|utilization', use: ['use'], kind: 'jargon' },
  { forms: 'actioned|actioning', use: ['done', 'dealt with', 'carried out'], kind: 'jargon' },
  { forms: 'synergy|synergies|synergistic', use: ['working together', 'combined effort'], kind: 'jargon' },
  { forms: 'holistic|holistically', use: ['whole', 'complete', 'joined-up'], kind: 'jargon' },
  { forms: 'citizen-centric|customer-centric|user-centric|people-centric|resident-centric|patient-centric|person-centric|citizen-centred|customer-centred', use: ['designed around people', 'for residents'], kind: 'jargon' },
  { forms: 'impactful', use: ['effective', 'useful'], kind: 'jargon' },
  { forms: 'stakeholder|stakeholders', use: ['people affected', 'partners', 'residents', 'groups'], kind: 'jargon' },
  { forms: 'robust', use: ['strong', 'thorough', 'reliable'], kind: 'jargon' },
  { forms: 'streamline|streamlines|streamlined|streamlining', use: ['simplify', 'make simpler'], kind: 'jargon' },
  { forms: 'empower|empowers|empowered|empowering|empowerment', use: ['allow', 'help', 'give the power to'], kind: 'jargon' },
  { forms: 'incentivise|incentivises|incentivised|incentivising|incentivize|incentivizes|incentivized|incentivizing', use: ['encourage'], kind: 'jargon' },
  { forms: 'disincentivise|disincentivised|disincentivize|disincentivized|disincentive|disincentives', use: ['discourage'], kind: 'jargon' },
  { forms: 'collaborate|collaborates|collaborated|collaborating', use: ['work with', 'work together'], kind: 'jargon' },
  { forms: 'deep dive|deep dives|deep-dive', use: ['detailed look', 'review'], kind: 'jargon' },
  { forms: 'ring-fence|ring-fenced|ring-fencing|ring fencing', use: ['set aside', 'protect'], kind: 'jargon' },
  { forms: 'overarching', use: ['overall', 'main'], kind: 'jargon' },
  { forms: 'learnings', use: ['lessons'], kind: 'jargon' },
  { forms: 'actionable', use: ['practical', 'that we can act on'], kind: 'jargon' },
  { forms: 'touch base', use: ['talk', 'meet', 'contact'], kind: 'jargon' },
  { forms: 'circle back', use: ['come back to', 'return to'], kind: 'jargon' },
  { forms: 'low-hanging fruit', use: ['easy wins', 'quick changes'], kind: 'jargon' },
  { forms: 'step change', use: ['big change', 'big improvement'], kind: 'jargon' },
  { forms: 'value-add|value-added|value add', use: ['benefit', 'extra value'], kind: 'jargon', unless: /^[\s-]+tax\b/i },
  { forms: 'thought leadership|thought leader|thought leaders', use: ['expertise', 'experts'], kind: 'jargon' },
  { forms: 'operationalise|operationalised|operationalize|operationalized', use: ['put into practice', 'start'], kind: 'jargon' },
  { forms: 'at this point in time|at this moment in time|at the present moment in time', use: ['now'], kind: 'jargon' },
  { forms: 'paradigm|paradigms|paradigm shift', use: ['model', 'big change'], kind: 'jargon' },
  { forms: 'upskill|upskilled|upskilling', use: ['train', 'learn new skills'], kind: 'wordy' },
  { forms: 'dialogue', use: ['talk', 'discussion'], kind: 'wordy' },
  { forms: 'initiate|initiates|initiated|initiating', use: ['start', 'begin'], kind: 'wordy' },
  // retext-simplify (formal and wordy phrases): information only.
  { forms: 'in order to', use: ['to'], kind: 'wordy' },
  { forms: 'prior to', use: ['before'], kind: 'wordy' },
  { forms: 'with regard to|in regard to|with regards to|in relation to|in respect of|with respect to|with reference to|pertaining to', use: ['about', 'on'], kind: 'wordy' },
  { forms: 'in the event of|in the event that', use: ['if'], kind: 'wordy' },
  { forms: 'due to the fact that|owing to the fact that|in light of the fact that|in view of the fact that|because of the fact that', use: ['because'], kind: 'wordy' },
  { forms: 'in excess of', use: ['more than'], kind: 'wordy' },
  { forms: 'in lieu of', use: ['instead of'], kind: 'wordy' },
  { forms: 'in the near future', use: ['soon'], kind: 'wordy' },
  { forms: 'until such time as', use: ['until'], kind: 'wordy' },
  { forms: 'with the exception of', use: ['except'], kind: 'wordy' },
  { forms: 'for the purpose of|for the purposes of', use: ['to', 'for'], kind: 'wordy' },
  { forms: 'a large number of|a significant number of', use: ['many'], kind: 'wordy' },
  { forms: 'each and every', use: ['each', 'every'], kind: 'wordy' },
  { forms: 'first and foremost', use: ['first'], kind: 'wordy' },
  { forms: 'close proximity', use: ['near'], kind: 'wordy' },
  { forms: 'adjacent to', use: ['next to'], kind: 'wordy' },
  { forms: 'ascertain|ascertained', use: ['find out', 'check'], kind: 'wordy' },
  { forms: 'endeavour|endeavor|endeavours|endeavors|endeavoured|endeavored', use: ['try'], kind: 'wordy' },
  { forms: 'expedite|expedited|expediting', use: ['speed up'], kind: 'wordy' },
  { forms: 'disseminate|disseminated|disseminating|dissemination', use: ['share', 'send out'], kind: 'wordy' },
  { forms: 'alleviate|alleviates|alleviated|alleviating', use: ['ease', 'reduce'], kind: 'wordy' },
  { forms: 'ameliorate|ameliorated', use: ['improve'], kind: 'wordy' },
  { forms: 'necessitate|necessitates|necessitated', use: ['need', 'mean'], kind: 'wordy' },
  { forms: 'notwithstanding', use: ['despite', 'even so'], kind: 'wordy' },
  { forms: 'pursuant to', use: ['under'], kind: 'wordy' },
  { forms: 'forthwith', use: ['now', 'at once'], kind: 'wordy' },
  { forms: 'henceforth', use: ['from now on'], kind: 'wordy' },
  { forms: 'aforementioned|aforesaid', use: ['this', 'these'], kind: 'wordy' },
  { forms: 'herewith|hereby|heretofore|hereinafter', use: ['(leave out)'], kind: 'wordy' },
  { forms: 'remuneration', use: ['pay'], kind: 'wordy' },
  { forms: 'promulgate|promulgated', use: ['publish', 'announce'], kind: 'wordy' },
  { forms: 'elucidate', use: ['explain'], kind: 'wordy' },
  { forms: 'inasmuch as|insofar as', use: ['because', 'as far as'], kind: 'wordy' },
  { forms: 'per annum', use: ['a year'], kind: 'wordy' },
];

// Context-dependent uses: the abstract sense only. Bounded word gaps ({0,3}) keep them linear.
const W = '[\\p{L}\\p{N}’\'-]+,?\\s+';
const CONTEXT: ReadonlyArray<{ re: RegExp; word: string; use: string[]; why: string }> = [
  {
    // "deliver outcomes / the delivery of … outcomes", not "deliver leaflets" or "parcel delivery".
    re: new RegExp(
      `(?<![\\p{L}])(deliver(?:s|ed|ing|y|ies)?)\\s+(?:of\\s+)?(?:${W}){0,3}?(?:outcomes?|improvements?|priorit(?:y|ies)|change|results|value|benefits|savings|objectives|strateg(?:y|ies)|vision|ambitions?|growth|efficienc(?:y|ies)|transformation|commitments?|agenda|excellence|aspirations)(?![\\p{L}])`,
      'giu',
    ),
    word: 'deliver',
    use: ['achieve', 'provide', 'make', 'carry out'],
    why: 'for abstract things (outcomes, improvements, priorities)',
  },
  {
    // "drive growth / drive forward / driving up standards", not "drive a car" or "driving standards".
    re: new RegExp(
      `(?<![\\p{L}])(driv(?:e|es|ing|en))\\s+(?:(?:forward|up|down)\\s+)?(?:${W}){0,2}?(?:growth|change|improvements?|innovation|efficienc(?:y|ies)|engagement|transformation|outcomes|value|progress|uptake|adoption|footfall)(?![\\p{L}])|(?<![\\p{L}])(driv(?:e|es|ing|en))\\s+(?:forward|up\\s+standards|down\\s+costs)(?![\\p{L}])`,
      'giu',
    ),
    word: 'drive',
    use: ['improve', 'increase', 'lead', 'encourage'],
    why: 'in its abstract sense',
  },
  {
    // "key" as a vague adjective, not "key workers", "key dates" or a door key.
    re: /(?<![\p{L}])(key)\s+(?:priorit(?:y|ies)|stakeholders?|objectives?|themes?|deliverables?|learnings?|drivers?|enablers?|asks?|takeaways?|pillars?|workstreams?|outcomes?|focus\s+areas?)(?![\p{L}])/giu,
    word: 'key',
    use: ['important', 'main'],
    why: 'as a vague adjective',
  },
  {
    // "Going forward, …", not "the scheme is going forward to the next round" / "with".
    re: /(?<![\p{L}])((?:going|moving)\s+forwards?)(?![\p{L}])(?!\s+(?:with|to|into|at|in|on|from|as)(?![\p{L}]))/giu,
    word: 'going forward',
    use: ['from now on', 'in future', '(leave out)'],
    why: 'as a time phrase',
  },
];

// Each listed form also matches its inflections and hyphen/space variants ("value-adds", "deep-dive",
// "touching base"), generated in one place (src/text/words.ts). A form listed explicitly wins.
// Built on first use, not at module load (a one-file CLI run on a draft that never reaches it pays nothing).
interface Literals {
  map: Map<string, Entry>;
  re: RegExp;
  /** A key word of every form: a draft with none of them cannot match `re` (see Document.words). */
  firstWords: Set<string> | undefined;
  /** Every form with its key word, in `map` order (when every form has one). */
  keyed: Array<[form: string, key: string]> | undefined;
}
let literals: Literals | undefined;
function getLiterals(): Literals {
  if (literals) return literals;
  const map = new Map<string, Entry>();
  for (const e of ENTRIES) for (const f of e.forms.split('|')) map.set(f, e);
  for (const e of ENTRIES) for (const f of e.forms.split('|')) for (const v of phraseVariants(f)) if (!map.has(v)) map.set(v, e);
  // Every [a-z0-9] run of a form is bounded on both sides in every match (termPattern's boundaries, or
  // the spaces, hyphens and apostrophes inside the form), so it is a whole word of the draft's word set:
  // the longest (rarest) run of each form is its key. A form without one would defeat the prefilter.
  const firstWords = new Set<string>();
  const keyed: Array<[string, string]> = [];
  let gated = true;
  for (const k of map.keys()) {
    const runs = k.match(/[a-z0-9]+/g);
    if (runs) {
      const key = runs.reduce((a, b) => (b.length > a.length ? b : a));
      firstWords.add(key);
      keyed.push([k, key]);
    } else gated = false;
  }
  return (literals = { map, re: termPattern([...map.keys()]), firstWords: gated ? firstWords : undefined, keyed: gated ? keyed : undefined });
}

// The alternation of only the forms whose key word the draft has: a form without its key word cannot
// match anywhere, and termPattern orders the rest exactly as in the full pattern, so the matches are the
// same as the full pattern's, found by a far smaller regex. Cached by the set of forms kept.
const subsetPatterns = new Map<string, RegExp>();
const MAX_SUBSET_PATTERNS = 256;
function patternFor(lits: Literals, words: { has(w: string): boolean }): RegExp {
  if (!lits.keyed) return lits.re;
  const forms: string[] = [];
  for (const [form, key] of lits.keyed) if (words.has(key)) forms.push(form);
  if (forms.length === lits.keyed.length) return lits.re;
  const id = forms.join('|');
  let re = subsetPatterns.get(id);
  if (!re) {
    if (subsetPatterns.size >= MAX_SUBSET_PATTERNS) subsetPatterns.clear();
    subsetPatterns.set(id, (re = termPattern(forms)));
  }
  return re;
}
// Substrings (of the lower-cased prose) each CONTEXT pattern needs: its words are bounded only by letters.
const CONTEXT_NEEDS = ['deliv', 'driv', 'key', 'forward'];

const quoteList = (xs: string[]): string => xs.map((x) => (x.startsWith('(') ? x : `"${x}"`)).join(', ');

export default defineRule({
  id: 'language/plain-words',
  category: 'language',
  description: 'Jargon and wordy phrases to avoid in public writing, with plainer alternatives.',
  docs: {
    rationale:
      'Jargon and formal phrases slow readers down and hide meaning; GOV.UK, the Australian Style Manual and the US Plain Writing Act ask for the words people use every day.',
    flagged: ['Going forward, we will leverage synergies to facilitate the delivery of holistic outcomes.', 'We will deliver improvements to drive growth.'],
    clean: ['Leaflets will be delivered to every home.', 'Parcel delivery is running normally.', 'Drive carefully in icy weather.', 'Thank you to all key workers.'],
  },
  defaultSeverity: 'warning',
  topics: ['plain-language'],
  hasSuggestions: true,
  options: z
    .object({
      /** Also report wordy formal phrases ("in order to", "prior to") as information. */
      wordy: z.boolean().default(true),
    })
    .strict(),
  check(ctx) {
    const { prose, bodyOffset } = ctx.doc;
    const skip = findUrlLike(prose, bodyOffset);
    const taken: Array<[number, number]> = [];
    const report = (s: number, e: number, written: string, use: string[], why: string, severity?: 'info'): void => {
      if (s < bodyOffset || overlapsAny(skip, s, e) || taken.some(([a, b]) => s < b && a < e)) return;
      taken.push([s, e]);
      ctx.report({
        offset: s,
        endOffset: e,
        severity,
        message: `"${written}" ${why}: use plainer words such as ${quoteList(use)}.`,
        suggestions: use.filter((u) => !u.startsWith('(')).map((u) => ({ message: `Use "${u}"` })),
      });
    };
    CONTEXT.forEach((c, i) => {
      if (!ctx.doc.mentions(CONTEXT_NEEDS[i]!)) return;
      c.re.lastIndex = 0;
      for (const m of prose.matchAll(c.re)) {
        const word = m[1] ?? m[2] ?? m[0];
        const s = m.index + m[0].indexOf(word);
        report(s, s + word.length, ctx.text.slice(s, s + word.length).replace(/\s+/g, ' '), c.use, `is jargon ${c.why}`);
      }
    });
    const lits = getLiterals();
    const { map, firstWords } = lits;
    if (firstWords && !ctx.doc.words().hasAny(firstWords)) return;
    const re = patternFor(lits, ctx.doc.words());
    re.lastIndex = 0;
    for (const m of prose.matchAll(re)) {
      const entry = map.get(m[0].toLowerCase().replace(/\s+/g, ' '));
      if (!entry) continue;
      if (entry.kind === 'wordy' && !ctx.options.wordy) continue;
      if (entry.unless?.test(prose.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
      const written = m[0].replace(/\s+/g, ' ');
      const why = entry.kind === 'jargon' ? 'is jargon' : 'is wordy or formal';
      report(m.index, m.index + m[0].length, written, entry.use, why, entry.kind === 'wordy' ? 'info' : undefined);
    }
  },
});
