import { randomUUID } from 'node:crypto';
import {
  createInternalTokenSigner,
  INTERNAL_TOKEN_HEADER,
  type AuthenticatedUser,
} from '@salesgraph/identity';
import type { Fleet, ServiceName } from '../stack/fleet';

/** What became of one request: an answer, a refusal with its code, or no way to know. */
export type Outcome<T> =
  | { kind: 'data'; data: T }
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'unknown'; reason: string; sent: boolean };

/**
 * Calls a subgraph as the gateway would (an internal token it signs for the
 * user), at whichever instance of the service is running. A request whose
 * connection was refused never arrived and may be sent again; one that broke
 * later may or may not have been applied, and the caller decides.
 */
export class SubgraphClient {
  private sign?: (r: {
    user: AuthenticatedUser;
    correlationId: string;
    subgraph: string;
  }) => Promise<string>;

  constructor(
    private readonly fleet: Fleet,
    private readonly privateJwk: Parameters<typeof createInternalTokenSigner>[0],
  ) {}

  async request<T>(
    user: AuthenticatedUser,
    service: ServiceName,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Outcome<T>> {
    this.sign ??= await createInternalTokenSigner(this.privateJwk);
    const token = await this.sign({
      user,
      correlationId: `faults-${randomUUID()}`,
      subgraph: service,
    });
    let response: Response;
    try {
      response = await fetch(`${this.fleet.urlOf(service)}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      return {
        kind: 'unknown',
        reason: String(cause?.code ?? (error as Error).message),
        sent: cause?.code !== 'ECONNREFUSED',
      };
    }
    let body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      return { kind: 'unknown', reason: `HTTP ${response.status}, not JSON`, sent: true };
    }
    const error = body.errors?.[0];
    if (!error && body.data) return { kind: 'data', data: body.data };
    const code = error?.extensions?.code ?? `HTTP_${response.status}`;
    // An internal error (the database away, a killed connection) says nothing about the outcome.
    if (code === 'INTERNAL_SERVER_ERROR' || response.status >= 500)
      return { kind: 'unknown', reason: `${code}: ${error?.message ?? ''}`, sent: true };
    return { kind: 'refused', code, message: error?.message ?? '' };
  }

  /** A read, retried through outages until `deadline`; a refusal throws. */
  async query<T>(
    user: AuthenticatedUser,
    service: ServiceName,
    query: string,
    variables: Record<string, unknown> = {},
    deadline = Date.now() + 300_000,
  ): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await this.request<T>(user, service, query, variables);
      if (outcome.kind === 'data') return outcome.data;
      if (outcome.kind === 'refused')
        throw new RefusedError(outcome.code, `${service}: ${outcome.code} ${outcome.message}`);
      if (Date.now() > deadline) throw new Error(`${service} did not answer: ${outcome.reason}`);
      await pause(Math.min(2_000, 100 * attempt));
    }
  }
}

export class RefusedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
