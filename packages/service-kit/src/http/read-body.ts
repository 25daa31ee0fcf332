import type { IncomingMessage } from 'node:http';

export class PayloadTooLargeError extends Error {}

/**
 * Reads a request body up to a limit. A larger body is refused, not
 * buffered: what is left of it is read and dropped, so that the connection
 * stays usable for the refusal (413) the caller sends.
 *
 * Events, not `for await`: the stream's async iterator was about 3 % of the
 * gateway's CPU under the lead list, for bodies that come in one chunk.
 */
export function readBody(request: IncomingMessage, limitBytes: number): Promise<string> {
  // Events already past are not emitted again: a body read to its end is empty, as the iterator gave it.
  if (request.readableEnded) return Promise.resolve('');
  if (request.destroyed) return Promise.reject(aborted());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        finish();
        chunks.length = 0;
        request.resume(); // drop the rest
        reject(new PayloadTooLargeError(`request body exceeds ${limitBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      finish();
      resolve((chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8'));
    };
    const onError = (error: Error) => {
      finish();
      reject(error);
    };
    const onClose = () => {
      finish();
      reject(aborted());
    };
    const finish = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('close', onClose);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('close', onClose);
  });
}

function aborted(): Error {
  return Object.assign(new Error('the request was aborted'), { code: 'ECONNRESET' });
}
