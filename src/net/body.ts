import type { IncomingMessage } from 'node:http';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { NewsbriefError } from '../errors.js';

/**
 * Reads a response body, decompressing as it goes and aborting the moment the decoded size
 * passes `maxBytes`, so a huge page or a compression bomb never sits in memory.
 */
export async function readCappedBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge(maxBytes);
  }
  const stream = decoded(response);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      total += buffer.length;
      if (total > maxBytes) throw tooLarge(maxBytes);
      chunks.push(buffer);
    }
  } finally {
    if (total > maxBytes || !response.complete) {
      stream.destroy();
      response.destroy();
    }
  }
  return Buffer.concat(chunks);
}

function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (decoder) {
    pipeline(response, decoder, () => {});
    return decoder;
  }
  if (encoding === 'identity' || encoding === '') return response;
  response.destroy();
  throw new NewsbriefError(
    'unsupported_content',
    "That site sent its page in an encoding newsbrief can't read.",
  );
}

function tooLarge(maxBytes: number): NewsbriefError {
  const megabytes = Math.round((maxBytes / 1_000_000) * 10) / 10;
  return new NewsbriefError(
    'too_large',
    `That page is larger than ${megabytes} MB, so newsbrief won't read it.`,
  );
}
