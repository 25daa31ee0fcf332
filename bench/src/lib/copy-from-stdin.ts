import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** The rows as pieces of about 64 KiB: one CopyData message per row would be a message per row. */
function* chunksOf(lines: readonly string[]): Generator<Buffer> {
  let chunk = '';
  for (const line of lines) {
    chunk += line;
    if (chunk.length >= 65_536) {
      yield Buffer.from(chunk);
      chunk = '';
    }
  }
  if (chunk) yield Buffer.from(chunk);
}

/**
 * Runs `copySql` (a COPY ... FROM STDIN) with `lines` (COPY text rows) as its
 * input; resolves to the rows copied. Through pg-copy-streams, which speaks
 * the COPY sub-protocol over pg's public Submittable interface.
 */
export async function copyFromStdin(
  client: Client,
  copySql: string,
  lines: readonly string[],
): Promise<number> {
  const copy = client.query(copyFrom(copySql));
  await pipeline(Readable.from(chunksOf(lines)), copy);
  return copy.rowCount;
}
