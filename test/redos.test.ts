// ReDoS (issue 21, items 4 and 5): built-in patterns and user patterns stay linear on hostile drafts.
// Each attack is a 200 KB draft (a trigger word, then a long run of white space, then a character that
// makes the match fail), built for every kind of white space a pattern's run accepts. All run in one child
// that is killed if one attack takes more than a generous 30 s (linear now: about a second on a busy
// machine; quadratic before the fix: 7.6-29.8 s at 100 KB, four times that at 200 KB); the child reports
// the attack it is on, so a kill names it. Next to each attack, the ordinary draft it is an attack on is still
// flagged at the same place (bounded runs keep the findings on real drafts).
import { describe, it, expect } from 'vitest';
import { runChild } from './bounded.js';
import { createLinter } from '../src/index.js';

const N = 200_000;
// White space a run in the patterns accepts: space, no-break space (the `[ \u00a0]` runs), tab and new
// lines (the `\s` runs).
const SPACES: Record<string, string> = { space: ' ', nbsp: '\u00a0', tab: '\t', newline: '\n' };

interface Attack {
  name: string;
  /** JS expression building the draft in the child. */
  draft: string;
}

const attacks: Attack[] = [];
// [trigger, tail, which white space the pattern's runs accept, why]
const SHAPES: Array<[string, string, string[], string]> = [
  ['DOB ', 'x', ['space', 'tab', 'newline', 'nbsp'], 'personal-data/date-of-birth: two adjacent runs around the optional separator'],
  ['born on ', 'x', ['space', 'tab'], 'personal-data/date-of-birth: "born (on)" then the runs'],
  ['use code ', 's', ['space', 'nbsp'], 'impartiality/endorsement: runs either side of the optional colon'],
  ['Use promo code ', 'S', ['space', 'nbsp'], 'impartiality/endorsement: the same after an optional promo word'],
  ['Tom ', '12', ['space', 'nbsp'], 'children: an unanchored hint whose branches open with a run'],
  ['Tom Smith,', '12', ['space', 'nbsp'], 'children: the comma branch of the hint'],
  ['died ', 'x', ['space', 'tab', 'newline'], 'personal-data/special-category: run, optional preposition, run'],
  ['suffering from ', 'x', ['space', 'tab'], 'personal-data/special-category: the same after a longer verb'],
  ['you are ', 'x', ['space', 'nbsp'], 'tone/insult: "are (just)" then a run'],
];
for (const [trigger, tail, kinds] of SHAPES) {
  for (const kind of kinds) {
    attacks.push({ name: `${JSON.stringify(trigger)} + ${kind} × ${N} + ${JSON.stringify(tail)}`, draft: `${JSON.stringify(trigger)} + ${JSON.stringify(SPACES[kind])}.repeat(${N}) + ${JSON.stringify(tail)}` });
  }
}
// The same trigger repeated (many start positions, each with a long-ish run).
attacks.push({ name: '("DOB" + 60 spaces) × 1600', draft: `('DOB' + ' '.repeat(60)).repeat(1600)` });
attacks.push({ name: '("use code" + 60 spaces) × 1400', draft: `('use code' + ' '.repeat(60)).repeat(1400)` });

const CHILD = `
const { createLinter } = await import(DIST);
const linter = await createLinter({ extends: ['commslint:strict'] });
await linter.lintAsync('Warm-up: DOB 02/03/1985. Use code SAVE20. Oliver Smith, aged 8. He died of cancer.');
const attacks = JSON.parse(process.argv[1]);
for (const a of attacks) {
  process.stdout.write('start ' + a.name + '\\n');
  const text = new Function('return (' + a.draft + ')')();
  const t0 = performance.now();
  const r = await linter.lintAsync(text);
  process.stdout.write('done ' + JSON.stringify({ name: a.name, ms: Math.round(performance.now() - t0), error: r.error ?? null }) + '\\n');
}
`;

function lastStarted(stdout: string): string | undefined {
  const lines = stdout.trim().split('\n');
  const started = lines.filter((l) => l.startsWith('start ')).map((l) => l.slice(6));
  const done = new Set(lines.filter((l) => l.startsWith('done ')).map((l) => (JSON.parse(l.slice(5)) as { name: string }).name));
  return started.find((s) => !done.has(s));
}

describe('built-in patterns are linear on long white-space runs', () => {
  it(`${attacks.length} attacks of 200 KB lint within a generous bound each, with no internal error`, async () => {
    const r = await runChild(CHILD, 600_000, { args: [JSON.stringify(attacks)], stallMs: 30_000 });
    expect(r.killed ? `killed on ${lastStarted(r.stdout)}` : 'finished').toBe('finished');
    expect(r.stderr).toBe('');
    const done = r.stdout.trim().split('\n').filter((l) => l.startsWith('done ')).map((l) => JSON.parse(l.slice(5)) as { name: string; error: string | null });
    expect(done.map((d) => d.name)).toEqual(attacks.map((a) => a.name));
    for (const d of done) expect(d.error, d.name).toBeNull();
  }, 620_000);
});

describe('the drafts those patterns are for are still flagged', () => {
  // [draft, rule id, flagged text]; with up to 8 spaces where the patterns had unbounded runs.
  const CASES: Array<[string, string, string]> = [
    ['Resident details: DOB 02/03/1985.', 'personal-data/date-of-birth', 'DOB 02/03/1985'],
    ['Resident details: DOB:  02/03/1985.', 'personal-data/date-of-birth', 'DOB:  02/03/1985'],
    ['Resident details: DOB\u00a0: 02/03/1985.', 'personal-data/date-of-birth', 'DOB\u00a0: 02/03/1985'],
    ['Resident details: date of birth is 2 March 1985.', 'personal-data/date-of-birth', 'date of birth is 2 March 1985'],
    ['Use code SAVE20 for 20% off.', 'impartiality/endorsement', 'Use code SAVE20'],
    ['Use code:   SAVE20 for 20% off.', 'impartiality/endorsement', 'Use code:   SAVE20'],
    ['Use promo\u00a0code SAVE20 today.', 'impartiality/endorsement', 'Use promo\u00a0code SAVE20'],
    ['Well done to Oliver Smith, aged 8, from St Mary’s Primary School!', 'personal-data/child-identified', 'Oliver Smith, aged 8'],
    ['Well done to Oliver Smith,  aged 8, from the club!', 'personal-data/child-identified', 'Oliver Smith,  aged 8'],
    ['Get well soon to our bin crew member Gary Hughes, who is being treated for cancer.', 'personal-data/special-category', 'treated for cancer'],
    ['Get well soon to our colleague Gary Hughes, who is being treated  for  cancer.', 'personal-data/special-category', 'treated  for  cancer'],
  ];
  for (const [draft, ruleId, flagged] of CASES) {
    it(`${ruleId}: ${JSON.stringify(draft)}`, async () => {
      const linter = await createLinter({ extends: ['commslint:strict'] });
      const r = await linter.lintAsync(draft);
      const f = r.findings.find((x) => x.ruleId === ruleId);
      expect(f, JSON.stringify(r.findings.map((x) => x.ruleId))).toBeDefined();
      const at = draft.indexOf(flagged);
      expect(f!.offset).toBeLessThanOrEqual(at);
      expect(f!.endOffset).toBeGreaterThanOrEqual(at + flagged.length);
    });
  }
  // Near misses: the same words with nothing after them are not findings.
  for (const [draft, ruleId] of [['DOB:    (ask the resident)', 'personal-data/date-of-birth'], ['Use code words in the survey.', 'impartiality/endorsement']] as const) {
    it(`${ruleId}: not ${JSON.stringify(draft)}`, async () => {
      const linter = await createLinter({ extends: ['commslint:strict'] });
      const r = await linter.lintAsync(draft);
      expect(r.findings.filter((x) => x.ruleId === ruleId)).toEqual([]);
    });
  }
});

describe('user patterns run in linear time', () => {
  // The patterns the backtracking safety check accepted (55.9 s and 124 s before), and the classic
  // exponential ones it refused, each on the input that blows up a backtracking engine, at 200 KB too;
  // each pair within a generous 30 s.
  const USER: Array<[string, string]> = [
    ['a*a*a*a*b', `'a'.repeat(200)`],
    ['a*a*a*a*b', `'a'.repeat(${N})`],
    ['.*a.*a.*a.*a.*b', `'a'.repeat(250)`],
    ['.*a.*a.*a.*a.*b', `'xa'.repeat(${N / 2})`],
    ['(a+)+$', `'a'.repeat(${N}) + '!'`],
    ['(\\w+\\s?)*$', `'word '.repeat(${N / 5}) + '!'`],
    ['(a|aa)*c', `'a'.repeat(${N})`],
    ['\\s*\\s*\\s*x', `' '.repeat(${N})`],
  ];
  const script = `
const { createLinter } = await import(DIST);
const cases = JSON.parse(process.argv[1]);
for (const [pattern, draft] of cases) {
  process.stdout.write('start ' + pattern + ' on ' + draft + '\\n');
  const linter = await createLinter({ terms: { deny: [{ pattern }] }, ai: { disclosure: { patterns: [pattern] } } });
  const text = new Function('return (' + draft + ')')();
  const r = await linter.lintAsync('---\\nai:\\n  used: true\\n---\\n' + text);
  process.stdout.write('done ' + JSON.stringify({ name: pattern + ' on ' + draft, error: r.error ?? null }) + '\\n');
}
`;
  it(`${USER.length} hostile pattern/draft pairs, through terms.deny and ai.disclosure.patterns, within a generous bound`, async () => {
    const r = await runChild(script, 600_000, { args: [JSON.stringify(USER)], stallMs: 30_000 });
    expect(r.killed ? `killed on ${lastStarted(r.stdout)}` : 'finished').toBe('finished');
    expect(r.stderr).toBe('');
    const done = r.stdout.trim().split('\n').filter((l) => l.startsWith('done ')).map((l) => JSON.parse(l.slice(5)) as { error: string | null });
    expect(done).toHaveLength(USER.length);
    for (const d of done) expect(d.error).toBeNull();
  }, 620_000);
});
