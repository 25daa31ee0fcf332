import { randomUUID } from 'node:crypto';
import { importJWK, jwtVerify, SignJWT, type JWK } from 'jose';
import type { AuthenticatedUser } from './authenticated-user';
import { toAuthenticationError } from './client-token-verifier';
import { userFromClaims } from './user-claims';

/**
 * The credential the gateway hands to subgraphs: a short-lived JWT it signs
 * with its own Ed25519 key, carrying the verified user and the request's
 * correlation id. Subgraphs trust nothing else: not client tokens, not
 * identity headers.
 */
export const INTERNAL_TOKEN_HEADER = 'x-salesgraph-internal-token';
export const INTERNAL_TOKEN_ISSUER = 'salesgraph-gateway';
const ALGORITHM = 'EdDSA';

/**
 * Each subgraph is its own audience: a token the gateway signed for the
 * order service is refused by the lead service, so a token seen in one
 * service's logs cannot be replayed against another.
 */
export function internalTokenAudience(subgraph: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(subgraph)) throw new Error(`not a subgraph name: "${subgraph}"`);
  return `salesgraph-subgraph:${subgraph}`;
}

export interface InternalIdentity {
  user: AuthenticatedUser;
  correlationId: string;
}

export interface InternalTokenRequest extends InternalIdentity {
  /** The subgraph that will receive the token (its name in the supergraph). */
  subgraph: string;
}

export async function createInternalTokenSigner(
  privateJwk: JWK,
  options: { ttlSeconds?: number } = {},
) {
  if (privateJwk.kty !== 'OKP' || privateJwk.crv !== 'Ed25519' || !privateJwk.d) {
    throw new Error('the internal token key must be a private Ed25519 JWK');
  }
  const key = await importJWK(privateJwk, ALGORITHM);
  const ttl = options.ttlSeconds ?? 60;
  return async function signInternalToken(identity: InternalTokenRequest): Promise<string> {
    const { user } = identity;
    return new SignJWT({
      roles: user.roles,
      ...(user.name ? { name: user.name } : {}),
      ...(user.email ? { email: user.email } : {}),
      ...(user.department ? { department: user.department } : {}),
      cid: identity.correlationId,
    })
      .setProtectedHeader({ alg: ALGORITHM, ...(privateJwk.kid ? { kid: privateJwk.kid } : {}) })
      .setSubject(user.id)
      .setIssuer(INTERNAL_TOKEN_ISSUER)
      .setAudience(internalTokenAudience(identity.subgraph))
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(`${ttl}s`)
      .sign(key);
  };
}

/** The verifier of one subgraph: it accepts the tokens signed for `subgraph` and no other. */
export async function createInternalTokenVerifier(publicJwk: JWK, subgraph: string) {
  if (publicJwk.kty !== 'OKP' || publicJwk.crv !== 'Ed25519' || publicJwk.d) {
    throw new Error('the internal token verification key must be a public Ed25519 JWK');
  }
  const key = await importJWK(publicJwk, ALGORITHM);
  const audience = internalTokenAudience(subgraph);
  return async function verifyInternalToken(token: string): Promise<InternalIdentity> {
    try {
      const { payload } = await jwtVerify(token, key, {
        algorithms: [ALGORITHM],
        issuer: INTERNAL_TOKEN_ISSUER,
        audience,
        clockTolerance: 5,
        maxTokenAge: '120s',
        requiredClaims: ['sub', 'exp', 'iat', 'jti'],
      });
      const correlationId =
        typeof payload.cid === 'string' && payload.cid ? payload.cid : randomUUID();
      return { user: userFromClaims(payload), correlationId };
    } catch (error) {
      throw toAuthenticationError(error);
    }
  };
}
