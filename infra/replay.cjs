// `npm run replay -- <service> [projection...]`: rebuilds a service's projections
// from the beginning of their topics (docs/operations.md, "Replay"). Runs the
// service's own replay script with the service's environment; in development,
// what is missing comes from .infra/env.sh (npm run infra:up) and .dev/secrets.json.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const services = ['lead', 'account', 'order', 'planning', 'notification'];
const [service, ...projections] = process.argv.slice(2);
if (!services.includes(service)) {
  process.stderr.write(
    `usage: npm run replay -- <${services.join('|')}> [projection...]\n` +
      '  lead: team-directory account-directory; account: team-directory order-commercials;\n' +
      '  order: team-directory account-directory; planning: attainment pipeline account-directory;\n' +
      '  notification: team-directory\n' +
      "  (no projection named: all of the service's). Build first: npm run build\n",
  );
  process.exit(2);
}
const script = path.join(root, 'services', service, 'dist', 'scripts', 'replay.js');
if (!fs.existsSync(script)) {
  process.stderr.write(`${script} is missing: build first (npm run build)\n`);
  process.exit(2);
}

const env = { ...process.env };
const local = path.join(root, '.infra', 'env.sh');
if (fs.existsSync(local))
  for (const [, name, value] of fs
    .readFileSync(local, 'utf8')
    .matchAll(/^export (\w+)='([^']*)'$/gm))
    env[name] ??= value;
env.DATABASE_URL ??= env[`SALESGRAPH_${service.toUpperCase()}_DATABASE_URL`];
env.KAFKA_BROKERS ??= env.SALESGRAPH_KAFKA_BROKERS;
const secrets = path.join(root, '.dev', 'secrets.json');
if (!env.INTERNAL_TOKEN_PUBLIC_JWK && fs.existsSync(secrets))
  env.INTERNAL_TOKEN_PUBLIC_JWK = JSON.stringify(
    JSON.parse(fs.readFileSync(secrets, 'utf8')).internal.publicJwk,
  );

const run = spawnSync(process.execPath, [script, ...projections], { env, stdio: 'inherit' });
process.exit(run.status ?? 1);
