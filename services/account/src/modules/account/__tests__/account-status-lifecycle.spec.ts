import { accountStatusLifecycle } from '../account-status-lifecycle';

describe('accountStatusLifecycle', () => {
  it('lets health move ACTIVE and AT_RISK both ways and a person close either as LOST', () => {
    expect(accountStatusLifecycle.can('ACTIVE', 'AT_RISK')).toBe(true);
    expect(accountStatusLifecycle.can('AT_RISK', 'ACTIVE')).toBe(true);
    expect(accountStatusLifecycle.can('ACTIVE', 'LOST')).toBe(true);
    expect(accountStatusLifecycle.can('AT_RISK', 'LOST')).toBe(true);
  });

  it('reopens a LOST account as ACTIVE only', () => {
    expect(accountStatusLifecycle.can('LOST', 'ACTIVE')).toBe(true);
    expect(accountStatusLifecycle.can('LOST', 'AT_RISK')).toBe(false);
    expect(() => accountStatusLifecycle.assert('LOST', 'LOST')).toThrow('It is lost already.');
  });
});
