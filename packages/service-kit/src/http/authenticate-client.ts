import type { IncomingMessage } from 'node:http';
import { AuthenticationError, type AuthenticatedUser } from '@salesgraph/identity';
import { HttpError } from './graphql-http-handler';
import type { Logger } from 'pino';

/**
 * Reads the bearer token of a client request (to the gateway, or to an app
 * that front ends call directly, such as order-admin) and verifies it. Only the
 * Authorization header counts: identity headers a client sends (x-user-id,
 * the internal token header, ...) are never read and never forwarded.
 */
export async function authenticateClient(
  request: IncomingMessage,
  verify: (token: string) => Promise<AuthenticatedUser>,
  logger: Logger,
  /** For a log line written outside the request's scope (the gateway keeps the id in its context). */
  correlationId?: string,
): Promise<AuthenticatedUser> {
  const header = request.headers.authorization;
  const match =
    typeof header === 'string' ? /^Bearer\s+([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim()) : null;
  if (!match) {
    throw new HttpError(
      401,
      'UNAUTHENTICATED',
      'Send a bearer token in the Authorization header.',
      {
        'www-authenticate': 'Bearer realm="salesgraph"',
      },
    );
  }
  try {
    return await verify(match[1]);
  } catch (error) {
    const reason =
      error instanceof AuthenticationError
        ? error
        : new AuthenticationError('INVALID_TOKEN', String(error));
    logger.warn(
      { reason: reason.detail, code: reason.code, ...(correlationId && { correlationId }) },
      'client token refused',
    );
    const message =
      reason.code === 'TOKEN_EXPIRED'
        ? 'The token has expired; get a new one.'
        : 'The token is not valid for this API.';
    throw new HttpError(401, 'UNAUTHENTICATED', message, {
      'www-authenticate': `Bearer realm="salesgraph", error="invalid_token"`,
    });
  }
}
