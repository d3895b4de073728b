// Facebook's JSON export: your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json (older
// exports: posts/your_posts_1.json): an array of { timestamp, data: [{ post }], attachments: [{ data: [{
// media: { uri, description, creation_timestamp } }] }] }. Text is UTF-8 written as Latin-1 (see fixMojibake).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fixMojibake, isoDate, type AuditPost } from '../post.js';
import { jsonArrayItems } from './json-array.js';
import { countedStream, type Progress } from './source.js';

interface FbPost {
  timestamp?: number;
  data?: Array<{ post?: string; update_timestamp?: number }>;
  attachments?: Array<{ data?: Array<{ media?: { uri?: string; description?: string; title?: string }; external_context?: { url?: string } }> }>;
  title?: string;
}

const FOLDERS = ['your_facebook_activity/posts', 'your_activity_across_facebook/posts', 'posts', '.'];

export function facebookFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  for (const f of FOLDERS) {
    const dir = join(path, f);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((n) => /^your_posts.*_\d+\.json$/.test(n)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    if (files.length) return files.map((n) => join(dir, n));
  }
  return [];
}

export async function* readFacebook(path: string, progress: Progress): AsyncGenerator<AuditPost> {
  for (const file of facebookFiles(path)) {
    for await (const { index, value } of jsonArrayItems(countedStream(file, progress), basename(file))) {
      const p = value as FbPost;
      const text = fixMojibake((p.data ?? []).map((d) => d.post ?? '').filter(Boolean).join('\n\n'));
      const items = (p.attachments ?? []).flatMap((a) => a.data ?? []);
      const link = items.find((d) => d.external_context?.url)?.external_context?.url;
      const date = isoDate(p.timestamp);
      yield {
        id: `${basename(file)}#${index + 1}`,
        text: link && !text.includes(link) ? `${text}${text ? '\n\n' : ''}${link}` : text,
        platform: 'facebook',
        ...(date ? { date } : {}),
        // Media are not passed on: the export has no alt text for them (`description` is a caption).
      };
    }
  }
}
