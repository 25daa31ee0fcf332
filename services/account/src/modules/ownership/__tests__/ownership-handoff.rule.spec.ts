import { ownershipHandoffRule, RULE_VERSION, type HandoffFacts } from '../ownership-handoff.rule';

const standard: HandoffFacts = {
  account: { tier: 'STANDARD', status: 'ACTIVE', ownerId: 'u-rep' },
  actor: { id: 'u-mgr', isAdmin: false, managesCurrentOwner: true },
  candidate: { roles: ['ACCOUNT_MANAGER'], managedByActor: true },
};
const designate = { kind: 'DESIGNATE_KEY_ACCOUNT' as const, accountManagerId: 'u-am' };
const reassignTo = (newOwnerId: string) => ({ kind: 'REASSIGN' as const, newOwnerId });
/** Already a key account, owned by another account manager. */
const keyAccount: HandoffFacts = {
  ...standard,
  account: { ...standard.account, tier: 'KEY', ownerId: 'u-am2' },
};
/** The candidate is a rep in the manager's team, not an account manager. */
const repCandidate: HandoffFacts = {
  ...standard,
  candidate: { roles: ['SALES_REP'], managedByActor: true },
};
const refused = (code: string) => ({ allowed: false, code });

describe('ownership handoff rule', () => {
  it('is versioned', () => {
    expect(RULE_VERSION).toBe('handoff-v1');
  });

  it('moves a designated key account from the rep to the account manager', () => {
    expect(ownershipHandoffRule(designate, standard)).toEqual({
      allowed: true,
      newOwnerId: 'u-am',
      tier: 'KEY',
      reason:
        'Designated a key account: ownership moves from the rep u-rep to the account manager u-am.',
      ruleVersion: 'handoff-v1',
    });
  });

  it('refuses a manager who does not manage the current owner', () => {
    const facts = { ...standard, actor: { ...standard.actor, managesCurrentOwner: false } };
    expect(ownershipHandoffRule(designate, facts)).toMatchObject(refused('FORBIDDEN'));
  });

  it('refuses an account manager outside the manager’s teams, but lets an admin assign them', () => {
    const facts = {
      ...standard,
      candidate: { roles: ['ACCOUNT_MANAGER' as const], managedByActor: false },
    };
    expect(ownershipHandoffRule(designate, facts)).toMatchObject(refused('FORBIDDEN'));
    const admin = { ...facts, actor: { id: 'u-admin', isAdmin: true, managesCurrentOwner: false } };
    expect(ownershipHandoffRule(designate, admin)).toMatchObject({
      allowed: true,
      newOwnerId: 'u-am',
    });
  });

  it('refuses a key account owner who is not an account manager', () => {
    expect(ownershipHandoffRule(designate, repCandidate)).toMatchObject({
      ...refused('BAD_USER_INPUT'),
      message: expect.stringContaining('not known as an account manager'),
    });
  });

  it('refuses to designate a key account twice, or to hand over a lost account', () => {
    expect(ownershipHandoffRule(designate, keyAccount)).toMatchObject(
      refused('INVALID_TRANSITION'),
    );
    const lost = { ...standard, account: { ...standard.account, status: 'LOST' as const } };
    expect(ownershipHandoffRule(designate, lost)).toMatchObject(refused('INVALID_TRANSITION'));
  });

  it('reassigns a key account only to another account manager, a standard one only to a rep', () => {
    expect(ownershipHandoffRule(reassignTo('u-am'), keyAccount)).toMatchObject({
      allowed: true,
      tier: 'KEY',
      ruleVersion: RULE_VERSION,
    });
    expect(ownershipHandoffRule(reassignTo('u-am'), standard)).toMatchObject(
      refused('BAD_USER_INPUT'),
    );
    expect(ownershipHandoffRule(reassignTo('u-rep2'), repCandidate)).toMatchObject({
      allowed: true,
      newOwnerId: 'u-rep2',
      tier: 'STANDARD',
    });
    expect(ownershipHandoffRule(reassignTo('u-rep'), repCandidate)).toMatchObject(
      refused('BAD_USER_INPUT'),
    );
  });
});
