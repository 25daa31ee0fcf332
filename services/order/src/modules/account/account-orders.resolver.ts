import { PageArgs, type GraphQLContext } from '@salesgraph/service-kit';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SupplyContractStatus } from '../contract/contract-status';
import type { ContractService } from '../contract/contract.service';
import { SupplyContract } from '../contract/supply-contract.entity';
import { OrderStatus } from '../order/order-status';
import { Order } from '../order/order.entity';
import type { OrderService } from '../order/order.service';
import type { AccountRevenueService } from './account-revenue.service';
import { AccountRevenue } from './account-revenue.type';
import { AccountRef } from './account-ref.type';

/** What the order subgraph adds to Account: its orders, contracts and revenue, as far as you may see them. */
@Resolver(() => AccountRef)
export class AccountOrdersResolver {
  constructor(
    private readonly orderService: OrderService,
    private readonly contractService: ContractService,
    private readonly revenueService: AccountRevenueService,
  ) {}

  @FieldResolver(() => [Order], {
    description: 'Orders of this account you may see, newest first.',
  })
  orders(
    @Root() account: AccountRef,
    @Arg('status', () => OrderStatus, { nullable: true }) status: OrderStatus | undefined,
    @Args() page: PageArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Order[]> {
    return this.orderService.pageOf(command, 'accountId', account.id, status, page);
  }

  @FieldResolver(() => [SupplyContract], {
    description: 'Supply contracts of this account you may see.',
  })
  contracts(
    @Root() account: AccountRef,
    @Arg('status', () => SupplyContractStatus, { nullable: true })
    status: SupplyContractStatus | undefined,
    @Args() page: PageArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SupplyContract[]> {
    return this.contractService.pageOfAccount(command, account.id, status, page);
  }

  @FieldResolver(() => AccountRevenue, {
    nullable: true,
    description:
      'Booked and invoiced revenue and margin over a period (default: this year to date); null when you may not see this account’s orders.',
  })
  revenue(
    @Root() account: AccountRef,
    @Arg('from', () => GraphQLLocalDate, { nullable: true }) from: string | undefined,
    @Arg('to', () => GraphQLLocalDate, { nullable: true }) to: string | undefined,
    @Arg('currency', () => String, {
      nullable: true,
      description: 'ISO 4217; default: the order service’s currency (ORDER_CURRENCY, EUR).',
    })
    currency: string | undefined,
    @Ctx() { command }: GraphQLContext,
  ): Promise<AccountRevenue | null> {
    return this.revenueService.revenueOf(command, account.id, from, to, currency);
  }
}
