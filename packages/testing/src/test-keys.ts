import {
  createInternalTokenSigner,
  generateInternalKeyPair,
  generateIssuerKeyPair,
  issueDevToken,
  type AuthenticatedUser,
} from '@salesgraph/identity';
import type { JWK } from 'jose';

let keys: Promise<{ privateJwk: JWK; publicJwk: JWK }> | undefined;

/** One internal-token key pair per test process, standing in for the gateway's. */
export function testInternalKeys() {
  keys ??= generateInternalKeyPair('gateway-test');
  return keys;
}

/** A gateway credential for `user`, as the subgraph named `subgraph` expects it. */
export async function internalTokenFor(
  user: AuthenticatedUser,
  subgraph: string,
  correlationId = 'test-correlation-id',
): Promise<string> {
  const sign = await createInternalTokenSigner((await testInternalKeys()).privateJwk);
  return sign({ user, correlationId, subgraph });
}

const testIssuer = { url: 'https://id.test.salesgraph', audience: 'salesgraph-test' };
let issuerKeys: Promise<{ privateJwk: JWK; publicJwk: JWK }> | undefined;

/** The client-token settings of a process that trusts this test process's identity provider. */
export async function clientAuthTestEnv(): Promise<Record<string, string>> {
  issuerKeys ??= generateIssuerKeyPair('test-idp');
  return {
    AUTH_ISSUER: testIssuer.url,
    AUTH_AUDIENCE: testIssuer.audience,
    AUTH_ALGORITHMS: 'ES256',
    AUTH_JWKS: JSON.stringify({ keys: [(await issuerKeys).publicJwk] }),
  };
}

/** A client token for `user`, as that identity provider would issue it. */
export async function clientTokenFor(user: AuthenticatedUser): Promise<string> {
  issuerKeys ??= generateIssuerKeyPair('test-idp');
  return issueDevToken((await issuerKeys).privateJwk, user, {
    issuer: testIssuer.url,
    audience: testIssuer.audience,
    expiresIn: '10m',
  });
}
