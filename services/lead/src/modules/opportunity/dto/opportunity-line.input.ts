import { DecimalScalar, Input } from '@salesgraph/service-kit';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { moneyPattern } from './opportunity-product.input';

@InputType({
  description: 'What the customer agreed to buy: the order service drafts an order from it.',
})
export class OpportunityLineInput {
  @Input.id({ of: 'product' })
  productId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  quantity: number;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  @Matches(moneyPattern, {
    message: 'unitPrice must be a non-negative amount with at most 2 decimals, e.g. "249.90"',
  })
  unitPrice?: string;
}
