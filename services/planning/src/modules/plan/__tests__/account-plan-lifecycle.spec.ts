import { nextPlanStatus } from '../account-plan-lifecycle';
import { AccountPlanStatus } from '../account-plan-status';
import { assertActionTransition } from '../relationship-action-lifecycle';
import { RelationshipActionStatus } from '../relationship-action-status';

describe('account plan workflow', () => {
  it('goes draft → submitted → approved, and back to draft by return or revision', () => {
    expect(nextPlanStatus(AccountPlanStatus.DRAFT, 'submit')).toBe('SUBMITTED');
    expect(nextPlanStatus(AccountPlanStatus.SUBMITTED, 'approve')).toBe('APPROVED');
    expect(nextPlanStatus(AccountPlanStatus.SUBMITTED, 'return')).toBe('DRAFT');
    expect(nextPlanStatus(AccountPlanStatus.APPROVED, 'revise')).toBe('DRAFT');
  });

  it('refuses a draft approval with INVALID_TRANSITION naming both states', () => {
    let error: unknown;
    try {
      nextPlanStatus(AccountPlanStatus.DRAFT, 'approve');
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      message:
        'AccountPlan cannot go from DRAFT to APPROVED. The account manager submits the plan first.',
      extensions: { code: 'INVALID_TRANSITION', from: 'DRAFT', to: 'APPROVED' },
    });
    expect(() => nextPlanStatus(AccountPlanStatus.APPROVED, 'submit')).toThrow(
      'APPROVED to SUBMITTED',
    );
  });

  it('returns only a submitted plan and revises only an approved one, though both lead to DRAFT', () => {
    expect(() => nextPlanStatus(AccountPlanStatus.APPROVED, 'return')).toThrow(
      'AccountPlan cannot go from APPROVED to DRAFT. Only a submitted plan is returned.',
    );
    expect(() => nextPlanStatus(AccountPlanStatus.SUBMITTED, 'revise')).toThrow(
      'AccountPlan cannot go from SUBMITTED to DRAFT. Only an approved plan is revised',
    );
  });
});

describe('relationship action status', () => {
  it('lets open actions move anywhere and reopens finished ones only', () => {
    expect(() =>
      assertActionTransition(RelationshipActionStatus.OPEN, RelationshipActionStatus.DONE),
    ).not.toThrow();
    expect(() =>
      assertActionTransition(RelationshipActionStatus.DONE, RelationshipActionStatus.OPEN),
    ).not.toThrow();
    expect(() =>
      assertActionTransition(RelationshipActionStatus.CANCELLED, RelationshipActionStatus.DONE),
    ).toThrow('cannot go from CANCELLED to DONE');
  });

  it('accepts the status an action already has, and says how to leave a finished one', () => {
    const { DONE, IN_PROGRESS } = RelationshipActionStatus;
    expect(() => assertActionTransition(DONE, DONE)).not.toThrow();
    expect(() => assertActionTransition(DONE, IN_PROGRESS)).toThrow(
      'RelationshipAction cannot go from DONE to IN_PROGRESS. A finished action can only be reopened (OPEN).',
    );
  });
});
