// ReDoS at the call site (issue 21). Two kinds of proof for the patterns test/redos-allowlist.json lists:
// - A pattern bounded by its input (`maxInput`): the real rule is driven, on a draft of 100 KB and more made
//   of recheck's worst case for it (test/redos-audit.json), at every call, in a killable child with a
//   generous bound (test/bounded.ts); the findings show the call site ran.
// - A pattern rewritten to be linear gives the answers the old one gave: generated strings over the
//   characters the pattern reads, old and new side by side (the old one is fine on short strings).
import { describe, expect, it } from 'vitest';
import { dist, expectFinishes } from './bounded.js';
import { hasInnerPair } from '../src/text/secrets.js';
import { CANDIDATE_AFTER } from '../rules/impartiality/election-period.js';
import { seededRandom } from './seeded-random.js';

/** `n` strings of up to `max` pieces drawn from `pieces`. */
function generate(pieces: readonly string[], n: number, max: number, seed: number): string[] {
  const r = seededRandom(seed);
  return Array.from({ length: n }, () => Array.from({ length: 1 + Math.floor(r() * max) }, () => pieces[Math.floor(r() * pieces.length)]).join(''));
}

/** Lints `unit` × `times` in a killable child; the draft's length and `ruleId`'s findings (all of them: no cap). */
function lintInChild(config: object, unit: string, times: number, ruleId: string): { length: number; n: number; first: number[][] } {
  const out = expectFinishes(`
    import { createLinter } from ${dist('src/index.ts')};
    const linter = await createLinter(${JSON.stringify({ ...config, maxFindingsPerRule: 1_000_000 })});
    const text = ${JSON.stringify(unit)}.repeat(${times});
    const found = (await linter.lintAsync(text)).findings.filter((f) => f.ruleId === ${JSON.stringify(ruleId)});
    process.stdout.write(JSON.stringify({ length: text.length, n: found.length, first: found.slice(0, 2).map((f) => [f.offset, f.endOffset]) }));
  `);
  return JSON.parse(out) as { length: number; n: number; first: number[][] };
}

describe('call sites that bound their input', () => {
  it('spelling: a capital run before a house word is read from an 80-character window', () => {
    // recheck's attack on both patterns is a run of capitals with no space after it ('A' × n + '\0A\t'): each
    // paragraph puts 62 capitals and a NUL right before "Leisure Centre", so the window before every
    // "Centre" is that attack; the generic name is then spelled the house way (en-US: "Center").
    const unit = `${'A'.repeat(62)}\u0000 Leisure Centre\n\n`;
    const r = lintInChild({ locale: 'en-US' }, unit, 1300, 'language/spelling');
    expect(r.length).toBeGreaterThan(100_000);
    // Every paragraph's "Centre" was judged a generic name (the window was read): one finding each.
    expect(r.n).toBe(1300);
    expect(r.first).toEqual([[72, 78], [unit.length + 72, unit.length + 78]]);
  });

  it('secrets: the clause test before a bare password label reads a 120-character window', () => {
    // recheck's attack: a run of line breaks ('\n' × n + 'W'); before each bare "password X" stand 119 of them.
    const unit = `${'\n'.repeat(119)}password Tr0ub4dor3x\n`;
    const r = lintInChild({}, unit, 800, 'confidentiality/credential');
    expect(r.length).toBeGreaterThan(100_000);
    // The label after line breaks starts a clause: every password is found.
    expect(r.n).toBe(800);
    expect(r.first).toEqual([[128, 139], [unit.length + 128, unit.length + 139]]);
  });
});

describe('patterns rewritten to be linear give the old answers', () => {
  it('hasInnerPair is the old INNER_PAIR pattern, in one pass', () => {
    const INNER_PAIR = /[^A-Za-z0-9](?:[A-Za-z0-9]+[_.-])*(?:key|token|secret|password|passwd|pwd|pass)(?:[_.-][A-Za-z0-9]+)*[:=]/i;
    // Keyword pieces in both cases, separators (single and doubled), the pair operators, other punctuation.
    const cases = generate(['key', 'KEY', 'Token', 'secret', 'pass', 'password', 'pwd', 'Pwd', 'passwd', 'a', 'X9', '0', '_', '.', '-', ':', '=', '|', '&', ' ', '/'], 30_000, 12, 21);
    let positives = 0;
    for (const c of cases) {
      const want = INNER_PAIR.test(c);
      if (want) positives++;
      expect(hasInnerPair(c), JSON.stringify(c)).toBe(want);
    }
    // The generator reaches both answers often.
    expect(positives).toBeGreaterThan(2_000);
    expect(cases.length - positives).toBeGreaterThan(3_000);
    // Near-misses written out: a keyword inside a longer segment (a doubled separator still starts one), nothing before it.
    for (const [c, want] of [['|secret:x', true], ['&api_key=1', true], ['x|my.pwd-1.2=', true], ['|secrets:x', false], ['|api__key=1', true], ['|apikey=1', false], ['key=1', false], ['|key_=1', false], ['|key', false]] as const) expect(hasInnerPair(c), c).toBe(want);
  });

  it('hasInnerPair stays linear on the cubic case of the old pattern', () => {
    // (Finishing at all is the point: the old pattern takes about 0.3 s on each 512-character value.)
    const out = expectFinishes(`
      import { hasInnerPair } from ${dist('src/text/secrets.ts')};
      let n = 0;
      for (let i = 0; i < 2000; i++) if (hasInnerPair('-PWD-0'.repeat(85) + '\\u0000')) n++;
      process.stdout.write(String(hasInnerPair('-PWD-0'.repeat(20000) + ':') ? n + 1 : n));
    `);
    expect(out).toBe('1');
  });

  it('CANDIDATE_AFTER is the plain candidate tail (one word, or up to three capitalised), read from the first space of a run', () => {
    // The reference: the same tail (words of at most 40 letters, gaps of at most 4 spaces) tried from every
    // position, as a plain regex does; it backtracks on long runs of spaces, fine on these short cases.
    const OLD = /,?\s+(?:the\s+|a\s+|our\s+)?(?:(?:\p{Lu}[\p{L}-]{0,39}\s{1,4}){1,3}|[\p{L}-]{1,40}\s{1,4})?candidate$/u;
    const cases = generate([' ', '  ', '\t', '\u00a0', ',', ', ', 'the ', 'a ', 'our ', 'Green', 'Labour-', 'Jo', 'candidate', 'x'], 30_000, 10, 7);
    let positives = 0;
    for (const c of cases) {
      const want = c.replace(OLD, '|');
      if (want !== c) positives++;
      expect(c.replace(CANDIDATE_AFTER, '|'), JSON.stringify(c)).toBe(want);
    }
    expect(positives).toBeGreaterThan(1_000);
    for (const [c, want] of [['Jo Bloggs, the Green candidate', 'Jo Bloggs'], ['Jo Bloggs  ,  our candidate', 'Jo Bloggs  '], ['Jo Bloggs candidates', 'Jo Bloggs candidates']] as const) expect(c.replace(CANDIDATE_AFTER, ''), c).toBe(want);
  });
});
