// The /config.json the app reads at start, from the environment of whoever
// serves it: one build, any gateway and issuer.
//   WORKBENCH_GRAPHQL_URL      the gateway's /graphql URL (default http://127.0.0.1:4000/graphql)
//   WORKBENCH_SIGN_IN          "development" (demo users) or "oidc"
//   WORKBENCH_OIDC_ISSUER, WORKBENCH_OIDC_CLIENT_ID, WORKBENCH_OIDC_SCOPE, WORKBENCH_OIDC_AUDIENCE
export function runtimeConfig(env = process.env) {
  const graphqlUrl = env.WORKBENCH_GRAPHQL_URL || 'http://127.0.0.1:4000/graphql';
  if ((env.WORKBENCH_SIGN_IN ?? 'development') === 'development')
    return { graphqlUrl, signIn: { kind: 'development' } };
  if (!env.WORKBENCH_OIDC_ISSUER || !env.WORKBENCH_OIDC_CLIENT_ID)
    throw new Error(
      'WORKBENCH_SIGN_IN=oidc needs WORKBENCH_OIDC_ISSUER and WORKBENCH_OIDC_CLIENT_ID',
    );
  return {
    graphqlUrl,
    signIn: {
      kind: 'oidc',
      issuer: env.WORKBENCH_OIDC_ISSUER,
      clientId: env.WORKBENCH_OIDC_CLIENT_ID,
      ...(env.WORKBENCH_OIDC_SCOPE ? { scope: env.WORKBENCH_OIDC_SCOPE } : {}),
      ...(env.WORKBENCH_OIDC_AUDIENCE ? { audience: env.WORKBENCH_OIDC_AUDIENCE } : {}),
    },
  };
}
