import { InvalidTransitionError } from '@salesgraph/service-kit';
import { registerEnumType } from 'type-graphql';

export enum RelationshipActionStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

registerEnumType(RelationshipActionStatus, {
  name: 'RelationshipActionStatus',
  description: 'OPEN ⇄ IN_PROGRESS → DONE or CANCELLED; a finished action can only be reopened.',
});

export enum RelationshipActionOrigin {
  MANUAL = 'MANUAL',
  SHORTFALL = 'SHORTFALL',
}

registerEnumType(RelationshipActionOrigin, {
  name: 'RelationshipActionOrigin',
  description: 'Written by a person, or created because a product fell behind pace.',
});

const finished = new Set([RelationshipActionStatus.DONE, RelationshipActionStatus.CANCELLED]);

/** Finished actions only go back to OPEN; open ones go anywhere. */
export function assertActionTransition(
  from: RelationshipActionStatus,
  to: RelationshipActionStatus,
): void {
  if (from === to) return;
  if (finished.has(from) && to !== RelationshipActionStatus.OPEN)
    throw new InvalidTransitionError(
      'RelationshipAction',
      from,
      to,
      'A finished action can only be reopened (OPEN).',
    );
}
