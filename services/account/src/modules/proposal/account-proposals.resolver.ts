import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity';
import { CustomisationProposal } from './customisation-proposal.entity';
import { ProposalStatus } from './proposal-status';
import type { ProposalService } from './proposal.service';

/** Account.customisationProposals, batched over all accounts of a query. */
@Resolver(() => Account)
export class AccountProposalsResolver {
  constructor(private readonly proposals: ProposalService) {}

  @FieldResolver(() => [CustomisationProposal], { description: 'Newest first.' })
  async customisationProposals(
    @Root() account: Account,
    @Arg('status', () => ProposalStatus, { nullable: true }) status: ProposalStatus | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<CustomisationProposal[]> {
    const all = await context.loaders
      .get<string, CustomisationProposal[]>('account.proposals', async (ids) => {
        const proposals = await this.proposals.ofAccounts(ids);
        return ids.map((id) => proposals.filter((p) => p.accountId === id));
      })
      .load(account.id);
    return status ? all.filter((p) => p.status === status) : all;
  }
}
