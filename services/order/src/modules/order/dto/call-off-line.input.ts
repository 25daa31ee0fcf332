import { DecimalScalar, Input } from '@salesgraph/service-kit';
import { Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { quantityPattern } from '../order-line-patterns';

@InputType({ description: 'A quantity of a contract product; the price is the contract’s.' })
export class CallOffLineInput {
  @Input.id()
  productId: string;

  @Field(() => DecimalScalar)
  @Matches(quantityPattern, {
    message: 'quantity must be more than zero, with at most 9 digits and 3 decimals',
  })
  quantity: string;
}
