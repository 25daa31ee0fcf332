import { PageArgs, type GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Args, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { OrderStatus } from '../order/order-status';
import type { OrderQueueService } from './order-queue.service';
import { OrderQueue } from './order-queue.type';

@Resolver(() => OrderQueue)
export class OrderQueueResolver {
  constructor(private readonly queueService: OrderQueueService) {}

  @Authorized('SALES_COORDINATOR', 'SALES_MANAGER', 'ACCOUNT_MANAGER', 'SALES_REP')
  @Query(() => OrderQueue, {
    description:
      'The orders waiting in one status (DRAFT, PLACED, CONFIRMED or FULFILLED), oldest first, with their age against the service level.',
  })
  orderQueue(
    @Arg('status', () => OrderStatus) status: OrderStatus,
    @Args() page: PageArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<OrderQueue> {
    return this.queueService.queue(command, status, page);
  }

  @Authorized('SALES_COORDINATOR', 'SALES_MANAGER', 'ACCOUNT_MANAGER', 'SALES_REP')
  @Query(() => [OrderQueue], {
    description: 'Every queue (DRAFT, PLACED, CONFIRMED, FULFILLED) with its oldest entries.',
  })
  orderQueues(
    @Arg('limit', () => Int, { defaultValue: 20, description: 'Entries per queue, 1 to 200.' })
    limit: number,
    @Ctx() { command }: GraphQLContext,
  ): Promise<OrderQueue[]> {
    return this.queueService.queues(command, Math.min(Math.max(limit, 1), 200));
  }
}
