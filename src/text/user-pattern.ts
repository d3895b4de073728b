// User-supplied patterns (config `terms.deny[].pattern`, `ai.disclosure.patterns`) run on re2js, a pure-JS
// port of RE2: matching is linear in the text whatever the pattern (`a*a*a*a*b`, `(a+)+`, `.*a.*a.*b`),
// which no static check of a backtracking pattern can promise. The pattern is written in JavaScript
// syntax and translated to RE2's, keeping JavaScript's meaning where the two differ:
//   `\s` / `\S`  JavaScript's Unicode white space (RE2's is ASCII only);
//   `.`          anything but a line terminator (\n, \r, U+2028, U+2029; RE2 excludes only \n);
//   `\p{Letter}`, `\p{Script=Greek}`  long property names and `Script=` forms (RE2 knows `\p{L}`, `\p{Greek}`).
// Case-insensitive matching (always on, as before) uses Unicode simple case folding in both engines;
// `\b`, `\w` and `\d` are ASCII in both. What RE2 cannot run in linear time (backreferences, lookahead)
// is refused with a reason. Lookbehind runs on re2js's linear-time lookbehind engine.
import { RE2JS } from 're2js';

const MAX_PATTERN_LENGTH = 500;

// JavaScript's WhiteSpace and LineTerminator set (ECMA-262 `\s`).
const JS_SPACE = String.raw`\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}`;
const JS_LINE_TERMINATORS = String.raw`\n\r\x{2028}\x{2029}`;

// Unicode general categories by their long names (RE2 only accepts the short ones).
const CATEGORY: Readonly<Record<string, string>> = {
  Letter: 'L', Cased_Letter: 'LC', Uppercase_Letter: 'Lu', Lowercase_Letter: 'Ll', Titlecase_Letter: 'Lt', Modifier_Letter: 'Lm', Other_Letter: 'Lo',
  Mark: 'M', Combining_Mark: 'M', Nonspacing_Mark: 'Mn', Spacing_Mark: 'Mc', Enclosing_Mark: 'Me',
  Number: 'N', Decimal_Number: 'Nd', digit: 'Nd', Letter_Number: 'Nl', Other_Number: 'No',
  Punctuation: 'P', punct: 'P', Connector_Punctuation: 'Pc', Dash_Punctuation: 'Pd', Open_Punctuation: 'Ps', Close_Punctuation: 'Pe',
  Initial_Punctuation: 'Pi', Final_Punctuation: 'Pf', Other_Punctuation: 'Po',
  Symbol: 'S', Math_Symbol: 'Sm', Currency_Symbol: 'Sc', Modifier_Symbol: 'Sk', Other_Symbol: 'So',
  Separator: 'Z', Space_Separator: 'Zs', Line_Separator: 'Zl', Paragraph_Separator: 'Zp',
  Other: 'C', Control: 'Cc', cntrl: 'Cc', Format: 'Cf', Surrogate: 'Cs', Private_Use: 'Co', Unassigned: 'Cn',
};

function property(name: string): string {
  const eq = name.indexOf('=');
  if (eq !== -1) {
    const key = name.slice(0, eq);
    const value = name.slice(eq + 1);
    if (key === 'General_Category' || key === 'gc') return CATEGORY[value] ?? value;
    if (key === 'Script' || key === 'sc' || key === 'Script_Extensions' || key === 'scx') return value;
    return name;
  }
  return CATEGORY[name] ?? name;
}

/** Rewrites the JavaScript-only parts of `source` (see the header) into RE2 syntax. */
export function toRe2Syntax(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1];
      if (n === 's') out += inClass ? JS_SPACE : `[${JS_SPACE}]`;
      // (Inside a class RE2's ASCII `\S` stays: a negated set cannot be listed inside another set.)
      else if (n === 'S') out += inClass ? '\\S' : `[^${JS_SPACE}]`;
      else if (!inClass && (n === 'k' || (n !== undefined && n >= '1' && n <= '9'))) {
        throw new UserPatternError('backreferences are not supported (user patterns run on a linear-time engine, RE2)');
      } else if ((n === 'p' || n === 'P') && source[i + 2] === '{') {
        const close = source.indexOf('}', i + 3);
        if (close === -1) {
          out += source.slice(i, i + 2);
        } else {
          out += `\\${n}{${property(source.slice(i + 3, close))}}`;
          i = close;
          continue;
        }
      } else out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      out += c;
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      const negated = source[i + 1] === '^';
      const at = negated ? i + 2 : i + 1;
      // JavaScript's `[]` matches nothing and `[^]` anything; RE2 would read the `]` as a member.
      if (source[at] === ']') {
        out += negated ? '[\\x{0}-\\x{10FFFF}]' : '[^\\x{0}-\\x{10FFFF}]';
        i = at;
        continue;
      }
      inClass = true;
      out += negated ? '[^' : '[';
      i = at - 1;
      continue;
    }
    if (c === '(' && source[i + 1] === '?' && (source[i + 2] === '=' || source[i + 2] === '!')) {
      throw new UserPatternError('lookahead is not supported (user patterns run on a linear-time engine, RE2)');
    }
    if (c === '.') out += `[^${JS_LINE_TERMINATORS}]`;
    else out += c;
  }
  return RE2JS.translateRegExp(out);
}

/** Why RE2 refused a pattern, in words for a config error. */
function refusal(source: string, error: unknown): string {
  const detail = (error as Error).message.split('\n')[0] ?? 'invalid pattern';
  try {
    new RegExp(source, 'u');
  } catch (jsError) {
    try {
      new RegExp(source);
    } catch {
      return `not a valid regular expression: ${(jsError as Error).message}`;
    }
  }
  return `not supported by the linear-time engine (RE2): ${detail}`;
}

export interface UserMatch {
  index: number;
  text: string;
}

/** A compiled user pattern: case-insensitive, every non-empty match in order. */
export interface UserPattern {
  readonly source: string;
  matchAll(text: string): Generator<UserMatch>;
}

export class UserPatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserPatternError';
  }
}

// Validation at config load and use by the rules compile the same sources: each is compiled once.
const compiledCache = new Map<string, UserPattern>();

/** Compiles a user pattern on re2js; throws UserPatternError with a reason a config error can show. */
export function compileUserPattern(source: string): UserPattern {
  let p = compiledCache.get(source);
  if (!p) {
    p = compile(source);
    if (compiledCache.size >= 256) compiledCache.clear();
    compiledCache.set(source, p);
  }
  return p;
}

function compile(source: string): UserPattern {
  if (source.length > MAX_PATTERN_LENGTH) throw new UserPatternError(`pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
  let re: RE2JS;
  const translated = toRe2Syntax(source);
  try {
    re = RE2JS.compile(translated, RE2JS.CASE_INSENSITIVE | RE2JS.LOOKBEHINDS);
  } catch (error) {
    throw new UserPatternError(refusal(source, error));
  }
  return {
    source,
    *matchAll(text: string): Generator<UserMatch> {
      for (const m of re.matchAll(text)) if (m[0].length > 0) yield { index: m.index ?? 0, text: m[0] };
    },
  };
}

/** The reason a user pattern is refused, or undefined when it is usable (config validation). */
export function checkUserPattern(source: string): string | undefined {
  try {
    compileUserPattern(source);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
