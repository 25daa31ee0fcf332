import { exportJWK, generateKeyPair, type JWK } from 'jose';

/**
 * Fresh key pairs for development and tests: an Ed25519 pair for the
 * gateway's internal token and an ES256 pair standing in for an identity
 * provider. Never used in production, where keys come from configuration.
 */
export async function generateInternalKeyPair(
  kid = 'gateway-dev',
): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', {
    crv: 'Ed25519',
    extractable: true,
  });
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA' },
  };
}

export async function generateIssuerKeyPair(
  kid = 'dev-idp-1',
): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256', use: 'sig' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
  };
}
