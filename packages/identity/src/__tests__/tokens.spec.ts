import { SignJWT, importJWK } from 'jose';
import { createClientTokenVerifier } from '../client-token-verifier';
import { generateInternalKeyPair, generateIssuerKeyPair } from '../dev-keys';
import { issueDevToken } from '../dev-token-issuer';
import { DemoUsers } from '../demo-users';
import { createInternalTokenSigner, createInternalTokenVerifier } from '../internal-token';

describe('client tokens', () => {
  const options = { issuer: 'https://idp.test', audience: 'api' };

  it('verifies a token of a trusted key and maps its claims to a user', async () => {
    const keys = await generateIssuerKeyPair('k1');
    const verify = createClientTokenVerifier({
      ...options,
      algorithms: ['ES256'],
      jwks: { keys: [keys.publicJwk] },
    });
    const user = await verify(
      await issueDevToken(keys.privateJwk, DemoUsers.accountManager, options),
    );
    expect(user).toEqual({
      id: DemoUsers.accountManager.id,
      name: DemoUsers.accountManager.name,
      email: DemoUsers.accountManager.email,
      roles: ['ACCOUNT_MANAGER'],
      department: undefined,
    });
  });

  it('refuses unknown roles instead of dropping them', async () => {
    const keys = await generateIssuerKeyPair('k1');
    const verify = createClientTokenVerifier({
      ...options,
      algorithms: ['ES256'],
      jwks: { keys: [keys.publicJwk] },
    });
    const token = await new SignJWT({ roles: ['SUPERUSER'] })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setSubject('u')
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(await importJWK(keys.privateJwk, 'ES256'));
    await expect(verify(token)).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
  });

  it('will not be configured with none or HMAC algorithms', () => {
    expect(() =>
      createClientTokenVerifier({ ...options, algorithms: ['HS256'], jwks: { keys: [] } }),
    ).toThrow(/asymmetric/);
    expect(() =>
      createClientTokenVerifier({ ...options, algorithms: ['none'], jwks: { keys: [] } }),
    ).toThrow(/asymmetric/);
  });
});

describe('internal tokens', () => {
  it('carry the user and correlation id from the gateway to subgraphs', async () => {
    const keys = await generateInternalKeyPair();
    const sign = await createInternalTokenSigner(keys.privateJwk);
    const verify = await createInternalTokenVerifier(keys.publicJwk, 'account');
    const identity = await verify(
      await sign({ user: DemoUsers.technician, correlationId: 'c-42', subgraph: 'account' }),
    );
    expect(identity.correlationId).toBe('c-42');
    expect(identity.user).toMatchObject({
      id: DemoUsers.technician.id,
      roles: [],
      department: 'TECHNICAL',
    });
  });

  it('may carry no correlation id: the gateway reuses one token for many requests', async () => {
    const keys = await generateInternalKeyPair();
    const sign = await createInternalTokenSigner(keys.privateJwk);
    const verify = await createInternalTokenVerifier(keys.publicJwk, 'lead');
    const token = await sign({ user: DemoUsers.rep, subgraph: 'lead' });
    expect(
      JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()),
    ).not.toHaveProperty('cid');
    const identity = await verify(token);
    expect(identity.correlationId).toBeUndefined();
    expect(identity.user.id).toBe(DemoUsers.rep.id);
  });

  it('are refused when signed by another key', async () => {
    const gateway = await generateInternalKeyPair();
    const impostor = await generateInternalKeyPair();
    const verify = await createInternalTokenVerifier(gateway.publicJwk, 'lead');
    const token = await (
      await createInternalTokenSigner(impostor.privateJwk)
    )({ user: DemoUsers.admin, correlationId: 'x', subgraph: 'lead' });
    await expect(verify(token)).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
  });

  it('are accepted by the subgraph they were signed for and refused by every other', async () => {
    const keys = await generateInternalKeyPair();
    const sign = await createInternalTokenSigner(keys.privateJwk);
    const forOrder = await sign({ user: DemoUsers.admin, correlationId: 'x', subgraph: 'order' });
    await expect(
      (await createInternalTokenVerifier(keys.publicJwk, 'order'))(forOrder),
    ).resolves.toMatchObject({ user: { id: DemoUsers.admin.id } });
    for (const other of ['lead', 'account', 'planning']) {
      await expect(
        (await createInternalTokenVerifier(keys.publicJwk, other))(forOrder),
      ).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
    }
  });

  it('name a subgraph: an audience cannot be smuggled in through the name', async () => {
    const keys = await generateInternalKeyPair();
    const sign = await createInternalTokenSigner(keys.privateJwk);
    await expect(
      sign({ user: DemoUsers.admin, correlationId: 'x', subgraph: 'lead order' }),
    ).rejects.toThrow(/not a subgraph name/);
    await expect(createInternalTokenVerifier(keys.publicJwk, '')).rejects.toThrow(
      /not a subgraph name/,
    );
  });

  it('need the right kind of key on each side', async () => {
    const keys = await generateInternalKeyPair();
    await expect(createInternalTokenSigner(keys.publicJwk)).rejects.toThrow(/private Ed25519/);
    await expect(createInternalTokenVerifier(keys.privateJwk, 'lead')).rejects.toThrow(
      /public Ed25519/,
    );
  });
});
