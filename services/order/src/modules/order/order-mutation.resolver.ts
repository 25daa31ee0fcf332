import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { CancelOrderArgs } from './dto/cancel-order.args';
import { CreateCallOffInput } from './dto/create-call-off.input';
import { CreateOrderInput } from './dto/create-order.input';
import { OrderMoveArgs } from './dto/order-move.args';
import { UpdateDraftOrderInput } from './dto/update-draft-order.input';
import type { OrderDraftingService } from './order-drafting.service';
import type { OrderWorkflowService } from './order-workflow.service';
import { Order } from './order.entity';

/** Changing orders. Thin: authorize, map input, call the service. */
@Resolver(() => Order)
export class OrderMutationResolver {
  constructor(
    private readonly drafting: OrderDraftingService,
    private readonly workflow: OrderWorkflowService,
  ) {}

  @Authorized('SALES_REP', 'ACCOUNT_MANAGER')
  @Mutation(() => Order, { description: 'A new ad hoc order (DRAFT) for an account you own.' })
  createOrder(
    @Arg('input') input: CreateOrderInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Order> {
    return this.drafting.createAdHoc(command, input);
  }

  @Authorized('ACCOUNT_MANAGER', 'SALES_COORDINATOR')
  @Mutation(() => Order, {
    description: 'A call-off (DRAFT) against an ACTIVE supply contract, at contract prices.',
  })
  createCallOff(
    @Arg('input') input: CreateCallOffInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Order> {
    return this.drafting.createCallOff(command, input);
  }

  @Authorized('SALES_REP', 'ACCOUNT_MANAGER', 'SALES_COORDINATOR')
  @Mutation(() => Order, { description: 'Change a DRAFT’s lines or purchasing contact.' })
  updateDraftOrder(
    @Arg('input') input: UpdateDraftOrderInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Order> {
    return this.drafting.updateDraft(command, input);
  }

  @Authorized('SALES_REP', 'ACCOUNT_MANAGER', 'SALES_COORDINATOR')
  @Mutation(() => Order, {
    description:
      'DRAFT -> PLACED: hand the order to order administration (a call-off draws down its contract).',
  })
  placeOrder(@Args() args: OrderMoveArgs, @Ctx() { command }: GraphQLContext): Promise<Order> {
    return this.workflow.move(command, 'place', args.orderId, args.expectedVersion);
  }

  @Authorized('SALES_COORDINATOR')
  @Mutation(() => Order, { description: 'PLACED -> CONFIRMED (order administration).' })
  confirmOrder(@Args() args: OrderMoveArgs, @Ctx() { command }: GraphQLContext): Promise<Order> {
    return this.workflow.move(command, 'confirm', args.orderId, args.expectedVersion);
  }

  @Authorized('SALES_COORDINATOR')
  @Mutation(() => Order, { description: 'CONFIRMED -> FULFILLED (order administration).' })
  fulfilOrder(@Args() args: OrderMoveArgs, @Ctx() { command }: GraphQLContext): Promise<Order> {
    return this.workflow.move(command, 'fulfil', args.orderId, args.expectedVersion);
  }

  @Authorized('SALES_COORDINATOR')
  @Mutation(() => Order, { description: 'FULFILLED -> INVOICED (order administration).' })
  invoiceOrder(@Args() args: OrderMoveArgs, @Ctx() { command }: GraphQLContext): Promise<Order> {
    return this.workflow.move(command, 'invoice', args.orderId, args.expectedVersion);
  }

  @Authorized('SALES_REP', 'ACCOUNT_MANAGER', 'SALES_COORDINATOR')
  @Mutation(() => Order, {
    description:
      'Cancel before fulfilment, with a reason. Sellers may cancel their DRAFT or PLACED orders; coordinators also CONFIRMED ones.',
  })
  cancelOrder(@Args() args: CancelOrderArgs, @Ctx() { command }: GraphQLContext): Promise<Order> {
    return this.workflow.move(command, 'cancel', args.orderId, args.expectedVersion, args.reason);
  }
}
