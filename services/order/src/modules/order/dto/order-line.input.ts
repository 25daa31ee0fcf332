import { DecimalScalar, Input } from '@salesgraph/service-kit';
import { IsOptional, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { discountPattern, quantityPattern, unitPricePattern } from '../order-line-patterns';

@InputType({ description: 'A line of an ad hoc order.' })
export class OrderLineInput {
  @Input.id()
  productId: string;

  @Field(() => DecimalScalar, { description: 'More than zero; up to 3 decimals.' })
  @Matches(quantityPattern, {
    message: 'quantity must be more than zero, with at most 9 digits and 3 decimals',
  })
  quantity: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Agreed unit price; the list price when omitted.',
  })
  @IsOptional()
  @Matches(unitPricePattern, {
    message: 'unitPrice must be zero or more, with at most 4 decimals',
  })
  unitPrice?: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Percent off, 0 to 100; 0 when omitted.',
  })
  @IsOptional()
  @Matches(discountPattern, {
    message: 'discountPercent must be between 0 and 100, with at most 2 decimals',
  })
  discountPercent?: string;
}
