// CSV exports: LinkedIn's Shares.csv (Date, ShareLink, ShareCommentary, SharedUrl, MediaUrl, Visibility) and
// what scheduling tools export, read through a column mapping (`--map text=Message,date=Created`).
import { basename } from 'node:path';
import { parse } from 'csv-parse';
import { ExportError, isoDate, type AuditPost } from '../post.js';
import { countedStream, type Progress } from './source.js';
import { PLATFORMS, type Platform } from '../../types.js';

export const POST_FIELDS = ['id', 'text', 'date', 'platform', 'url', 'replyTo'] as const;
export type PostField = (typeof POST_FIELDS)[number];
export type ColumnMap = Partial<Record<PostField, string>>;

/** `text=Message,date=Created` → { text: 'Message', date: 'Created' }; a clear error for anything else. */
export function parseColumnMap(spec: string): ColumnMap {
  const map: ColumnMap = {};
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    const field = part.slice(0, eq).trim() as PostField;
    if (eq < 1 || !(POST_FIELDS as readonly string[]).includes(field) || !part.slice(eq + 1).trim()) {
      throw new Error(`--map takes FIELD=COLUMN pairs separated by commas (fields: ${POST_FIELDS.join(', ')}), got "${part}"`);
    }
    map[field] = part.slice(eq + 1).trim();
  }
  return map;
}

const LINKEDIN: ColumnMap = { text: 'ShareCommentary', date: 'Date', url: 'ShareLink' };
const TEXT_GUESSES = ['text', 'message', 'content', 'body', 'post', 'caption', 'sharecommentary', 'full_text'];

export async function* readCsv(file: string, progress: Progress, options: { map?: ColumnMap; linkedin?: boolean; platform?: Platform } = {}): AsyncGenerator<AuditPost> {
  const name = basename(file);
  const parser = countedStream(file, progress).pipe(parse({ columns: true, bom: true, relax_column_count: true, skip_empty_lines: true }));
  let map: ColumnMap | undefined;
  let row = 1;
  try {
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      row++;
      if (!map) {
        const header = Object.keys(record);
        map = options.map ?? (options.linkedin ? LINKEDIN : undefined);
        if (!map) {
          const guess = header.find((h) => TEXT_GUESSES.includes(h.toLowerCase()));
          if (!guess) throw new ExportError(name, 'header', `no text column (columns: ${header.join(', ')}); name one with --map text=COLUMN`);
          map = { text: guess };
        }
        for (const [field, column] of Object.entries(map)) {
          if (!header.includes(column)) throw new ExportError(name, 'header', `no column "${column}" for ${field} (columns: ${header.join(', ')})`);
        }
      }
      const get = (f: PostField): string | undefined => (map![f] ? record[map![f]!]?.trim() || undefined : undefined);
      const platform = get('platform')?.toLowerCase().replace(/^twitter$/, 'x');
      const date = isoDate(get('date'));
      const replyTo = get('replyTo');
      yield {
        id: get('id') ?? `${name}:${row}`,
        text: get('text') ?? '',
        ...(date ? { date } : {}),
        ...(platform && (PLATFORMS as readonly string[]).includes(platform) ? { platform: platform as Platform } : options.linkedin ? { platform: 'linkedin' as const } : options.platform ? { platform: options.platform } : {}),
        ...(get('url') ? { url: get('url')! } : {}),
        ...(replyTo ? { replyTo } : {}),
      };
    }
  } catch (error) {
    if (error instanceof ExportError) throw error;
    throw new ExportError(name, `row ${row + 1}`, `not valid CSV (${(error as Error).message.split('\n')[0]})`);
  }
}
