import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

export const AccountPlanStatus = graphqlEnum(
  'AccountPlanStatus',
  ['DRAFT', 'SUBMITTED', 'APPROVED'] as const,
  {
    description:
      'DRAFT (the account manager edits it) → SUBMITTED → APPROVED by the sales manager, or returned to DRAFT; an approved plan is revised as a new DRAFT.',
  },
);
export type AccountPlanStatus = EnumValue<typeof AccountPlanStatus>;
