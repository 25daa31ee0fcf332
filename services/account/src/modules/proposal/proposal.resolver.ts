import { AuditEntry, type GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { historyOf } from '../../common/entity-history.loader';
import type { EntityHistoryReader } from '../../common/entity-history.reader';
import { HistorySources } from '../../common/history-sources';
import { ProductRef } from '../product/product-ref.type';
import { CustomisationProposal } from './customisation-proposal.entity';
import { DraftProposalInput } from './dto/draft-proposal.input';
import type { ProposalService } from './proposal.service';

const writers = ['ACCOUNT_MANAGER', 'SALES_REP', 'SALES_MANAGER'] as const;

/** Thin: authorize, map input, call the service. */
@Resolver(() => CustomisationProposal)
export class ProposalResolver {
  constructor(
    private readonly proposals: ProposalService,
    private readonly histories: EntityHistoryReader,
  ) {}

  @Authorized(...writers)
  @Mutation(() => CustomisationProposal, {
    description: 'Draft a proposal to customise a product.',
  })
  draftCustomisationProposal(
    @Arg('input') input: DraftProposalInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CustomisationProposal> {
    return this.proposals.draft(context, input);
  }

  @Authorized(...writers)
  @Mutation(() => CustomisationProposal, {
    description: 'DRAFT -> SUBMITTED: sent to the customer.',
  })
  submitCustomisationProposal(
    @Arg('id', () => ID) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<CustomisationProposal> {
    return this.proposals.submit(context, id);
  }

  @Authorized(...writers)
  @Mutation(() => CustomisationProposal, {
    description: 'SUBMITTED -> ACCEPTED or REJECTED: the customer’s answer.',
  })
  decideCustomisationProposal(
    @Arg('id', () => ID) id: string,
    @Arg('accepted') accepted: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<CustomisationProposal> {
    return this.proposals.decide(context, id, accepted, note ?? undefined);
  }

  @FieldResolver(() => ProductRef)
  product(@Root() proposal: CustomisationProposal): ProductRef {
    return { id: proposal.productId };
  }

  @FieldResolver(() => [AuditEntry], {
    description: 'Who drafted, submitted and recorded the decision on this proposal, and when.',
  })
  history(
    @Root() proposal: CustomisationProposal,
    @Ctx() context: GraphQLContext,
  ): Promise<AuditEntry[]> {
    return historyOf(context, this.histories, HistorySources.proposal, proposal);
  }
}
