// Safety check for user-supplied patterns (config `terms.deny[].pattern`, `ai.disclosure.patterns`).
// JavaScript's regex engine backtracks, so a pattern with nested quantifiers such as `(a+)+` or a
// quantified alternation whose branches overlap can take exponential time on hostile input. We refuse
// such patterns when the config loads (star height > 1, quantified overlapping alternation,
// backreferences) instead of trying to bound their run time.

const MAX_PATTERN_LENGTH = 500;

interface Frame {
  /** Quantifier depth at which this group was opened. */
  hasQuantifier: boolean;
  hasAlternation: boolean;
  branches: string[];
  current: string;
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

  const stack: Frame[] = [{ hasQuantifier: false, hasAlternation: false, branches: [], current: '' }];
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
      continue;
    }
    if (c === '(') {
      stack.push({ hasQuantifier: false, hasAlternation: false, branches: [], current: '' });
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
      const next = source[i + 1];
      const quantified = next === '*' || next === '+' || (next === '{' && /^\{\d*,\d*\}/.test(source.slice(i + 1)) && !/^\{\d+\}|^\{[01],[01]?\}/.test(source.slice(i + 1)));
      if (quantified && group.hasQuantifier) return 'nested quantifiers such as (a+)+ can take exponential time';
      if (quantified && group.hasAlternation && overlapping(group.branches)) {
        return 'a repeated alternation whose branches can match the same text, such as (a|ab)*, can take exponential time';
      }
      const parent = stack[stack.length - 1]!;
      parent.hasQuantifier ||= group.hasQuantifier || quantified;
      parent.current += `(${group.branches.join('|')})`;
      continue;
    }
    if (c === '*' || c === '+' || (c === '{' && /^\{\d*,\d*\}/.test(source.slice(i)))) top.hasQuantifier = true;
    top.current += c;
  }
  return undefined;
}

/** Branches overlap when one could start like another (a conservative test on first characters). */
function overlapping(branches: string[]): boolean {
  const firsts = branches.map((b) => (b.startsWith('\\') ? b.slice(0, 2) : b.slice(0, 1)));
  if (firsts.some((f) => f === '' || f === '.' || f === '[' || f === '\\w' || f === '\\S' || f === '\\D' || f === '\\W')) return true;
  return new Set(firsts.map((f) => f.toLowerCase())).size !== firsts.length;
}

/** Compiles a checked user pattern, case-insensitive and global, with Unicode when the pattern allows it. */
export function compileUserPattern(source: string): RegExp {
  try {
    return new RegExp(source, 'giu');
  } catch {
    return new RegExp(source, 'gi');
  }
}
