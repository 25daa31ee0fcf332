import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

export const MembershipRequestStatus = graphqlEnum(
  'MembershipRequestStatus',
  ['PENDING', 'APPROVED', 'REJECTED'] as const,
  { description: 'Where a sales manager’s request to add someone to their team stands.' },
);
export type MembershipRequestStatus = EnumValue<typeof MembershipRequestStatus>;
