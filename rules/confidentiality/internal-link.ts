// confidentiality/internal-link: links and addresses that only work inside the organisation — intranet
// and private host names, private IP addresses, localhost, network shares and local files — and cloud
// share links (SharePoint, OneDrive, Teams, Google Drive/Docs) that usually point at internal documents.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { classifyHost, classifyUrl, isPrivateIPv4, type HostClass } from '../../src/text/hosts.js';

// URLs with a scheme, anywhere in the raw body (prose, autolinks, link destinations, code). Closing
// brackets and trailing punctuation are trimmed afterwards.
const URL_RE = /\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s<>"'`]{1,2000}/gi;
// Host names without a scheme: "intranet.riverside.local/hr", "riverside.sharepoint.com/sites/hr".
// Lower case only, so a missing space after a full stop ("street.Local") is not a host.
const BARE_HOST_RE = /(?<![\w.@/:\\-])((?:[a-z0-9][a-z0-9-]{0,62}\.){1,10}[a-z]{2,24})(?::\d{1,5})?(?:\/[^\s<>"'`]{0,2000})?(?![\w-])/g;
// A bare host is reported only when classifyHost gives one of BARE_KINDS, and each has a dot followed
// by a lower-case letter or digit where BARE_HOST_AT matches: an internal suffix allowed by
// BARE_SUFFIX_OK (".localhost" and ".localdomain" start with ".local", ".intranet" with ".intra"), the
// dot after "home" (home.arpa), "sharepoint", "1drv" or "onedrive", or the dot after an INTRANET_LABELS
// label ("staff-intranet." ends with "intranet."). A private IP never ends in letters. Dots in prose are
// mostly followed by a space, so `scanDots` looks at few places, and a draft without such a dot
// skips the bare-host scan (most of this rule's time on ordinary drafts).
const BARE_HOST_AT = /\.(?:local|intra|internal|corp|lan)|\.(?<=(?:intranet2?|staffnet|internal|extranet|staffhub|insite|home|sharepoint|1drv|onedrive)\.)/y;

/** One pass over the dots of `text`: could it hold a reportable bare host, or an IPv4 address (digit.digit)? */
function scanDots(text: string): { bareHost: boolean; ipv4: boolean } {
  let bareHost = false;
  let ipv4 = false;
  for (let i = text.indexOf('.'); i !== -1 && !(bareHost && ipv4); i = text.indexOf('.', i + 1)) {
    const c = text.charCodeAt(i + 1);
    const digitAfter = c >= 0x30 && c <= 0x39;
    if (!digitAfter && !(c >= 0x61 && c <= 0x7a)) continue;
    if (digitAfter && !ipv4) {
      const b = text.charCodeAt(i - 1);
      ipv4 = b >= 0x30 && b <= 0x39;
    }
    if (!bareHost) {
      BARE_HOST_AT.lastIndex = i;
      bareHost = BARE_HOST_AT.test(text);
    }
  }
  return { bareHost, ipv4 };
}

// Suffixes trusted without a scheme: the others (.test, .private) are too likely in ordinary text.
const BARE_KINDS = new Set(['internal-domain', 'intranet-name', 'sharepoint', 'onedrive', 'localhost', 'private-ip']);
const BARE_SUFFIX_OK = /\.(?:local|internal|corp|lan|intranet|intra|localdomain|home\.arpa)$/;
const IPV4_RE = /(?<![\w.:/])(\d{1,3}(?:\.\d{1,3}){3})(:\d{1,5})?(\/[^\s<>"'`]{0,2000})?(?!\w|\.\d)/g;
// A bare 10.x.x.x or 100.64.x.x needs network context: otherwise it may be a version or section number.
const NETWORK_CONTEXT = /\b(?:ip|address|server|host|vpn|wi-?fi|router|gateway|network|connect|browse|go to|visit|http|ping|printer|proxy|dns|portal|log ?in)\b(?:[ \t]+[a-z]{1,10}){0,3}[ \t]*:?[ \t]*$/i;
const IPV6_RE = /(?<![\w:])(?:f[cd][0-9a-f]{2}|fe80):(?::?[0-9a-f]{1,4}){1,7}(?![\w:])/g;
const LOCALHOST_RE = /(?<![\w.-])localhost(?::\d{1,5})?(?:\/[^\s<>"'`]{0,2000})?(?![\w-])/gi;
const LOCALHOST_GATE = /localhost/i;
const UNC_RE = /(?<![\w\\])\\\\[A-Za-z0-9._$-]{1,63}(?:\\[^\s\\<>"|*?]{1,255}){1,30}/g;
const DRIVE_RE = /(?<![\w/])[A-Z]:\\(?:[^\s\\<>"|*?:]{1,255}\\?){1,30}/g;

interface Hit {
  offset: number;
  endOffset: number;
  cls: HostClass;
}

/** Trims trailing punctuation and an unbalanced closing bracket from a URL found in running text. */
function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    const before = u;
    u = u.replace(/(?<![.,;:!?'"’”])[.,;:!?'"’”]+$/u, '');
    const last = u[u.length - 1];
    if (last === ')' || last === ']' || last === '}') {
      const open = last === ')' ? '(' : last === ']' ? '[' : '{';
      if (u.split(open).length - 1 < u.split(last).length - 1) u = u.slice(0, -1);
    }
    if (u === before) return u;
  }
}

export default defineRule({
  id: 'confidentiality/internal-link',
  category: 'confidentiality',
  description: 'Internal links and locations: intranet and private host names, private IP addresses, localhost, network shares, local files, and SharePoint, OneDrive, Teams or Google Drive share links.',
  docs: {
    rationale:
      'An intranet or share link does not work for the public and tells attackers about internal systems and documents; a cloud share link may expose an internal document to anyone who has it. Link to a public page instead.',
    flagged: [
      'Full details are on the intranet: http://intranet.riverside.local/hr/restructure-2027.docx',
      'The slides are at \\\\fileserver01\\comms\\briefing.pptx',
      'Read it here: https://riverside.sharepoint.com/sites/HR/Shared%20Documents/plan.docx',
    ],
    clean: ['Check your new bin day at riverside.gov.uk/bins', 'Have your say: https://forms.office.com/r/AbC123', 'Watch the meeting live on YouTube.'],
  },
  defaultSeverity: 'error',
  topics: ['account-security', 'confidential-information'],
  options: z.object({}).strict(),
  check(ctx) {
    const { text, bodyOffset } = ctx.doc;
    // Each scan below runs only when the text has a literal (or short pattern) that every match of its
    // regex contains, with the same case sensitivity: ordinary drafts have none, and the tests are far
    // cheaper than the scans. An IPv4 match contains a digit, a dot and a digit; an IPv6 match reported
    // (in the body) has a colon in the body (the frontmatter always has one); network shares and drive
    // paths need a backslash.
    const schemeUrls = text.includes('://');
    const dots = scanDots(text);
    const ipv6 = text.indexOf(':', bodyOffset) !== -1;
    const localhost = LOCALHOST_GATE.test(text);
    const paths = text.includes('\\');
    if (!schemeUrls && !dots.bareHost && !dots.ipv4 && !ipv6 && !localhost && !paths) return;
    const comments = ctx.doc.comments;
    const inComment = (o: number): boolean => comments.some((c) => o >= c.offset && o < c.endOffset);
    const hits: Hit[] = [];
    const add = (offset: number, endOffset: number, cls: HostClass): void => {
      if (offset < bodyOffset || inComment(offset)) return;
      hits.push({ offset, endOffset, cls });
    };
    const urlSpans: Array<[number, number]> = [];

    if (schemeUrls) {
      for (const m of text.matchAll(URL_RE)) {
        const url = trimUrl(m[0]);
        urlSpans.push([m.index, m.index + url.length]);
        const cls = classifyUrl(url);
        if (cls) add(m.index, m.index + url.length, cls);
      }
    }
    const inUrl = (o: number): boolean => urlSpans.some(([s, e]) => o >= s && o < e);

    if (dots.bareHost) {
      for (const m of text.matchAll(BARE_HOST_RE)) {
        if (inUrl(m.index)) continue;
        const host = m[1]!;
        const cls = classifyHost(host);
        if (!cls || !BARE_KINDS.has(cls.kind)) continue;
        if (cls.kind === 'internal-domain' && !BARE_SUFFIX_OK.test(host)) continue;
        add(m.index, m.index + trimUrl(m[0]).length, cls);
      }
    }
    if (dots.ipv4) {
      for (const m of text.matchAll(IPV4_RE)) {
        if (inUrl(m.index) || !isPrivateIPv4(m[1]!)) continue;
        const [a, b] = m[1]!.split('.').map(Number) as [number, number];
        const distinctive = (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || a === 127 || (a === 169 && b === 254);
        if (!distinctive && !m[2] && !m[3] && !NETWORK_CONTEXT.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
        add(m.index, m.index + trimUrl(m[0]).length, { kind: 'private-ip', reason: 'a private network address' });
      }
    }
    if (ipv6) {
      for (const m of text.matchAll(IPV6_RE)) {
        if (inUrl(m.index)) continue;
        add(m.index, m.index + m[0].length, { kind: 'private-ip', reason: 'a private network address' });
      }
    }
    if (localhost) {
      for (const m of text.matchAll(LOCALHOST_RE)) {
        if (inUrl(m.index)) continue;
        add(m.index, m.index + trimUrl(m[0]).length, { kind: 'localhost', reason: 'a localhost address' });
      }
    }
    if (paths) {
      for (const m of text.matchAll(UNC_RE)) add(m.index, m.index + trimUrl(m[0]).length, { kind: 'unc', reason: 'a network share path' });
      for (const m of text.matchAll(DRIVE_RE)) {
        const path = trimUrl(m[0]);
        if (path.length > 3) add(m.index, m.index + path.length, { kind: 'file', reason: 'a local or network drive path' });
      }
    }

    hits.sort((x, y) => x.offset - y.offset || y.endOffset - x.endOffset);
    let lastEnd = -1;
    for (const h of hits) {
      if (h.offset < lastEnd) continue;
      lastEnd = h.endOffset;
      const share = h.cls.shareLink === true;
      ctx.report({
        offset: h.offset,
        endOffset: h.endOffset,
        message: h.cls.kind === 'teams-meeting'
          ? 'This is a Microsoft Teams meeting link: fine for a public meeting or webinar, but check it is not a staff meeting.'
          : share
          ? `This is ${h.cls.reason}, which usually points at an internal document or conversation: link to a published public page instead, or confirm it is meant to be public.`
          : `This is ${h.cls.reason}: it only works inside the organisation and exposes internal systems. Link to a public page instead.`,
        ...(h.cls.kind === 'teams-meeting' ? { severity: 'info' as const } : share && ctx.severity === 'error' ? { severity: 'warning' as const } : {}),
      });
    }
  },
});
