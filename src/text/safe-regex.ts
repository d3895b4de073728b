// Safety check for user-supplied patterns (config `terms.deny[].pattern`, `ai.disclosure.patterns`).
// JavaScript's regex engine backtracks, so a pattern with nested quantifiers such as `(a+)+`, a repeated
// group holding a quantifier such as `(.*a){20}`, or a quantified alternation whose branches overlap such
// as `(a|aa)*` can take exponential (or very high polynomial) time on hostile input. We refuse such
// patterns when the config loads instead of trying to bound their run time, and `compileUserPattern`
// caps every remaining unbounded repetition so that even a 200,000-character word stays cheap.

const MAX_PATTERN_LENGTH = 500;
/** Longest run an unbounded user quantifier may match (a social post never needs more). */
export const USER_REPEAT_CAP = 200;

interface Frame {
  /** Unbounded/ranged quantifiers (`*`, `+`, `{m,n}`) directly or indirectly inside the group. */
  quantifiers: number;
  /** Optional atoms (`?`) inside the group: two of them can already match the same text two ways. */
  optionals: number;
  hasAlternation: boolean;
  branches: string[];
  current: string;
}

const newFrame = (): Frame => ({ quantifiers: 0, optionals: 0, hasAlternation: false, branches: [], current: '' });

/** Length of a group's syntax prefix: `?:`, `?=`, `?!`, `?<=`, `?<!`, `?<name>`. */
function groupPrefix(source: string, i: number): number {
  if (source[i] !== '?') return 0;
  const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i, i + 40));
  return m ? m[0].length : 0;
}

/** How the group closing before `at` is repeated: 'many' (`*`, `+`, `{m,n}` with n > 1, `{n}` with n > 1) or 'once'. */
function repetition(source: string, at: number): 'many' | 'once' {
  const next = source[at];
  if (next === '*' || next === '+') return 'many';
  if (next !== '{') return 'once';
  const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 24));
  if (!m) return 'once';
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
  return max > 1 ? 'many' : 'once';
}

/** Returns a human-readable reason when `source` is unsafe or invalid, otherwise undefined. */
export function checkPatternSafety(source: string): string | undefined {
  if (source.length > MAX_PATTERN_LENGTH) return `pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(source, 'u');
  } catch (error) {
    try {
      new RegExp(source);
    } catch {
      return `not a valid regular expression: ${(error as Error).message}`;
    }
  }
  if (/\\[1-9]|\\k</.test(source)) return 'backreferences are not allowed (they can take exponential time)';

  const stack: Frame[] = [newFrame()];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const top = stack[stack.length - 1]!;
    if (c === '\\') {
      top.current += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      top.current += c;
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      top.current += c;
      // A `]` right after `[` or `[^` is a literal member, not the end of the class.
      if (source[i + 1] === '^') top.current += source[++i];
      if (source[i + 1] === ']') top.current += source[++i];
      continue;
    }
    if (c === '(') {
      stack.push(newFrame());
      i += groupPrefix(source, i + 1);
      continue;
    }
    if (c === '|') {
      top.hasAlternation = true;
      top.branches.push(top.current);
      top.current = '';
      continue;
    }
    if (c === ')') {
      if (stack.length === 1) continue;
      const group = stack.pop()!;
      group.branches.push(group.current);
      const repeated = repetition(source, i + 1) === 'many';
      if (repeated && (group.quantifiers > 0 || group.optionals > 1)) {
        return 'nested quantifiers such as (a+)+ or (.*a){20} can take exponential time';
      }
      if (repeated && group.hasAlternation && overlapping(group.branches)) {
        return 'a repeated alternation whose branches can match the same text, such as (a|aa)*, can take exponential time';
      }
      const parent = stack[stack.length - 1]!;
      parent.quantifiers += group.quantifiers + (repeated ? 1 : 0);
      parent.optionals += group.optionals;
      parent.current += `(${group.branches.join('|')})`;
      continue;
    }
    if (c === '*' || c === '+' || (c === '{' && /^\{\d+,\d*\}/.test(source.slice(i, i + 24)))) top.quantifiers++;
    else if (c === '?' && !/[*+?}]/.test(source[i - 1] ?? '')) top.optionals++;
    top.current += c;
  }
  return undefined;
}

// Characters used to decide whether two branch openings can match the same character.
const PROBES = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).concat(['\t', '\n', '\r', '\u00a0', '\u2028', 'é', 'ß', 'Ω', '中', '😀', '\u0301', '\u200b', '٣']);

/** The first atom of a branch (`\d`, `[a-z]`, `\p{L}`, `a`), or undefined when it cannot be isolated. */
function firstAtom(branch: string): string | undefined {
  if (branch === '') return undefined;
  let atom: string;
  if (branch[0] === '\\') {
    const m = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[\s\S])/.exec(branch);
    atom = m ? m[0] : branch.slice(0, 2);
  } else if (branch[0] === '[') {
    let j = 1;
    if (branch[j] === '^') j++;
    if (branch[j] === ']') j++;
    for (; j < branch.length && branch[j] !== ']'; j++) if (branch[j] === '\\') j++;
    atom = branch.slice(0, j + 1);
  } else if (branch[0] === '(' || branch[0] === '^' || branch[0] === '$') {
    return undefined;
  } else {
    atom = Array.from(branch)[0]!;
  }
  // An atom that may match nothing (`a?`, `a*`, `a{0,2}`) lets the branch start with whatever follows.
  if (/^(?:[?*]|\{0[,}])/.test(branch.slice(atom.length))) return undefined;
  return atom;
}

/** Branches overlap when their first characters can be the same (tested on probe characters). */
function overlapping(branches: string[]): boolean {
  const matchers: RegExp[] = [];
  for (const b of branches) {
    const atom = firstAtom(b);
    if (atom === undefined) return true;
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${atom})`, 'iu');
    } catch {
      try {
        re = new RegExp(`^(?:${atom})`, 'i');
      } catch {
        return true;
      }
    }
    matchers.push(re);
  }
  for (let i = 0; i < matchers.length; i++) {
    for (let j = i + 1; j < matchers.length; j++) {
      if (PROBES.some((p) => matchers[i]!.test(p) && matchers[j]!.test(p))) return true;
      // Literal atoms: identical text overlaps even when no probe covers it.
      if (matchers[i]!.source === matchers[j]!.source) return true;
    }
  }
  return false;
}

/**
 * Caps unbounded quantifiers (`*`, `+`, `{n,}`) at USER_REPEAT_CAP. Star height is already 1 (checked
 * above), so this bounds the work at each start position and keeps a scan of a huge draft linear.
 */
export function capRepetition(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      out += c;
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') out += source[++i];
      if (source[i + 1] === ']') out += source[++i];
      continue;
    }
    if (c === '*') out += `{0,${USER_REPEAT_CAP}}`;
    else if (c === '+' && !/[*+?}]/.test(source[i - 1] ?? '')) out += `{1,${USER_REPEAT_CAP}}`;
    else if (c === '{') {
      const m = /^\{(\d+),\}/.exec(source.slice(i, i + 24));
      if (m) {
        out += `{${m[1]},${Math.max(Number(m[1]), USER_REPEAT_CAP)}}`;
        i += m[0].length - 1;
      } else out += c;
    } else out += c;
  }
  return out;
}

/** Compiles a checked user pattern, case-insensitive and global, with Unicode when the pattern allows it. */
export function compileUserPattern(source: string): RegExp {
  const capped = capRepetition(source);
  for (const candidate of [capped, source]) {
    try {
      return new RegExp(candidate, 'giu');
    } catch {
      try {
        return new RegExp(candidate, 'gi');
      } catch {
        // Try the uncapped form (a capped quantifier can exceed a regex limit in odd patterns).
      }
    }
  }
  return new RegExp(source, 'gi');
}
