// Host and URL classification for links that must not reach a public post: intranet and private host
// names, private IP ranges, local files and network shares, and cloud share links (SharePoint,
// OneDrive, Teams, Google Drive/Docs) that usually point at internal documents.

export type HostKind =
  | 'localhost'
  | 'private-ip'
  | 'internal-domain'
  | 'single-label'
  | 'intranet-name'
  | 'sharepoint'
  | 'onedrive'
  | 'teams'
  | 'teams-meeting'
  | 'google-drive'
  | 'file'
  | 'unc';

export interface HostClass {
  kind: HostKind;
  /** Plain-words reason for a message. */
  reason: string;
  /** Cloud share links may be public on purpose: reported as a warning rather than an error. */
  shareLink?: boolean;
}

/** TLD-like suffixes that never resolve on the public internet (RFC 6762, RFC 8375, common AD names). */
const INTERNAL_SUFFIXES = ['local', 'internal', 'corp', 'lan', 'intranet', 'intra', 'localdomain', 'home.arpa', 'private', 'localhost', 'test', 'invalid'];
const PLACEHOLDER_HOSTS = new Set(['host', 'hostname', 'server', 'servername', 'example', 'domain', 'yourdomain', 'yoursite', 'website', 'site', 'url', 'link', 'address', 'x', 'xxx', 'foo', 'bar']);
/** Host labels that name an internal site even under a public domain (intranet.council.gov.uk). */
const INTRANET_LABELS = new Set(['intranet', 'staffnet', 'staff-intranet', 'intranet2', 'internal', 'extranet', 'staffhub', 'insite']);

function ipv4Parts(host: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : undefined;
}

/** RFC 1918, loopback, link-local and carrier-grade NAT addresses. */
export function isPrivateIPv4(host: string): boolean {
  const p = ipv4Parts(host);
  if (!p) return false;
  const [a, b] = p as [number, number, number, number];
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127) || a === 0;
}

/** Loopback, unique-local (fc00::/7) and link-local (fe80::/10) IPv6 addresses. */
export function isPrivateIPv6(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase().replace(/%.*$/, '');
  if (!/^[0-9a-f:.]{2,45}$/.test(h) || !h.includes(':')) return false;
  if (h === '::1' || h === '::') return true;
  return /^f[cd][0-9a-f]{0,2}:/.test(h) || /^fe[89ab][0-9a-f]?:/.test(h);
}

/** Classifies a host name (lower-cased, without port) or returns undefined for an ordinary public host. */
export function classifyHost(rawHost: string): HostClass | undefined {
  const host = rawHost.toLowerCase().replace(/\.$/, '');
  if (!host) return undefined;
  if (host === 'localhost' || host.endsWith('.localhost')) return { kind: 'localhost', reason: 'a localhost address' };
  if (isPrivateIPv4(host) || isPrivateIPv6(host)) return { kind: 'private-ip', reason: 'a private network address' };
  if (ipv4Parts(host)) return undefined;
  const labels = host.split('.');
  if (labels.length === 1) {
    // "https://user:password@host" in how-to text names a placeholder, not a machine.
    if (!/^[a-z0-9-]{1,63}$/.test(host) || PLACEHOLDER_HOSTS.has(host) || /^\d+$/.test(host)) return undefined;
    return { kind: 'single-label', reason: 'a single-label (intranet) host name' };
  }
  for (const suffix of INTERNAL_SUFFIXES) {
    if (host.endsWith(`.${suffix}`)) return { kind: 'internal-domain', reason: `an internal host name (.${suffix})` };
  }
  if (host.endsWith('-my.sharepoint.com')) return { kind: 'onedrive', reason: 'a personal OneDrive link', shareLink: true };
  if (host.endsWith('.sharepoint.com') || host === 'sharepoint.com') return { kind: 'sharepoint', reason: 'a SharePoint link', shareLink: true };
  if (host === '1drv.ms' || host === 'onedrive.live.com' || host.endsWith('.onedrive.live.com')) return { kind: 'onedrive', reason: 'a OneDrive link', shareLink: true };
  if (labels.slice(0, -2).some((l) => INTRANET_LABELS.has(l))) return { kind: 'intranet-name', reason: 'an intranet address' };
  return undefined;
}

export interface ParsedUrl {
  scheme: string;
  host: string;
  path: string;
}

const SHAREPOINT_PATH = /^\/(?:sites|teams)\/[^/?#]{1,80}\/(?:shared(?:%20|\s|_)documents|documents|sitepages|lists|forms)\/|\/_layouts\/15\//;

/** A lenient URL split (no WHATWG normalisation, so `http://intranet/x` and odd ports survive). */
export function splitUrl(url: string): ParsedUrl | undefined {
  const m = /^([a-z][a-z0-9+.-]{0,15}):\/\/(?:[^/?#@\s]{0,200}@)?(\[[0-9a-f:.%a-z]{2,60}\]|[^/?#:\s]{0,253})(?::\d{1,5})?([/?#][^\s]*)?$/i.exec(url);
  if (!m) return undefined;
  return { scheme: m[1]!.toLowerCase(), host: m[2]!.toLowerCase(), path: m[3] ?? '' };
}

/** Classifies a URL with a scheme; undefined for ordinary public links. */
export function classifyUrl(url: string): HostClass | undefined {
  if (/^file:/i.test(url)) return { kind: 'file', reason: 'a link to a local or network file' };
  const u = splitUrl(url);
  if (!u) return undefined;
  if (u.scheme === 'mailto' || u.scheme === 'tel') return undefined;
  const byHost = classifyHost(u.host);
  if (byHost) return byHost;
  const path = u.path.toLowerCase();
  // An on-premises SharePoint library on any host ("edugate.eduweb.vic.gov.au/sites/i/Documents/…"): a site
  // then its document library or pages, or the _layouts pages. (Drupal's public "/sites/default/files/" is
  // a site then "files".)
  if (SHAREPOINT_PATH.test(path)) return { kind: 'sharepoint', reason: 'a SharePoint site link', shareLink: true };
  if (u.host === 'teams.microsoft.com' || u.host === 'teams.live.com') {
    // Meeting invitations are routinely published for public meetings and webinars.
    if (/^\/l\/meetup-join\//.test(path) || /^\/meet\//.test(path)) return { kind: 'teams-meeting', reason: 'a Microsoft Teams meeting link', shareLink: true };
    if (/^\/(?:l|_)\b/.test(path) || path.startsWith('/v2')) return { kind: 'teams', reason: 'a Microsoft Teams link (channel, chat or file)', shareLink: true };
    return undefined;
  }
  if (u.host === 'drive.google.com') {
    if (/^\/(?:file|drive|open|uc|folderview)\b/.test(path)) return { kind: 'google-drive', reason: 'a Google Drive share link', shareLink: true };
    return undefined;
  }
  if (u.host === 'docs.google.com') {
    // Google Forms are published on purpose (surveys, sign-ups); documents and sheets usually are not.
    if (/^\/(?:a\/[^/]{1,100}\/)?(?:document|spreadsheets|presentation|drawings|file)\//.test(path)) return { kind: 'google-drive', reason: 'a Google Docs share link', shareLink: true };
    return undefined;
  }
  return undefined;
}
