// Which reader an export needs: named with --from, or detected from the file or folder's layout.
import { existsSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ExportError, type AuditPost } from '../post.js';
import { readCsv, type ColumnMap } from './csv.js';
import { facebookFiles, readFacebook } from './facebook.js';
import { instagramFiles, readInstagram } from './instagram.js';
import { readJsonl } from './jsonl.js';
import { readMastodon } from './mastodon.js';
import { countedStream, type Progress } from './source.js';
import { readX, xFiles } from './x.js';
import type { Platform } from '../../types.js';

export const EXPORT_KINDS = ['x', 'facebook', 'instagram', 'linkedin', 'mastodon', 'bluesky', 'csv', 'jsonl'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export function detectKind(path: string): ExportKind {
  const st = statSync(path);
  const name = basename(path).toLowerCase();
  if (!st.isDirectory()) {
    if (/^tweets(-part\d+)?\.js$/.test(name)) return 'x';
    if (name === 'outbox.json') return 'mastodon';
    if (name === 'shares.csv') return 'linkedin';
    if (/^your_posts.*\.json$/.test(name)) return 'facebook';
    if (/^posts_\d+\.json$/.test(name)) return 'instagram';
    const ext = extname(name);
    if (ext === '.car') return 'bluesky';
    if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
    if (ext === '.csv') return 'csv';
    throw new ExportError(basename(path), 'file', 'not an export commslint knows (name it with --from x|facebook|instagram|linkedin|mastodon|bluesky|csv|jsonl)');
  }
  if (xFiles(path).length) return 'x';
  if (existsSync(join(path, 'outbox.json'))) return 'mastodon';
  if (existsSync(join(path, 'Shares.csv'))) return 'linkedin';
  if (instagramFiles(path).length) return 'instagram';
  if (facebookFiles(path).length) return 'facebook';
  throw new ExportError(basename(path), 'folder', 'no export found in it (tweets.js, your_posts_*.json, posts_*.json, Shares.csv, outbox.json; or name it with --from)');
}

export interface ReadOptions {
  from?: ExportKind;
  map?: ColumnMap;
  platform?: Platform;
}

/** The posts of one export, in the export's order. */
export function readExport(path: string, progress: Progress, options: ReadOptions = {}): AsyncGenerator<AuditPost> {
  const kind = options.from ?? detectKind(path);
  const dir = statSync(path).isDirectory();
  switch (kind) {
    case 'x':
      return readX(path, progress);
    case 'facebook':
      return readFacebook(path, progress);
    case 'instagram':
      return readInstagram(path, progress);
    case 'mastodon':
      return readMastodon(path, progress);
    case 'bluesky':
      // The atproto packages (CAR, CBOR, crypto) are loaded only for a Bluesky export.
      return (async function* () {
        yield* (await import('./bluesky.js')).readBluesky(path, progress);
      })();
    case 'linkedin':
      return readCsv(dir ? join(path, 'Shares.csv') : path, progress, { linkedin: true, ...(options.map ? { map: options.map } : {}) });
    case 'csv':
      return readCsv(path, progress, { ...(options.map ? { map: options.map } : {}), ...(options.platform ? { platform: options.platform } : {}) });
    case 'jsonl':
      return readJsonl(countedStream(path, progress), basename(path), options.platform ? { platform: options.platform } : {});
  }
}
