import { AuditEntry, type GraphQLContext } from '@salesgraph/service-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { historyOf } from '../../common/entity-history.loader';
import type { EntityHistoryReader } from '../../common/entity-history.reader';
import { HistorySources } from '../../common/history-sources';
import { AccountTeamMember } from './account-team-member.entity';

/** AccountTeamMember.history; a member is only reached through an account the caller sees. */
@Resolver(() => AccountTeamMember)
export class AccountTeamMemberResolver {
  constructor(private readonly histories: EntityHistoryReader) {}

  @FieldResolver(() => [AuditEntry], {
    description: 'Who put the member on the team (and took them off), and when.',
  })
  history(
    @Root() member: AccountTeamMember,
    @Ctx() context: GraphQLContext,
  ): Promise<AuditEntry[]> {
    return historyOf(context, this.histories, HistorySources.teamMember, member);
  }
}
