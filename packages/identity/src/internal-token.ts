import { createPrivateKey, randomUUID, sign, type JsonWebKey } from 'node:crypto';
import { importJWK, jwtVerify, type JWK } from 'jose';
import type { AuthenticatedUser } from './authenticated-user';
import { toAuthenticationError } from './client-token-verifier';
import { userFromClaims } from './user-claims';

/**
 * The credential the gateway hands to subgraphs: a short-lived JWT it signs
 * with its own Ed25519 key, carrying the verified user (and, when the signer
 * names one, a correlation id). Subgraphs trust nothing else: not client
 * tokens, not identity headers.
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
  /**
   * The correlation id the token was signed with, if any. The gateway signs without one: it reuses
   * a token for many requests and sends each request's id in `x-correlation-id`.
   */
  correlationId?: string;
}

export interface InternalTokenRequest extends InternalIdentity {
  /** The subgraph that will receive the token (its name in the supergraph). */
  subgraph: string;
}

/**
 * Signs with node:crypto directly rather than jose's SignJWT: jose's path through WebCrypto cost
 * several times the Ed25519 signature itself. The token is the same compact JWS (header, claims,
 * order of claims) and is verified with jose.
 */
export async function createInternalTokenSigner(
  privateJwk: JWK,
  options: { ttlSeconds?: number } = {},
) {
  if (privateJwk.kty !== 'OKP' || privateJwk.crv !== 'Ed25519' || !privateJwk.d) {
    throw new Error('the internal token key must be a private Ed25519 JWK');
  }
  const key = createPrivateKey({ key: privateJwk as JsonWebKey, format: 'jwk' });
  const ttl = options.ttlSeconds ?? 60;
  const header = base64url(
    JSON.stringify({ alg: ALGORITHM, ...(privateJwk.kid ? { kid: privateJwk.kid } : {}) }),
  );
  return async function signInternalToken(identity: InternalTokenRequest): Promise<string> {
    const { user } = identity;
    const audience = internalTokenAudience(identity.subgraph);
    const issuedAt = Math.floor(Date.now() / 1000);
    const claims = base64url(
      JSON.stringify({
        roles: user.roles,
        ...(user.name ? { name: user.name } : {}),
        ...(user.email ? { email: user.email } : {}),
        ...(user.department ? { department: user.department } : {}),
        ...(identity.correlationId ? { cid: identity.correlationId } : {}),
        sub: user.id,
        iss: INTERNAL_TOKEN_ISSUER,
        aud: audience,
        iat: issuedAt,
        jti: randomUUID(),
        exp: issuedAt + ttl,
      }),
    );
    const signingInput = `${header}.${claims}`;
    // Ed25519 takes no digest: the algorithm argument is null.
    const signature = sign(null, Buffer.from(signingInput), key).toString('base64url');
    return `${signingInput}.${signature}`;
  };
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
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
      const user = userFromClaims(payload);
      return typeof payload.cid === 'string' && payload.cid
        ? { user, correlationId: payload.cid }
        : { user };
    } catch (error) {
      throw toAuthenticationError(error);
    }
  };
}
