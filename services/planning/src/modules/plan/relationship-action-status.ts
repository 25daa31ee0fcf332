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
