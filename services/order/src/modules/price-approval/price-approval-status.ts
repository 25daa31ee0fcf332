import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

export const PriceApprovalStatus = graphqlEnum(
  'PriceApprovalStatus',
  ['PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const,
  {
    description:
      'PENDING waits for the seller’s sales manager; APPROVED lets the order be placed (the contract signed) at exactly the approved terms; REJECTED ends it; WITHDRAWN: the terms changed before a decision.',
  },
);
export type PriceApprovalStatus = EnumValue<typeof PriceApprovalStatus>;

export const PriceApprovalSubject = graphqlEnum('PriceApprovalSubject', [
  'ORDER',
  'CONTRACT',
  'QUOTE',
] as const);
export type PriceApprovalSubject = EnumValue<typeof PriceApprovalSubject>;
