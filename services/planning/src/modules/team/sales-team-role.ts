import { graphqlEnum, type EnumValue } from '@salesgraph/service-kit';

/** What a member does in a team; the contract (SalesTeamUpdated) carries the same values. */
export const SalesTeamRole = graphqlEnum(
  'SalesTeamRole',
  ['SALES_REP', 'ACCOUNT_MANAGER'] as const,
  {
    description: 'A team member is a sales rep or an account manager.',
  },
);
export type SalesTeamRole = EnumValue<typeof SalesTeamRole>;
