// Development only: issues a client token for a demo user, signed with the
// development identity provider key in .dev/secrets.json (created by
// `npm start`). Usage: npm run token -- <handle> [--expires 8h]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DemoUsers, issueDevToken, type DemoUserHandle } from '@salesgraph/identity';

const secretsFile = join(__dirname, '..', '..', '..', '.dev', 'secrets.json');
const [handle] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const expiresIndex = process.argv.indexOf('--expires');
const expiresIn = expiresIndex > 0 ? process.argv[expiresIndex + 1] : '8h';

function usage(): never {
  console.error('usage: npm run token -- <user> [--expires 8h]\n\ndemo users:');
  for (const [name, user] of Object.entries(DemoUsers)) {
    console.error(
      `  ${name.padEnd(16)} ${user.name.padEnd(24)} ${[...user.roles, ...('department' in user ? [`dept:${user.department}`] : [])].join(', ')}`,
    );
  }
  process.exit(2);
}

if (!handle || !(handle in DemoUsers)) usage();
let secrets: { issuer: { url: string; audience: string; privateJwk: Record<string, string> } };
try {
  secrets = JSON.parse(readFileSync(secretsFile, 'utf8'));
} catch {
  console.error(
    `no development secrets at ${secretsFile}: run npm start once (or node infra/dev-secrets.mjs)`,
  );
  process.exit(1);
}
issueDevToken(secrets.issuer.privateJwk, DemoUsers[handle as DemoUserHandle], {
  issuer: secrets.issuer.url,
  audience: secrets.issuer.audience,
  expiresIn,
}).then((token) => console.log(token));
