import { DecimalScalar, Input } from '@salesgraph/service-kit';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

/** Money amounts: non-negative, at most two decimals (the Decimal scalar allows more). */
export const moneyPattern = /^\d{1,15}(\.\d{1,2})?$/;

@InputType({ description: 'A product of interest; quantity and unit price once known.' })
export class OpportunityProductInput {
  @Input.id({ of: 'product' })
  productId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  quantity?: number;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  @Matches(moneyPattern, {
    message: 'unitPrice must be a non-negative amount with at most 2 decimals, e.g. "249.90"',
  })
  unitPrice?: string;
}
