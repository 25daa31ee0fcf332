import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

export const RelationshipActionStatus = graphqlEnum(
  'RelationshipActionStatus',
  ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const,
  {
    description: 'OPEN ⇄ IN_PROGRESS → DONE or CANCELLED; a finished action can only be reopened.',
  },
);
export type RelationshipActionStatus = EnumValue<typeof RelationshipActionStatus>;

export const RelationshipActionOrigin = graphqlEnum(
  'RelationshipActionOrigin',
  ['MANUAL', 'SHORTFALL'] as const,
  { description: 'Written by a person, or created because a product fell behind pace.' },
);
export type RelationshipActionOrigin = EnumValue<typeof RelationshipActionOrigin>;
