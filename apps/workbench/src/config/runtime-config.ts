/**
 * What the served app is told at run time (/config.json, written by whoever
 * serves the static files): one build runs against any gateway and issuer.
 */
export type SignInConfig =
  | { kind: 'development' }
  | {
      kind: 'oidc';
      /** The issuer URL; its /.well-known/openid-configuration is read. */
      issuer: string;
      clientId: string;
      scope?: string;
      /** For issuers that mint access tokens per API (Auth0's `audience`). */
      audience?: string;
    };

export interface RuntimeConfig {
  graphqlUrl: string;
  signIn: SignInConfig;
}

export class RuntimeConfigError extends Error {}

/** Checks the shape by hand: a wrong config must say what is wrong, not fail later. */
export function parseRuntimeConfig(value: unknown): RuntimeConfig {
  const config = value as Partial<RuntimeConfig> | null;
  if (!config || typeof config.graphqlUrl !== 'string' || !config.graphqlUrl)
    throw new RuntimeConfigError('config.json: graphqlUrl is missing');
  const signIn = config.signIn as
    | { kind?: string; issuer?: string; clientId?: string; scope?: string; audience?: string }
    | undefined;
  if (signIn?.kind === 'development')
    return { graphqlUrl: config.graphqlUrl, signIn: { kind: 'development' } };
  if (signIn?.kind === 'oidc') {
    if (!signIn.issuer || !signIn.clientId)
      throw new RuntimeConfigError(
        'config.json: signIn.issuer and signIn.clientId are required for OIDC',
      );
    return {
      graphqlUrl: config.graphqlUrl,
      signIn: {
        kind: 'oidc',
        issuer: signIn.issuer.replace(/\/+$/, ''),
        clientId: signIn.clientId,
        scope: signIn.scope,
        audience: signIn.audience,
      },
    };
  }
  throw new RuntimeConfigError('config.json: signIn.kind must be "development" or "oidc"');
}

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new RuntimeConfigError(`config.json answered ${response.status}`);
  return parseRuntimeConfig(await response.json());
}
