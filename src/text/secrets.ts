// Secret detection for public posts, after gitleaks and detect-secrets: well-known token formats,
// private key blocks, credentials inside URLs, labelled passwords and PINs, and keyword=value pairs
// whose value looks random (Shannon entropy), with the usual false-positive guards (templates,
// UUIDs, sequences, documentation placeholders, ordinary words).

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

const B = '(?<![A-Za-z0-9_-])';
const E = '(?![A-Za-z0-9_-])';

/** Well-known token formats: distinctive prefixes with fixed or bounded lengths. All linear. */
export const TOKEN_PATTERNS: readonly TokenPattern[] = [
  { kind: 'aws-access-key', label: 'an AWS access key ID', re: new RegExp(`${B}(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|APKA)[A-Z0-9]{16}${E}`, 'g'), accept: (v) => /\d/.test(v.slice(4)) },
  { kind: 'github-token', label: 'a GitHub token', re: new RegExp(`${B}gh[pousr]_[A-Za-z0-9]{36,255}${E}`, 'g') },
  { kind: 'github-token', label: 'a GitHub fine-grained token', re: new RegExp(`${B}github_pat_[A-Za-z0-9_]{22,255}${E}`, 'g') },
  { kind: 'gitlab-token', label: 'a GitLab token', re: new RegExp(`${B}gl(?:pat|ptt|dt|rt)-[A-Za-z0-9_-]{20,64}${E}`, 'g') },
  { kind: 'npm-token', label: 'an npm token', re: new RegExp(`${B}npm_[A-Za-z0-9]{36}${E}`, 'g') },
  { kind: 'slack-token', label: 'a Slack token', re: new RegExp(`${B}xox[abposr]-[A-Za-z0-9-]{10,250}${E}`, 'g') },
  { kind: 'slack-token', label: 'a Slack app token', re: new RegExp(`${B}xapp-\\d-[A-Za-z0-9-]{10,250}${E}`, 'g') },
  { kind: 'slack-webhook', label: 'a Slack webhook URL', re: /https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{10,300}/g, accept: (v) => !/X{6,}|x{6,}|0{8,}\/B0{8,}/.test(v) },
  { kind: 'teams-webhook', label: 'a Microsoft Teams webhook URL', re: /https?:\/\/[A-Za-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2\/[^\s<>"')\]]{10,500}/g },
  { kind: 'teams-webhook', label: 'a Microsoft Teams webhook URL', re: /https?:\/\/outlook\.office(?:365)?\.com\/webhook\/[^\s<>"')\]]{10,500}/g },
  { kind: 'power-automate-webhook', label: 'a Power Automate trigger URL', re: /https?:\/\/[A-Za-z0-9.-]{1,100}\.logic\.azure\.com(?::\d{1,5})?\/workflows\/[^\s<>"')\]]{1,500}?sig=[A-Za-z0-9%_-]{20,200}/g },
  { kind: 'discord-webhook', label: 'a Discord webhook URL', re: /https?:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{5,30}\/[A-Za-z0-9_-]{20,200}/g },
  { kind: 'stripe-key', label: 'a Stripe live secret key', re: new RegExp(`${B}(?:sk|rk)_live_[A-Za-z0-9]{10,247}${E}`, 'g') },
  { kind: 'stripe-test-key', label: 'a Stripe test secret key', re: new RegExp(`${B}(?:sk|rk)_test_[A-Za-z0-9]{10,247}${E}`, 'g') },
  { kind: 'google-api-key', label: 'a Google API key', re: new RegExp(`${B}AIza[0-9A-Za-z_-]{35}${E}`, 'g') },
  { kind: 'google-oauth-secret', label: 'a Google OAuth client secret', re: new RegExp(`${B}GOCSPX-[A-Za-z0-9_-]{28}${E}`, 'g') },
  { kind: 'openai-key', label: 'an OpenAI API key', re: new RegExp(`${B}sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200}${E}`, 'g') },
  { kind: 'openai-key', label: 'an OpenAI API key', re: new RegExp(`${B}sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,250}${E}`, 'g') },
  { kind: 'anthropic-key', label: 'an Anthropic API key', re: new RegExp(`${B}sk-ant-(?:api|admin)\\d{2}-[A-Za-z0-9_-]{80,120}${E}`, 'g') },
  { kind: 'sendgrid-key', label: 'a SendGrid API key', re: new RegExp(`${B}SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${E}`, 'g') },
  { kind: 'mailchimp-key', label: 'a Mailchimp API key', re: /(?<![0-9a-f])[0-9a-f]{32}-us\d{1,2}(?![A-Za-z0-9])/g },
  { kind: 'shopify-token', label: 'a Shopify access token', re: new RegExp(`${B}shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}${E}`, 'g') },
  { kind: 'facebook-token', label: 'a Facebook access token', re: new RegExp(`${B}EAA[A-Za-z0-9]{100,400}${E}`, 'g') },
  { kind: 'telegram-bot-token', label: 'a Telegram bot token', re: /(?<![\d:])\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g },
  { kind: 'jwt', label: 'a JSON Web Token', re: new RegExp(`${B}eyJ[A-Za-z0-9_-]{8,2000}\\.eyJ[A-Za-z0-9_-]{8,4000}\\.[A-Za-z0-9_-]{0,1000}${E}`, 'g') },
];

/** A literal every TOKEN_PATTERNS entry contains (same case sensitivity as the patterns). */
const TOKEN_GATE =
  /AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|APKA|gh[pousr]_|github_pat_|gl(?:pat|ptt|dt|rt)-|npm_|xox[abposr]-|xapp-|hooks\.slack\.com|webhook|logic\.azure\.com|discord|_live_|_test_|AIza|GOCSPX-|sk-|SG\.|-us\d|shp(?:at|ca|pa|ss)_|EAA|:AA|eyJ/;
/** Words every LABELLED label contains; same flags as LABELLED (with `iu`, K also matches the Kelvin sign). */
const LABELLED_GATE = /pass|pwd|pin|code|key/iu;
/** Words every KEY_VALUE keyword contains; same flags as KEY_VALUE. */
const KEY_VALUE_GATE = /key|token|secret/iu;

const PRIVATE_KEY_BEGIN = /-----BEGIN[ A-Z0-9]{0,40} PRIVATE KEY(?: BLOCK)?-----/g;
const PRIVATE_KEY_END = /-----END[ A-Z0-9]{0,40} PRIVATE KEY(?: BLOCK)?-----/g;
const PUTTY_KEY = /PuTTY-User-Key-File-\d: [a-z0-9-]{3,40}/g;

/** scheme://user:password@host — the password part is what leaks. */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]{1,15}:\/\/([^\s/:@?#<>"'`]{1,128}):([^\s/@?#<>"'`]{1,256})@[A-Za-z0-9.[\]-]{1,253}/gi;

/** Labels for passwords and access codes, followed by `:`/`=`/`is`. */
const LABELLED =
  /(?<![\p{L}\p{N}_])(wi-?fi password|wi-?fi key|network key|password|passwd|passcode|pass ?phrase|pwd|PIN(?: code| number)?|(?:door|entry|access|gate|alarm|key ?safe|lock ?box|building|security|login) code)(?:\s{0,3}([:=]|[-–](?=\s))|\s{1,3}(is|was|will be)(?=\s))\s{0,3}(["'“‘]?)([^\s"'“”‘’<>]{1,64})/giu;

/**
 * A password label followed by the value with no colon or "is": "Guest Wi-Fi is LKEOC-Guest, password
 * Tamarack!2027." Without a separator the label is often just a noun ("password managers", "the password
 * Summer2024! is weak"), so passwordBare() asks more of both the value and the words before the label.
 */
const LABELLED_BARE = /(?<![\p{L}\p{N}_-])(wi-?fi password|wi-?fi key|network key|password|passcode|pwd)[ \t]{1,3}([\p{L}\p{N}][^\s"'“”‘’<>]{5,63})/giu;
/** Context that makes a bare "password X" a handed-out login: a network or user name just before it. */
const LOGIN_CONTEXT = /\b(?:wi-?fi|ssid|network|user ?name|username|user|login|log ?in|account)\b/i;
/** Words before a bare label that make it a noun in advice ("the password", "a weak password"). */
const ADVICE_BEFORE = /\b(?:a|an|the|your|my|our|their|his|her|its|this|that|same|weak|strong|common|old|new|default|example|usual|like|such as|e\.g\.)\s*$/i;

/** Keyword = value pairs where the keyword names a secret. */
const KEY_VALUE =
  /(?<![\p{L}\p{N}_.?&/-])((?:[A-Za-z][A-Za-z0-9]{0,20}[_.-]){0,3}(?:api[_ -]?key|apikey|api[_ -]?secret|api[_ -]?token|secret[_ -]?key|access[_ -]?key(?:[_ -]?id)?|access[_ -]?token|auth[_ -]?token|refresh[_ -]?token|bearer[_ -]?token|client[_ -]?secret|app[_ -]?secret|private[_ -]?key|signing[_ -]?key|account[_ -]?key|shared[_ -]?key|sas[_ -]?token|token|secret)(?:[_.-][A-Za-z0-9]{1,20}){0,2})\s{0,3}[:=]\s{0,3}["'`]?([A-Za-z0-9+/_.=~@#$%^&*!-]{8,256})/giu;

/** Secret-bearing query parameters (`?api_key=…`, `&sig=…`). */
const QUERY_SECRET = /[?&](api[_-]?key|apikey|key|token|access[_-]?token|auth|sig|signature|secret|client[_-]?secret|password|pwd|passwd)=([^&\s#"'<>)]{8,512})/gi;

const BEARER = /\bBearer\s{1,3}([A-Za-z0-9._~+/-]{20,2000}=*)/g;

/** Values that document a format rather than reveal a secret. */
const PLACEHOLDER =
  /^(?:x+|\*+|•+|\.+|#+|0+|-+|_+)$|\$\{|\{\{|\{[A-Za-z_]{1,40}\}|^<[^>]{0,60}>?$|^\[|%s|%\(|^(?:your|my|the|a|an)[_-]|(?:^|[_-])(?:example|sample|placeholder|redacted|changeme|dummy|fake|here|xxx+|foo|bar|todo|tbc|none|null|undefined|test(?:ing)?)(?:$|[_-]|\d{1,4}$)|x{4,}|\*{3,}|•{2,}/i;

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

/** True for template slots and documentation placeholders (`${API_KEY}`, `{{token}}`, `your_api_key`, `****`). */
export function isPlaceholderValue(value: string): boolean {
  return PLACEHOLDER.test(value) || isSequential(value);
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
  if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(value) || /\.(?:pdf|docx?|xlsx?|png|jpe?g|html?|md|txt|csv)$/i.test(value)) return false;
  const h = shannonEntropy(value);
  const hex = /^[0-9a-f]+$/i.test(value);
  if (hex) return value.length >= 16 && h >= 3.0 && /\d/.test(value) && /[a-f]/i.test(value);
  if (classes(value) < 2) return value.length >= 24 && h >= 4.0;
  return value.length >= 16 ? h >= 3.5 : h >= 2.9;
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
      const stop = end !== undefined && end - m.index < 20_000 ? end : m.index + m[0].length;
      add(m.index, stop, 'private-key', 'a private key');
    }
  }
  if (text.includes('PuTTY-User-Key-File-')) {
    for (const m of text.matchAll(PUTTY_KEY)) add(m.index, m.index + m[0].length, 'private-key', 'a PuTTY private key');
  }

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

  if (LABELLED_GATE.test(text)) for (const m of text.matchAll(LABELLED_BARE)) {
    const value = trimValue(m[2]!);
    if (!passwordBare(m[1]!, value, text.slice(Math.max(0, m.index - 120), m.index))) continue;
    const start = m.index + m[0].length - m[2]!.length;
    add(start, start + value.length, 'password', 'a password');
  }

  const assigns = text.includes(':') || text.includes('=');
  if (assigns && KEY_VALUE_GATE.test(text)) for (const m of text.matchAll(KEY_VALUE)) {
    const value = trimValue(m[2]!);
    if (!looksRandom(value)) continue;
    const start = m.index + m[0].length - m[2]!.length;
    add(start, start + value.length, 'keyword-secret', `a value labelled "${m[1]!.replace(/\s+/g, ' ')}"`);
  }
  if (text.includes('=')) for (const m of text.matchAll(QUERY_SECRET)) {
    const value = trimValue(m[2]!);
    if (!looksRandom(decodeSafe(value))) continue;
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
