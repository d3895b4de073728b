// Instagram's JSON export: your_instagram_activity/content/posts_1.json (older: content/posts_1.json): an
// array of { media: [{ uri, creation_timestamp, title }], title?, creation_timestamp? } where the caption is the
// post's title (or its first media's). Text is UTF-8 written as Latin-1, as in Facebook's export.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fixMojibake, isoDate, type AuditPost } from '../post.js';
import { jsonArrayItems } from './json-array.js';
import { countedStream, type Progress } from './source.js';

interface IgPost {
  title?: string;
  creation_timestamp?: number;
  media?: Array<{ uri?: string; title?: string; creation_timestamp?: number }>;
}

const FOLDERS = ['your_instagram_activity/content', 'your_instagram_activity/media', 'content', 'media', '.'];

export function instagramFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  for (const f of FOLDERS) {
    const dir = join(path, f);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((n) => /^posts_\d+\.json$/.test(n)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    if (files.length) return files.map((n) => join(dir, n));
  }
  return [];
}

export async function* readInstagram(path: string, progress: Progress): AsyncGenerator<AuditPost> {
  for (const file of instagramFiles(path)) {
    for await (const { index, value } of jsonArrayItems(countedStream(file, progress), basename(file))) {
      const p = value as IgPost;
      const first = p.media?.[0];
      const caption = fixMojibake(p.title ?? first?.title ?? '');
      const date = isoDate(p.creation_timestamp ?? first?.creation_timestamp);
      // The export has no alt text for its media: passing them on would report every image as missing it.
      yield { id: `${basename(file)}#${index + 1}`, text: caption, platform: 'instagram', ...(date ? { date } : {}) };
    }
  }
}
