import type { GraphQLContext } from '@salesgraph/service-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Order } from '../order/order.entity';
import { PriceApproval } from './price-approval.entity';
import type { PriceApprovalService } from './price-approval.service';

@Resolver(() => Order)
export class OrderPriceApprovalResolver {
  constructor(private readonly approvals: PriceApprovalService) {}

  @FieldResolver(() => PriceApproval, {
    nullable: true,
    description: 'The latest request to approve this order’s prices, if any.',
  })
  priceApproval(@Root() order: Order, @Ctx() { command }: GraphQLContext) {
    return this.approvals.latestOf(command, order.id);
  }
}
