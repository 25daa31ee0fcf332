/** What the gateway reads of a subgraph's HTTP answer: Node's Response has it, and so has SubgraphAnswer. */
export interface FetchedAnswer {
  ok: boolean;
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
  /** The body as text: read without the copy `arrayBuffer` makes of a SubgraphAnswer's bytes. */
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** How the gateway sends one request to one subgraph instance. */
export type SubgraphFetch = (
  url: string,
  init?: { method?: string; headers?: Record<string, string>; body?: string },
) => Promise<FetchedAnswer>;

/**
 * A subgraph's answer, read whole: the part of the fetch API's Response that
 * RemoteGraphQLDataSource uses (ok, status, headers.get, json, text), without
 * the WHATWG streams a Response is built on, which cost the gateway more than
 * parsing the answer.
 */
export class SubgraphAnswer implements FetchedAnswer {
  readonly headers: { get(name: string): string | null };

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    headers: FetchedAnswer['headers'] | Record<string, string | string[] | undefined>,
    private readonly body: Buffer,
  ) {
    this.headers =
      typeof headers.get === 'function'
        ? (headers as FetchedAnswer['headers'])
        : headerReader(headers as Record<string, string | string[] | undefined>);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  async text(): Promise<string> {
    return this.body.toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body.toString('utf8'));
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const { buffer, byteOffset, byteLength } = this.body;
    return buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer;
  }
}

/** node:http gives headers as an object with lower-case names. */
function headerReader(headers: Record<string, string | string[] | undefined>) {
  return {
    get(name: string): string | null {
      const value = headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
  };
}
