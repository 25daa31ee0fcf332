import {
  OperationMerger,
  type MergedOperation,
  type SubgraphBody,
  type SubgraphOperation,
} from './merged-operations';
import type { FetchedAnswer, SubgraphFetch } from './subgraph-answer';

type FetchInit = NonNullable<Parameters<SubgraphFetch>[1]>;

/**
 * The header by which the data source tells this fetch which client request a subgraph call belongs
 * to (`GatewayContext.requestKey`). It stays in the gateway: both fetches below take it off.
 */
export const GATEWAY_REQUEST_HEADER = 'x-salesgraph-gateway-request';

/** The call without the gateway's own request header, and that header's value. */
function takeRequestKey(init: FetchInit): { key: string | undefined; init: FetchInit } {
  const key = init.headers?.[GATEWAY_REQUEST_HEADER];
  if (key === undefined) return { key, init };
  const { [GATEWAY_REQUEST_HEADER]: _taken, ...headers } = init.headers!;
  return { key, init: { ...init, headers } };
}

/** Sends each call as it comes (batching off), without the gateway's own request header. */
export function unbatchedFetch(send: SubgraphFetch): SubgraphFetch {
  return (url, init = {}) => send(url, takeRequestKey(init).init);
}

interface Waiting {
  init: FetchInit;
  resolve(answer: FetchedAnswer): void;
  reject(error: unknown): void;
}

/** One member's part of a merged answer: what RemoteGraphQLDataSource reads, already parsed. */
class AnswerPart implements FetchedAnswer {
  constructor(
    private readonly whole: FetchedAnswer,
    private readonly part: SubgraphBody,
  ) {}

  get ok() {
    return this.whole.ok;
  }
  get status() {
    return this.whole.status;
  }
  get statusText() {
    return this.whole.statusText;
  }
  get headers() {
    return this.whole.headers;
  }
  async json(): Promise<unknown> {
    return this.part;
  }
  async text(): Promise<string> {
    return JSON.stringify(this.part);
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = new TextEncoder().encode(JSON.stringify(this.part));
    return bytes.buffer as ArrayBuffer;
  }
}

/**
 * Sends the queries that one client request makes to this subgraph at the same
 * moment (within one turn of the event loop: the fetches of one parallel step
 * of the query plan) as one merged operation (merged-operations.ts). A request
 * is known by its `GATEWAY_REQUEST_HEADER`, never by its internal token: the
 * token is the user's, reused by every request the user makes, and queries of
 * two requests are never merged.
 *
 * What cannot be merged goes on its own: a lone query, a mutation, an
 * operation with anything but fields at its root. A merged call that fails as
 * a whole (no answer, an HTTP error, no data at all) is sent again as its
 * separate queries, so that each gets the answer it would have had alone: a
 * failure of one query's root field nulls the whole merged answer.
 */
export function batchingFetch(send: SubgraphFetch, merger = new OperationMerger()): SubgraphFetch {
  const waiting = new Map<string, Waiting[]>();

  const alone = (url: string, member: Waiting) =>
    send(url, member.init).then(member.resolve, member.reject);

  async function flush(url: string, members: Waiting[]): Promise<void> {
    const merged = members.length > 1 ? mergedOf(merger, members) : undefined;
    if (!merged) {
      await Promise.all(members.map((member) => alone(url, member)));
      return;
    }
    let answer: FetchedAnswer;
    let body: SubgraphBody | undefined;
    try {
      answer = await send(url, {
        ...members[0].init,
        body: JSON.stringify({ query: merged.query, variables: merged.variables }),
      });
      if (answer.ok) body = JSON.parse(await answer.text());
    } catch {
      body = undefined;
    }
    if (!body || typeof body !== 'object' || !body.data) {
      await Promise.all(members.map((member) => alone(url, member)));
      return;
    }
    const parts = merged.split(body);
    members.forEach((member, i) => member.resolve(new AnswerPart(answer!, parts[i])));
  }

  return (url, given = {}) => {
    const { key: request, init } = takeRequestKey(given);
    if (!request || init.body === undefined) return send(url, init);
    return new Promise<FetchedAnswer>((resolve, reject) => {
      const key = `${url} ${request}`;
      let members = waiting.get(key);
      if (!members) {
        const batch: Waiting[] = [];
        members = batch;
        waiting.set(key, batch);
        setImmediate(() => {
          waiting.delete(key);
          // A fault of the merging itself fails the batch's requests, never the process.
          flush(url, batch).catch((error: unknown) => batch.forEach((m) => m.reject(error)));
        });
      }
      members.push({ init, resolve, reject });
    });
  };
}

/** The members' operations merged, or undefined when one of them may not be. */
function mergedOf(merger: OperationMerger, members: Waiting[]): MergedOperation | undefined {
  const operations: SubgraphOperation[] = [];
  for (const member of members) {
    let request: { query?: unknown; variables?: unknown; extensions?: unknown };
    try {
      request = JSON.parse(member.init.body!);
    } catch {
      return undefined;
    }
    if (typeof request.query !== 'string' || request.extensions !== undefined) return undefined;
    operations.push({
      query: request.query,
      variables: (request.variables ?? undefined) as Record<string, unknown> | undefined,
    });
  }
  try {
    return merger.merge(operations);
  } catch {
    // Not a document the merger reads: let the subgraph say what is wrong with each.
    return undefined;
  }
}
