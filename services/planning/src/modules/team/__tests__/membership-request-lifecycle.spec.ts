import { membershipRequestLifecycle } from '../membership-request-lifecycle';

describe('membership request lifecycle', () => {
  it('lets an admin decide a pending request once, either way', () => {
    expect(membershipRequestLifecycle.can('PENDING', 'APPROVED')).toBe(true);
    expect(membershipRequestLifecycle.can('PENDING', 'REJECTED')).toBe(true);
    expect(membershipRequestLifecycle.isFinal('APPROVED')).toBe(true);
    expect(membershipRequestLifecycle.isFinal('REJECTED')).toBe(true);
  });

  it.each([
    ['APPROVED', 'REJECTED'],
    ['REJECTED', 'APPROVED'],
    ['APPROVED', 'PENDING'],
    ['REJECTED', 'PENDING'],
  ] as const)('refuses %s -> %s with INVALID_TRANSITION', (from, to) => {
    expect(() => membershipRequestLifecycle.assert(from, to)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'INVALID_TRANSITION' }),
      }),
    );
  });
});
