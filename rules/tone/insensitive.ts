// tone/insensitive: wording that demeans disabled people, people with mental illness, LGBT+ people or
// ethnic groups ("wheelchair-bound", "committed suicide", "the mentally handicapped"), with the
// considerate alternative. Uses retext-equality, kept to its high-confidence patterns: its noisy ones
// ("mental" in "mental health", "host", "just", gendered pronouns, "special" in "special educational
// needs", "Gypsy" in "Gypsy, Roma and Traveller") would flag ordinary public-sector posts.
import { z } from 'zod';
import { VFile } from 'vfile';
import { defineRule } from '../../src/engine/rule.js';
import { termPattern } from '../../src/text/terms.js';
import { hasAnyOf, phraseGate } from '../../src/text/gate.js';

// Phrases (as retext-equality reports them) that are reliably inconsiderate in public communication.
const HIGH_CONFIDENCE = [
  'wheelchair bound', 'wheelchair-bound', 'confined to a wheelchair', 'bound to a wheelchair', 'restricted to a wheelchair',
  'birth defect', 'commit suicide', 'complete suicide', 'successful suicide', 'committed suicide', 'completed suicide', 'failed suicide',
  'deaf and dumb', 'deafmute', 'midget', 'vertically challenged', 'eskimo', 'eskimos', 'faggot', 'cripple', 'crippled', 'gimp',
  'handicapped', 'handicapped parking', 'harelip', 'hare lip', 'harelipped', 'hermaphrodite', 'shemale', 'she male', 'heshe',
  'feebleminded', 'feeble minded', 'japs', 'libtard', 'fucktard', 'contard', 'mongoloid', 'red indian', 'red indians', 'redskin', 'redskins',
  'retard', 'retarded', 'retards', 'sex change', 'sex change operation', 'sexchange', 'spastic', 'spaz', 'stroke victim', 'victim of a stroke',
  'towel heads', 'tranny', 'transgendered', 'transgenders', 'transgenderism', 'aids victim', 'victim of aids', 'suffering from aids',
  'suffers from aids', 'learning disabled', 'psycho', 'loony', 'lunatic', 'batshit', 'mental case', 'mental defective', 'differently abled',
  'handicapable', 'diffability', 'specially abled', 'suffers from multiple sclerosis', 'suffering from multiple sclerosis',
  'multiple sclerosis victim', 'victim of polio', 'suffers from polio', 'suffering from polio', 'suffers from disabilities',
  'suffering from disabilities', 'suffering from a disability', 'afflicted with a disability', 'afflicted with disabilities',
  'suffers from schizophrenia', 'suffering from schizophrenia', 'schizo', 'shemales', 'sexual preference', 'homosexual lifestyle',
  'gay lifestyle', 'gay agenda', 'homosexual agenda', 'born a man', 'born a woman', 'mentally defective', 'wife beater',
];
const HIGH = new Set(HIGH_CONFIDENCE);
const PREFILTER = termPattern(HIGH_CONFIDENCE);
// Every PREFILTER match holds all the words of one phrase whole (its bounds exclude letters and digits):
// a draft without them skips the pattern, and retext-equality with it.
const PREFILTER_GATE = phraseGate(HIGH_CONFIDENCE);

// Extra UK/AU/NZ/CA usage retext-equality lacks, with the wording public-sector style guides use.
// `words`: lower-case words of which every match holds one, bounded on both sides (`\b` or a space); `also`:
// a second such list (both must be met). A draft without them skips the pattern (see Document.words).
const EXTRA: ReadonlyArray<{ words: readonly string[]; also?: readonly string[]; re: RegExp; expected: string[] }> = [
  { words: ['wheelchair'], re: /\b(?:wheelchair[- \u00a0]bound|(?:confined|restricted|bound)[ \u00a0]+to[ \u00a0]+(?:a|their|his|her)[ \u00a0]+wheelchair)\b/giu, expected: ['uses a wheelchair', 'wheelchair user'] },
  { words: ['handicapped'], re: /\bmentally[ \u00a0]+handicapped\b/giu, expected: ['people with a learning disability'] },
  { words: ['caste'], re: /\bhalf[- ]caste\b/giu, expected: ['mixed heritage', 'mixed race'] },
  // "down's" is the tokens "down" and "s"; "downs" is one.
  { words: ['suffer', 'suffers', 'suffering', 'suffered'], also: ['dementia', 'autism', 'down', 'downs', 'cerebral', 'epilepsy'], re: /\bsuffer(?:s|ing|ed)?[ \u00a0]+from[ \u00a0]+(?:dementia|autism|down['’]?s[ \u00a0]+syndrome|cerebral[ \u00a0]+palsy|epilepsy)\b/giu, expected: ['has', 'lives with'] },
];

function normal(s: string): string {
  return s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/’/g, "'");
}

export default defineRule({
  id: 'tone/insensitive',
  category: 'tone',
  description: 'Wording that demeans disabled people, people with mental illness, LGBT+ people or ethnic groups, with the considerate alternative.',
  docs: {
    rationale: 'Public bodies must foster good relations and avoid language that demeans people with protected characteristics (Equality Act 2010 s.149; GOV.UK inclusive language guidance).',
    flagged: ['Our new bus is accessible for people who are wheelchair-bound.', 'He committed suicide in 2019.'],
    clean: ['Mental health support is available 24/7.', 'Accessible parking for wheelchair users is next to the entrance.', 'Support for Gypsy, Roma and Traveller communities.'],
  },
  defaultSeverity: 'warning',
  topics: ['equality'],
  languages: ['en'],
  hasSuggestions: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, text } = ctx.doc;
    const body = prose.slice(ctx.doc.bodyOffset);
    const taken: Array<[number, number]> = [];
    const report = (s: number, e: number, expected: readonly string[]): void => {
      if (taken.some(([a, b]) => s < b && a < e)) return;
      taken.push([s, e]);
      const actual = text.slice(s, e);
      const alt = expected.slice(0, 3);
      ctx.report({
        offset: s,
        endOffset: e,
        message: `"${actual}" may be insensitive${alt.length ? `: consider ${alt.map((x) => `"${x}"`).join(' or ')}` : ''}.`,
        suggestions: alt.map((x) => ({ message: `Use "${x}"`, fix: { offset: s, endOffset: e, text: x } })),
      });
    };
    const words = ctx.doc.words();
    for (const { words: needs, also, re, expected } of EXTRA) {
      if (!hasAnyOf(words, needs) || (also && !hasAnyOf(words, also))) continue;
      re.lastIndex = 0;
      for (const m of body.matchAll(re)) report(ctx.doc.bodyOffset + m.index, ctx.doc.bodyOffset + m.index + m[0].length, expected);
    }
    if (!PREFILTER_GATE(words)) return;
    PREFILTER.lastIndex = 0;
    if (!PREFILTER.test(body)) return;
    const file = new VFile();
    // Loaded only now that a phrase is present (`lintAsync` loads it and lints again).
    const retextEquality = ctx.load('retext-equality');
    if (!retextEquality) return;
    // (A long draft's tree in pieces, so only one piece is held at a time.)
    const plugin = retextEquality();
    for (const tree of ctx.doc.nlcstPieces()) plugin(tree, file);
    for (const msg of file.messages) {
      const actual = (msg as unknown as { actual?: string }).actual ?? '';
      if (!HIGH.has(normal(actual))) continue;
      const range = ctx.doc.placeRange(msg.place);
      if (!range || range.endOffset <= range.offset) continue;
      // Quoted words are being discussed, not used (alex's convention).
      if (/["“‘'`]$/u.test(prose.slice(range.offset - 1, range.offset)) && /^["”’'`]/u.test(prose.slice(range.endOffset, range.endOffset + 1))) continue;
      const expected = ((msg as unknown as { expected?: string[] }).expected ?? []).filter(Boolean);
      report(range.offset, range.endOffset, expected);
    }
  },
});
