// Generates the development secrets once, into .dev/secrets.json (git-ignored):
//  - "issuer": an ES256 key pair standing in for the identity provider; the
//    gateway trusts its public half, `npm run token` signs with the private half;
//  - "internal": the gateway's Ed25519 key pair for the internal token that
//    subgraphs verify.
// Production never uses these: there the keys come from the environment.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, '.dev', 'secrets.json');
if (existsSync(file)) process.exit(0);

function pair(type, options, alg, kid) {
  const { privateKey, publicKey } = generateKeyPairSync(type, options);
  const meta = { kid, alg, use: 'sig' };
  return {
    privateJwk: { ...privateKey.export({ format: 'jwk' }), ...meta },
    publicJwk: { ...publicKey.export({ format: 'jwk' }), ...meta },
  };
}

const secrets = {
  issuer: {
    url: 'https://id.salesgraph.dev',
    audience: 'salesgraph-api',
    ...pair('ec', { namedCurve: 'P-256' }, 'ES256', `dev-idp-${randomUUID().slice(0, 8)}`),
  },
  internal: pair('ed25519', {}, 'EdDSA', `gateway-dev-${randomUUID().slice(0, 8)}`),
};
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
console.log(`==> wrote development secrets to ${file}`);
