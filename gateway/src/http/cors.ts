import type { IncomingMessage, ServerResponse } from 'node:http';

type Handler = (
  request: IncomingMessage,
  response: ServerResponse,
  correlationId: string,
) => Promise<void>;

/**
 * Lets browser front ends served from their own origin (the workbench) call
 * /graphql. Only the origins listed are answered with
 * Access-Control-Allow-Origin, echoed one at a time, never "*": the token
 * travels in the Authorization header, not in cookies, so credentials are not
 * allowed either. Other origins get no CORS headers and the browser refuses
 * them; server-to-server callers are not affected.
 */
export function withCors(allowedOrigins: readonly string[], handler: Handler): Handler {
  const allowed = new Set(allowedOrigins);
  return async (request, response, correlationId) => {
    const origin = request.headers.origin;
    const permitted = typeof origin === 'string' && allowed.has(origin);
    if (allowed.size) response.setHeader('vary', 'Origin');
    if (permitted) {
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('access-control-expose-headers', 'x-correlation-id');
    }
    if (request.method === 'OPTIONS') {
      // A preflight carries no token: answer it here, before authentication.
      if (permitted) {
        response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
        response.setHeader(
          'access-control-allow-headers',
          'authorization, content-type, x-correlation-id, apollo-require-preflight',
        );
        response.setHeader('access-control-max-age', '600');
      }
      response.writeHead(204);
      response.end();
      return;
    }
    await handler(request, response, correlationId);
  };
}

/** "https://a.example, http://127.0.0.1:4020" -> exact origins; anything else is a config error. */
export function parseAllowedOrigins(value: string | undefined): string[] {
  const origins = (value ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new Error(`"${origin}" is not an origin (scheme://host[:port])`);
    }
    if (url.origin !== origin || !['http:', 'https:'].includes(url.protocol))
      throw new Error(`"${origin}" is not an origin (scheme://host[:port], no path or slash)`);
  }
  return origins;
}
