import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity';
import { CompetitorThreatStatus } from './competitor-threat-enums';
import { CompetitorThreat } from './competitor-threat.entity';
import type { CompetitorThreatService } from './competitor-threat.service';

/** Account.competitorThreats, batched over all accounts of a query. */
@Resolver(() => Account)
export class AccountThreatsResolver {
  constructor(private readonly threats: CompetitorThreatService) {}

  @FieldResolver(() => [CompetitorThreat], { description: 'Newest first.' })
  competitorThreats(
    @Root() account: Account,
    @Arg('status', () => CompetitorThreatStatus, { nullable: true })
    status: CompetitorThreatStatus | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<CompetitorThreat[]> {
    return this.threats.ofAccount(command, account.id, status ?? undefined);
  }
}
