// A Mastodon outbox (outbox.json in the account archive; ActivityStreams): `orderedItems` of Create
// activities whose `object` is the Note (content as HTML, published, url, inReplyTo, summary = content
// warning, attachment with alt text in `name`). Boosts (Announce) are other people's posts: skipped.
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { htmlToText, isoDate, type AuditPost } from '../post.js';
import { jsonArrayItems } from './json-array.js';
import { countedStream, type Progress } from './source.js';

interface Note {
  id?: string;
  url?: string;
  published?: string;
  content?: string;
  summary?: string | null;
  inReplyTo?: string | null;
  attachment?: Array<{ mediaType?: string; url?: string; name?: string | null }>;
}

export async function* readMastodon(path: string, progress: Progress): AsyncGenerator<AuditPost> {
  const file = statSync(path).isDirectory() ? join(path, 'outbox.json') : path;
  for await (const { index, value } of jsonArrayItems(countedStream(file, progress), basename(file), { key: 'orderedItems' })) {
    const activity = value as { type?: string; object?: Note | string; published?: string };
    if (activity.type !== 'Create' || typeof activity.object !== 'object' || activity.object === null) continue;
    const note = activity.object;
    const date = isoDate(note.published ?? activity.published);
    const media = (note.attachment ?? []).map((a) => ({ type: (a.mediaType ?? '').startsWith('video') ? ('video' as const) : (a.mediaType ?? '').startsWith('audio') ? ('audio' as const) : ('image' as const), ...(a.url ? { file: a.url } : {}), ...(a.name !== undefined && a.name !== null ? { alt: a.name } : { alt: '' }) }));
    yield {
      id: note.id ?? `${basename(file)}#${index + 1}`,
      text: htmlToText(note.content ?? ''),
      platform: 'mastodon',
      ...(date ? { date } : {}),
      ...(note.url ?? note.id ? { url: note.url ?? note.id } : {}),
      ...(note.inReplyTo ? { replyTo: note.inReplyTo } : {}),
      ...(media.length ? { media } : {}),
      ...(note.summary ? { contentWarning: note.summary } : {}),
    };
  }
}
