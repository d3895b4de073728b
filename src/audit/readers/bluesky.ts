// A Bluesky repository export (the CAR file from Settings → Export my data, or com.atproto.sync.getRepo):
// blocks read as a stream with @atproto/repo, decoded with @atproto/lex-cbor. Record keys (for the post
// links) live in the MST nodes, so the file is read twice: first the keys of app.bsky.feed.post records
// (a map from record CID to key), then the records themselves. Memory holds that map, not the file.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { readCarStream } from '@atproto/repo';
import { cborDecode } from '@atproto/lex-cbor';
import { ExportError, isoDate, type AuditPost } from '../post.js';
import { countedStream, type Progress } from './source.js';

const POST = 'app.bsky.feed.post';

interface MstNode {
  l?: unknown;
  e?: Array<{ p?: number; k?: Uint8Array; v?: { toString(): string }; t?: unknown }>;
}
interface PostRecord {
  $type?: string;
  text?: string;
  createdAt?: string;
  reply?: { parent?: { uri?: string } };
  embed?: { $type?: string; images?: Array<{ alt?: string }>; media?: { images?: Array<{ alt?: string }> }; external?: { uri?: string } };
  facets?: Array<{ index?: { byteStart?: number; byteEnd?: number }; features?: Array<{ $type?: string; uri?: string }> }>;
}

function decode(bytes: Uint8Array): unknown {
  try {
    return cborDecode(bytes);
  } catch {
    return undefined;
  }
}

/** Bluesky shows links shortened in the text; the link facet keeps the whole URL. */
function expandFacets(text: string, facets: PostRecord['facets']): string {
  const links = (facets ?? []).filter((f) => f.features?.some((x) => x.$type === 'app.bsky.richtext.facet#link' && x.uri) && f.index?.byteStart !== undefined && f.index.byteEnd !== undefined);
  if (links.length === 0) return text;
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  let out = '';
  let cursor = 0;
  for (const f of [...links].sort((a, b) => a.index!.byteStart! - b.index!.byteStart!)) {
    const { byteStart, byteEnd } = f.index as { byteStart: number; byteEnd: number };
    if (byteStart < cursor || byteEnd > bytes.length) continue;
    out += dec.decode(bytes.subarray(cursor, byteStart)) + f.features!.find((x) => x.uri)!.uri;
    cursor = byteEnd;
  }
  return out + dec.decode(bytes.subarray(cursor));
}

export async function* readBluesky(file: string, progress: Progress): AsyncGenerator<AuditPost> {
  const name = basename(file);
  const keys = new Map<string, string>();
  let did: string | undefined;
  let n = 0;
  try {
    const first = await readCarStream(createReadStream(file) as AsyncIterable<Uint8Array>);
    for await (const block of first.blocks) {
      n++;
      const value = decode(block.bytes) as (MstNode & { did?: string; data?: unknown; sig?: unknown }) | undefined;
      if (!value || typeof value !== 'object') continue;
      if (typeof value.did === 'string' && value.data !== undefined) did = value.did;
      if (!Array.isArray(value.e)) continue;
      let prev = new Uint8Array();
      for (const e of value.e) {
        if (!(e.k instanceof Uint8Array)) continue;
        const key = new Uint8Array((e.p ?? 0) + e.k.length);
        key.set(prev.subarray(0, e.p ?? 0));
        key.set(e.k, e.p ?? 0);
        prev = key;
        const k = new TextDecoder().decode(key);
        if (k.startsWith(`${POST}/`) && e.v) keys.set(e.v.toString(), k.slice(POST.length + 1));
      }
    }
  } catch (error) {
    throw new ExportError(name, `block ${n + 1}`, `not a readable CAR file (${(error as Error).message.split('\n')[0]})`);
  }
  n = 0;
  try {
    const second = await readCarStream(countedStream(file, progress) as unknown as AsyncIterable<Uint8Array>);
    for await (const block of second.blocks) {
      n++;
      const rkey = keys.get(block.cid.toString());
      if (rkey === undefined) continue;
      const r = decode(block.bytes) as PostRecord | undefined;
      if (!r || r.$type !== POST) continue;
      const images = r.embed?.images ?? r.embed?.media?.images ?? [];
      const date = isoDate(r.createdAt);
      const text = expandFacets(r.text ?? '', r.facets);
      yield {
        id: `at://${did ?? 'unknown'}/${POST}/${rkey}`,
        text: r.embed?.external?.uri && !text.includes(r.embed.external.uri) ? `${text}\n\n${r.embed.external.uri}` : text,
        platform: 'bluesky',
        ...(date ? { date } : {}),
        ...(did ? { url: `https://bsky.app/profile/${did}/post/${rkey}` } : {}),
        ...(r.reply?.parent?.uri ? { replyTo: r.reply.parent.uri } : {}),
        ...(images.length ? { media: images.map((i) => ({ type: 'image' as const, alt: i.alt ?? '' })) } : {}),
      };
    }
  } catch (error) {
    throw new ExportError(name, `block ${n + 1}`, `not a readable CAR file (${(error as Error).message.split('\n')[0]})`);
  }
}
