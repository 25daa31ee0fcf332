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
  customisationProposals(
    @Root() account: Account,
    @Arg('status', () => ProposalStatus, { nullable: true }) status: ProposalStatus | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<CustomisationProposal[]> {
    return this.proposals.ofAccount(command, account.id, status ?? undefined);
  }
}
