import type { GraphQLContext } from '@salesgraph/service-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SupplyContract } from '../contract/supply-contract.entity';
import { PriceApproval } from './price-approval.entity';
import type { PriceApprovalService } from './price-approval.service';

@Resolver(() => SupplyContract)
export class ContractPriceApprovalResolver {
  constructor(private readonly approvals: PriceApprovalService) {}

  @FieldResolver(() => PriceApproval, {
    nullable: true,
    description: 'The latest request to approve this contract’s prices, if any.',
  })
  priceApproval(@Root() contract: SupplyContract, @Ctx() { command }: GraphQLContext) {
    return this.approvals.latestOf(command, contract.id);
  }
}
