import {
  createInternalTokenSigner,
  generateInternalKeyPair,
  type AuthenticatedUser,
} from '@salesgraph/identity';
import type { JWK } from 'jose';

let keys: Promise<{ privateJwk: JWK; publicJwk: JWK }> | undefined;

/** One internal-token key pair per test process, standing in for the gateway's. */
export function testInternalKeys() {
  keys ??= generateInternalKeyPair('gateway-test');
  return keys;
}

/** A gateway credential for `user`, as subgraphs expect it. */
export async function internalTokenFor(
  user: AuthenticatedUser,
  correlationId = 'test-correlation-id',
): Promise<string> {
  const sign = await createInternalTokenSigner((await testInternalKeys()).privateJwk);
  return sign({ user, correlationId });
}
