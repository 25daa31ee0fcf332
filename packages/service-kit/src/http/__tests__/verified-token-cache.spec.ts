import {
  createInternalTokenSigner,
  createInternalTokenVerifier,
  DemoUsers,
  generateInternalKeyPair,
  type InternalIdentity,
} from '@salesgraph/identity';
import { cachedTokenVerifier } from '../verified-token-cache';

describe('cachedTokenVerifier', () => {
  let sign: (correlationId: string, ttlSeconds?: number) => Promise<string>;
  let verify: (token: string) => Promise<InternalIdentity>;
  let calls: number;
  const counted = (token: string) => {
    calls += 1;
    return verify(token);
  };

  beforeAll(async () => {
    const keys = await generateInternalKeyPair('cache-test');
    verify = await createInternalTokenVerifier(keys.publicJwk, 'lead');
    sign = async (correlationId, ttlSeconds = 60) =>
      (await createInternalTokenSigner(keys.privateJwk, { ttlSeconds }))({
        user: DemoUsers.rep,
        correlationId,
        subgraph: 'lead',
      });
  });
  beforeEach(() => {
    calls = 0;
  });

  it('verifies a token once and answers it again from memory, with the same identity', async () => {
    const cached = cachedTokenVerifier(counted);
    const token = await sign('corr-00000001');
    const first = await cached(token);
    const second = await cached(token);
    expect(calls).toBe(1);
    expect(second).toBe(first);
    expect(second.user.id).toBe(DemoUsers.rep.id);
    expect(second.correlationId).toBe('corr-00000001');
  });

  it('keeps each token apart: another token is verified on its own', async () => {
    const cached = cachedTokenVerifier(counted);
    const a = await cached(await sign('corr-0000000a'));
    const b = await cached(await sign('corr-0000000b'));
    expect(calls).toBe(2);
    expect([a.correlationId, b.correlationId]).toEqual(['corr-0000000a', 'corr-0000000b']);
  });

  it('does not remember a refusal: a forged token is verified, and refused, every time', async () => {
    const cached = cachedTokenVerifier(counted);
    const token = await sign('corr-00000002');
    const [header, payload, signature] = token.split('.');
    const forged = `${header}.${payload}.${signature.slice(0, -4)}AAAA`;
    await expect(cached(forged)).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
    await expect(cached(forged)).rejects.toMatchObject({ code: 'INVALID_TOKEN' });
    expect(calls).toBe(2);
  });

  it('forgets a token at its expiry, so the verifier refuses it then', async () => {
    let now = Date.now();
    const cached = cachedTokenVerifier(counted, { now: () => now });
    const token = await sign('corr-00000003', 30);
    await cached(token);
    now += 29_000;
    await cached(token);
    expect(calls).toBe(1);
    now += 2_000;
    // Past exp in the cache's clock: verified again (the real verifier's clock has not moved here).
    await cached(token);
    expect(calls).toBe(2);
  });

  it('never keeps a token past the verifier’s maximum age, even with a later exp', async () => {
    let now = Date.now();
    const cached = cachedTokenVerifier(counted, { now: () => now, maxTokenAgeSeconds: 10 });
    const token = await sign('corr-00000004', 60);
    await cached(token);
    now += 11_000;
    await cached(token);
    expect(calls).toBe(2);
  });

  it('holds at most maxEntries tokens, dropping the oldest', async () => {
    const cached = cachedTokenVerifier(counted, { maxEntries: 2 });
    const [t1, t2, t3] = await Promise.all([
      sign('corr-0000001a'),
      sign('corr-0000001b'),
      sign('corr-0000001c'),
    ]);
    for (const token of [t1, t2, t3]) await cached(token);
    expect(calls).toBe(3);
    await cached(t3);
    await cached(t2);
    expect(calls).toBe(3);
    await cached(t1);
    expect(calls).toBe(4);
  });
});
