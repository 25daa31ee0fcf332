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
  async competitorThreats(
    @Root() account: Account,
    @Arg('status', () => CompetitorThreatStatus, { nullable: true })
    status: CompetitorThreatStatus | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<CompetitorThreat[]> {
    const all = await context.loaders
      .get<string, CompetitorThreat[]>('account.threats', async (ids) => {
        const threats = await this.threats.ofAccounts(ids);
        return ids.map((id) => threats.filter((t) => t.accountId === id));
      })
      .load(account.id);
    return status ? all.filter((t) => t.status === status) : all;
  }
}
