import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';
import type { AuthenticatedUser } from './authenticated-user';
import { AuthenticationError } from './authentication-error';
import { userFromClaims } from './user-claims';

export interface ClientTokenVerifierOptions {
  /** Keys to trust: a JWKS URL, or a JWK Set given inline (one of them). */
  jwksUrl?: string;
  jwks?: JSONWebKeySet;
  /** Explicit allowlist; "none" and HMAC algorithms are never accepted. */
  algorithms: string[];
  issuer: string;
  audience: string;
  clockToleranceSeconds?: number;
  /** Refuse tokens older than this even when not yet expired. */
  maxTokenAgeSeconds?: number;
}

const forbiddenAlgorithms = new Set(['none', 'HS256', 'HS384', 'HS512']);

/**
 * Verifies the tokens front ends present. Keys are looked up by `kid` in the
 * JWK Set, so a token signed with an unknown key id is refused.
 */
export function createClientTokenVerifier(options: ClientTokenVerifierOptions) {
  const bad = options.algorithms.filter((a) => forbiddenAlgorithms.has(a));
  if (options.algorithms.length === 0 || bad.length > 0) {
    throw new Error(
      `client token algorithms must be asymmetric and explicit; refusing ${bad.join(', ') || 'an empty list'}`,
    );
  }
  let keys: JWTVerifyGetKey;
  if (options.jwksUrl)
    keys = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 30_000 });
  else if (options.jwks) keys = createLocalJWKSet(options.jwks);
  else throw new Error('client token verification needs a JWKS URL or a JWK Set');

  return async function verifyClientToken(token: string): Promise<AuthenticatedUser> {
    try {
      const { payload } = await jwtVerify(token, keys, {
        algorithms: options.algorithms,
        issuer: options.issuer,
        audience: options.audience,
        clockTolerance: options.clockToleranceSeconds ?? 30,
        maxTokenAge: options.maxTokenAgeSeconds ? `${options.maxTokenAgeSeconds}s` : undefined,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      return userFromClaims(payload);
    } catch (error) {
      throw toAuthenticationError(error);
    }
  };
}

export function toAuthenticationError(error: unknown): AuthenticationError {
  if (error instanceof AuthenticationError) return error;
  if (error instanceof errors.JWTExpired)
    return new AuthenticationError('TOKEN_EXPIRED', 'token expired');
  if (error instanceof errors.JOSEError)
    return new AuthenticationError('INVALID_TOKEN', `${error.code}: ${error.message}`);
  return new AuthenticationError(
    'INVALID_TOKEN',
    error instanceof Error ? error.message : String(error),
  );
}
