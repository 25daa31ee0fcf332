import { DecimalScalar, Input } from '@salesgraph/service-kit';
import { IsOptional, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({
  description: 'Part of a target: give either a productLine or a productId, and the amount.',
})
export class RevenueTargetSplitInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100, { message: 'productLine must be 1 to 100 characters' })
  productLine?: string;

  @Input.id({ nullable: true })
  productId?: string;

  @Field(() => DecimalScalar)
  amount: string;
}
