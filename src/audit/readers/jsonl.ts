// JSON Lines posts ({ id?, text, date?, platform?, url?, replyTo?, media? } a line), from a file or stdin:
// the interface an engine (Spark, Dask, Beam, a queue of batch jobs) feeds shards of an archive through.
import { createInterface } from 'node:readline';
import { ExportError, isoDate, type AuditPost } from '../post.js';
import { PLATFORMS, type MediaMeta, type Platform } from '../../types.js';

interface JsonlPost {
  id?: unknown;
  text?: unknown;
  date?: unknown;
  platform?: unknown;
  url?: unknown;
  replyTo?: unknown;
  media?: unknown;
}

/**
 * One line of JSON Lines (line number `n` of `name`) as a post; undefined for a blank line. Throws an
 * ExportError naming the file and the line. Shared by readJsonl and the lint workers, which parse the
 * raw line batches the audit's main thread sends them.
 */
export function parseJsonlLine(line: string, name: string, n: number, options: { platform?: Platform } = {}): AuditPost | undefined {
  if (line.trim() === '') return undefined;
  let p: JsonlPost;
  try {
    p = JSON.parse(line) as JsonlPost;
  } catch (error) {
    throw new ExportError(name, `line ${n}`, `not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  if (typeof p !== 'object' || p === null || Array.isArray(p)) throw new ExportError(name, `line ${n}`, 'a post must be a JSON object');
  if (typeof p.text !== 'string') throw new ExportError(name, `line ${n}`, '"text" must be a string');
  const platform = typeof p.platform === 'string' ? p.platform.toLowerCase().replace(/^twitter$/, 'x') : undefined;
  if (platform !== undefined && !(PLATFORMS as readonly string[]).includes(platform)) throw new ExportError(name, `line ${n}`, `"platform" must be one of ${PLATFORMS.join(', ')}`);
  const date = isoDate(p.date);
  if (p.date !== undefined && p.date !== null && !date) throw new ExportError(name, `line ${n}`, '"date" is not a date');
  return {
    id: typeof p.id === 'string' || typeof p.id === 'number' ? String(p.id) : `${name}:${n}`,
    text: p.text,
    ...(date ? { date } : {}),
    ...(platform ? { platform: platform as Platform } : options.platform ? { platform: options.platform } : {}),
    ...(typeof p.url === 'string' ? { url: p.url } : {}),
    ...(typeof p.replyTo === 'string' || p.replyTo === true ? { replyTo: p.replyTo as string | true } : {}),
    ...(Array.isArray(p.media) ? { media: p.media.filter((m): m is MediaMeta => typeof m === 'object' && m !== null) } : {}),
  };
}

export async function* readJsonl(stream: NodeJS.ReadableStream, name: string, options: { platform?: Platform } = {}): AsyncGenerator<AuditPost> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    const post = parseJsonlLine(line, name, ++n, options);
    if (post) yield post;
  }
}
