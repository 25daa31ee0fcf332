import { DecimalScalar, Input } from '@salesgraph/service-kit';
import { IsOptional, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { quantityPattern, unitPricePattern } from '../../order/order-line-patterns';

/** More than zero, cents at most. */
export const positiveMoneyPattern = /^(?=.*[1-9])\d{1,13}(\.\d{1,2})?$/;

@InputType({
  description: 'A product of a contract: its negotiated price and a committed quantity OR value.',
})
export class CommitmentInput {
  @Input.id()
  productId: string;

  @Field(() => DecimalScalar, { description: 'Negotiated unit price.' })
  @Matches(unitPricePattern, { message: 'price must be zero or more, with at most 4 decimals' })
  price: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Units the customer commits to take.',
  })
  @IsOptional()
  @Matches(quantityPattern, {
    message: 'committedQuantity must be more than zero, with at most 3 decimals',
  })
  committedQuantity?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Net value the customer commits to take.',
  })
  @IsOptional()
  @Matches(positiveMoneyPattern, {
    message: 'committedValue must be an amount more than zero, such as "25000.00"',
  })
  committedValue?: string;
}
