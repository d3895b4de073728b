// node scripts/vendor-gitleaks-samples.mjs <gitleaks git dir> [commit] > test/data/gitleaks-samples.json
//
// Extracts the sample secrets of gitleaks' rules (cmd/generate/config/rules/*.go at a pinned commit) as
// test data: the true positives each rule is validated with, and its false-positive samples. The Go
// files build samples with `secrets.NewSecret(<regex>)` (random text matching a regex) and
// `utils.GenerateSampleSecrets(id, secret)`; this script evaluates those expressions with a seeded
// generator, so the vendored file is reproducible. For a literal sample line, the secret is the part
// the rule's own regex (config/gitleaks.toml) captures. Run once; the output is committed.
import { execFileSync } from 'node:child_process';

const [gitDir, commitArg = 'HEAD'] = process.argv.slice(2);
if (!gitDir) {
  console.error('usage: node scripts/vendor-gitleaks-samples.mjs <gitleaks git dir> [commit]');
  process.exit(2);
}
const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const commit = git('rev-parse', commitArg).trim();
const files = git('ls-tree', '--name-only', commit, 'cmd/generate/config/rules/').split('\n').filter((f) => f.endsWith('.go'));

// ---- seeded random text matching a (simple) regex, like reggen
let seed = 0x9e3779b9;
function rand() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (a) => a[Math.floor(rand() * a.length)];
const range = (a, b) => Array.from({ length: b.charCodeAt(0) - a.charCodeAt(0) + 1 }, (_, k) => String.fromCharCode(a.charCodeAt(0) + k));
const W = [...range('a', 'z'), ...range('A', 'Z'), ...range('0', '9'), '_'];
const D = range('0', '9');
const ESC = { w: W, d: D, s: [' '] };

function generate(re) {
  let i = 0;
  const parseAlt = () => {
    const alts = [[]];
    while (i < re.length && re[i] !== ')') {
      if (re[i] === '|') {
        i++;
        alts.push([]);
        continue;
      }
      alts[alts.length - 1].push(parseQuant(parseAtom()));
    }
    return { alt: alts };
  };
  const parseClass = () => {
    i++; // [
    let neg = false;
    if (re[i] === '^') {
      neg = true;
      i++;
    }
    const set = [];
    let first = true;
    while (i < re.length && (re[i] !== ']' || first)) {
      first = false;
      let c = re[i++];
      if (c === '\\') {
        const e = re[i++];
        if (ESC[e]) {
          set.push(...ESC[e]);
          continue;
        }
        c = e === 'x' ? String.fromCharCode(parseInt(re.slice(i, (i += 2)), 16)) : e;
      }
      if (re[i] === '-' && re[i + 1] !== ']' && i + 1 < re.length) {
        i++;
        let d = re[i++];
        if (d === '\\') d = re[i++];
        set.push(...range(c, d));
      } else set.push(c);
    }
    i++; // ]
    if (neg) throw new Error(`negated class in ${re}`);
    return { set };
  };
  const parseAtom = () => {
    const c = re[i];
    if (c === '(') {
      i++;
      if (re[i] === '?') {
        while (re[i] !== ':') i++;
        i++;
      }
      const g = parseAlt();
      i++; // )
      return g;
    }
    if (c === '[') return parseClass();
    if (c === '\\') {
      i += 2;
      const e = re[i - 1];
      if (ESC[e]) return { set: ESC[e] };
      if (e === 'x') {
        i += 2;
        return { lit: String.fromCharCode(parseInt(re.slice(i - 2, i), 16)) };
      }
      return { lit: e };
    }
    if (c === '.') {
      i++;
      return { set: W };
    }
    if (c === '^' || c === '$') {
      i++;
      return { lit: '' };
    }
    i++;
    return { lit: c };
  };
  const parseQuant = (atom) => {
    let min = 1;
    let max = 1;
    const c = re[i];
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(re.slice(i));
      i += m[0].length;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : min + 10) : min;
    } else if (c === '*' || c === '+' || c === '?') {
      i++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : min + 10;
    } else return atom;
    return { atom, min, max };
  };
  const emit = (node) => {
    if (node.lit !== undefined) return node.lit;
    if (node.set) return pick(node.set);
    if (node.alt) return pick(node.alt).map(emit).join('');
    const n = node.min + Math.floor(rand() * (node.max - node.min + 1));
    let s = '';
    for (let k = 0; k < n; k++) s += emit(node.atom);
    return s;
  };
  const tree = parseAlt();
  return emit(tree);
}

// ---- a small Go tokenizer and expression evaluator
function tokenize(src) {
  const toks = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      toks.push({ t: 'nl' });
      i++;
    } else if (/\s/.test(c)) i++;
    else if (src.startsWith('//', i)) while (i < src.length && src[i] !== '\n') i++;
    else if (src.startsWith('/*', i)) i = src.indexOf('*/', i) + 2;
    else if (c === '`') {
      const j = src.indexOf('`', i + 1);
      toks.push({ t: 'str', v: src.slice(i + 1, j) });
      i = j + 1;
    } else if (c === '"') {
      let j = i + 1;
      while (src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      toks.push({ t: 'str', v: JSON.parse(src.slice(i, j + 1).replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1').replace(/\\'/g, "'")) });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(src.slice(i));
      toks.push({ t: 'id', v: m[0] });
      i += m[0].length;
    } else if (/\d/.test(c)) {
      const m = /^\d+/.exec(src.slice(i));
      toks.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
    } else {
      const m = /^(?::=|\.\.\.|\[\]|&&|\|\||==|!=|[-+*/%=<>!&|^(){}[\],;:.])/.exec(src.slice(i));
      toks.push({ t: 'p', v: m ? m[0] : c });
      i += m ? m[0].length : 1;
    }
  }
  return toks;
}

const PATTERNS = {
  'utils.Numeric': (n) => `[0-9]{${n}}`,
  'utils.Hex': (n) => `[a-f0-9]{${n}}`,
  'utils.AlphaNumeric': (n) => `[a-z0-9]{${n}}`,
  'utils.AlphaNumericExtendedShort': (n) => `[a-z0-9_-]{${n}}`,
  'utils.AlphaNumericExtended': (n) => `[a-z0-9=_\\-]{${n}}`,
  'utils.AlphaNumericExtendedLong': (n) => `[a-z0-9\\/=_\\+\\-]{${n}}`,
  'utils.Hex8_4_4_4_12': () => '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
};

class Unknown extends Error {}

/** Evaluates one expression from toks[pos]; returns [value, next pos]. Lists are arrays; secrets are {secret}. */
function evalExpr(toks, pos, env) {
  let [v, p] = evalPrimary(toks, pos, env);
  while (toks[p] && toks[p].t === 'p' && toks[p].v === '+') {
    p++;
    while (toks[p].t === 'nl') p++;
    const [w, q] = evalPrimary(toks, p, env);
    v = str(v) + str(w);
    p = q;
  }
  return [v, p];
}
const str = (v) => {
  if (typeof v === 'string') return v;
  if (v && typeof v.secret === 'string') return v.secret;
  throw new Unknown('not a string');
};

function args(toks, pos, env) {
  // toks[pos] is '('
  const out = [];
  let p = pos + 1;
  for (;;) {
    while (toks[p].t === 'nl') p++;
    if (toks[p].t === 'p' && toks[p].v === ')') return [out, p + 1];
    const [v, q] = evalExpr(toks, p, env);
    p = q;
    let spread = false;
    if (toks[p].t === 'p' && toks[p].v === '...') {
      spread = true;
      p++;
    }
    out.push(spread ? { spread: v } : v);
    while (toks[p].t === 'nl') p++;
    if (toks[p].t === 'p' && toks[p].v === ',') p++;
  }
}

function skipBalanced(toks, p) {
  let depth = 0;
  do {
    const t = toks[p++];
    if (t.t === 'p' && '([{'.includes(t.v)) depth++;
    if (t.t === 'p' && ')]}'.includes(t.v)) depth--;
  } while (depth > 0);
  return p;
}

function evalPrimary(toks, pos, env) {
  const t = toks[pos];
  if (t.t === 'str') return [t.v, pos + 1];
  if (t.t === 'p' && t.v === '[]' && toks[pos + 1].v === 'byte') {
    // []byte(x): the same text
    const [a, p] = args(toks, pos + 2, env);
    return [str(a[0]), p];
  }
  if (t.t === 'p' && t.v === '[]') {
    // []string{ ... }
    let p = pos + 2;
    const out = [];
    p++; // {
    for (;;) {
      while (toks[p].t === 'nl') p++;
      if (toks[p].t === 'p' && toks[p].v === '}') return [out, p + 1];
      try {
        const [v, q] = evalExpr(toks, p, env);
        out.push(v);
        p = q;
      } catch (e) {
        if (!(e instanceof Unknown)) throw e;
        // skip this element
        if (process.env.DEBUG) console.error("skip elem", e.message, toks.slice(p, p + 6));
        while (p < toks.length && !(toks[p].t === 'p' && (toks[p].v === ',' || toks[p].v === '}'))) p = toks[p].t === 'p' && '([{'.includes(toks[p].v) ? skipBalanced(toks, p) : p + 1;
        if (p >= toks.length) throw new Unknown('unbalanced composite');
        out.push(undefined);
      }
      while (toks[p].t === 'nl') p++;
      if (toks[p].t === 'p' && toks[p].v === ',') p++;
    }
  }
  if (t.t === 'id') {
    const next = toks[pos + 1];
    if (next && next.t === 'p' && next.v === '(') {
      const name = t.v;
      let a, p;
      try {
        [a, p] = args(toks, pos + 1, env);
      } catch (e) {
        if (e instanceof Unknown) throw new Unknown(`${name}: ${e.message}`);
        throw e;
      }
      if (PATTERNS[name]) return [PATTERNS[name](...a), p];
      const b64 = /^base64\.(Raw)?(Std|URL)Encoding\.EncodeToString$/.exec(name);
      if (b64) {
        let e = Buffer.from(str(a[0])).toString(b64[2] === 'URL' ? 'base64url' : 'base64');
        if (b64[2] === 'URL' && !b64[1]) e += '='.repeat((4 - (e.length % 4)) % 4);
        if (b64[2] === 'Std' && b64[1]) e = e.replace(/=+$/, '');
        return [e, p];
      }
      // generic.go's helper: a NewSecret that retries until the value is plausible (random enough).
      if (name === 'secrets.NewSecret' || name === 'newPlausibleSecret') return [generate(str(a[0])), p];
      if (name === 'utils.GenerateSampleSecrets' || name === 'utils.GenerateSampleSecret') {
        // gitleaks validates its samples against the rule, so a random value its own rule would not match
        // (reggen reading `\\-_` as a range takes in `\` and `^`) is drawn again, as a passing run would have.
        let secret = str(a[1]);
        for (let k = 0; k < 50 && currentRule && extract(currentRule, `${str(a[0])}_api_token = "${secret}"`) === undefined && ruleRegex.has(currentRule); k++) secret = str(args(toks, pos + 1, env)[0][1]);
        return [name.endsWith('s') ? [{ secret }] : { secret }, p];
      }
      if (name === 'fmt.Sprintf') {
        let k = 1;
        return [str(a[0]).replace(/%[sd]/g, () => String(typeof a[k] === 'number' ? a[k++] : str(a[k++]))), p];
      }
      if (name === 'append') {
        const out = [...a[0]];
        for (const x of a.slice(1)) if (x && x.spread) out.push(...x.spread);
        else out.push(x);
        return [out, p];
      }
      if (name === 'strings.Repeat') return [str(a[0]).repeat(a[1]), p];
      throw new Unknown(`call ${name}`);
    }
    if (t.v in env) return [env[t.v], pos + 1];
    throw new Unknown(`identifier ${t.v}`);
  }
  if (t.t === 'num') return [t.v, pos + 1];
  throw new Unknown(`token ${JSON.stringify(t)}`);
}

// ---- gitleaks.toml: id -> { regex, secretGroup }
const toml = git('show', `${commit}:config/gitleaks.toml`);
const ruleRegex = new Map();
for (const block of toml.split('[[rules]]').slice(1)) {
  const id = /^id = "([^"]+)"/m.exec(block)?.[1];
  const regex = /^regex = '''(.*)'''$/m.exec(block)?.[1];
  const group = /^secretGroup = (\d+)/m.exec(block)?.[1];
  if (id && regex) ruleRegex.set(id, { regex, group: group ? Number(group) : 0 });
}
function toJsRegExp(goRe) {
  const ci = /\(\?i\)|\(\?i:/.test(goRe);
  const src = goRe.replace(/\(\?i\)/g, '').replace(/\(\?-?i:/g, '(?:').replace(/\(\?P</g, '(?<').replace(/\\z/g, '$').replace(/\\A/g, '^');
  return new RegExp(src, ci ? 'ium' : 'um');
}
/** Shell quoting around a curl `-u user:password` value is not part of the credential. */
function unquote(s) {
  return s.replace(/^(['"])(.*)\1$/s, '$2').replace(/:(['"])([^'"]*)\1$/, ':$2').replace(/^(['"])([^'"]*)\1:/, '$2:');
}
function extract(id, line) {
  const r = ruleRegex.get(id);
  if (!r) return undefined;
  let re;
  try {
    re = toJsRegExp(r.regex);
  } catch {
    return undefined;
  }
  const m = re.exec(line);
  if (!m) return undefined;
  if (r.group) return unquote(m[r.group]);
  // The first non-empty group, as gitleaks reports; a group shorter than 8 is a repeated part of the
  // pattern (Teams webhook URLs), not the secret, so the whole match is taken.
  for (let k = 1; k < m.length; k++) if (m[k]) return unquote(m[k].length >= 8 ? m[k] : m[0]);
  return unquote(m[0]);
}

// ---- walk the rule functions
let currentRule;
const rules = [];
const skipped = [];
for (const file of files) {
  const src = git('show', `${commit}:${file}`);
  const family = file.replace(/^.*\//, '').replace(/\.go$/, '');
  for (const fm of src.matchAll(/^func (\w+)\(\) \*config\.Rule \{$/gm)) {
    const start = fm.index + fm[0].length;
    const end = src.indexOf('\n}\n', start);
    const body = src.slice(start, end);
    const id = /RuleID:\s*"([^"]+)"/.exec(body)?.[1];
    if (!id) continue;
    const toks = tokenize(body);
    const env = {};
    currentRule = id;
    // A rule left out of the default config: its pattern from the Go file, for the sample checks.
    if (!ruleRegex.has(id)) {
      const own = /(?:regexp\.MustCompile|utils\.GenerateUniqueTokenRegex)\(`([^`]+)`/.exec(body);
      if (own) ruleRegex.set(id, { regex: own[1], group: 0 });
    }
    // statements: IDENT := EXPR  /  IDENT = EXPR, at depth 0
    for (let p = 0; p < toks.length; p++) {
      const a = toks[p];
      const b = toks[p + 1];
      const prev = toks[p - 1];
      if (a.t === 'id' && !a.v.includes('.') && b && b.t === 'p' && (b.v === ':=' || b.v === '=') && (!prev || prev.t === 'nl' || (prev.t === 'p' && prev.v === '{'))) {
        if (a.v === 'r') continue;
        try {
          const [v, q] = evalExpr(toks, p + 2, env);
          env[a.v] = v;
          p = q - 1;
        } catch (e) {
          if (!(e instanceof Unknown)) throw e;
          skipped.push(`${id}: ${a.v}: ${e.message}`);
        }
      }
    }
    const call = /utils\.Validate(?:WithPaths)?\(r, (\w+), (\w+)\)/.exec(body);
    if (!call) continue;
    const tpsRaw = (env[call[1]] ?? []).filter((x) => x !== undefined);
    const fpsRaw = call[2] === 'nil' ? [] : (env[call[2]] ?? []).filter((x) => typeof x === 'string');
    const truePositives = [];
    for (const x of tpsRaw) {
      if (x && typeof x.secret === 'string') truePositives.push(x.secret);
      else if (typeof x === 'string') {
        const s = extract(id, x);
        if (s) truePositives.push(s);
        else skipped.push(`${id}: sample line not matched by its regex: ${JSON.stringify(x.slice(0, 80))}`);
      }
    }
    const uniq = [...new Set(truePositives)].filter((s) => s.trim() !== '');
    rules.push({ id, family, truePositives: uniq, falsePositives: [...new Set(fpsRaw)] });
  }
}

const out = {
  source: 'https://github.com/gitleaks/gitleaks',
  commit,
  license: 'MIT (gitleaks); the sample values are test data of its rules',
  files: 'cmd/generate/config/rules/*.go, secrets extracted with config/gitleaks.toml',
  generatedBy: 'scripts/vendor-gitleaks-samples.mjs (random parts from a seeded generator, as gitleaks does with reggen)',
  note: 'truePositives: the secret each rule must find; falsePositives: whole sample lines the rule must not report.',
  skipped,
  rules,
};
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
