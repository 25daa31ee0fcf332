// The environment of each process of the platform, from where PostgreSQL and
// Kafka are, the development keys and the ports. One place, used by
// `npm start` and by the end-to-end tests.
'use strict';

/**
 * @param {object} o
 * @param {Record<string,string>} o.databaseUrls  service name -> postgres URL
 * @param {string} o.kafkaBrokers
 * @param {string} o.topicPrefix
 * @param {Record<string,number|number[]>} o.ports  service name (and "gateway", "orderAdmin") -> port, or
 *   the ports of its instances; `ports.metrics` the same for METRICS_PORT (optional)
 * @param {Record<string,string>} [o.extraCommonEnv]  for every process (e.g. OpenTelemetry's OTEL_* variables)
 * @param {object} o.internalKeys  { privateJwk, publicJwk }
 * @param {object} o.issuer  { url, audience, publicJwk }
 * @param {string} o.nodeEnv
 * @param {string} o.logLevel
 * @param {string[]} [o.corsOrigins]  browser front ends (the workbench) allowed to call the gateway
 * @param {Record<string,string>} [o.extraGatewayEnv]  e.g. a test stack's generous rate limit
 */
function platformEnv(o) {
  const instances = (value) => (Array.isArray(value) ? value : [value]);
  const common = {
    NODE_ENV: o.nodeEnv,
    LOG_LEVEL: o.logLevel,
    HOST: '127.0.0.1',
    // e.g. OTEL_EXPORTER_OTLP_ENDPOINT for every process
    ...(o.extraCommonEnv ?? {}),
  };
  const metricsPort = (name, i) =>
    o.ports.metrics?.[name] === undefined
      ? {}
      : { METRICS_PORT: String(instances(o.ports.metrics[name])[i]) };
  /** The environment of instance `i` (0, the first, by default) of a service. */
  const serviceEnv = (name, i = 0) => ({
    ...common,
    PORT: String(instances(o.ports[name])[i]),
    ...metricsPort(name, i),
    DATABASE_URL: o.databaseUrls[name],
    KAFKA_BROKERS: o.kafkaBrokers,
    KAFKA_TOPIC_PREFIX: o.topicPrefix,
    INTERNAL_TOKEN_PUBLIC_JWK: JSON.stringify(o.internalKeys.publicJwk),
    ...(o.extraServiceEnv ?? {}),
  });
  // Every instance of a subgraph: the gateway spreads requests over them.
  const urls = (name) =>
    instances(o.ports[name])
      .map((port) => `http://127.0.0.1:${port}/graphql`)
      .join(',');
  const gatewayEnv = {
    ...common,
    PORT: String(instances(o.ports.gateway)[0]),
    ...metricsPort('gateway', 0),
    SUBGRAPH_LEAD_URL: urls('lead'),
    SUBGRAPH_ACCOUNT_URL: urls('account'),
    SUBGRAPH_ORDER_URL: urls('order'),
    SUBGRAPH_PLANNING_URL: urls('planning'),
    SUBGRAPH_NOTIFICATION_URL: urls('notification'),
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
