import { importJWK, SignJWT, type JWK } from 'jose';
import type { AuthenticatedUser } from './authenticated-user';

export interface DevTokenOptions {
  issuer: string;
  audience: string;
  expiresIn?: string;
}

/**
 * Issues client tokens the way an identity provider would, for the demo users
 * and for tests. The gateway cannot tell them apart from real ones only
 * because it is configured to trust this key: production trusts the real IdP.
 */
export async function issueDevToken(
  privateJwk: JWK,
  user: AuthenticatedUser,
  options: DevTokenOptions,
): Promise<string> {
  const alg = privateJwk.alg ?? 'ES256';
  const key = await importJWK(privateJwk, alg);
  return new SignJWT({
    roles: user.roles,
    ...(user.name ? { name: user.name } : {}),
    ...(user.email ? { email: user.email } : {}),
    ...(user.department ? { department: user.department } : {}),
  })
    .setProtectedHeader({ alg, kid: privateJwk.kid, typ: 'JWT' })
    .setSubject(user.id)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(key);
}
