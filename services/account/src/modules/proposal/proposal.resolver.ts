import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { ProductRef } from '../product/product-ref.type';
import { CustomisationProposal } from './customisation-proposal.entity';
import { DraftProposalInput } from './dto/draft-proposal.input';
import type { ProposalService } from './proposal.service';
import { accountOwningRoles } from '../account/account-roles';

/** Thin: authorize, map input, call the service. */
@Resolver(() => CustomisationProposal)
export class ProposalResolver {
  constructor(private readonly proposals: ProposalService) {}

  @Authorized(...accountOwningRoles)
  @Mutation(() => CustomisationProposal, {
    description: 'Draft a proposal to customise a product.',
  })
  draftCustomisationProposal(
    @Arg('input') input: DraftProposalInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<CustomisationProposal> {
    return this.proposals.draft(command, input);
  }

  @Authorized(...accountOwningRoles)
  @Mutation(() => CustomisationProposal, {
    description: 'DRAFT -> SUBMITTED: sent to the customer.',
  })
  submitCustomisationProposal(
    @Arg('id', () => ID) id: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<CustomisationProposal> {
    return this.proposals.submit(command, id);
  }

  @Authorized(...accountOwningRoles)
  @Mutation(() => CustomisationProposal, {
    description: 'SUBMITTED -> ACCEPTED or REJECTED: the customer’s answer.',
  })
  decideCustomisationProposal(
    @Arg('id', () => ID) id: string,
    @Arg('accepted') accepted: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<CustomisationProposal> {
    return this.proposals.decide(command, id, accepted, note ?? undefined);
  }

  @FieldResolver(() => ProductRef)
  product(@Root() proposal: CustomisationProposal): ProductRef {
    return { id: proposal.productId };
  }
}
