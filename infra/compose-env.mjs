// Writes .env for docker-compose from the development secrets (creating them
// first): database passwords, the gateway's internal key pair and the
// development identity provider's public key. Development only.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const envFile = join(root, '.env');
if (existsSync(envFile)) {
  console.log(`${envFile} exists; delete it to make a new one`);
  process.exit(0);
}
execFileSync(process.execPath, [join(root, 'infra', 'dev-secrets.mjs')], { stdio: 'inherit' });
const secrets = JSON.parse(readFileSync(join(root, '.dev', 'secrets.json'), 'utf8'));
const password = () => randomBytes(18).toString('base64url');
const lines = [
  '# docker-compose secrets for development, written by infra/compose-env.mjs',
  `PG_ADMIN_PASSWORD=${password()}`,
  ...['LEAD', 'ACCOUNT', 'ORDER', 'PLANNING', 'NOTIFICATION'].map(
    (s) => `PG_${s}_PASSWORD=${password()}`,
  ),
  `INTERNAL_TOKEN_PUBLIC_JWK=${JSON.stringify(secrets.internal.publicJwk)}`,
  `INTERNAL_TOKEN_PRIVATE_JWK=${JSON.stringify(secrets.internal.privateJwk)}`,
  `AUTH_ISSUER=${secrets.issuer.url}`,
  `AUTH_AUDIENCE=${secrets.issuer.audience}`,
  `AUTH_JWKS=${JSON.stringify({ keys: [secrets.issuer.publicJwk] })}`,
  `GRAFANA_ADMIN_PASSWORD=${password()}`,
  // No mail relay on one machine: notifications log their e-mails. Set SMTP_URL (and false here) to send.
  'EMAIL_LOG_ONLY=true',
];
writeFileSync(envFile, `${lines.join('\n')}\n`, { mode: 0o600 });
console.log(`wrote ${envFile}`);
