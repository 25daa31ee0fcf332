import { AccountTeamChanged } from '@salesgraph/events';
import { createHistoryResolver } from '@salesgraph/service-kit';
import { AccountTeamMember } from './account-team-member.entity';

/** AccountTeamMember.history; a member is only reached through an account the caller sees. */
export const AccountTeamMemberHistoryResolver = createHistoryResolver(
  AccountTeamMember,
  { aggregateType: AccountTeamChanged.aggregateType },
  { description: 'Who put the member on the team (and took them off), and when.' },
);
