// `npm start`, after infra/start.sh has PostgreSQL and Kafka running and the
// code built: starts the four services and the gateway, seeds the demo data,
// prints where the graph is, and stops everything on Ctrl-C.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { ProcessStack, services, repoRoot, startPlatform } = require('./process-stack.cjs');
const { platformEnv } = require('./platform-env.cjs');
const { portPlan } = require('./port-plan.cjs');
const { startWorkbench, workbenchOrigins } = require('./workbench-process.cjs');

const say = (line) => process.stdout.write(`${line}\n`);

async function main() {
  const secrets = JSON.parse(fs.readFileSync(path.join(repoRoot, '.dev', 'secrets.json'), 'utf8'));
  // infra/start.sh decides the ports (SALESGRAPH_PORT_BASE and friends) and checks they are free;
  // SALESGRAPH_REPLICAS=N gives every service N instances (port-plan.cjs).
  const { replicas, ports } = portPlan(process.env);
  const databaseUrls = Object.fromEntries(
    services.map(({ name }) => [
      name,
      process.env[`SALESGRAPH_${name.toUpperCase()}_DATABASE_URL`],
    ]),
  );
  const { serviceEnv, gatewayEnv } = platformEnv({
    databaseUrls,
    kafkaBrokers: process.env.SALESGRAPH_KAFKA_BROKERS,
    topicPrefix: '',
    ports,
    internalKeys: secrets.internal,
    issuer: {
      url: secrets.issuer.url,
      audience: secrets.issuer.audience,
      publicJwk: secrets.issuer.publicJwk,
    },
    nodeEnv: 'development',
    logLevel: process.env.LOG_LEVEL ?? 'info',
    corsOrigins: workbenchOrigins(ports.workbench),
  });

  const stack = new ProcessStack({ logDir: path.join(repoRoot, '.run', 'logs') });
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    say('==> Stopping the gateway and the services');
    await stack.stop();
    say('    ok');
    process.exit(code);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  process.on('SIGHUP', () => stop(0));
  // Output may go to a terminal or pipe that is gone by the time we stop.
  process.stdout.on('error', () => undefined);

  try {
    await startPlatform(stack, { serviceEnv, gatewayEnv, ports, say });
    say(`==> Starting the workbench on 127.0.0.1:${ports.workbench}`);
    await startWorkbench(stack, {
      port: ports.workbench,
      graphqlUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
      devSecretsFile: path.join(repoRoot, '.dev', 'secrets.json'),
    });
    say('    ok');
  } catch (error) {
    process.stderr.write(`\n!!  ${error.message}\n`);
    await stop(1);
    return;
  }

  say('');
  say(`SalesGraph is running. GraphQL: http://127.0.0.1:${ports.gateway}/graphql`);
  say(`  the workbench (sign in as any demo user): http://127.0.0.1:${ports.workbench}/`);
  say(
    `  order administration's queue (from order events, coordinators' tokens only): http://127.0.0.1:${ports.orderAdmin[0]}/queue`,
  );
  say('  a token for a demo user:  npm run token -- rep      (list them: npm run token)');
  say(
    `  try it:  curl -s http://127.0.0.1:${ports.gateway}/graphql -H "authorization: Bearer $(npm run -s token -- rep)" \\`,
  );
  say(
    `             -H 'content-type: application/json' -d '{"query":"{ me { id } leads { company status } }"}'`,
  );
  if (replicas > 1)
    say(
      `  ${replicas} instances of every service (ports +100 each); the gateway spreads requests over them`,
    );
  say(
    `  metrics (Prometheus): http://127.0.0.1:${ports.metrics.gateway}/metrics (gateway), each service's port + 50`,
  );
  say(`  logs: ${path.join('.run', 'logs')}/<service>.log      stop: Ctrl-C`);
}

main();
