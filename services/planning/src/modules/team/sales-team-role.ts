import { registerEnumType } from 'type-graphql';

/** What a member does in a team; the contract (SalesTeamUpdated) carries the same values. */
export enum SalesTeamRole {
  SALES_REP = 'SALES_REP',
  ACCOUNT_MANAGER = 'ACCOUNT_MANAGER',
}

registerEnumType(SalesTeamRole, {
  name: 'SalesTeamRole',
  description: 'A team member is a sales rep or an account manager.',
});
