import {
  cachingTokenVerifier,
  createClientTokenVerifier,
  createInternalTokenSigner,
  reusedInternalTokens,
} from '@salesgraph/identity';
import { systemClock } from '@salesgraph/service-kit';
import type { GatewayConfig } from './config';

/**
 * The gateway's two credentials: the check of a client's token (remembered for a minute) and
 * the internal token for a user and a subgraph (reused for half its life). Also what
 * bench/profiling/bare-proxy.cjs uses, so that the proxy pays for them as the gateway does.
 */
export async function gatewayCredentials(config: GatewayConfig) {
  const verifyClientToken = cachingTokenVerifier(
    createClientTokenVerifier({
      jwksUrl: config.AUTH_JWKS_URL,
      jwks: config.AUTH_JWKS as never,
      algorithms: config.AUTH_ALGORITHMS,
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
    }),
    systemClock,
  );
  const internalToken = reusedInternalTokens(
    await createInternalTokenSigner(config.INTERNAL_TOKEN_PRIVATE_JWK, {
      ttlSeconds: config.INTERNAL_TOKEN_TTL_SECONDS,
    }),
    systemClock,
    { ttlSeconds: config.INTERNAL_TOKEN_TTL_SECONDS },
  );
  return { verifyClientToken, internalToken };
}
