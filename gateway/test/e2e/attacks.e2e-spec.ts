import {
  DemoUsers,
  INTERNAL_TOKEN_HEADER,
  createInternalTokenSigner,
  generateInternalKeyPair,
  generateIssuerKeyPair,
} from '@salesgraph/identity';
import { errorCode, expectData, postGraphQL } from '@salesgraph/testing';
import { importJWK, SignJWT, UnsecuredJWT, type JWK } from 'jose';
import { asUser, tokenFor } from './support/e2e-client';
import { stackInfo } from './support/stack-info';

/**
 * The attack list of the gateway issue, each against the running platform:
 * every one must be refused, with a code and without leaking details.
 */
describe('the gateway refuses', () => {
  const info = stackInfo();
  const rep = DemoUsers.rep;

  const send = (
    token: string | undefined,
    query = '{ me { id } }',
    headers: Record<string, string> = {},
  ) =>
    postGraphQL(
      info.gatewayUrl,
      { query },
      { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    );

  const claims = { roles: ['ADMIN'], name: 'Mallory' };

  async function signed(options: {
    key?: JWK;
    alg?: string;
    kid?: string;
    issuer?: string;
    audience?: string;
    exp?: string | number;
  }) {
    const key = options.key ?? info.issuer.privateJwk;
    const alg = options.alg ?? 'ES256';
    return new SignJWT(claims)
      .setProtectedHeader({ alg, kid: options.kid ?? key.kid })
      .setSubject(DemoUsers.admin.id)
      .setIssuer(options.issuer ?? info.issuer.url)
      .setAudience(options.audience ?? info.issuer.audience)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(options.exp ?? '10m')
      .sign(await importJWK(key, alg));
  }

  const expectRefused = async (token: string | undefined) => {
    const response = await send(token);
    expect(response.status).toBe(401);
    expect(errorCode(response)).toBe('UNAUTHENTICATED');
    expect(response.data).toBeUndefined();
  };

  it('a request without a token', () => expectRefused(undefined));

  it('alg: none', async () => {
    const token = new UnsecuredJWT(claims)
      .setSubject(DemoUsers.admin.id)
      .setIssuer(info.issuer.url)
      .setAudience(info.issuer.audience)
      .setIssuedAt()
      .setExpirationTime('10m')
      .encode();
    await expectRefused(token);
  });

  it('a wrong algorithm (HS256 keyed with the public key, the classic confusion)', async () => {
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid: info.issuer.publicJwk.kid })
      .setSubject(DemoUsers.admin.id)
      .setIssuer(info.issuer.url)
      .setAudience(info.issuer.audience)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(JSON.stringify(info.issuer.publicJwk)));
    await expectRefused(token);
  });

  it('a wrong issuer', async () => expectRefused(await signed({ issuer: 'https://evil.example' })));

  it('a wrong audience', async () => expectRefused(await signed({ audience: 'another-api' })));

  it('an expired token', async () =>
    expectRefused(await signed({ exp: Math.floor(Date.now() / 1000) - 120 })));

  it('an unknown key id', async () => {
    const stranger = await generateIssuerKeyPair('stranger-key');
    await expectRefused(await signed({ key: stranger.privateJwk, kid: 'stranger-key' }));
  });

  it('a key that claims a known key id but is not that key', async () => {
    const stranger = await generateIssuerKeyPair('x');
    await expectRefused(await signed({ key: stranger.privateJwk, kid: info.issuer.publicJwk.kid }));
  });

  it('a tampered signature (payload changed to ADMIN after signing)', async () => {
    const token = await tokenFor(rep);
    const [header, payload, signature] = token.split('.');
    const changed = {
      ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
      roles: ['ADMIN'],
      sub: DemoUsers.admin.id,
    };
    await expectRefused(
      `${header}.${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${signature}`,
    );
    await expectRefused(`${header}.${payload}.${signature.slice(0, -4)}AAAA`);
  });

  it('forged identity headers: ignored, the token decides who you are', async () => {
    const forgedInternal = await (
      await createInternalTokenSigner(await generateForgedKey())
    )({ user: DemoUsers.admin, correlationId: 'forged', subgraph: 'planning' });
    const headers = {
      'x-user-id': DemoUsers.admin.id,
      'x-user-roles': 'ADMIN',
      [INTERNAL_TOKEN_HEADER]: forgedInternal,
    };
    const anonymous = await send(undefined, '{ me { id } }', headers);
    expect(anonymous.status).toBe(401);
    const asRep = await send(await tokenFor(rep), '{ me { id } }', headers);
    expect((expectData(asRep).me as { id: string }).id).toBe(rep.id);
    const teams = await send(await tokenFor(rep), '{ salesTeams { id } }', headers);
    expect(errorCode(teams)).toBe('FORBIDDEN');
  });

  it('a direct call to a subgraph, with a client token or a forged internal one', async () => {
    const url = info.serviceUrls.lead;
    const withClientToken = await postGraphQL(
      url,
      { query: '{ leads { id } }' },
      { authorization: `Bearer ${await tokenFor(rep)}` },
    );
    expect(withClientToken.status).toBe(401);
    const forged = await postGraphQL(
      url,
      { query: '{ _service { sdl } }' },
      {
        [INTERNAL_TOKEN_HEADER]: await (
          await createInternalTokenSigner(await generateForgedKey())
        )({ user: DemoUsers.admin, correlationId: 'x', subgraph: 'lead' }),
      },
    );
    expect(forged.status).toBe(401);
    expect(errorCode(forged)).toBe('UNAUTHENTICATED');
  });

  it('_entities asking for another rep’s records', async () => {
    const lead = expectData<{ createLead: { id: string } }>(
      await asUser(
        'rep',
        'mutation { createLead(input: { company: "Private GmbH", contactName: "P" }) { id } }',
      ),
    ).createLead;
    // Through the gateway, _entities is not part of the public graph at all.
    const viaGateway = await asUser(
      'rep2',
      'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
      { r: [{ __typename: 'Lead', id: lead.id }] },
    );
    expect(errorCode(viaGateway)).toBe('GRAPHQL_VALIDATION_FAILED');
    // Straight to the subgraph with a valid gateway credential for rep2: the record stays hidden.
    const sign = await createInternalTokenSigner(info.internalKeys.privateJwk);
    const direct = await postGraphQL<{ _entities: unknown[] }>(
      info.serviceUrls.lead,
      {
        query:
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { id company } } }',
        variables: { r: [{ __typename: 'Lead', id: lead.id }] },
      },
      {
        [INTERNAL_TOKEN_HEADER]: await sign({
          user: DemoUsers.rep2,
          correlationId: 'e2e',
          subgraph: 'lead',
        }),
      },
    );
    expect(expectData(direct)._entities).toEqual([null]);
  });

  it('a query 20 levels deep, before executing it', async () => {
    const nested = Array.from({ length: 19 }).reduce<string>(
      (inner) => `ofType { ${inner} }`,
      'name',
    );
    const response = await asUser(
      'rep',
      `{ __type(name: "Query") { fields { type { ${nested} } } } }`,
    );
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toContain('nested too deeply');
  });

  it('1,000 aliases', async () => {
    const fields = Array.from({ length: 1000 }, (_, i) => `a${i}: me { id }`).join(' ');
    const response = await asUser('rep', `{ ${fields} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.map((e) => e.message).join(' ')).toContain('too many aliases');
  });

  it('a batch of 100 operations', async () => {
    const token = await tokenFor(rep);
    const batch = Array.from({ length: 100 }, () => ({ query: '{ me { id } }' }));
    const response = await postGraphQL(info.gatewayUrl, batch, {
      authorization: `Bearer ${token}`,
    });
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('BATCH_TOO_LARGE');
    // A small batch is fine.
    const small = await postGraphQL(info.gatewayUrl, batch.slice(0, 2), {
      authorization: `Bearer ${token}`,
    });
    expect(small.status).toBe(200);
  });

  it('introspection and field suggestions in production mode', async () => {
    const introspection = await asUser('rep', '{ __schema { types { name } } }');
    expect(introspection.errors?.length).toBeGreaterThan(0);
    expect(introspection.data?.__schema).toBeUndefined();
    const typo = await asUser('rep', '{ leadz { id } }');
    expect(errorCode(typo)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('reveals no internals in errors: masked, with a code and a correlation id', async () => {
    const response = await asUser('rep', 'query($id: ID!) { lead(id: $id) { id } }', {
      id: 'not-a-uuid',
    });
    const error = response.errors?.[0];
    expect(error?.extensions?.code).toBeDefined();
    expect(error?.extensions?.correlationId).toEqual(expect.any(String));
    expect(JSON.stringify(response)).not.toMatch(
      /stacktrace|serviceName|QueryFailedError|invalid input syntax/,
    );
  });
});

/** A key pair of the right kind and key id, but not the gateway's. */
async function generateForgedKey(): Promise<JWK> {
  return (await generateInternalKeyPair('gateway-e2e')).privateJwk;
}
