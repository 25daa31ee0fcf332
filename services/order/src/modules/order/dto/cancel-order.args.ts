import { Length } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { OrderMoveArgs } from './order-move.args';

@ArgsType()
export class CancelOrderArgs extends OrderMoveArgs {
  @Field({ description: 'Why the order is cancelled; kept with the order and in OrderCancelled.' })
  @Length(3, 500, { message: 'reason must be 3 to 500 characters' })
  reason: string;
}
