// A whole platform on fresh databases, its own topics and free ports, as the
// end-to-end tests and the benchmarks start it: `npm start`'s processes and
// start order (process-stack.cjs) with `npm start`'s environment
// (platform-env.cjs), built here once for every such caller.
'use strict';
const {
  ProcessStack,
  freePorts,
  platformProcesses,
  repoRoot,
  services,
  startPlatform,
} = require('./process-stack.cjs');
const { platformEnv } = require('./platform-env.cjs');
const { deleteTopicsWithPrefix } = require('../delete-test-topics.cjs');

/**
 * Ports for `instances` of every process, each instance with a metrics port of its own.
 * Every entry is a list, one port per instance.
 */
async function throwawayPorts(instances) {
  const names = platformProcesses;
  const free = await freePorts(names.length * instances * 2);
  const take = (offset) =>
    Object.fromEntries(
      names.map((name, i) => [
        name,
        free.slice(offset + i * instances, offset + (i + 1) * instances),
      ]),
    );
  return { ...take(0), metrics: take(names.length * instances) };
}

/**
 * @param {object} o
 * @param {string} o.label  names its databases (`<label>_lead`, ...)
 * @param {string} o.logDir  where each process's log file goes
 * @param {(name: string) => Promise<{ url: string, drop(): Promise<void> }>} o.createDatabase
 *   the testing package's createTestDatabase: passed in, as this file runs without a build
 * @param {string} o.kafkaBrokers
 * @param {string} o.topicPrefix
 * @param {object} o.internalKeys  { privateJwk, publicJwk }
 * @param {object} o.issuer  { url, audience, publicJwk }
 * @param {string} o.logLevel
 * @param {number} [o.instances]  of every process (1 by default)
 * @param {Record<string,string>} [o.extraServiceEnv] [o.extraGatewayEnv] [o.extraCommonEnv]  as platformEnv takes them
 * @param {(line: string) => void} [o.say]  start progress
 * @param {(stop: () => Promise<void>) => void} [o.onStoppable]  given the way to stop what has started
 *   so far, before the (minutes long, on a loaded machine) start
 */
async function startThrowawayPlatform(o) {
  const databases = {};
  const stack = new ProcessStack({ logDir: o.logDir });
  const stop = async () => {
    await stack.stop();
    for (const database of Object.values(databases)) await database.drop().catch(() => undefined);
    // Its topics too: a broker keeps thousands of partitions left behind by earlier runs busy
    // (a bench's Kafka share of a lead read 0.09 to 0.47 ms with about 13,000 of them, issue 17).
    await deleteTopicsWithPrefix(o.kafkaBrokers.split(','), o.topicPrefix).catch(() => undefined);
  };
  o.onStoppable?.(stop);
  try {
    for (const { name } of services) databases[name] = await o.createDatabase(`${o.label}_${name}`);
    const ports = await throwawayPorts(o.instances ?? 1);
    const { serviceEnv, gatewayEnv } = platformEnv({
      databaseUrls: Object.fromEntries(
        Object.entries(databases).map(([name, db]) => [name, db.url]),
      ),
      kafkaBrokers: o.kafkaBrokers,
      topicPrefix: o.topicPrefix,
      ports,
      internalKeys: o.internalKeys,
      issuer: o.issuer,
      nodeEnv: 'production',
      logLevel: o.logLevel,
      // No mail relay beside a throwaway platform: the notification service logs its e-mails.
      extraServiceEnv: { EMAIL_LOG_ONLY: 'true', ...o.extraServiceEnv },
      extraGatewayEnv: o.extraGatewayEnv,
      extraCommonEnv: o.extraCommonEnv,
    });
    await startPlatform(stack, { serviceEnv, gatewayEnv, ports, say: o.say });
    const graphql = (port) => `http://127.0.0.1:${port}/graphql`;
    return {
      stack,
      databases,
      ports,
      serviceEnv,
      gatewayEnv,
      urls: {
        gateways: ports.gateway.map(graphql),
        /** The first instance of each service. */
        services: Object.fromEntries(services.map(({ name }) => [name, graphql(ports[name][0])])),
        /** The first instance of each process, by its process name (`order-admin`). */
        metrics: Object.fromEntries(
          platformProcesses.map((name) => [
            name === 'orderAdmin' ? 'order-admin' : name,
            `http://127.0.0.1:${ports.metrics[name][0]}/metrics`,
          ]),
        ),
        orderAdmin: `http://127.0.0.1:${ports.orderAdmin[0]}`,
      },
      stop,
    };
  } catch (error) {
    // A caller's teardown never sees a platform that failed to start: stop what did start here.
    await stop();
    throw error;
  }
}

module.exports = { startThrowawayPlatform, repoRoot };
