import { DecimalScalar } from '@salesgraph/service-kit';
import { IsUUID, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { quantityPattern } from '../order-line-patterns';

@InputType({ description: 'A quantity of a contract product; the price is the contract’s.' })
export class CallOffLineInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'productId must be a UUID' })
  productId: string;

  @Field(() => DecimalScalar)
  @Matches(quantityPattern, {
    message: 'quantity must be more than zero, with at most 9 digits and 3 decimals',
  })
  quantity: string;
}
