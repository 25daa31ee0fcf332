// The environment of each process of the platform, from where PostgreSQL and
// Kafka are, the development keys and the ports. One place, used by
// `npm start` and by the end-to-end tests.
'use strict';

/**
 * @param {object} o
 * @param {Record<string,string>} o.databaseUrls  service name -> postgres URL
 * @param {string} o.kafkaBrokers
 * @param {string} o.topicPrefix
 * @param {Record<string,number>} o.ports  service name (and "gateway") -> port
 * @param {object} o.internalKeys  { privateJwk, publicJwk }
 * @param {object} o.issuer  { url, audience, publicJwk }
 * @param {string} o.nodeEnv
 * @param {string} o.logLevel
 * @param {string[]} [o.corsOrigins]  browser front ends (the workbench) allowed to call the gateway
 * @param {Record<string,string>} [o.extraGatewayEnv]  e.g. a test stack's generous rate limit
 */
function platformEnv(o) {
  const common = {
    NODE_ENV: o.nodeEnv,
    LOG_LEVEL: o.logLevel,
    HOST: '127.0.0.1',
  };
  const serviceEnv = (name) => ({
    ...common,
    PORT: String(o.ports[name]),
    DATABASE_URL: o.databaseUrls[name],
    KAFKA_BROKERS: o.kafkaBrokers,
    KAFKA_TOPIC_PREFIX: o.topicPrefix,
    INTERNAL_TOKEN_PUBLIC_JWK: JSON.stringify(o.internalKeys.publicJwk),
    ...(o.extraServiceEnv ?? {}),
  });
  const gatewayEnv = {
    ...common,
    PORT: String(o.ports.gateway),
    SUBGRAPH_LEAD_URL: `http://127.0.0.1:${o.ports.lead}/graphql`,
    SUBGRAPH_ACCOUNT_URL: `http://127.0.0.1:${o.ports.account}/graphql`,
    SUBGRAPH_ORDER_URL: `http://127.0.0.1:${o.ports.order}/graphql`,
    SUBGRAPH_PLANNING_URL: `http://127.0.0.1:${o.ports.planning}/graphql`,
    AUTH_ISSUER: o.issuer.url,
    AUTH_AUDIENCE: o.issuer.audience,
    AUTH_ALGORITHMS: 'ES256',
    AUTH_JWKS: JSON.stringify({ keys: [o.issuer.publicJwk] }),
    INTERNAL_TOKEN_PRIVATE_JWK: JSON.stringify(o.internalKeys.privateJwk),
    CORS_ALLOWED_ORIGINS: (o.corsOrigins ?? []).join(','),
    ...(o.extraGatewayEnv ?? {}),
  };
  return { serviceEnv, gatewayEnv };
}

module.exports = { platformEnv };
