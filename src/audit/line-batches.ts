// The audit's main thread's side of a JSON Lines export: its bytes cut into batches at line ends, never
// parsed here (the lint workers parse them; see batch.ts). Lines are counted as readline counts them, so a
// post without an id is "<file>:<line>" and a malformed line is named by its number, as before.
import type { Platform } from '../types.js';
import { splitLines, type LinesJob } from './batch.js';
import type { Progress } from './readers/source.js';

/** A batch holds at most this many lines or (unless one line is longer) bytes: ~0.1 s of a worker's time. */
export const BATCH_LINES = 500;
export const BATCH_BYTES = 64 * 1024;

const LF = 10;
const CR = 13;

export interface LineSource {
  source: number;
  name: string;
  platform?: Platform;
}

/** Posts still to pass over before a resumed audit lints again (shared by all its exports). */
export interface Skipper {
  remaining: number;
}

/**
 * The batches of a JSON Lines stream, in order. `stop()` is asked before each chunk (an earlier batch of
 * this export turned out malformed: the rest of it is not read). Chunks are kept in a list until a line
 * ends, so a long line (or a binary file without line ends) is copied once, not once per chunk.
 */
export async function* lineBatches(stream: AsyncIterable<Buffer | string>, src: LineSource, skipper: Skipper, progress?: Progress, stop: () => boolean = () => false): AsyncGenerator<LinesJob> {
  let line = 1;
  let parts: Buffer[] = [];
  let partsLength = 0;
  const job = (buf: Uint8Array, start: number, end: number, lines: number): LinesJob | undefined => {
    const bytes = new Uint8Array(end - start);
    bytes.set(buf.subarray(start, end));
    const firstLine = line;
    line += lines;
    let skip = 0;
    if (skipper.remaining > 0) {
      const posts = splitLines(bytes).filter((l) => l.trim() !== '').length;
      if (posts <= skipper.remaining) {
        skipper.remaining -= posts;
        return undefined;
      }
      skip = skipper.remaining;
      skipper.remaining = 0;
    }
    return { kind: 'lines', source: src.source, name: src.name, bytes, firstLine, skip, ...(src.platform ? { platform: src.platform } : {}) };
  };
  for await (const data of stream) {
    if (stop()) return;
    const chunk = typeof data === 'string' ? Buffer.from(data) : data;
    if (progress) progress.bytesRead += chunk.length;
    if (chunk.indexOf(LF) === -1 && chunk.indexOf(CR) === -1) {
      parts.push(chunk);
      partsLength += chunk.length;
      continue;
    }
    const buf = parts.length ? Buffer.concat([...parts, chunk], partsLength + chunk.length) : chunk;
    parts = [];
    partsLength = 0;
    let start = 0;
    let pos = 0;
    let count = 0;
    // Line ends as readline sees them: \n, \r\n, or a lone \r (whether a \r as the buffer's last byte is
    // one waits for the next chunk). The next \r is looked up only once it is passed: most exports have none.
    let cr = buf.indexOf(CR);
    for (;;) {
      if (cr !== -1 && cr < pos) cr = buf.indexOf(CR, pos);
      const lf = buf.indexOf(LF, pos);
      let end: number;
      if (cr !== -1 && (lf === -1 || cr < lf)) {
        if (cr + 1 >= buf.length) break;
        end = buf[cr + 1] === LF ? cr + 2 : cr + 1;
      } else if (lf !== -1) end = lf + 1;
      else break;
      count++;
      pos = end;
      if (count >= BATCH_LINES || pos - start >= BATCH_BYTES) {
        const j = job(buf, start, pos, count);
        if (j) yield j;
        start = pos;
        count = 0;
      }
    }
    if (count) {
      const j = job(buf, start, pos, count);
      if (j) yield j;
    }
    if (pos < buf.length) {
      parts.push(buf.subarray(pos));
      partsLength = buf.length - pos;
    }
  }
  // What is left is the last line, with no line end (or a lone \r as its end).
  if (partsLength && !stop()) {
    const buf = parts.length === 1 ? parts[0]! : Buffer.concat(parts, partsLength);
    const j = job(buf, 0, buf.length, 1);
    if (j) yield j;
  }
}
