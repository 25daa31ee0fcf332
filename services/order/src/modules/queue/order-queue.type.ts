import { Field, Int, ObjectType } from 'type-graphql';
import { OrderStatus } from '../order/order-status';
import { OrderQueueEntry } from './order-queue-entry.type';

@ObjectType({
  description:
    'The orders waiting in one status, oldest first, against that status’s service level.',
})
export class OrderQueue {
  @Field(() => OrderStatus)
  status: OrderStatus;

  @Field({ description: 'What the orders wait for: PLACE, CONFIRM, FULFIL or INVOICE.' })
  action: string;

  @Field({ description: 'The service level in words.' })
  serviceLevel: string;

  @Field(() => Int)
  businessDays: number;

  @Field(() => Int, { description: 'Orders in this status that you may see.' })
  total: number;

  @Field(() => Int, { description: 'Of those, how many are past their service level.' })
  overdue: number;

  @Field(() => [OrderQueueEntry], { description: 'One page of the queue, oldest first.' })
  entries: OrderQueueEntry[];
}
