// language/plain-words: words and phrases to avoid in public writing, with plainer alternatives. Data from
// the GOV.UK "words to avoid" list, the Australian Government Style Manual (plain language and word
// choice) and a conservative subset of retext-simplify's list (wordy formal phrases, reported as info).
// Words with an ordinary concrete sense ("deliver leaflets", "drive a car", "key workers") are matched
// only in their abstract sense, by context.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { termPattern } from '../../src/text/terms.js';
import type { WordLookup } from '../../src/engine/document.js';
import { phraseTokens } from '../../src/text/gate.js';
import { findUrlLike, overlapsAny, phraseVariants, type UrlLike } from '../../src/text/words.js';

interface Entry {
  /** Forms matched literally (whole words, case-insensitive), separated by `|`. */
  forms: string;
  /** Plainer alternatives. */
  use: string[];
  /** 'jargon' (GOV.UK / Style Manual: reported at the rule's severity) or 'wordy' (information only). */
  kind: 'jargon' | 'wordy';
  /** Text right after the match that makes it an ordinary term ("value added tax"). */
  unless?: RegExp;
  /** Text right before the match that makes it an ordinary term ("proceedings were commenced"). */
  unlessBefore?: RegExp;
}

const ENTRIES: Entry[] = [
  // GOV.UK words to avoid and the Australian Style Manual.
  { forms: 'leverage|leverages|leveraged|leveraging', use: ['use', 'build on'], kind: 'jargon' },
  { forms: 'facilitate|facilitates|facilitated|facilitating|facilitation', use: ['help', 'make possible', 'run'], kind: 'jargon' },
  // "Commenced proceedings" is the legal term for bringing a case (a court report keeps it).
  { forms: 'commence|commences|commenced|commencing|commencement', use: ['start', 'begin'], kind: 'jargon', unless: /^\s+(?:an?\s+)?(?:(?:legal|criminal|civil|court|enforcement)\s+)?(?:proceedings|prosecutions?|action|litigation|against)\b/i, unlessBefore: /\b(?:proceedings|prosecutions?|action|litigation)\s+(?:(?:was|were|is|are|has|have|had|will|be|been|being)\s+){1,2}$/i },
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
  /** Word gates over the forms (see Document.words), or undefined when some form has no word to gate on. */
  gate: FormGate | undefined;
}
interface FormGate {
  /** Every form, in `map` order (the order termPattern keeps among forms of one length). */
  forms: string[];
  /** One-word forms by their word. */
  single: Map<string, string[]>;
  /** Several-word forms by their longest word, with their other words. */
  multi: Map<string, Array<{ form: string; rest: string[] }>>;
  /** The keys of `multi`, as an array (a plain loop is the cheapest walk over them). */
  multiKeys: string[];
  /** The words of `single`, and those with the keys of `multi` (Sets: `hasAny` walks the draft's fewer words). */
  singleWords: Set<string>;
  anyKey: Set<string>;
}
let literals: Literals | undefined;
function getLiterals(): Literals {
  if (literals) return literals;
  const map = new Map<string, Entry>();
  for (const e of ENTRIES) for (const f of e.forms.split('|')) map.set(f, e);
  for (const e of ENTRIES) for (const f of e.forms.split('|')) for (const v of phraseVariants(f)) if (!map.has(v)) map.set(v, e);
  // Every [a-z0-9] run of a form is bounded on both sides in every match (termPattern's boundaries, or
  // the spaces, hyphens and apostrophes inside the form), so it is a whole word of the draft's word set:
  // a form matches only in a draft that has all of its words. A form without any would defeat the gate.
  const forms = [...map.keys()];
  const single = new Map<string, string[]>();
  const multi = new Map<string, Array<{ form: string; rest: string[] }>>();
  let gated = true;
  for (const form of forms) {
    const words = [...new Set(phraseTokens(form))];
    if (words.length === 0) gated = false;
    else if (words.length === 1) push(single, words[0]!, form);
    else {
      const key = words.reduce((a, b) => (b.length > a.length ? b : a));
      push(multi, key, { form, rest: words.filter((w) => w !== key) });
    }
  }
  const singleWords = new Set(single.keys());
  const multiKeys = [...multi.keys()];
  const gate: FormGate = { forms, single, multi, multiKeys, singleWords, anyKey: new Set([...singleWords, ...multiKeys]) };
  return (literals = { map, re: termPattern(gate.forms), gate: gated ? gate : undefined });
}
function push<T>(m: Map<string, T[]>, key: string, value: T): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

/** The forms whose words are all in the draft (the only forms that can match in it). */
function formsIn(gate: FormGate, words: WordLookup): Set<string> {
  const found = new Set<string>();
  // One lookup per word of the draft when it has no key word at all (many drafts), or none of the
  // one-word forms.
  if (!words.hasAny(gate.anyKey)) return found;
  if (words.hasAny(gate.singleWords)) for (const [w, forms] of gate.single) if (words.has(w)) for (const f of forms) found.add(f);
  for (const key of gate.multiKeys) {
    if (!words.has(key)) continue;
    for (const { form, rest } of gate.multi.get(key)!) if (rest.every((w) => words.has(w))) found.add(form);
  }
  return found;
}

// The alternation of only the forms whose words the draft has: the others cannot match anywhere, and
// termPattern orders the rest exactly as in the full pattern, so the matches are the same as the full
// pattern's, found by a far smaller regex. Cached by the set of forms kept.
const subsetPatterns = new Map<string, RegExp>();
const MAX_SUBSET_PATTERNS = 256;
function patternFor(lits: Literals, found: Set<string>): RegExp {
  if (!lits.gate || found.size === lits.gate.forms.length) return lits.re;
  const forms = lits.gate.forms.filter((f) => found.has(f));
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
  languages: ['en'],
  hasSuggestions: true,
  options: z
    .object({
      /** Also report wordy formal phrases ("in order to", "prior to") as information. */
      wordy: z.boolean().default(true),
    })
    .strict(),
  check(ctx) {
    const { prose, bodyOffset } = ctx.doc;
    // URL-like tokens are looked for only once something is to be reported (most drafts have nothing).
    let skip: UrlLike[] | undefined;
    const taken: Array<[number, number]> = [];
    const report = (s: number, e: number, written: string, use: string[], why: string, severity?: 'info'): void => {
      if (s < bodyOffset || overlapsAny((skip ??= findUrlLike(prose, bodyOffset)), s, e) || taken.some(([a, b]) => s < b && a < e)) return;
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
    const { map, gate } = lits;
    const found = gate ? formsIn(gate, ctx.doc.words()) : undefined;
    if (found && found.size === 0) return;
    const re = found ? patternFor(lits, found) : lits.re;
    re.lastIndex = 0;
    for (const m of prose.matchAll(re)) {
      const entry = map.get(m[0].toLowerCase().replace(/\s+/g, ' '));
      if (!entry) continue;
      if (entry.kind === 'wordy' && !ctx.options.wordy) continue;
      if (entry.unless?.test(prose.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
      if (entry.unlessBefore?.test(prose.slice(Math.max(0, m.index - 40), m.index))) continue;
      const written = m[0].replace(/\s+/g, ' ');
      const why = entry.kind === 'jargon' ? 'is jargon' : 'is wordy or formal';
      report(m.index, m.index + m[0].length, written, entry.use, why, entry.kind === 'wordy' ? 'info' : undefined);
    }
  },
});
