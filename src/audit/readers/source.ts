// Reading an export file as a stream, counting the bytes read (for the progress bar's ETA).
import { createReadStream, statSync } from 'node:fs';
import { Transform } from 'node:stream';

export interface Progress {
  bytesRead: number;
  totalBytes: number;
}

/** A read stream of `file` that adds what it reads to `progress` (and its size to the total). */
export function countedStream(file: string, progress: Progress): NodeJS.ReadableStream {
  progress.totalBytes += statSync(file).size;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      progress.bytesRead += chunk.length;
      done(null, chunk);
    },
  });
  return createReadStream(file).on('error', (e) => counter.destroy(e)).pipe(counter);
}
