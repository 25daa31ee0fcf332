import { Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { Input } from '@salesgraph/service-kit';

/**
 * Every move of an order names the version the caller saw: if someone else
 * moved the order in between, the move is refused with CONFLICT instead of
 * silently applying to an order the caller has not seen.
 */
@ArgsType()
export class OrderMoveArgs {
  @Input.id()
  orderId: string;

  @Field(() => Int, { description: 'The order version you saw (Order.version).' })
  @Min(1)
  expectedVersion: number;
}
