// URL and mention extraction from plain post text (hashtags: src/text/words.ts), as the networks' own parsers see them.
// Modelled on twitter-text's extractor (which X, Mastodon and Bluesky all descend from): a URL may have
// a scheme or be a bare domain with a known top-level domain ("riverside.gov.uk/bins"); a schemeless
// single label plus a country code ("nhs.uk") is a link only with a path, as on X. Scanning is
// procedural after one bounded candidate regex, so every step is linear in the input.

/** Country-code TLDs (ASCII), as in twitter-text's list. */
const CC_TLDS =
  'ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by bz ' +
  'ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et eu fi fj fk fm fo fr ' +
  'ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ' +
  'ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt ' +
  'mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw ' +
  'sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ' +
  'ua ug uk um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw';

/**
 * Generic TLDs a public-sector post plausibly links to without a scheme. twitter-text carries the full
 * IANA list; a bare domain on an unlisted new gTLD is counted as text here (a slight overcount on X),
 * which is the safe direction for a length check. URLs with a scheme accept any alphabetic TLD.
 */
const G_TLDS =
  'com net org edu gov mil int info biz name pro mobi asia tel travel jobs museum aero coop cat post xxx ' +
  'app dev page new web site online website blog news media link live life world global today one top xyz ' +
  'shop store online tech digital cloud email network services support help community social city town ' +
  'health care clinic hospital doctor dental nhs school education academy university college study training ' +
  'church foundation charity ngo ong gives giving vote voto law legal lawyer attorney police fire ' +
  'green eco earth energy solar bank insurance finance money jobs work works careers career events ' +
  'art design gallery photo photos photography video film movie music radio sport sports games fun club ' +
  'space center agency group company business consulting management partners solutions systems ' +
  'london scot wales cymru irish kiwi nyc paris berlin amsterdam brussels vlaanderen quebec sydney melbourne ' +
  'africa swiss bayern hamburg wien tokyo istanbul moscow barcelona madrid ' +
  'google youtube amazon apple microsoft';

const TLDS = new Set([...CC_TLDS.split(' '), ...G_TLDS.split(' ')]);
/** Country codes that twitter-text accepts as short schemeless domains anyway ("t.co", "x.tv"). */
const SPECIAL_CC = new Set(['co', 'tv']);

// A candidate host: optional scheme, 1–10 dot-terminated labels, then an alphabetic TLD (or punycode).
// Labels are bounded and must end in '.', so backtracking is bounded per start position; starts are only
// allowed where no word, '@', '#', '$' or URL punctuation precedes (emails and paths are not URLs).
const HOST =
  /(?<![\p{L}\p{N}@＠$#＃_\-./:])(https?:\/\/)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}_-]{0,62}[\p{L}\p{N}])?\.){1,10})([\p{L}]{2,24}|xn--[a-z0-9-]{1,59})(?![\p{L}\p{N}@＠_-])(?::(\d{1,5}))?/giu;
const ASCII_HOST = /^[a-z0-9._-]+$/i;
const ONE_LABEL = /^[^.]+\.$/;

/** Characters allowed inside a path or query (twitter-text's path and query sets, merged). */
const PATH_CHAR = /[\p{L}\p{M}\p{N}!*';:=+,.$/%#[\]\-\u2013_~@|&?()]/u;
/** Characters a path or query may end with (so "…/bins." leaves out the full stop). */
const END_CHAR = /[\p{L}\p{M}\p{N}+\-=_#/&]/u;

export interface UrlMatch {
  /** UTF-16 range in the scanned text. */
  index: number;
  end: number;
  /** The URL as written. */
  url: string;
  /** Written with `http://` or `https://`. */
  scheme: boolean;
  /** Host (with port), lower-cased. */
  host: string;
  /** Everything after the host: path, query and fragment (may be empty). */
  path: string;
}

export interface FindUrlOptions {
  /** Only URLs written with a scheme (Mastodon's counting). */
  requireScheme?: boolean;
}

/** Every URL in plain text, in order. */
export function findUrls(text: string, options: FindUrlOptions = {}): UrlMatch[] {
  const out: UrlMatch[] = [];
  if (text.indexOf('.') === -1) return out;
  HOST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HOST.exec(text))) {
    const scheme = m[1] !== undefined;
    const labels = m[2]!;
    const tld = m[3]!.toLowerCase();
    if (!scheme && options.requireScheme) continue;
    if (!scheme && (!TLDS.has(tld) || !ASCII_HOST.test(labels))) continue;
    let end = m.index + m[0].length;
    const pathStart = end;
    if (text[end] === '/' || text[end] === '?') end = scanPath(text, end);
    const hasPath = end > pathStart;
    // twitter-text: "nhs.uk" alone is not a link; "nhs.uk/bins", "t.co" and "x.com" are.
    if (!scheme && !hasPath && ONE_LABEL.test(labels) && tld.length === 2 && !SPECIAL_CC.has(tld)) continue;
    const hostStart = m.index + (m[1]?.length ?? 0);
    out.push({
      index: m.index,
      end,
      url: text.slice(m.index, end),
      scheme,
      host: text.slice(hostStart, pathStart).toLowerCase(),
      path: text.slice(pathStart, end),
    });
    HOST.lastIndex = end;
  }
  return out;
}

/** Scans a path/query from `from` (at '/' or '?') and returns its end, trailing punctuation trimmed. */
function scanPath(text: string, from: number): number {
  let end = from;
  let depth = 0;
  while (end < text.length) {
    const c = text[end]!;
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    } else if (!PATH_CHAR.test(c)) {
      // Non-BMP letters (e.g. CJK extension B) are rare in paths: stop at any surrogate too.
      break;
    }
    end++;
  }
  // Trim trailing characters that cannot end a URL, and an unclosed '(' run.
  while (end > from + 1) {
    const c = text[end - 1]!;
    if (c === ')' || END_CHAR.test(c)) break;
    end--;
  }
  if (depth > 0) {
    const open = text.lastIndexOf('(', end - 1);
    if (open > from) end = open;
  }
  return end;
}

export interface EntityMatch {
  index: number;
  end: number;
  /** The entity as written, including '@' or '#'. */
  text: string;
}

export interface MentionMatch extends EntityMatch {
  /** The `@user` part (for `@user@domain`, without the domain). */
  user: string;
  /** The domain of a fediverse address, if any. */
  domain?: string;
}

// '@user' or '@user@domain'; not after a word character (emails), '/' or another '@'.
const MENTION = /(?<![\p{L}\p{N}_@＠/.!#$%&*+=-])[@＠]([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,62}[A-Za-z0-9_])?)(?:@((?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.){1,10}[a-z]{2,24}))?(?![\p{L}\p{N}_@])/giu;

/** Every @mention in plain text (outside `skip` ranges, e.g. URLs), in order. */
export function findMentions(text: string, skip: ReadonlyArray<{ index: number; end: number }> = []): MentionMatch[] {
  const out: MentionMatch[] = [];
  if (text.indexOf('@') === -1 && text.indexOf('＠') === -1) return out;
  MENTION.lastIndex = 0;
  for (const m of text.matchAll(MENTION)) {
    const end = m.index + m[0].length;
    if (skip.some((s) => m.index < s.end && s.index < end)) continue;
    const user = `@${m[1]!}`;
    out.push({ index: m.index, end, text: m[0], user, ...(m[2] ? { domain: m[2] } : {}) });
  }
  return out;
}

/** Bluesky's composer display of a link: host + the first 13 characters of a path over 15, then "...". */
export function blueskyDisplayUrl(url: UrlMatch): string {
  const path = url.path === '/' ? '' : url.path;
  const host = url.host;
  return path.length > 15 ? `${host}${path.slice(0, 13)}...` : `${host}${path}`;
}
