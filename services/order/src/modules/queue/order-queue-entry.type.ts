import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Order } from '../order/order.entity';

@ObjectType({ description: 'An order waiting in a queue, with its age against the service level.' })
export class OrderQueueEntry {
  @Field(() => Order)
  order: Order;

  @Field(() => GraphQLISODateTime, { description: 'When the order entered its status.' })
  since: Date;

  @Field(() => Int, { description: 'Minutes the order has waited in its status.' })
  ageMinutes: number;

  @Field(() => GraphQLISODateTime, { description: 'When the service level runs out.' })
  dueAt: Date;

  @Field()
  overdue: boolean;
}
