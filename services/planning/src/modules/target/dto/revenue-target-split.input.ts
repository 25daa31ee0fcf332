import { DecimalScalar } from '@salesgraph/service-kit';
import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description: 'Part of a target: give either a productLine or a productId, and the amount.',
})
export class RevenueTargetSplitInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100, { message: 'productLine must be 1 to 100 characters' })
  productLine?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'productId must be a UUID' })
  productId?: string;

  @Field(() => DecimalScalar)
  amount: string;
}
