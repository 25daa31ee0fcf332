import { defineLifecycle } from '@salesgraph/service-kit';
import { RelationshipActionStatus } from './relationship-action-status';

const { OPEN, IN_PROGRESS, DONE, CANCELLED } = RelationshipActionStatus;

/** Unfinished actions move anywhere; finished ones (DONE, CANCELLED) are only reopened. */
export const relationshipActionLifecycle = defineLifecycle<RelationshipActionStatus>({
  entity: 'RelationshipAction',
  transitions: {
    [OPEN]: [IN_PROGRESS, DONE, CANCELLED],
    [IN_PROGRESS]: [OPEN, DONE, CANCELLED],
    [DONE]: [OPEN],
    [CANCELLED]: [OPEN],
  },
  hint: (from, to) =>
    from !== to && !unfinishedActionStatuses.includes(from)
      ? 'A finished action can only be reopened (OPEN).'
      : undefined,
});

/** Actions someone still works on: they follow a key account to its new account manager. */
export const unfinishedActionStatuses: readonly RelationshipActionStatus[] = [OPEN, IN_PROGRESS];

/**
 * INVALID_TRANSITION unless an action may move from `from` to `to`. Setting
 * the status an action already has changes nothing and is allowed, so an
 * update may repeat it.
 */
export function assertActionTransition(
  from: RelationshipActionStatus,
  to: RelationshipActionStatus,
): void {
  if (from !== to) relationshipActionLifecycle.assert(from, to);
}
