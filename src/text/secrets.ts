// Secret detection for public posts, after gitleaks and detect-secrets: well-known token formats,
// private key blocks, credentials inside URLs, labelled passwords and PINs, and keyword=value pairs
// whose value looks random (Shannon entropy), with the usual false-positive guards (templates,
// UUIDs, sequences, documentation placeholders, ordinary words).

import { DOCUMENTED_EXAMPLES, SECRET_PREFIXES, type SecretPrefix, type SecretSegment } from './data/secret-prefixes.js';

export interface SecretMatch {
  offset: number;
  endOffset: number;
  /** Stable kind id, e.g. `aws-access-key`, `password`. */
  kind: string;
  /** What was found, in words, for a message ("an AWS access key"). Never contains the value. */
  label: string;
}

interface TokenPattern {
  kind: string;
  label: string;
  re: RegExp;
  /** Extra check on the match (e.g. entropy), when the format alone is not distinctive enough. */
  accept?: (value: string) => boolean;
}

/**
 * Formats that are not a literal plus an alphabet (URLs of webhooks, Telegram's `digits:AA…`); every
 * prefix-shaped format is data (./data/secret-prefixes.ts) read by `findPrefixedTokens`. All linear.
 */
export const TOKEN_PATTERNS: readonly TokenPattern[] = [
  { kind: 'slack-webhook', label: 'a Slack webhook URL', re: /https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{10,300}/g, accept: (v) => !/X{6,}|x{6,}|0{8,}\/B0{8,}/.test(v) },
  { kind: 'teams-webhook', label: 'a Microsoft Teams webhook URL', re: /https?:\/\/[A-Za-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2\/[^\s<>"')\]]{10,500}/g },
  { kind: 'teams-webhook', label: 'a Microsoft Teams webhook URL', re: /https?:\/\/outlook\.office(?:365)?\.com\/webhook\/[^\s<>"')\]]{10,500}/g },
  { kind: 'power-automate-webhook', label: 'a Power Automate trigger URL', re: /https?:\/\/[A-Za-z0-9.-]{1,100}\.logic\.azure\.com(?::\d{1,5})?\/workflows\/[^\s<>"')\]]{1,500}?sig=[A-Za-z0-9%_-]{20,200}/g },
  { kind: 'discord-webhook', label: 'a Discord webhook URL', re: /https?:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{5,30}\/[A-Za-z0-9_-]{20,200}/g },
  { kind: 'telegram-bot-token', label: 'a Telegram bot token', re: /(?<![\d:])\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g },
  // The shape many services give their keys, after Stripe's: a short vendor prefix, the environment and a
  // random body ("olk_live_9fT2qX7vLm4Rz81cBw3H", "acme_test_…"). The body must look random (mixed
  // letters and digits, no placeholder), so "my_live_stream_schedule_2027" is not one.
  { kind: 'environment-key', label: 'an API key', re: /(?<![A-Za-z0-9_-])[a-z]{2,10}_(?:live|test|prod|sandbox)_[A-Za-z0-9]{16,128}(?![A-Za-z0-9_-])/g, accept: (v) => looksRandom(v.slice(v.indexOf('_', v.indexOf('_') + 1) + 1)) },
];

/** A literal every TOKEN_PATTERNS entry contains (same case sensitivity as the patterns). */
const TOKEN_GATE = /hooks\.slack\.com|webhook|logic\.azure\.com|discord|:AA|_(?:live|test|prod|sandbox)_/;

// ---------------------------------------------------------------------------------------------------
// The generic matcher for SECRET_PREFIXES: one pass of a gate made of every literal, then, at each hit,
// the entries of that literal checked with a sticky pattern built from the entry's segments.

interface CompiledPrefix {
  entry: SecretPrefix;
  /** Sticky; matches from the start of the `before` segments. */
  re: RegExp;
  /** UTF-16 length of the `before` segments (fixed). */
  back: number;
  /** The body may end with '.', which a sentence may add: trimmed when the token stays long enough. */
  dotEnd: boolean;
  min: number;
  /** Literal segments of the body (3+ characters): the text must contain them, checked before the pattern. */
  needs: string[];
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function segmentSource(seg: SecretSegment): string {
  if (typeof seg === 'string') return escapeRe(seg);
  const [chars, min, max = min] = seg;
  return `[${chars}]{${min},${max}}`;
}
function segmentMin(seg: SecretSegment): number {
  return typeof seg === 'string' ? seg.length : seg[1];
}

let compiled: { gate: RegExp; byLit: Map<string, CompiledPrefix[]>; lits: string[] } | undefined;

function compilePrefixes(): NonNullable<typeof compiled> {
  const byLit = new Map<string, CompiledPrefix[]>();
  for (const entry of SECRET_PREFIXES) {
    const before = entry.before ?? [];
    const back = before.reduce((n, s) => n + segmentMin(s), 0);
    const last = entry.body.length > 0 ? entry.body[entry.body.length - 1]! : entry.lit;
    const tail = typeof last === 'string' ? '' : last[0];
    // Not followed by another character of the last segment (the token would be longer than its format),
    // except '.', which may end the sentence.
    const ahead = tail.replace('.', '');
    const source = `(?<![A-Za-z0-9_.])${before.map(segmentSource).join('')}${escapeRe(entry.lit)}${entry.body.map(segmentSource).join('')}(?![A-Za-z0-9_]${ahead ? `|[${ahead}]` : ''})`;
    const min = back + entry.lit.length + entry.body.reduce((n, s) => n + segmentMin(s), 0);
    const list = byLit.get(entry.lit) ?? [];
    const needs = entry.body.filter((seg): seg is string => typeof seg === 'string' && seg.length >= 3);
    list.push({ entry, re: new RegExp(source, 'y'), back, dotEnd: tail.includes('.'), min, needs });
    byLit.set(entry.lit, list);
  }
  // Longest literal first, so "sk-ant-api03-" is tried before "sk-"; shorter literals at the same place
  // are tried too (see findPrefixedTokens).
  const lits = [...byLit.keys()].sort((a, b) => b.length - a.length);
  return { gate: new RegExp(lits.map(escapeRe).join('|'), 'g'), byLit, lits };
}

/** What follows a value shown cut short or blanked out: "ops_eyJzaW...", "xoxp-5723…-####", "AKIA…[Redacted]". */
const TRUNCATED_AFTER = /^(?:\.\.|…|\[|#{3}|\*{3}|x{4}|X{4}|•)/;

/** A run of 6 consecutive letters or digits ("klmnop", "123456"): typed by a person, not generated. */
export function hasSequentialRun(value: string, run = 6): boolean {
  let n = 1;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    n = d === 1 && /[A-Za-z0-9]/.test(value[i]!) ? n + 1 : 1;
    if (n >= run) return true;
  }
  return false;
}

/** Bodies that document a format: runs of x, *, 0 or one character, EXAMPLE, "your…". */
const TOKEN_PLACEHOLDER = /x{5,}|X{5,}|\*{3,}|•{3,}|#{3,}|0{10,}|EXAMPLE|example|your[_-]?|(?:here|HERE|Here)$|RANDOM|[Rr]andom|(?:^|[_-])(?:dummy|fake|sample|placeholder|redacted)(?:$|[_-])/;

function isPlaceholderToken(token: string, lit: string): boolean {
  const body = token.slice(token.indexOf(lit) + lit.length);
  if (TOKEN_PLACEHOLDER.test(token) || /(\d)\1{5}|([B-Zb-z])\2{15}/.test(body) || (body.length >= 6 && isSequential(body)) || hasSequentialRun(body)) return true;
  // Mostly one character ("ghp_aaaa…a1"): fewer than 4 distinct characters in a long body.
  return body.length >= 12 && new Set(body).size < 4;
}

/** Prefix-shaped credentials (SECRET_PREFIXES) in `text`. */
function findPrefixedTokens(text: string, add: (offset: number, endOffset: number, kind: string, label: string) => void): void {
  const { gate, byLit, lits } = (compiled ??= compilePrefixes());
  gate.lastIndex = 0;
  const contains = new Map<string, boolean>();
  const has = (lit: string): boolean => {
    let v = contains.get(lit);
    if (v === undefined) contains.set(lit, (v = text.includes(lit)));
    return v;
  };
  let m: RegExpExecArray | null;
  while ((m = gate.exec(text))) {
    const at = m.index;
    let end = -1;
    // Every literal that starts here, longest first (the gate reports only the longest).
    for (const lit of lits) {
      if (lit.length > m[0].length || !text.startsWith(lit, at)) continue;
      for (const c of byLit.get(lit)!) {
        const from = at - c.back;
        if (from < 0 || !c.needs.every(has)) continue;
        c.re.lastIndex = from;
        const hit = c.re.exec(text);
        if (!hit) continue;
        let token = hit[0];
        if (c.dotEnd) while (token.endsWith('.') && token.length - 1 >= c.min) token = token.slice(0, -1);
        if (isPlaceholderToken(token, lit) || TRUNCATED_AFTER.test(text.slice(from + token.length, from + token.length + 4))) continue;
        // A literal of two characters ("SK", "s.", "00") is common in text: the body must carry a digit.
        if (lit.length <= 2 && !/\d/.test(token.slice(c.back + lit.length))) continue;
        if (c.entry.entropy !== undefined && shannonEntropy(token) < c.entry.entropy) continue;
        add(from, from + token.length, c.entry.kind, c.entry.label);
        end = from + token.length;
        break;
      }
      if (end >= 0) break;
    }
    gate.lastIndex = end > at ? end : at + 1;
  }
}

const PRIVATE_KEY_BEGIN = /-----BEGIN[ A-Z0-9]{0,40} PRIVATE KEY(?: BLOCK)?-----/g;
const PRIVATE_KEY_END = /-----END[ A-Z0-9]{0,40} PRIVATE KEY(?: BLOCK)?-----/g;
const PUTTY_KEY = /PuTTY-User-Key-File-\d: [a-z0-9-]{3,40}/g;

/** scheme://user:password@host — the password part is what leaks. */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]{1,15}:\/\/([^\s/:@?#<>"'`]{1,128}):([^\s/@?#<>"'`]{1,256})@[A-Za-z0-9.[\]-]{1,253}/gi;

/** Words every LABELLED label contains; same flags as LABELLED (with `iu`, K also matches the Kelvin sign). */
const LABELLED_GATE = /pass|pwd|pw|pin|code|key|mdp|cyfrinair|pasfhocal|kupuhipa/iu;

/**
 * Labels for passwords and access codes, followed by `:`/`=`/`is`. Only spaces and tabs around the
 * separator: a label at the end of a line never takes the next line as its value. The short form "pw" and
 * the packs' other languages (mot de passe/mdp, cyfrinair, pasfhocal, kupuhipa) label a password as well.
 */
const LABELLED =
  /(?<![\p{L}\p{N}_])(wi-?fi password|wi-?fi key|network key|password|passwd|passcode|pass ?phrase|pwd|pw|mot de passe|mdp|cyfrinair|pasfhocal|kupuhipa|PIN(?: code| number)?|(?:door|entry|access|gate|alarm|key ?safe|lock ?box|building|security|login) code)(?:[ \t]{0,3}([:=]|[-–](?=[ \t]))|[ \t]{1,3}(is|was|will be)(?=[ \t]))[ \t]{0,3}(["'“‘]?)([^\s"'“”‘’<>]{1,64})/giu;

/**
 * A password label followed by the value with no colon or "is": "Guest Wi-Fi is LKEOC-Guest, password
 * Tamarack!2027." Without a separator the label is often just a noun ("password managers", "the password
 * Summer2024! is weak"), so passwordBare() asks more of both the value and the words before the label.
 */
const LABELLED_BARE = /(?<![\p{L}\p{N}_-])(wi-?fi password|wi-?fi key|network key|password|passcode|pwd)[ \t]{1,3}([\p{L}\p{N}][^\s"'“”‘’<>]{5,63})/giu;
/**
 * A login given as a user name and password pair: "the kiosk admin login is circadmin / Kiosk#2025",
 * "credentials: jsmith / Summer2024!", "username/password: admin / Passw0rd". The password is the
 * secret (the user name alone is not); it must look like one (see loginPairValue).
 */
const LOGIN_PAIR = /(?<![\p{L}\p{N}_-])(?:log-?in|logon|sign-?in|credentials|user ?name\s*(?:\/|and)\s*password)(?:[ \t]{0,3}[:=]|[ \t]{1,3}(?:is|are|was|will be))[ \t]{1,3}[\p{L}\p{N}._@-]{2,40}[ \t]{0,3}\/[ \t]{0,3}([^\s"'“”‘’<>]{4,64})/giu;
const LOGIN_PAIR_GATE = /log-?in|logon|sign-?in|credentials|user ?name/i;

/**
 * A password by its shape, without a label right before it: "log in … with the temporary password
 * Thistle!2026", "staging login for testing is lrps_comms / Tide!Pool2026", "use Harbour#Gate7 to sign
 * in". A token of 8–64 characters with lower case, upper case, a digit and a symbol (what sign-up forms
 * demand and words, dates, codes and hashtags lack) within 100 characters after a login word on its line.
 * Advice ("a password like Summer2024! is weak") is left out by the words around it (see shapedPassword).
 */
const SHAPED_TOKEN = /(?<![^\s(“"'‘])[\p{L}\p{N}][^\s"'“”‘’<>()]{7,80}(?![^\s"'“”‘’<>()])/gu;
const SHAPED_GATE = /log-?in|logon|sign-?in|password|passcode|pwd|\bPIN\b|credential|\bcode\b|\buse\b/i;
const SHAPED_LEAD = /(?<![\p{L}\p{N}_-])(?:log-?in|logon|sign-?in|password|passcode|pass ?phrase|pwd|PIN|credentials?|code|use)(?![\p{L}\p{N}_])/giu;
/** Words that make the value an example in advice: "like", "such as", "e.g.", "never use". */
const EXAMPLE_BEFORE = /(?:\blike|\bsuch as|\be\.g\.?|\bfor (?:example|instance)|\bexample|\bexamples|\binstead of|\brather than|\bnot|\bnever(?: use)?|\bavoid(?:ing)?|\bdon['’]t use|\bweak|\bcommon|\bbad|\bpoor)[ \t:,"“‘'(]{0,4}(?:[\p{L}-]{1,20}[ \t]{1,3}){0,2}$/iu;
/** What follows an example password in advice: "… is weak", "… would be cracked in seconds". */
const ADVICE_AFTER = /^[ \t"'”’)]{0,3}(?:is|are|was|would be|will be|isn['’]t|aren['’]t|can be|could be|gets?)[ \t]{1,3}(?:[\p{L}'’-]{1,15}[ \t]{1,3}){0,5}?(?:weak|bad|poor|easy|easily|common|guessable|predictable|terrible|insecure|example|strong|stronger|secure|good|better|fine|ok|okay|safe|unsafe|hack|crack|guess|cracked|hacked|guessed|the (?:kind|sort|type))/iu;

function shapedPassword(token: string): boolean {
  if (token.length < 8 || token.length > 64) return false;
  if (!/\p{Ll}/u.test(token) || !/\p{Lu}/u.test(token) || !/\d/.test(token) || !/[^\p{L}\p{N}]/u.test(token)) return false;
  // Links, addresses, paths, handles and hashtags have their own shapes (and rules).
  if (/:\/\/|^www\.|@|\/|\\/.test(token) || /\.[a-z]{2,6}$/i.test(token)) return false;
  return !isPlaceholderValue(token) && !hasSequentialRun(token);
}

/** Context that makes a bare "password X" a handed-out login: a network or user name just before it. */
const LOGIN_CONTEXT = /\b(?:wi-?fi|ssid|network|user ?name|username|user|login|log ?in|account)\b/i;
/** Words before a bare label that make it a noun in advice ("the password", "a weak password"). */
const ADVICE_BEFORE = /\b(?:a|an|the|your|my|our|their|his|her|its|this|that|same|weak|strong|common|old|new|default|example|usual|like|such as|e\.g\.)\s*$/i;

/** Words every KEY_VALUE keyword contains; same flags as KEY_VALUE. */
const KEY_VALUE_GATE = /key|token|secret|pass|pwd/iu;

/**
 * A keyword naming a secret, then its value: `API key: X`, `key X`, `the token is X`, `DB_PASSWORD=X`,
 * `client_secret => "X"`, `(key X)`. Group 2 is an assignment operator, group 3 "is"/"was"; neither means
 * the value follows a bare space, where more is asked of it (keyValueAccepted). Spaces and tabs only.
 */
const KEY_VALUE =
  /(?<![\p{L}\p{N}_.?&/-])((?:[A-Za-z][A-Za-z0-9]{0,20}[_.-]){0,3}(?:api[_ -]?key|apikey|api[_ -]?secret|api[_ -]?token|secret[_ -]?key|access[_ -]?key(?:[_ -]?id)?|access[_ -]?token|auth[_ -]?token|refresh[_ -]?token|bearer[_ -]?token|client[_ -]?secret|app[_ -]?secret|private[_ -]?key|signing[_ -]?key|account[_ -]?key|shared[_ -]?key|master[_ -]?key|licen[cs]e[_ -]?key|sas[_ -]?token|token|secret|key|password|passwd|pwd|pass)(?:[_.-][A-Za-z0-9]{1,20}){0,2})(?:[ \t]{0,3}(:{1,3}=|=>|\?=|[:=])[ \t]{0,3}|[ \t]{1,3}(is|was)[ \t]{1,3}|[ \t]{1,3})(?:["'`“‘(][ \t]{0,2})?([A-Za-z0-9+/_.=~@#$%^*!|:{}-]{1,512})/giu;

/**
 * Keywords that name something public or a property of a key, not a secret: `public_key`, `csrf-token`,
 * `key_length`, `next_page_token`, `key_down_event`.
 */
const NOT_SECRET_KEYWORD =
  /(?:^|[_.-])(?:public|publishable|csrf|xsrf|page|next|continuation|cursor|sync|pagination)(?:[_.-]|$)|public[_ -]?key|(?:key|token|secret)[_.-](?:length|len|size|name|names|type|file|path|url|uri|event|down|up|press|count|format|field|column|prefix|suffix|header|param|version|hint|label|text|description|store|map|set|list|pair|policy|rotation|arn|location|algorithm|alg|mode|index|hash|expiry|expires|ttl)(?:[_.-]|$)/i;

const PAIR_KEYWORD = /^(?:key|token|secret|password|passwd|pwd|pass)$/i;
const isAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isPairSep = (c: number): boolean => c === 0x5f || c === 0x2e || c === 0x2d; // _ . -

/**
 * A keyword pair inside a value: `…|secret:…`, `…&api_key=…`. What
 * `/[^A-Za-z0-9](?:[A-Za-z0-9]+[_.-])*(?:key|token|secret|password|passwd|pwd|pass)(?:[_.-][A-Za-z0-9]+)*[:=]/i`
 * finds (a name of alphanumeric segments joined by single `_ . -`, one segment a keyword, after a character
 * that is not alphanumeric, before `:` or `=`), in one pass: that pattern backtracks cubically on
 * `-PWD-0-PWD-0…` (a third of a second on a 512-character value, and a draft holds hundreds of values).
 * From each `:` or `=`, the segments before it are read back to the first character that cannot join
 * them, so each character is read at most twice.
 */
export function hasInnerPair(raw: string): boolean {
  for (let eq = 0; eq < raw.length; eq++) {
    const c = raw.charCodeAt(eq);
    if (c !== 0x3a && c !== 0x3d) continue;
    let end = eq;
    for (;;) {
      let s = end;
      while (s > 0 && isAlnum(raw.charCodeAt(s - 1))) s--;
      // An empty segment, or one with nothing before it, ends the name.
      if (s === end || s === 0) break;
      if (PAIR_KEYWORD.test(raw.slice(s, end))) return true;
      if (!isPairSep(raw.charCodeAt(s - 1))) break;
      end = s - 1;
    }
  }
  return false;
}

/** Keywords naming a password rather than a key or token. */
const PASSWORD_WORD = /(?:^|[_.\- ])(?:password|passwd|pwd|pass)(?:$|[_.\- ])/i;
/** A value that names where the secret comes from rather than the secret. */
const INDIRECT_VALUE = /^(?:process\.env|os\.environ|env\.|secrets\.|getenv|vault:|ENV\[|config\.)|:\/\//i;

/** Secret-bearing query parameters (`?api_key=…`, `&sig=…`). */
const QUERY_SECRET = /[?&](api[_-]?key|apikey|key|token|access[_-]?token|auth|sig|signature|secret|client[_-]?secret|password|pwd|passwd)=([^&\s#"'<>)]{8,512})/gi;

/** Query parameters whose name says the value is a secret, whatever its shape (`api_key=<a UUID>`). */
const NAMED_SECRET_PARAM = /^(?:api[_-]?key|apikey|access[_-]?token|client[_-]?secret|secret|sig|signature|password|pwd|passwd|token)$/i;

/**
 * Is a query parameter's value a secret? A random-looking value after any secret-bearing name; after a
 * name that says "secret" (`api_key`, `access_token`, `sig`), also a UUID or any value with a digit (keys
 * are issued in many shapes). Placeholders (`YOUR_KEY`, `{token}`) and typed runs are documentation.
 */
function querySecretAccepted(name: string, value: string): boolean {
  if (isPlaceholderValue(value) || hasSequentialRun(value)) return false;
  if (looksRandom(value)) return true;
  if (!NAMED_SECRET_PARAM.test(name)) return false;
  if (isUuid(value)) return true;
  return /\d/.test(value) && /^[A-Za-z0-9._~+/=%-]+$/.test(value) && !/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(value) && !/^(?:true|false|yes|no|on|off)$/i.test(value);
}

const BEARER = /\bBearer[ \t]{1,3}([A-Za-z0-9._~+/-]{20,2000}=*)/g;

/** Values that document a format rather than reveal a secret. */
const PLACEHOLDER =
  /^(?:x+|\*+|•+|\.+|#+|0+|-+|_+)$|\$\{|\{\{|\{[A-Za-z_]{1,40}\}|^\{[A-Za-z_]|^\$[A-Za-z_][A-Za-z0-9_]*$|abc\w{0,4}123|^%[A-Za-z_]+%$|^<[^>]{0,60}>?$|^\[|%s|%\(|^(?:your|my|the|a|an)[_-]|^your|(?:^|[_-])(?:here|xxx+|foo|bar|todo|tbc|none|null|undefined)(?:$|[_-]|\d{1,4}$)|example|sample|placeholder|redacted|changeme|change[_-]me|changeit|replace[_-]?me|dummy|fake|deadbeef|cafebabe|x{4,}|\*{3,}|•{2,}/i;
/**
 * "test" marks a placeholder (`test_api_key`, `testtoken1`) unless a random value of its own follows it:
 * `test_f69dbb748c3d7ca2f21d1fae46eec6333c2` is a provider's real test-mode key.
 */
const TEST_MARKER = /(?:^|[_-])test(?:ing)?(?:$|[_-]|\d{1,4}$)/i;

/** Ordinary words that follow "password is", "PIN:" and the like in public advice. */
const STOPWORDS = new Set(
  'a an the your yours my our their his her its this that these those it them you we they one same different new old strong weak secure unique long short private personal confidential secret safe required needed optional provided sent shown below above incorrect wrong invalid expired changed reset protected hidden case-sensitive sensitive never not no only just always usually also still now then too and or but for to of in on at by with from as if when before after please enter use used using needs must should can will may might be been being set created chosen important easy hard simple number numbers code codes characters letters digits memorable something anything nothing everything what which who whose how'.split(
    ' ',
  ),
);

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (!value) return 0;
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  const n = [...value].length;
  let h = 0;
  for (const k of counts.values()) {
    const p = k / n;
    h -= p * Math.log2(p);
  }
  return h;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** True for values like `12345678`, `abcdefgh`, `aaaaaaaa`. */
export function isSequential(value: string): boolean {
  if (value.length < 4) return false;
  let up = true;
  let down = true;
  let same = true;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    if (d !== 1) up = false;
    if (d !== -1) down = false;
    if (d !== 0) same = false;
  }
  return up || down || same;
}

/**
 * Does `secret` (a whole token or a value) document a format rather than carry a secret? What the
 * detectors skip: templates, redactions, runs of x, asterisks or zeros, EXAMPLE keys, typed runs ("abc123").
 */
export function isPlaceholderSecret(secret: string): boolean {
  // (16 identical characters other than A: X bearer tokens open with 22 A's.)
  return isPlaceholderValue(secret) || isPlaceholderToken(secret, '') || hasSequentialRun(secret) || /([B-Zb-z0-9])\1{15}/.test(secret);
}

/** True for template slots and documentation placeholders (`${API_KEY}`, `{{token}}`, `your_api_key`, `****`). */
export function isPlaceholderValue(value: string): boolean {
  if (PLACEHOLDER.test(value) || isSequential(value)) return true;
  const test = TEST_MARKER.exec(value);
  if (!test) return false;
  const rest = value.slice(0, test.index) + value.slice(test.index + test[0].length);
  return !(rest.length >= 20 && shannonEntropy(rest) >= 3.3);
}

function classes(value: string): number {
  return (/[a-z]/.test(value) ? 1 : 0) + (/[A-Z]/.test(value) ? 1 : 0) + (/\d/.test(value) ? 1 : 0) + (/[^A-Za-z0-9]/.test(value) ? 1 : 0);
}

/**
 * Does a keyword=value value look like a machine-generated secret? Random strings have high entropy
 * and mix character classes; words, dates, file names and identifiers do not.
 */
export function looksRandom(value: string): boolean {
  if (value.length < 8 || isPlaceholderValue(value) || isUuid(value)) return false;
  if (/^[a-z]+(?:[-_ .][a-z]+)*$/i.test(value) && !/[a-z][A-Z]{2}|[A-Z]{2}[a-z]{2}[A-Z]/.test(value)) return false; // words
  if (hasSequentialRun(value) || isIdentifierLike(value)) return false;
  if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(value) || /\.(?:pdf|docx?|xlsx?|png|jpe?g|html?|md|txt|csv)$/i.test(value)) return false;
  const h = shannonEntropy(value);
  const hex = /^[0-9a-f]+$/i.test(value);
  if (hex) return value.length >= 16 && h >= 2.7 && /\d/.test(value) && /[a-f]/i.test(value);
  if (classes(value) < 2) return value.length >= 24 && h >= 4.0;
  // (A random 16-character value over 36 symbols has about 3.7 bits; words with a digit about 3.)
  return value.length >= 16 ? h >= 3.3 : h >= 2.9;
}

/**
 * Dotted, dashed or snake-case names ("jetbrains.mps.v8_elimination", "NEXUS-GPT4-API-KEY",
 * "XSalsa20.key_length"): two or more parts that are short pronounceable words, few digits.
 */
function isIdentifierLike(value: string): boolean {
  const parts = value.split(/[._-]+/).filter(Boolean);
  if (parts.length < 2 || (value.match(/\d/g)?.length ?? 0) > 4) return false;
  const wordy = parts.filter((p) => /^[A-Za-z]{2,15}\d{0,2}$/.test(p) && /[aeiouyAEIOUY]/.test(p));
  return wordy.length >= 2 && wordy.length * 2 >= parts.length;
}

/** Random upper- or lower-case letters (few vowels), as opposed to a word: "suGAULTPTMYLFK". */
function lettersLookRandom(value: string): boolean {
  const letters = value.replace(/[^A-Za-z]/g, '');
  const vowels = letters.replace(/[^aeiouAEIOU]/g, '').length;
  return value.length >= 12 && letters.length >= 10 && vowels / letters.length <= 0.25 && shannonEntropy(value) >= 3.2;
}

function trimValue(value: string): string {
  return value.replace(/(?<![.,;:)\]}'"”’])[.,;:)\]}'"”’]+$/u, '');
}

function isCodeLabel(label: string): boolean {
  return /code|pin/i.test(label) && !/^(?:wi-?fi|network)/i.test(label);
}

/** A password-like value after a label: not an ordinary word, not a placeholder. */
function passwordValue(label: string, value: string, quoted: boolean, separator: 'colon' | 'is', after: string): boolean {
  const lower = value.toLowerCase();
  if (STOPWORDS.has(lower) || isPlaceholderValue(value) || value.length < 3) return false;
  if (isCodeLabel(label)) {
    // PINs and door codes are digits (with # or *), 3–12 long: "PIN: 4821", "door code is 1234#".
    return /^[0-9#*]{3,12}$/.test(value) && /\d{3}/.test(value) && !isSequential(value.replace(/[#*]/g, '')) && !/^(?:19|20)\d\d$/.test(value);
  }
  if (quoted) return value.length >= 4;
  const strong = /\d/.test(value) || /[^\p{L}\p{N}]/u.test(value) || /\p{Ll}\p{Lu}/u.test(value);
  if (separator === 'colon') {
    // "Password: swordfish" at the end of a line is a value; "Password: use at least 12 characters" is advice.
    return strong || value.length >= 4 && /^\s*(?:$|[\n\r.,;)!]|\s[-–—(])/.test(after);
  }
  return strong && value.length >= 6;
}

/**
 * A bare "password X" is reported only when X looks like a password (letters and digits, or a Wi-Fi key of
 * 8+ digits) and the label starts a clause (after punctuation, "and" or a line break) or follows a network
 * or user name, and not after "the", "a weak" and the like ("the password Summer2024! is weak" is advice).
 */
function passwordBare(label: string, value: string, before: string): boolean {
  if (isPlaceholderValue(value) || value.length < 6) return false;
  const wifi = /^(?:wi-?fi|network)/i.test(label);
  const letterDigit = /\p{L}/u.test(value) && /\d/.test(value);
  if (!letterDigit && !(wifi && /^\d{8,}$/.test(value))) return false;
  if (/^(?:19|20)\d\d(?:[-/.]\d|s$)|^\d{1,2}(?:am|pm|th|st|nd|rd)$/i.test(value)) return false;
  if (ADVICE_BEFORE.test(before)) return false;
  return wifi || /(?:^|[,;:(|/•·–—\n]|\band|\bplus|\bwith)\s*$/i.test(before) || LOGIN_CONTEXT.test(before.slice(-80));
}

/**
 * Is `value` after a secret's keyword the secret? Passwords only in an assignment (`DB_PASSWORD=…`,
 * `db_password: …`; prose "password: …" is LABELLED's); keys and tokens when random-looking, a UUID
 * (Heroku, Snyk and others issue UUID keys) or a long run of digits. After a bare space ("key X") the
 * value must also carry a digit or be long, so "key stakeholders" and "token gestures" stay clean.
 */
function keyValueAccepted(keyword: string, separator: string | undefined, value: string): boolean {
  if (value.length < 4 || isPlaceholderValue(value) || hasSequentialRun(value) || INDIRECT_VALUE.test(value) || STOPWORDS.has(value.toLowerCase())) return false;
  if (PASSWORD_WORD.test(keyword) && !/key|token|secret/i.test(keyword)) {
    // An assignment only; "Password: …" and "password is …" in prose are LABELLED's.
    const codeStyle = /[_.]|^[A-Z0-9]+$/.test(keyword);
    if (separator === undefined || separator === 'is' || separator === 'was') return false;
    return codeStyle || separator !== ':';
  }
  if (value.length < 8) return false;
  if (separator === undefined && !/\d/.test(value) && value.length < 20 && !lettersLookRandom(value)) return false;
  if (looksRandom(value)) return true;
  if (isUuid(value)) return true;
  return /^\d{16,64}$/.test(value) && !isSequential(value) && shannonEntropy(value) >= 2.5;
}

function isDocumentedExample(found: string): boolean {
  return DOCUMENTED_EXAMPLES.some((e) => found.includes(e) || (found.length >= 16 && e.includes(found)));
}

/** Every secret in `text` (document order, overlaps removed, earliest/longest first). */
export function findSecrets(text: string): SecretMatch[] {
  const out: SecretMatch[] = [];
  const add = (offset: number, endOffset: number, kind: string, label: string): void => {
    if (endOffset > offset) out.push({ offset, endOffset, kind, label });
  };

  // One pass over the END markers, so many BEGINs without an END stay linear.
  // Each family below needs a literal its patterns cannot match without (a prefix, a keyword, `=`, `://`):
  // test for it first, so ordinary posts skip the big patterns. (A literal that starts with a rare
  // character is found fastest: "PRIVATE KEY", not " PRIVATE KEY".)
  if (text.includes('PRIVATE KEY')) {
    const ends = [...text.matchAll(PRIVATE_KEY_END)].map((m) => m.index + m[0].length);
    let e = 0;
    for (const m of text.matchAll(PRIVATE_KEY_BEGIN)) {
      while (e < ends.length && ends[e]! <= m.index) e++;
      const end = ends[e];
      const closed = end !== undefined && end - m.index < 20_000;
      // A block with its END marker but no key material in between is a documentation stub.
      if (closed && (text.slice(m.index + m[0].length, end).match(/[A-Za-z0-9+/=]/g)?.length ?? 0) < 40) continue;
      add(m.index, closed ? end : m.index + m[0].length, 'private-key', 'a private key');
    }
  }
  if (text.includes('PuTTY-User-Key-File-')) {
    for (const m of text.matchAll(PUTTY_KEY)) add(m.index, m.index + m[0].length, 'private-key', 'a PuTTY private key');
  }

  findPrefixedTokens(text, add);
  if (TOKEN_GATE.test(text)) for (const p of TOKEN_PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      if (p.accept && !p.accept(m[0])) continue;
      add(m.index, m.index + m[0].length, p.kind, p.label);
    }
  }

  if (text.includes('://') && text.includes('@')) for (const m of text.matchAll(URL_CREDENTIALS)) {
    const pass = m[2]!;
    if (isPlaceholderValue(pass) || /^(?:pass(?:word)?|pwd|secret|token|\*+)$/i.test(pass)) continue;
    const start = m.index + m[0].indexOf('://') + 3;
    add(start, start + m[1]!.length + 1 + pass.length, 'url-credentials', 'a user name and password in a URL');
  }

  if (LABELLED_GATE.test(text)) for (const m of text.matchAll(LABELLED)) {
    const label = m[1]!;
    const quoted = m[4] !== '';
    const value = trimValue(m[5]!);
    const start = m.index + m[0].length - m[5]!.length;
    const after = text.slice(start + value.length, start + value.length + 3);
    if (!passwordValue(label, value, quoted, m[2] ? 'colon' : 'is', after)) continue;
    const code = isCodeLabel(label);
    add(start, start + value.length, code ? 'access-code' : 'password', /pin/i.test(label) ? 'a PIN' : code ? 'an access code' : 'a password');
  }

  if (LOGIN_PAIR_GATE.test(text) && text.includes('/')) for (const m of text.matchAll(LOGIN_PAIR)) {
    const value = trimValue(m[1]!);
    // A password has a digit or symbol beside its letters ("Kiosk#2025"), and is not a placeholder or a path.
    if (value.length < 6 || isPlaceholderValue(value) || !/\p{L}/u.test(value) || !/[\d\p{P}\p{S}]/u.test(value) || /^(?:https?:|www\.)/i.test(value) || /\//.test(value)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    add(start, start + value.length, 'password', 'a password');
  }

  if (SHAPED_GATE.test(text)) for (const m of text.matchAll(SHAPED_TOKEN)) {
    // A value shown cut short ("ops_eyJz…", "abc...") documents a format.
    let end = m[0].length;
    while (end > 0 && ')]}"\'”’,;:'.includes(m[0][end - 1]!)) end--;
    if (m[0].slice(0, end).endsWith('...') || m[0].slice(0, end).endsWith('…')) continue;
    const token = trimValue(m[0]);
    if (!shapedPassword(token)) continue;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const before = text.slice(Math.max(lineStart, m.index - 100), m.index);
    SHAPED_LEAD.lastIndex = 0;
    if (!SHAPED_LEAD.test(before)) continue;
    // After a key's or token's name the keyword detectors decide (their placeholders and shapes).
    if (/\b(?:key|token|secret|api)\b[^\n]{0,20}$/i.test(before)) continue;
    if (EXAMPLE_BEFORE.test(before) || ADVICE_AFTER.test(text.slice(m.index + token.length, m.index + token.length + 60))) continue;
    add(m.index, m.index + token.length, 'password', 'a password');
  }

  if (LABELLED_GATE.test(text)) for (const m of text.matchAll(LABELLED_BARE)) {
    const value = trimValue(m[2]!);
    if (!passwordBare(m[1]!, value, text.slice(Math.max(0, m.index - 120), m.index))) continue;
    const start = m.index + m[0].length - m[2]!.length;
    add(start, start + value.length, 'password', 'a password');
  }

  if (KEY_VALUE_GATE.test(text)) {
    // exec with lastIndex set by hand: a rejected value is searched again from its start, so a short
    // or placeholder value never swallows the pair after it ("token=short&api_key=…").
    // (At most three retries inside one rejected value, so "key=key=key=…" stays linear.)
    KEY_VALUE.lastIndex = 0;
    let m: RegExpExecArray | null;
    let rejectedEnd = -1;
    let retries = 0;
    while ((m = KEY_VALUE.exec(text))) {
      const raw = m[4]!;
      const valueStart = m.index + m[0].length - raw.length;
      const value = trimValue(raw.replace(/(?<![:|])[:|]+$/, ''));
      const keyword = m[1]!;
      // A value holding another keyword's pair ("abc|secret:…") is two values: the inner one is found on retry.
      const truncated = hasInnerPair(raw) || /\.\.$/.test(raw) || TRUNCATED_AFTER.test(text.slice(valueStart + raw.length, valueStart + raw.length + 4));
      if (!truncated && !NOT_SECRET_KEYWORD.test(keyword) && keyValueAccepted(keyword, m[2] ?? m[3], value)) {
        add(valueStart, valueStart + value.length, 'keyword-secret', `a value labelled "${keyword.replace(/\s+/g, ' ')}"`);
        KEY_VALUE.lastIndex = valueStart + Math.max(1, value.length);
        continue;
      }
      const end = m.index + m[0].length;
      if (valueStart < rejectedEnd) retries++;
      else retries = 0;
      rejectedEnd = Math.max(rejectedEnd, end);
      KEY_VALUE.lastIndex = retries >= 3 ? rejectedEnd : Math.max(m.index + 1, valueStart);
    }
  }
  if (text.includes('=')) for (const m of text.matchAll(QUERY_SECRET)) {
    const value = trimValue(m[2]!);
    if (!querySecretAccepted(m[1]!, decodeSafe(value))) continue;
    const start = m.index + m[0].length - m[2]!.length;
    add(start, start + value.length, 'url-secret', `a "${m[1]}" parameter in a URL`);
  }
  if (text.includes('Bearer')) for (const m of text.matchAll(BEARER)) {
    if (!looksRandom(m[1]!)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    add(start, start + m[1]!.length, 'bearer-token', 'a bearer token');
  }

  out.sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
  const kept: SecretMatch[] = [];
  for (const s of out) {
    const last = kept[kept.length - 1];
    if (last && s.offset < last.endOffset) continue;
    if (isDocumentedExample(text.slice(s.offset, s.endOffset))) continue;
    kept.push(s);
  }
  return kept;
}

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
