// The X (Twitter) archive: data/tweets.js (and tweets-part1.js, …), each `window.YTD.tweets.partN = [
// { "tweet": { id_str, full_text, created_at, in_reply_to_status_id_str, extended_entities.media } } ]`;
// the account's handle from data/account.js for the post links.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isoDate, type AuditPost } from '../post.js';
import { jsonArrayItems } from './json-array.js';
import { countedStream, type Progress } from './source.js';

interface Tweet {
  id_str?: string;
  id?: string;
  full_text?: string;
  text?: string;
  created_at?: string;
  in_reply_to_status_id_str?: string | null;
  extended_entities?: { media?: Array<{ type?: string; media_url_https?: string; ext_alt_text?: string }> };
  entities?: { urls?: Array<{ url?: string; expanded_url?: string }> };
}

/** The tweets files of an archive folder (or the one file given). */
export function xFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const data = existsSync(join(path, 'data')) ? join(path, 'data') : path;
  return readdirSync(data)
    .filter((f) => /^tweets(-part\d+)?\.js$/.test(f))
    .sort((a, b) => (a === 'tweets.js' ? -1 : b === 'tweets.js' ? 1 : a.localeCompare(b, 'en', { numeric: true })))
    .map((f) => join(data, f));
}

function handle(path: string): string | undefined {
  const file = statSync(path).isDirectory() ? join(existsSync(join(path, 'data')) ? join(path, 'data') : path, 'account.js') : join(path, '..', 'account.js');
  if (!existsSync(file)) return undefined;
  const m = /"username"\s*:\s*"([A-Za-z0-9_]{1,15})"/.exec(readFileSync(file, 'utf8'));
  return m?.[1];
}

/** X shortens every link to t.co in full_text; the archive keeps the original beside it. */
function expandLinks(text: string, t: Tweet): string {
  let out = text;
  for (const u of t.entities?.urls ?? []) if (u.url && u.expanded_url) out = out.split(u.url).join(u.expanded_url);
  return out;
}

export async function* readX(path: string, progress: Progress): AsyncGenerator<AuditPost> {
  const user = handle(path);
  for (const file of xFiles(path)) {
    for await (const { value } of jsonArrayItems(countedStream(file, progress), basename(file), { assignment: true })) {
      const t = ((value as { tweet?: Tweet }).tweet ?? value) as Tweet;
      const id = t.id_str ?? String(t.id ?? '');
      const media = (t.extended_entities?.media ?? []).map((m) => ({ type: m.type === 'video' || m.type === 'animated_gif' ? ('video' as const) : ('image' as const), ...(m.media_url_https ? { file: m.media_url_https } : {}), ...(m.ext_alt_text !== undefined ? { alt: m.ext_alt_text } : {}) }));
      const date = isoDate(t.created_at);
      yield {
        id,
        text: expandLinks(t.full_text ?? t.text ?? '', t),
        platform: 'x',
        ...(date ? { date } : {}),
        url: `https://x.com/${user ?? 'i/web'}/status/${id}`,
        ...(t.in_reply_to_status_id_str ? { replyTo: t.in_reply_to_status_id_str } : {}),
        ...(media.length ? { media } : {}),
      };
    }
  }
}
