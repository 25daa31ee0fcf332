/**
 * A peer gateway for the side-by-side benchmarks: Hive Gateway (from npm) on
 * the same supergraph file as ours, started as its own process. With
 * HIVE_ROUTER_RUNTIME=true it plans queries with Hive's router runtime (the
 * Rust query planner) instead of its JavaScript one.
 *
 * It does the work our gateway does per request, with the same code, so that
 * the comparison is of gateways and not of security: it verifies the client's
 * token (remembered as ours remembers it) and sends each subgraph it calls the
 * internal token for the user (the subgraphs refuse unsigned calls), reused as
 * ours reuses it. No response cache, no request deduplication.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import {
  INTERNAL_TOKEN_HEADER,
  cachingTokenVerifier,
  createClientTokenVerifier,
  createInternalTokenSigner,
  reusedInternalTokens,
  type AuthenticatedUser,
} from '@salesgraph/identity';
import { randomUUID } from 'node:crypto';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

/** The supergraph with each subgraph's URL replaced by where it runs in this stack. */
export function supergraphWithUrls(sdl: string, urls: Record<string, string>): string {
  return sdl.replace(/@join__graph\(name: "([a-z-]+)", url: "[^"]*"\)/g, (whole, name: string) =>
    urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole,
  );
}

async function main() {
  const clock = { now: () => new Date() };
  const verifyClientToken = cachingTokenVerifier(
    createClientTokenVerifier({
      jwks: JSON.parse(required('AUTH_JWKS')),
      algorithms: ['ES256'],
      issuer: required('AUTH_ISSUER'),
      audience: required('AUTH_AUDIENCE'),
    }),
    clock,
  );
  // The signer's and our gateway's default lifetime.
  const ttlSeconds = 60;
  const internalToken = reusedInternalTokens(
    await createInternalTokenSigner(JSON.parse(required('INTERNAL_TOKEN_PRIVATE_JWK')), {
      ttlSeconds,
    }),
    clock,
    { ttlSeconds },
  );
  const urls = Object.fromEntries(
    ['lead', 'account', 'order', 'planning', 'notification'].map((name) => [
      name,
      required(`SUBGRAPH_${name.toUpperCase()}_URL`),
    ]),
  );
  const supergraph = supergraphWithUrls(readFileSync(required('SUPERGRAPH_PATH'), 'utf8'), urls);

  // Per client request: its user, verified once, and its correlation id.
  const perRequest = new WeakMap<Request, { user: Promise<AuthenticatedUser>; id: string }>();
  const stateOf = (request: Request) => {
    let state = perRequest.get(request);
    if (!state) {
      const bearer = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
      state = { user: verifyClientToken(bearer), id: randomUUID() };
      perRequest.set(request, state);
    }
    return state;
  };

  const gateway = createGatewayRuntime({
    supergraph,
    ...(process.env.HIVE_ROUTER_RUNTIME === 'true' ? { unifiedGraphHandler } : {}),
    logging: false,
    graphiql: false,
    landingPage: false,
    propagateHeaders: {
      async fromClientToSubgraphs({ request, subgraphName }) {
        const state = stateOf(request);
        const token = await internalToken(await state.user, subgraphName);
        return { [INTERNAL_TOKEN_HEADER]: token, 'x-correlation-id': state.id };
      },
    },
  });
  const server = createServer(gateway);
  server.keepAliveTimeout = 65_000;
  server.listen(Number(required('PORT')), '127.0.0.1');
  const stop = () =>
    server.close(() => void Promise.resolve(gateway.dispose()).finally(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exit(1);
  });
}
