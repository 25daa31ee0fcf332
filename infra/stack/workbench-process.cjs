// Starts the workbench's server (apps/workbench/server/serve-workbench.mjs)
// beside the platform: the built app, its /config.json, and with
// development sign-in the demo users' token endpoint. Used by `npm start`
// and by the browser tests.
'use strict';

/**
 * @param {import('./process-stack.cjs').ProcessStack} stack
 * @param {object} o
 * @param {string} o.name        process name (log file name)
 * @param {number} o.port
 * @param {string} o.graphqlUrl  the gateway's /graphql
 * @param {string} [o.devSecretsFile]  development sign-in: the secrets file with the issuer key
 * @param {object} [o.oidc]  OIDC sign-in instead: { issuer, clientId, scope?, audience? }
 */
async function startWorkbench(stack, o) {
  const env = {
    HOST: '127.0.0.1',
    PORT: String(o.port),
    WORKBENCH_GRAPHQL_URL: o.graphqlUrl,
    ...(o.oidc
      ? {
          WORKBENCH_SIGN_IN: 'oidc',
          WORKBENCH_OIDC_ISSUER: o.oidc.issuer,
          WORKBENCH_OIDC_CLIENT_ID: o.oidc.clientId,
          ...(o.oidc.scope ? { WORKBENCH_OIDC_SCOPE: o.oidc.scope } : {}),
          ...(o.oidc.audience ? { WORKBENCH_OIDC_AUDIENCE: o.oidc.audience } : {}),
        }
      : { WORKBENCH_SIGN_IN: 'development', WORKBENCH_DEV_SECRETS: o.devSecretsFile }),
  };
  return stack.start({
    name: o.name ?? 'workbench',
    script: 'apps/workbench/server/serve-workbench.mjs',
    env,
    readyUrl: `http://127.0.0.1:${o.port}/health/ready`,
  });
}

/** The origins a workbench on `port` is opened at, for the gateway's CORS allowlist. */
function workbenchOrigins(port) {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

module.exports = { startWorkbench, workbenchOrigins };
