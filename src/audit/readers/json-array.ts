// Streams the items of a JSON array — the whole file, the array under a key, or after a JavaScript
// assignment prefix (X's `window.YTD.tweets.part0 = [...]`) — one at a time, never the file whole.
import { Transform } from 'node:stream';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { ExportError } from '../post.js';

/** Drops everything before the first `[` (an assignment such as `window.YTD.tweets.part0 = `). */
function skipToArray(): Transform {
  let found = false;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (found) return done(null, chunk);
      const i = chunk.indexOf(0x5b);
      if (i < 0) return done();
      found = true;
      done(null, chunk.subarray(i));
    },
  });
}

export interface ArrayOptions {
  /** Path of the array inside the document (e.g. "orderedItems"); the top level when absent. */
  key?: string;
  /** The file starts with a JavaScript assignment before the array. */
  assignment?: boolean;
}

export async function* jsonArrayItems(stream: NodeJS.ReadableStream, file: string, options: ArrayOptions = {}): AsyncGenerator<{ index: number; value: unknown }> {
  const steps: unknown[] = [stream];
  if (options.assignment) steps.push(skipToArray());
  steps.push(parser());
  if (options.key) steps.push(pick({ filter: options.key }));
  steps.push(streamArray());
  const pipeline = chain(steps as Parameters<typeof chain>[0]);
  let index = -1;
  try {
    for await (const item of pipeline as AsyncIterable<{ key: number; value: unknown }>) {
      index = item.key;
      yield { index, value: item.value };
    }
  } catch (error) {
    throw new ExportError(file, `after record ${index + 1}`, `not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
}
