import { PageArgs, type GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AccountRef } from '../account/account-ref.type';
import { Order } from '../order/order.entity';
import type { OrderService } from '../order/order.service';
import { ContractFilter } from './dto/contract-filter.input';
import type { ContractService } from './contract.service';
import { SupplyContract } from './supply-contract.entity';

/** Reading supply contracts; record-level access lives in the service. */
@Resolver(() => SupplyContract)
export class ContractResolver {
  constructor(
    private readonly contractService: ContractService,
    private readonly orderService: OrderService,
  ) {}

  @Authorized('SALES_REP', 'ACCOUNT_MANAGER', 'SALES_MANAGER', 'SALES_COORDINATOR')
  @Query(() => [SupplyContract], {
    description: 'Supply contracts you may see, the soonest ending first.',
  })
  contracts(
    @Arg('filter', () => ContractFilter, { nullable: true }) filter: ContractFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SupplyContract[]> {
    return this.contractService.list(command, filter ?? {}, page);
  }

  @Authorized('SALES_REP', 'ACCOUNT_MANAGER', 'SALES_MANAGER', 'SALES_COORDINATOR')
  @Query(() => SupplyContract)
  contract(
    @Arg('id', () => ID) id: string,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SupplyContract> {
    return this.contractService.get(command, id);
  }

  @FieldResolver(() => AccountRef)
  account(@Root() contract: SupplyContract): AccountRef {
    return { id: contract.accountId };
  }

  @FieldResolver(() => [Order], { description: 'The call-offs drawn against this contract.' })
  callOffs(
    @Root() contract: SupplyContract,
    @Args() page: PageArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Order[]> {
    return this.orderService.pageOf(command, 'contractId', contract.id, undefined, page);
  }
}
