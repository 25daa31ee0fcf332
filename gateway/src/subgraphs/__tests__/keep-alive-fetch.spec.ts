import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { keepAliveFetch } from '../keep-alive-fetch';

describe('keepAliveFetch', () => {
  let server: Server;
  let url: string;
  const connections: unknown[] = [];
  const received: Array<{ method?: string; header?: string; body: string }> = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push({
          method: request.method,
          header: request.headers['x-test'] as string,
          body,
        });
        response.writeHead(request.url === '/busy' ? 503 : 200, {
          'content-type': 'application/json',
          'cache-control': 'private',
        });
        response.end(JSON.stringify({ data: { echo: body } }));
      });
    });
    server.on('connection', (socket) => connections.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends method, headers and body, and reads the whole answer', async () => {
    const send = keepAliveFetch();
    const answer = await send(`${url}/graphql`, {
      method: 'POST',
      headers: { 'x-test': 'yes', 'content-type': 'application/json' },
      body: '{"query":"{ ö }"}',
    });
    expect(received.at(-1)).toEqual({ method: 'POST', header: 'yes', body: '{"query":"{ ö }"}' });
    expect(answer.ok).toBe(true);
    expect(answer.headers.get('Content-Type')).toBe('application/json');
    expect(answer.headers.get('x-missing')).toBeNull();
    expect(JSON.parse(Buffer.from(await answer.arrayBuffer()).toString())).toEqual({
      data: { echo: '{"query":"{ ö }"}' },
    });
  });

  it('reuses kept-alive connections for requests one after the other', async () => {
    const send = keepAliveFetch();
    const before = connections.length;
    for (let i = 0; i < 10; i++) await send(`${url}/graphql`, { method: 'POST', body: `${i}` });
    // undici gives an idle connection one turn of the event loop to show a close before it reuses
    // it, and a request in that turn opens a second one: two connections, never one per request.
    expect(connections.length - before).toBe(2);
  });

  it('passes on an HTTP error answer with its status', async () => {
    const answer = await keepAliveFetch()(`${url}/busy`, { method: 'POST', body: '{}' });
    expect(answer.ok).toBe(false);
    expect(answer.status).toBe(503);
  });

  it('fails with the connection error code replicaFetch tells apart', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(keepAliveFetch()(`http://127.0.0.1:${port}/graphql`)).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });

  /** A subgraph on its own port; `handle` sees each request with its number on its connection. */
  const startSubgraph = async (
    handle: (socket: Socket, nth: number, respond: () => void) => void,
    keepAliveTimeout = 5_000,
  ) => {
    const perSocket = new Map<Socket, number>();
    const sockets: Socket[] = [];
    const subgraph = createServer((request, response) => {
      const nth = (perSocket.get(request.socket) ?? 0) + 1;
      perSocket.set(request.socket, nth);
      request.resume();
      request.on('end', () => handle(request.socket, nth, () => response.end('{"data":{}}')));
    });
    subgraph.keepAliveTimeout = keepAliveTimeout;
    subgraph.on('connection', (socket) => sockets.push(socket));
    await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`,
      sockets,
      close: async () => {
        subgraph.closeAllConnections();
        await new Promise((resolve) => subgraph.close(resolve));
      },
    };
  };

  /** undici reuses an idle connection once a turn of the event loop has shown it still open. */
  const idleConnectionChecked = () =>
    new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

  it('sends a request again on a new connection when the kept-alive one is closed under it', async () => {
    // The race with the subgraph's keep-alive timer: it closes the idle connection as the next request arrives.
    let requests = 0;
    const subgraph = await startSubgraph((socket, nth, respond) => {
      requests++;
      if (nth === 2) socket.destroy();
      else respond();
    });
    try {
      const send = keepAliveFetch();
      await send(subgraph.url, { method: 'POST', body: '{}' });
      await idleConnectionChecked();
      const answer = await send(subgraph.url, { method: 'POST', body: '{}' });
      expect(answer.ok).toBe(true);
      // The second request reached the kept-alive connection, which closed, and went again on a new one.
      expect(requests).toBe(3);
      expect(subgraph.sockets).toHaveLength(2);
    } finally {
      await subgraph.close();
    }
  });

  it('does not send again when a new connection breaks: replicaFetch decides', async () => {
    const subgraph = await startSubgraph((socket) => socket.destroy());
    try {
      await expect(
        keepAliveFetch()(subgraph.url, { method: 'POST', body: '{}' }),
      ).rejects.toMatchObject({
        code: 'UND_ERR_SOCKET',
      });
      expect(subgraph.sockets).toHaveLength(1);
    } finally {
      await subgraph.close();
    }
  });

  it("closes an idle connection a second before the subgraph's announced keep-alive timeout", async () => {
    const subgraph = await startSubgraph((_socket, _nth, respond) => respond(), 2_000);
    try {
      await keepAliveFetch()(subgraph.url, { method: 'POST', body: '{}' });
      const [socket] = subgraph.sockets;
      // The client's FIN: a connection the subgraph's own timer closed would end without one.
      const closedBy = await new Promise<string>((resolve) => {
        socket.once('end', () => resolve('gateway'));
        socket.once('close', () => resolve('subgraph'));
      });
      expect(closedBy).toBe('gateway');
    } finally {
      await subgraph.close();
    }
  });
});
