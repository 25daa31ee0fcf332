/**
 * Who owns an account after a designation or reassignment, and why. Pure and
 * versioned: the version travels in AccountOwnerChanged.ruleVersion, so a
 * consumer (or an auditor) knows which rule moved an account. Change the
 * behaviour only together with the version.
 *
 * handoff-v1:
 * - a LOST account changes hands no more;
 * - only an admin, or the sales manager of the current owner, hands over;
 * - designating a key account: the account must be STANDARD, the new owner an
 *   account manager (by the team directory) in one of the designating
 *   manager's teams; ownership moves from the rep to the account manager;
 * - reassigning: the new owner must differ and fit the tier (an account
 *   manager for KEY, a rep for STANDARD), in one of the manager's teams.
 */
export const RULE_VERSION = 'handoff-v1';

export type TeamRole = 'SALES_REP' | 'ACCOUNT_MANAGER';

export type HandoffRequest =
  | { kind: 'DESIGNATE_KEY_ACCOUNT'; accountManagerId: string }
  | { kind: 'REASSIGN'; newOwnerId: string };

export interface HandoffFacts {
  account: { tier: 'STANDARD' | 'KEY'; status: 'ACTIVE' | 'AT_RISK' | 'LOST'; ownerId: string };
  actor: { id: string; isAdmin: boolean; managesCurrentOwner: boolean };
  /** What the team directory knows of the proposed owner. */
  candidate: { roles: TeamRole[]; managedByActor: boolean };
}

export type HandoffDecision =
  | {
      allowed: true;
      newOwnerId: string;
      tier: 'STANDARD' | 'KEY';
      reason: string;
      ruleVersion: string;
    }
  | {
      allowed: false;
      code: 'FORBIDDEN' | 'INVALID_TRANSITION' | 'BAD_USER_INPUT';
      message: string;
    };

const refuse = (
  code: 'FORBIDDEN' | 'INVALID_TRANSITION' | 'BAD_USER_INPUT',
  message: string,
): HandoffDecision => ({
  allowed: false,
  code,
  message,
});

export function ownershipHandoffRule(
  request: HandoffRequest,
  facts: HandoffFacts,
): HandoffDecision {
  const { account, actor, candidate } = facts;
  const candidateId =
    request.kind === 'DESIGNATE_KEY_ACCOUNT' ? request.accountManagerId : request.newOwnerId;
  if (account.status === 'LOST')
    return refuse('INVALID_TRANSITION', 'A lost account cannot change hands.');
  if (!actor.isAdmin && !actor.managesCurrentOwner)
    return refuse(
      'FORBIDDEN',
      'Only the sales manager of the current owner (or an admin) may hand the account over.',
    );
  const tier = request.kind === 'DESIGNATE_KEY_ACCOUNT' ? 'KEY' : account.tier;
  if (request.kind === 'DESIGNATE_KEY_ACCOUNT' && account.tier === 'KEY')
    return refuse(
      'INVALID_TRANSITION',
      'The account is a key account already; use reassignAccountOwner to change its account manager.',
    );
  if (candidateId === account.ownerId)
    return refuse('BAD_USER_INPUT', `${candidateId} already owns this account.`);
  const needed: TeamRole = tier === 'KEY' ? 'ACCOUNT_MANAGER' : 'SALES_REP';
  if (!candidate.roles.includes(needed))
    return refuse(
      'BAD_USER_INPUT',
      `${candidateId} is not known as ${needed === 'ACCOUNT_MANAGER' ? 'an account manager' : 'a sales rep'} in any sales team; ` +
        `${tier === 'KEY' ? 'key accounts are owned by account managers' : 'standard accounts are owned by reps'}.`,
    );
  if (!actor.isAdmin && !candidate.managedByActor)
    return refuse('FORBIDDEN', `${candidateId} is not in a team you manage.`);
  return {
    allowed: true,
    newOwnerId: candidateId,
    tier,
    reason:
      request.kind === 'DESIGNATE_KEY_ACCOUNT'
        ? `Designated a key account: ownership moves from the rep ${account.ownerId} to the account manager ${candidateId}.`
        : `Reassigned by ${actor.id}: ownership moves from ${account.ownerId} to ${candidateId}.`,
    ruleVersion: RULE_VERSION,
  };
}
