import { BadInputError, type GraphQLContext } from '@salesgraph/service-kit';
import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PriceApprovalRequestArgs } from './dto/price-approval-request.args';
import { PriceDecisionArgs } from './dto/price-decision.args';
import { PriceApproval } from './price-approval.entity';
import type { PriceApprovalService } from './price-approval.service';

/** Thin: authorize, map arguments, call the service. */
@Resolver(() => PriceApproval)
export class PriceApprovalResolver {
  constructor(private readonly approvals: PriceApprovalService) {}

  @Authorized('SALES_REP', 'ACCOUNT_MANAGER', 'SALES_MANAGER')
  @Mutation(() => PriceApproval, {
    description:
      'Ask the seller’s sales manager to approve prices below cost or discounts over the threshold of a draft order or a contract under negotiation.',
  })
  requestPriceApproval(
    @Args() args: PriceApprovalRequestArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<PriceApproval> {
    return this.approvals.request(command, args.subjectType, args.subjectId);
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => PriceApproval, {
    description:
      'Approve the prices as requested (a manager of the seller’s team); WITHDRAWN instead when the terms changed since.',
  })
  approvePrices(
    @Args() args: PriceDecisionArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<PriceApproval> {
    return this.approvals.decide(command, args.approvalId, 'APPROVED', args.note);
  }

  @Authorized('SALES_MANAGER')
  @Mutation(() => PriceApproval, { description: 'Reject the prices, with the reason (note).' })
  rejectPrices(
    @Args() args: PriceDecisionArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<PriceApproval> {
    if (!args.note?.trim())
      throw new BadInputError('Give the reason for rejecting as note.', { field: 'note' });
    return this.approvals.decide(command, args.approvalId, 'REJECTED', args.note);
  }

  @Authorized('SALES_MANAGER')
  @Query(() => [PriceApproval], {
    description: 'Price approvals waiting for you (an admin: all), oldest first.',
  })
  priceApprovalsWaiting(@Ctx() { command }: GraphQLContext): Promise<PriceApproval[]> {
    return this.approvals.waitingFor(command);
  }
}
