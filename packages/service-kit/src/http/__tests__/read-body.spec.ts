import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { PayloadTooLargeError, readBody } from '../read-body';

describe('readBody', () => {
  let server: Server;
  let url: string;
  const outcomes: Array<string | Error> = [];

  beforeAll(async () => {
    server = createServer(async (request, response) => {
      try {
        const body = await readBody(request, 16);
        outcomes.push(body);
        response.end(`read ${body}`);
      } catch (error) {
        outcomes.push(error as Error);
        response.writeHead(error instanceof PayloadTooLargeError ? 413 : 500).end('refused');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  /** Sends the body in the chunks given, one write each, and reads the answer. */
  const send = (chunks: Buffer[]) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = httpRequest(url, { method: 'POST' }, (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      request.on('error', reject);
      for (const chunk of chunks) request.write(chunk);
      request.end();
    });

  it('reads a body sent in pieces, a character split between two of them', async () => {
    const bytes = Buffer.from('{"q":"öä"}');
    const split = bytes.indexOf(0xc3) + 1; // inside the two bytes of ö
    expect(await send([bytes.subarray(0, split), bytes.subarray(split)])).toEqual({
      status: 200,
      text: 'read {"q":"öä"}',
    });
    expect(outcomes.at(-1)).toBe('{"q":"öä"}');
  });

  it('refuses a body over the limit, and the refusal reaches the client', async () => {
    const answer = await send([Buffer.alloc(10, 'a'), Buffer.alloc(10, 'b'), Buffer.alloc(5000)]);
    expect(answer).toEqual({ status: 413, text: 'refused' });
    expect(outcomes.at(-1)).toBeInstanceOf(PayloadTooLargeError);
  });

  it('reads an empty body', async () => {
    expect(await send([])).toEqual({ status: 200, text: 'read ' });
  });

  /** A body stream as IncomingMessage gives it, for the states a server cannot easily be put in. */
  const bodyStream = (chunks: string[]) => Readable.from(chunks) as unknown as IncomingMessage;

  it('answers at once for a body already read to its end, and refuses one already aborted', async () => {
    const ended = bodyStream(['{}']);
    ended.resume();
    await new Promise((resolve) => ended.on('end', resolve));
    await expect(readBody(ended, 16)).resolves.toBe('');

    const destroyed = bodyStream(['{}']);
    destroyed.destroy();
    await expect(readBody(destroyed, 16)).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('refuses a body whose client goes away before its end', async () => {
    const body = new Readable({ read() {} });
    const reading = readBody(body as unknown as IncomingMessage, 16);
    body.push('{"q"');
    body.destroy();
    await expect(reading).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});
