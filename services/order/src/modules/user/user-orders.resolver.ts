import { PageArgs, type GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { OrderStatus } from '../order/order-status';
import { Order } from '../order/order.entity';
import type { OrderService } from '../order/order.service';
import { User } from './user.type';

@Resolver(() => User)
export class UserOrdersResolver {
  constructor(private readonly orderService: OrderService) {}

  /**
   * For yourself (`me { orders }`): every order you may see, as `orders` does.
   * For another user (a team member reached through planning, say): the
   * orders credited to them, as far as you may see them.
   */
  @FieldResolver(() => [Order], {
    description:
      'Your orders (all you may see) for yourself; for another user, the orders credited to them that you may see.',
  })
  orders(
    @Root() user: User,
    @Arg('status', () => OrderStatus, { nullable: true }) status: OrderStatus | undefined,
    @Args() page: PageArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Order[]> {
    return user.id === command.user.id
      ? this.orderService.list(command, { status }, page)
      : this.orderService.pageOf(command, 'creditedTo', user.id, status, page);
  }
}
