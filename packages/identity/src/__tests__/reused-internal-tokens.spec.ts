import type { AuthenticatedUser } from '../authenticated-user';
import type { InternalTokenRequest } from '../internal-token';
import { reusedInternalTokens } from '../reused-internal-tokens';
import { TestClock } from './test-clock';

describe('reused internal tokens', () => {
  const rita: AuthenticatedUser = { id: 'rita', roles: ['SALES_REP'] };

  function setUp(options: { maxEntries?: number } = {}) {
    const clock = new TestClock(new Date('2026-03-01T10:00:00Z'));
    let signed = 0;
    const sign = jest.fn(
      async (request: InternalTokenRequest) =>
        `${request.subgraph}:${request.user.id}:${request.user.roles.join('+')}:${++signed}`,
    );
    return {
      clock,
      sign,
      tokenFor: reusedInternalTokens(sign, clock, { ttlSeconds: 60, ...options }),
    };
  }

  it('signs once per user and subgraph, without a correlation id, and reuses it for half the lifetime', async () => {
    const { clock, sign, tokenFor } = setUp();
    const first = await tokenFor(rita, 'lead');
    clock.advance(29_999);
    expect(await tokenFor({ ...rita }, 'lead')).toBe(first);
    expect(sign).toHaveBeenCalledTimes(1);
    expect(sign).toHaveBeenCalledWith({ user: rita, subgraph: 'lead' });
    clock.advance(1);
    expect(await tokenFor(rita, 'lead')).not.toBe(first);
    expect(sign).toHaveBeenCalledTimes(2);
  });

  it('never hands one subgraph the token of another, nor one user the token of another', async () => {
    const { tokenFor } = setUp();
    const forLead = await tokenFor(rita, 'lead');
    expect(await tokenFor(rita, 'order')).not.toBe(forLead);
    expect(await tokenFor({ id: 'mia', roles: ['SALES_REP'] }, 'lead')).not.toBe(forLead);
  });

  it('signs a new token when the user’s roles, name, e-mail or department change', async () => {
    const { tokenFor } = setUp();
    const before = await tokenFor(rita, 'lead');
    expect(await tokenFor({ ...rita, roles: ['SALES_REP', 'ADMIN'] }, 'lead')).not.toBe(before);
    expect(await tokenFor({ ...rita, name: 'Rita' }, 'lead')).not.toBe(before);
    expect(await tokenFor({ ...rita, email: 'rita@example.com' }, 'lead')).not.toBe(before);
    expect(await tokenFor({ ...rita, department: 'TECHNICAL' }, 'lead')).not.toBe(before);
  });

  it('does not remember a failed signature', async () => {
    const { sign, tokenFor } = setUp();
    sign.mockRejectedValueOnce(new Error('key unavailable'));
    await expect(tokenFor(rita, 'lead')).rejects.toThrow('key unavailable');
    expect(await tokenFor(rita, 'lead')).toMatch(/^lead:rita/);
    expect(sign).toHaveBeenCalledTimes(2);
  });

  it('forgets the oldest pair beyond maxEntries', async () => {
    const { sign, tokenFor } = setUp({ maxEntries: 2 });
    await tokenFor(rita, 'lead');
    await tokenFor(rita, 'order');
    await tokenFor(rita, 'account');
    await tokenFor(rita, 'order');
    expect(sign).toHaveBeenCalledTimes(3);
    await tokenFor(rita, 'lead');
    expect(sign).toHaveBeenCalledTimes(4);
  });
});
