import {
  DecimalScalar,
  PageArgs,
  Sensitive,
  type GraphQLContext,
  type Listed,
} from '@salesgraph/service-kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AccountRef } from '../account/account-ref.type';
import type { ContractService } from '../contract/contract.service';
import { SupplyContract } from '../contract/supply-contract.entity';
import { OrderFilter } from './dto/order-filter.input';
import { marginPercentOf } from './order-pricing';
import { Order } from './order.entity';
import type { OrderService } from './order.service';
import { orderListing, OrderListArgs } from './order-listing';

/** Reading orders. Thin: authorize, call the service; record-level access lives in the service. */
@Resolver(() => Order)
export class OrderResolver {
  constructor(
    private readonly orderService: OrderService,
    private readonly contractService: ContractService,
  ) {}

  @Authorized('SALES_REP', 'ACCOUNT_MANAGER', 'SALES_MANAGER', 'SALES_COORDINATOR')
  @Query(() => [Order], {
    description:
      'Orders you may see, newest first: a rep’s accounts, an account manager’s key accounts, a manager’s teams’, all for coordinators.',
  })
  orders(
    @Arg('filter', () => OrderFilter, { nullable: true }) filter: OrderFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Order[]> {
    return this.orderService.list(command, filter ?? {}, page);
  }

  @Authorized('SALES_REP', 'ACCOUNT_MANAGER', 'SALES_MANAGER', 'SALES_COORDINATOR')
  @Query(() => orderListing.List, {
    description:
      'A page of the orders you may see (as `orders`), searched by number, purchasing contact or customer name, sorted as you ask, with how many match.',
  })
  orderList(
    @Arg('filter', () => OrderFilter, { nullable: true }) filter: OrderFilter | undefined,
    @Args() args: OrderListArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Listed<Order>> {
    return this.orderService.page(command, filter ?? {}, args);
  }

  @Authorized('SALES_REP', 'ACCOUNT_MANAGER', 'SALES_MANAGER', 'SALES_COORDINATOR')
  @Query(() => Order)
  order(@Arg('id', () => ID) id: string, @Ctx() { command }: GraphQLContext): Promise<Order> {
    return this.orderService.get(command, id);
  }

  @FieldResolver(() => AccountRef)
  account(@Root() order: Order): AccountRef {
    return { id: order.accountId };
  }

  @FieldResolver(() => SupplyContract, {
    nullable: true,
    description: 'The contract of a call-off, when you may see it.',
  })
  contract(
    @Root() order: Order,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SupplyContract | null> {
    return order.contractId
      ? this.contractService.loadVisible(command, order.contractId)
      : Promise.resolve(null);
  }

  @Sensitive('COST_AND_MARGIN')
  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description:
      'margin / totalNet x 100, rounded half-up to 2 places; null for a zero-value order.',
  })
  marginPercent(@Root() order: Order): string | null {
    return marginPercentOf(order);
  }
}
